// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/fleet/fleetcommand.h"

#include <QObject>
#include <QPointer>

#include <optional>

#include <memory>

namespace ck {

class FleetServices;
class KioskComposition;
class RemoteView;
class ShellWiring;

// Feeds the fleet (FleetServices) what only the composed kiosk knows: whether a session is open,
// when the last wipe was, wipes that did not finish, certificate failures seen by the sync
// engine, and read-aloud that could not speak; and runs the signed fleet commands the
// FleetCommandChannel accepted (docs/fleet.md "Remote actions"):
//   sync-now             due-now for every waiting item, then the sync engine runs
//   restart-when-idle    FleetServices::requestRestart() (main exits when nobody is using it)
//   end-session          the idle warning at once; the person can still keep the session
//   collect-diagnostics  status, metrics and the kiosk's own recent log lines, through the outbox
//   request-screenshot   RemoteView: asked on screen during a session, rendered with answers,
//                        personal fields and web views hidden, through the outbox
// One call from main (and from the end-to-end tests) once the window exists:
//
//     auto fleetWiring = ck::FleetWiring::attach(kiosk, *shell, fleet);
class FleetWiring : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<FleetWiring> attach(KioskComposition &kiosk, ShellWiring &shell,
                                               FleetServices &fleet);
    ~FleetWiring() override;

    // A citizen or helper is using the kiosk: anything but the welcome screen.
    bool sessionActive() const;

    // Runs one accepted command (FleetCommandChannel::received lands here).
    void run(const ck::FleetCommand &command);
    // The diagnostics document: status, metrics text and recent log lines of the kiosk's own
    // categories (which never carry answers), with anything shaped like an e-mail address or
    // a phone number masked all the same.
    Result<QByteArray> diagnostics(const ck::FleetCommand &command) const;
    // The "request-screenshot" side at the screen; null without a window.
    RemoteView *remoteView() const { return m_remoteView.get(); }

private:
    FleetWiring(KioskComposition &kiosk, ShellWiring &shell, FleetServices &fleet);
    void wire();
    void wireRemoteView();
    // Queues what a command asked for (diagnostics, screenshot) for the heartbeat destination
    // and reports the command done or failed.
    void upload(const ck::FleetCommand &command, const QString &kind, const QString &prefix,
                const Result<QByteArray> &body);
    // What the person typed or chose, as the screens show it (RemoteViewCapture's last net).
    QStringList shownAnswers() const;

    KioskComposition &m_kiosk;
    ShellWiring &m_shell;
    FleetServices &m_fleet;
    std::optional<FleetCommand> m_endingSession; // end-session waiting for the warning's outcome
    // Owned here, handed to Main.qml (its `remoteView`), taken back in the destructor.
    std::unique_ptr<RemoteView> m_remoteView;
};

} // namespace ck
