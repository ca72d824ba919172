// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/adminstatus.h"

#include <QJsonValue>
#include <QLocale>
#include <QVariantMap>

#include <algorithm>

namespace ck {

AdminStatus::AdminStatus(QString version, QString kioskId, QObject *parent)
    : QObject(parent)
    , m_version(std::move(version))
    , m_kioskId(std::move(kioskId))
{ }

QVariantList AdminStatus::depth() const
{
    // Always the same rows in the same order, so the admin learns where to look.
    static const QStringList order = {QStringLiteral("queued"), QStringLiteral("sending"),
                                      QStringLiteral("delivered"), QStringLiteral("rejected")};
    QVariantList rows;
    QStringList states = order;
    for (auto it = m_depth.cbegin(); it != m_depth.cend(); ++it)
        if (!states.contains(it.key()))
            states << it.key();
    for (const QString &state : states) {
        QString label = state; // a state this build does not know yet: its own name
        if (state == u"queued")
            label = tr("Waiting to send");
        else if (state == u"sending")
            label = tr("Sending now");
        else if (state == u"delivered")
            label = tr("Delivered (receipts kept)");
        else if (state == u"rejected")
            label = tr("Refused by the service (dead letters)");
        const int count = m_depth.value(state, 0);
        rows << QVariantMap {
            {QStringLiteral("state"), state},
            {QStringLiteral("count"), count},
            {QStringLiteral("label"), label},
            // Dead letters need the admin: the screen shows them as an error.
            {QStringLiteral("attention"), state == u"rejected" && count > 0},
            {QStringLiteral("text"), tr("%1: %2").arg(label, QLocale().toString(count))}};
    }
    return rows;
}

int AdminStatus::totalWaiting() const
{
    return m_depth.value(QStringLiteral("queued")) + m_depth.value(QStringLiteral("sending"));
}

QString AdminStatus::lastSyncText() const
{
    if (!m_lastSync.isValid())
        return tr("Never");
    return QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat);
}

namespace {

// The rows of the evidence table, in the order the admin reads them.
const QStringList &evidenceKeys()
{
    static const QStringList keys = {
        QStringLiteral("sessions"),           QStringLiteral("completed"),
        QStringLiteral("abandoned"),          QStringLiteral("helped"),
        QStringLiteral("readAloud"),          QStringLiteral("largeText"),
        QStringLiteral("daysWaitingToBeSent")};
    return keys;
}

} // namespace

QVariantList AdminStatus::evidence() const
{
    QVariantList rows;
    for (const QString &key : evidenceKeys()) {
        QString label;
        if (key == u"sessions")
            label = tr("Sessions today");
        else if (key == u"completed")
            label = tr("Finished with a reference number");
        else if (key == u"abandoned")
            label = tr("Left before the end");
        else if (key == u"helped")
            label = tr("Helped by staff");
        else if (key == u"readAloud")
            label = tr("Used read aloud");
        else if (key == u"largeText")
            label = tr("Used larger text");
        else
            label = tr("Earlier days waiting to be sent");
        const qint64 count = m_evidence.value(key, 0);
        rows << QVariantMap {
            {QStringLiteral("key"), key},
            {QStringLiteral("label"), label},
            {QStringLiteral("count"), count},
            //: One line of the admin screen's usage counts, e.g. "Used read aloud: 3".
            {QStringLiteral("text"), tr("%1: %2").arg(label, QLocale().toString(count))}};
    }
    return rows;
}

void AdminStatus::setEvidenceSummary(const QJsonObject &summary)
{
    QMap<QString, qint64> counts;
    const auto count = [&summary](const QString &key) {
        return std::max<qint64>(0, summary.value(key).toInteger());
    };
    for (const QString &key : evidenceKeys())
        counts.insert(key, count(key));
    // Larger text: the sessions that used 150 % or 200 % (the summary counts per size).
    const QJsonObject sizes = summary.value(QStringLiteral("textSize")).toObject();
    qint64 large = 0;
    for (auto it = sizes.constBegin(); it != sizes.constEnd(); ++it) {
        if (it.key().toInt() > 100)
            large += std::max<qint64>(0, it.value().toInteger());
    }
    counts.insert(QStringLiteral("largeText"), large);
    if (counts == m_evidence)
        return;
    m_evidence = counts;
    Q_EMIT changed();
}

void AdminStatus::setDepthByState(const QMap<QString, int> &depth)
{
    if (m_depth == depth)
        return;
    m_depth = depth;
    Q_EMIT changed();
}

void AdminStatus::setLastSync(const QDateTime &when)
{
    m_lastSync = when;
    Q_EMIT changed();
}

void AdminStatus::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT changed();
}

} // namespace ck
