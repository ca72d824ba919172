// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/helper/helperlockout.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace ck {

HelperLockout::HelperLockout(QString filePath, Clock clock)
    : m_filePath(std::move(filePath))
    , m_clock(std::move(clock))
{ }

QDateTime HelperLockout::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString HelperLockout::keyFor(const QString &helperId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(helperId.trimmed().toUpper().toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

qint64 HelperLockout::lockSecondsAfter(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 20);
    return std::min<qint64>(kFirstLockSec << doublings, kMaxLockSec);
}

Status HelperLockout::load()
{
    m_entries.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return Status::success();
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("helper-lock-unreadable"),
                               QCoreApplication::translate("HelperLockout",
                                                           "The helper sign-in record could not "
                                                           "be read."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Status::failure(QStringLiteral("helper-lock-corrupt"),
                               QCoreApplication::translate("HelperLockout",
                                                           "The helper sign-in record is "
                                                           "damaged and was reset."));
    const QJsonObject entries = doc.object().value(QStringLiteral("entries")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.failures = std::max(0, o.value(QStringLiteral("failures")).toInt());
        e.lockedUntil =
            QDateTime::fromString(o.value(QStringLiteral("lockedUntil")).toString(), Qt::ISODate);
        if (e.failures > 0)
            m_entries.insert(it.key(), e);
    }
    return Status::success();
}

QDateTime HelperLockout::lockedUntil(const QString &helperId) const
{
    const auto it = m_entries.constFind(keyFor(helperId));
    if (it == m_entries.constEnd() || !it->lockedUntil.isValid() || it->lockedUntil <= now())
        return {};
    return it->lockedUntil;
}

int HelperLockout::failures(const QString &helperId) const
{
    return m_entries.value(keyFor(helperId)).failures;
}

Status HelperLockout::recordFailure(const QString &helperId)
{
    const QString key = keyFor(helperId);
    if (!m_entries.contains(key) && m_entries.size() >= kMaxEntries) {
        // Drop the oldest-expiring entry that is not locked; an attacker trying many ids must
        // not be able to grow the file without bound.
        auto victim = std::min_element(
            m_entries.begin(), m_entries.end(),
            [](const Entry &a, const Entry &b) { return a.lockedUntil < b.lockedUntil; });
        if (victim != m_entries.end())
            m_entries.erase(victim);
    }
    Entry &e = m_entries[key];
    ++e.failures;
    const qint64 lockSec = lockSecondsAfter(e.failures);
    if (lockSec > 0)
        e.lockedUntil = now().addSecs(lockSec);
    return save();
}

Status HelperLockout::recordSuccess(const QString &helperId)
{
    if (m_entries.remove(keyFor(helperId)) == 0)
        return Status::success();
    return save();
}

Status HelperLockout::save() const
{
    QJsonObject entries;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        QJsonObject o {{QStringLiteral("failures"), it->failures}};
        if (it->lockedUntil.isValid())
            o.insert(QStringLiteral("lockedUntil"),
                     it->lockedUntil.toUTC().toString(Qt::ISODateWithMs));
        entries.insert(it.key(), o);
    }
    const QJsonObject root {{QStringLiteral("version"), 1}, {QStringLiteral("entries"), entries}};

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        return Status::failure(QStringLiteral("helper-lock-write"),
                               QCoreApplication::translate("HelperLockout",
                                                           "The helper sign-in record could not "
                                                           "be saved."));
    }
    return Status::success();
}

} // namespace ck
