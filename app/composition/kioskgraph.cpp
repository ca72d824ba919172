// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "app/composition/kioskgraph.h"

#include "app/composition/discoverywiring.h"
#include "app/composition/fleetwiring.h"
#include "app/composition/helpercomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/fleet/fleetservices.h"
#include "domain/fleet/sessiontally.h"
#include "domain/flows/flowsession.h"
#include "kiosk-shell/sessionwiper.h"
#include "qml/viewmodels/appstate.h"

#include <QCoreApplication>
#include <QQuickWindow>

namespace ck {

Result<std::unique_ptr<KioskGraph>> KioskGraph::build(const KioskConfig &config,
                                                      const CompositionOptions &options,
                                                      const QString &appVersion)
{
    std::unique_ptr<KioskGraph> graph(new KioskGraph);
    auto composition = KioskComposition::create(config, options);
    if (!composition)
        return composition.error();
    graph->m_kiosk = std::move(composition.value());
    // Helper mode, tracking, feedback, evidence and service figures.
    graph->m_helperMode = HelperComposition::attach(*graph->m_kiosk);
    if (const Status shown = graph->wireShellAndQml(options.windowed); !shown)
        return shown.error();
    // Open311 discovery: pulls the council's services when due, refreshes them between sessions.
    graph->m_discovery = DiscoveryWiring::attach(*graph->m_kiosk);
    graph->wireFleet(appVersion);
    graph->wireTally();
    graph->wireRestart();
    return graph;
}

KioskGraph::~KioskGraph() = default;

int KioskGraph::exitCode(const Error &error)
{
    if (error.code == QLatin1String("services")
        || error.code.startsWith(QLatin1String("urlpolicy.")))
        return 2;
    return 1;
}

QQuickWindow *KioskGraph::window() const
{
    return m_kiosk ? m_kiosk->window() : nullptr;
}

Status KioskGraph::wireShellAndQml(bool windowed)
{
    // Kiosk shell: lockdown, idle timeout, session wipe, admin gate, contained web view.
    auto shell = ShellWiring::install(*m_kiosk, windowed);
    if (!shell)
        return shell.error();
    m_shell = shell.value();
    if (m_helperMode) {
        m_shell->wiper()->addObject(m_helperMode.get(), "wipe");
        // Today's evidence counts (never anything about one person) on the admin screen.
        m_helperMode->observeAdminStatus(m_shell->adminStatus());
    }
    if (const Status loaded = m_kiosk->load(); !loaded)
        return loaded;
    m_shell->attachWindow(m_kiosk->window());
    return Status::success();
}

void KioskGraph::wireFleet(const QString &appVersion)
{
    // Fleet: heartbeat, metrics file and config polling start once the welcome screen is up,
    // which is also when systemd hears READY=1 and the running config is confirmed.
    m_fleet = std::make_unique<FleetServices>(m_kiosk->config(), m_kiosk->outbox(), appVersion);
    FleetServices *fleet = m_fleet.get();
    if (QQuickWindow *window = m_kiosk->window()) {
        connect(
            window, &QQuickWindow::frameSwapped, fleet,
            [fleet] {
                fleet->markUp();
                fleet->start();
            },
            Qt::SingleShotConnection);
    }
    // A wipe that cannot be finished or confirmed ends this process (FailClosed); the reason is
    // kept in the data directory and the metrics file first, so it outlives the restart.
    m_shell->failClosed()->setRecorder([fleet](const QString &reason, const QString &step) {
        fleet->recordWipeFailure(reason, step);
    });
    // Session state, wipe problems, certificate and speech failures for metrics and heartbeats.
    m_fleetWiring = FleetWiring::attach(*m_kiosk, *m_shell, *m_fleet);
}

void KioskGraph::wireTally()
{
    // Session counters for the metrics file: started, completed, abandoned, wiped (+ duration).
    m_tally = new SessionTally(m_fleet->metrics(), m_fleet.get());
    SessionTally *tally = m_tally;
    AppState *state = m_kiosk->appState();
    FlowSession *session = m_kiosk->flowSession();
    connect(state, &AppState::screenChanged, tally, [state, tally] {
        if (state->screen() != AppState::Welcome)
            tally->started();
    });
    connect(session, &FlowSession::changed, tally, [session, tally] {
        if (!session->submittedReference().isEmpty())
            tally->submitted();
    });
    connect(m_shell->wiper(), &SessionWiper::wiped, tally, &SessionTally::wiped);
}

void KioskGraph::wireRestart()
{
    // A new config takes effect by restarting (systemd Restart=always) when nobody is using
    // the kiosk: right after a session has ended, or at once if it is idle on the welcome screen.
    AppState *state = m_kiosk->appState();
    FleetServices *fleet = m_fleet.get();
    connect(fleet, &FleetServices::restartWanted, this, [state] {
        if (state->screen() == AppState::Welcome)
            QCoreApplication::exit(0);
    });
    connect(state, &AppState::sessionEnded, this, [fleet] {
        if (fleet->restartPending())
            QCoreApplication::exit(0);
    });
}

} // namespace ck
