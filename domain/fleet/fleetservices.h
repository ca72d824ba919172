// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/config/kioskconfig.h"
#include "domain/fleet/configstore.h"
#include "domain/fleet/configupdater.h"
#include "domain/fleet/fleetcommand.h"
#include "domain/fleet/heartbeat.h"
#include "domain/fleet/metricswriter.h"
#include "domain/fleet/systemdnotifier.h"
#include "domain/fleet/wipefailurelog.h"

#include <QObject>

#include <memory>

namespace ck {

class Outbox;

// Everything the fleet runs inside the kiosk, so main.cpp wires the fleet with a few lines:
//
//   ck::KioskConfig config = ck::FleetServices::startupConfig(base);   // before building
//   ... build the composition with `config` ...
//   ck::FleetServices fleet(config, kiosk.outbox(), QStringLiteral(CK_VERSION));
//   fleet.start();                                    // heartbeat, metrics file, config polling
//   QObject::connect(window, &QQuickWindow::frameSwapped, &fleet, &FleetServices::markUp,
//                    Qt::SingleShotConnection);       // READY=1, watchdog, config confirmed
//
// A newly installed config takes effect at a restart: `restartWanted` fires after install, and
// main should quit (exit 0, systemd's Restart=always starts it again) at the next moment no
// citizen is using the kiosk, e.g. right after the SessionWiper has wiped.
class FleetServices : public QObject
{
    Q_OBJECT
public:
    // The configuration to start with: a verified installed signed config newer than `base`,
    // else `base`. Handles rollback after a failed start (ConfigStore).
    static KioskConfig startupConfig(const KioskConfig &base);

    FleetServices(const KioskConfig &running, Outbox *outbox, const QString &appVersion,
                  QObject *parent = nullptr);
    ~FleetServices() override;

    MetricsWriter *metrics() const { return m_metrics.get(); }
    ConfigUpdater *updater() const { return m_updater.get(); }
    ConfigStore *store() const { return m_store.get(); }
    Heartbeat *heartbeat() const { return m_heartbeat.get(); }
    // Signed remote actions pulled from fleet.commandsUrl; the composition runs them.
    FleetCommandChannel *commands() const { return m_commands.get(); }
    bool restartPending() const { return m_restartPending; }

    // A session wipe failed and the process is about to end (FailClosed): kept in the data
    // directory, counted in civic_kiosk_wipe_failures_total{reason,step} and written to the
    // metrics file at once. Every later process of this kiosk reports the same totals.
    void recordWipeFailure(const QString &reason, const QString &step);

public Q_SLOTS:
    void start();
    // The window is up: tell systemd (READY=1, start watchdog pings) and confirm the config so
    // the next start does not roll it back.
    void markUp();
    // Restart at the next moment nobody uses the kiosk (a fleet command asked for it): the
    // same path as a newly installed config.
    void requestRestart();

Q_SIGNALS:
    void restartWanted();

private:
    KioskConfig m_config;
    Outbox *m_outbox;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<MetricsWriter> m_metrics;
    std::unique_ptr<Heartbeat> m_heartbeat;
    std::unique_ptr<ConfigUpdater> m_updater;
    std::unique_ptr<FleetCommandChannel> m_commands;
    std::unique_ptr<SystemdNotifier> m_notifier;
    WipeFailureLog m_wipeFailures;
    bool m_restartPending = false;
    bool m_up = false;
};

} // namespace ck
