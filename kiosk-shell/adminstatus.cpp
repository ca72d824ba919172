#include "adminstatus.h"

#include <QLocale>
#include <QVariantMap>

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
    for (const QString &state : states)
        rows << QVariantMap {{QStringLiteral("state"), state},
                             {QStringLiteral("count"), m_depth.value(state, 0)}};
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

void AdminStatus::setDepthByState(const QMap<QString, int> &depth)
{
    if (m_depth == depth)
        return;
    m_depth = depth;
    emit changed();
}

void AdminStatus::setLastSync(const QDateTime &when)
{
    m_lastSync = when;
    emit changed();
}

void AdminStatus::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    emit changed();
}

} // namespace ck
