// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/fleetservices.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace ck {

Q_LOGGING_CATEGORY(lcFleet, "civic.fleet")

namespace {
QString wipeFailuresHelp()
{
    return QStringLiteral("Session wipes that could not be finished or confirmed; each ended the "
                          "kiosk process, which systemd restarted.");
}
} // namespace

KioskConfig FleetServices::startupConfig(const KioskConfig &base)
{
    ConfigStore store(base.resolvedDataDir());
    KioskConfig chosen = store.startupConfig(base);
    const ConfigStore::Event last = store.lastEvent();
    if (last.kind == QLatin1String("rolled-back") || last.kind == QLatin1String("refused"))
        qCWarning(lcFleet).noquote() << "configuration:" << last.code << last.message;
    return chosen;
}

FleetServices::FleetServices(const KioskConfig &running, Outbox *outbox, const QString &appVersion,
                             QObject *parent)
    : QObject(parent)
    , m_config(running)
    , m_outbox(outbox)
    , m_store(std::make_unique<ConfigStore>(running.resolvedDataDir()))
    , m_metrics(std::make_unique<MetricsWriter>())
    , m_notifier(std::make_unique<SystemdNotifier>())
    , m_wipeFailures(running.resolvedDataDir())
{
    m_metrics->setAppStartTime(QDateTime::currentDateTimeUtc());
    m_metrics->setConfigVersion(running.version);
    const auto failures = m_wipeFailures.totals();
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        (void)m_metrics->addToCounter(
            QStringLiteral("wipe_failures_total"), wipeFailuresHelp(),
            {{QStringLiteral("reason"), it.key().first}, {QStringLiteral("step"), it.key().second}},
            it.value());
    if (!failures.isEmpty())
        qCWarning(lcFleet) << "session wipes failed before (the kiosk restarted each time):"
                           << m_wipeFailures.path();
    m_metrics->setKioskInfo(running.kioskId, running.site, appVersion);
    m_metrics->setDestinations(running.destinations.keys());
    m_metrics->setLanguages(running.languages);
    // startupConfig() recorded it before this object existed; it stays true for this run.
    m_metrics->setConfigRolledBack(m_store->lastEvent().kind == QLatin1String("rolled-back"));
    if (m_outbox)
        m_heartbeat = std::make_unique<Heartbeat>(
            m_outbox, running,
            Heartbeat::Options {appVersion, QDateTime::currentDateTimeUtc(), {}});
    m_updater = std::make_unique<ConfigUpdater>(running, m_store.get());
    m_commands = std::make_unique<FleetCommandChannel>(running);
    connect(m_commands.get(), &FleetCommandChannel::refused, this,
            [](const QString &code, const QString &message) {
                qCWarning(lcFleet).noquote() << "fleet command refused:" << code << message;
            });
    if (m_heartbeat)
        m_heartbeat->setLastCommand([this] { return m_commands->lastCommand(); });
    connect(m_updater.get(), &ConfigUpdater::installed, this, [this](int version) {
        qCInfo(lcFleet) << "configuration version" << version << "installed; restart wanted";
        m_restartPending = true;
        Q_EMIT restartWanted();
    });
    connect(m_updater.get(), &ConfigUpdater::refused, this,
            [](const QString &code, const QString &message) {
                qCWarning(lcFleet).noquote() << "configuration refused:" << code << message;
            });
    if (m_heartbeat && !m_heartbeat->destination().isEmpty())
        m_metrics->setHeartbeatInterval(running.fleet.heartbeatSec);
    if (m_heartbeat) {
        connect(m_heartbeat.get(), &Heartbeat::failed, this,
                [](const QString &code, const QString &message) {
                    qCWarning(lcFleet).noquote() << "heartbeat not queued:" << code << message;
                });
    }
}

FleetServices::~FleetServices()
{
    if (m_up)
        m_notifier->stopping();
}

void FleetServices::start()
{
    if (m_heartbeat && !m_heartbeat->destination().isEmpty())
        m_heartbeat->start();
    if (!m_config.fleet.metricsTextfile.isEmpty())
        m_metrics->startPeriodic(m_outbox, m_config.fleet.metricsTextfile);
    m_updater->start();
    m_commands->start();
}

void FleetServices::requestRestart()
{
    m_restartPending = true;
    Q_EMIT restartWanted();
}

void FleetServices::recordWipeFailure(const QString &reason, const QString &step)
{
    if (Status s = m_wipeFailures.record(reason, step); !s)
        qCCritical(lcFleet).noquote() << s.error().message;
    (void)m_metrics->addToCounter(
        QStringLiteral("wipe_failures_total"), wipeFailuresHelp(),
        {{QStringLiteral("reason"), reason}, {QStringLiteral("step"), step}});
    if (!m_config.fleet.metricsTextfile.isEmpty()) {
        if (Status s = m_metrics->writeTo(m_config.fleet.metricsTextfile); !s)
            qCCritical(lcFleet).noquote() << s.error().message;
    }
}

void FleetServices::markUp()
{
    if (m_up)
        return;
    m_up = true;
    if (Status s = m_store->markStarted(); !s)
        qCWarning(lcFleet).noquote() << s.error().message;
    m_notifier->ready();
}

} // namespace ck
