// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/composition/kioskcomposition.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <memory>

class QQuickWindow;

namespace ck {

class DiscoveryWiring;
class FleetServices;
class FleetWiring;
class HelperComposition;
class SessionTally;
class ShellWiring;

// The complete production kiosk, in the one order that works: KioskComposition (outbox, sync,
// catalogue, view-models, ReadAloud), HelperComposition, ShellWiring, the QML window (every
// object pushed in as a required or initial property), Open311 discovery, then the fleet
// (FleetServices, FleetWiring) and the session tally for the metrics file. main() builds it and
// runs the event loop; tst_KioskGraph builds the very same one.
//
//     auto graph = ck::KioskGraph::build(config, options, QStringLiteral(CK_VERSION));
//
// The config passed in is already the running one (FleetServices::startupConfig applied).
class KioskGraph : public QObject
{
    Q_OBJECT
public:
    // Error codes: KioskComposition's ("services", the outbox's own), the shell's web policy
    // ("urlpolicy.*"), and "qml" when Main.qml did not load. exitCode() maps them for main().
    static Result<std::unique_ptr<KioskGraph>>
    build(const KioskConfig &config, const CompositionOptions &options, const QString &appVersion);
    ~KioskGraph() override;

    // The process exit code for a build failure: 2 for what the site's configuration got wrong
    // (no services, a bad web policy), 1 for the rest.
    static int exitCode(const Error &error);

    KioskComposition &kiosk() const { return *m_kiosk; }
    HelperComposition *helperMode() const { return m_helperMode.get(); }
    ShellWiring *shell() const { return m_shell; }
    DiscoveryWiring *discovery() const { return m_discovery.get(); }
    FleetServices *fleet() const { return m_fleet.get(); }
    FleetWiring *fleetWiring() const { return m_fleetWiring.get(); }
    SessionTally *tally() const { return m_tally; }
    QQuickWindow *window() const;

private:
    KioskGraph() = default;
    Status wireShellAndQml(bool windowed);
    void wireFleet(const QString &appVersion);
    void wireTally();
    void wireRestart();

    // Declared in construction order, so destruction runs from the fleet back to the kiosk
    // (whose QML engine goes first of all in its own destructor).
    std::unique_ptr<KioskComposition> m_kiosk;
    std::unique_ptr<HelperComposition> m_helperMode;
    ShellWiring *m_shell = nullptr; // a QObject child of m_kiosk
    std::unique_ptr<DiscoveryWiring> m_discovery;
    std::unique_ptr<FleetServices> m_fleet;
    SessionTally *m_tally = nullptr; // a QObject child of m_fleet
    std::unique_ptr<FleetWiring> m_fleetWiring;
};

} // namespace ck
