// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "kiosk-shell/admingate.h"
#include "kiosk-shell/admingesture.h"
#include "kiosk-shell/adminstatus.h"
#include "kiosk-shell/failclosed.h"
#include "kiosk-shell/idlewatcher.h"
#include "kiosk-shell/kiosklockdown.h"
#include "kiosk-shell/sessionwiper.h"
#include "kiosk-shell/websession.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QQuickWindow;

namespace ck {

class KioskComposition;

// Puts the kiosk shell around a composed kiosk: the session wiper takes over "Finish" and
// "Start again", the idle watcher ends quiet sessions, the admin gate and status are handed to
// Main.qml, and the window is locked down. main.cpp calls install() before
// KioskComposition::load() and attachWindow() after it.
class ShellWiring : public QObject
{
    Q_OBJECT
public:
    // The wiring is a QObject child of the composition: it goes only after the composition has
    // destroyed the QML engine, which binds to the objects held here until the very end.
    static Result<ShellWiring *> install(KioskComposition &kiosk, bool windowed);
    ~ShellWiring() override;

    void attachWindow(QQuickWindow *window);
    // Ends an open session (web view and profile included) while an event loop can still run
    // the wipe; called on QCoreApplication::aboutToQuit.
    void endSessionBeforeQuit();

    SessionWiper *wiper() { return &m_wiper; }
    IdleWatcher *idleWatcher() { return m_idle.get(); }
    AdminGate *adminGate() { return m_gate.get(); }
    AdminStatus *adminStatus() { return m_status.get(); }
    KioskLockdown *lockdown() { return &m_lockdown; }
    WebSession *webSession() { return m_web.get(); }
    FailClosed *failClosed() { return &m_failClosed; }

private:
    ShellWiring(KioskComposition &kiosk, bool windowed);
    void addFinalWipeSteps();

    KioskComposition &m_kiosk;
    SessionWiper m_wiper;
    FailClosed m_failClosed {&m_wiper};
    KioskLockdown m_lockdown;
    AdminGesture m_gesture;
    std::unique_ptr<IdleWatcher> m_idle;
    std::unique_ptr<AdminGate> m_gate;
    std::unique_ptr<AdminStatus> m_status;
    std::unique_ptr<WebSession> m_web;
    QPointer<QQuickWindow> m_window;
};

} // namespace ck
