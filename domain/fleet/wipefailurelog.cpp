// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/wipefailurelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <unistd.h>

namespace ck {

namespace {
// Codes go into a space-separated line and a Prometheus label: keep them to a safe alphabet.
QString code(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || QStringLiteral("-_.:,").contains(c)
            ? c
            : QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("unknown") : out.left(120);
}
} // namespace

WipeFailureLog::WipeFailureLog(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("wipe-failures.log")))
{ }

Status WipeFailureLog::record(const QString &reason, const QString &step)
{
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Status::failure(
            QStringLiteral("io"),
            QStringLiteral("cannot write %1").arg(m_path)); // for the journal, not a screen
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + ' '
        + code(reason).toLatin1() + ' ' + code(step).toLatin1() + '\n';
    const bool written = file.write(line) == line.size() && file.flush();
    // The process ends right after this: the line must be on disk, not in a page cache that a
    // power cut could lose with the evidence.
    const bool synced = ::fsync(file.handle()) == 0;
    if (!written || !synced)
        return Status::failure(
            QStringLiteral("io"),
            QStringLiteral("cannot write %1").arg(m_path)); // for the journal, not a screen
    return Status::success();
}

QMap<QPair<QString, QString>, int> WipeFailureLog::totals() const
{
    QMap<QPair<QString, QString>, int> out;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
        if (fields.size() != 3)
            continue;
        ++out[{QString::fromLatin1(fields.at(1)), QString::fromLatin1(fields.at(2))}];
    }
    return out;
}

} // namespace ck
