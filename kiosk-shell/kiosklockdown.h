// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QKeyCombination>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QWindow;

namespace ck {

// Keeps the kiosk window fullscreen, frameless and on top, and keeps people in it: swallows the
// browser and desktop shortcuts that would close, reload, print, save, open or inspect, refuses
// close events until the admin chooses "exit kiosk", and suppresses context menus. Installed as
// an event filter on the application, so it sees keys before any item (the web view included).
// `--windowed` (development only) keeps the shortcut filter but not fullscreen/on-top.
class KioskLockdown : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool windowed READ isWindowed CONSTANT FINAL)
    Q_PROPERTY(int swallowedCount READ swallowedCount NOTIFY swallowed FINAL)

public:
    // How the kiosk ends when the admin asks, for the service unit to tell apart
    // (packaging/systemd/civic-kiosk.service). A config restart exits 0. WipeFailed: a session
    // wipe could not be finished or confirmed (FailClosed); systemd starts a fresh process.
    enum ExitStatus { RestartRequested = 3, StopRequested = 4, WipeFailed = 5 };

    explicit KioskLockdown(bool windowed = false, QObject *parent = nullptr);

    // Where "exit kiosk" leaves its request, so the unit's start check (kiosk-start-check)
    // keeps systemd's Restart=always from bringing the kiosk straight back: cage 0.1.4 in
    // bookworm does not pass the app's exit status on, so RestartPreventExitStatus= alone is not
    // enough. Empty: no request file.
    void setStopRequestFile(const QString &path) { m_stopRequestFile = path; }
    // Tests replace QCoreApplication::exit, which would also end QTest's own event loops.
    void setExitFunction(std::function<void(int)> exit) { m_exit = std::move(exit); }

    void apply(QWindow *window);
    bool isWindowed() const { return m_windowed; }
    int swallowedCount() const { return m_swallowed; }

    // Every combination that is swallowed (the shortcut test sends each of them).
    static QList<QKeyCombination> blockedShortcuts();
    static bool isBlocked(QKeyCombination combination);

    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    // Only the admin screen's "exit kiosk" and "restart" call these.
    void allowExit();
    void restartKiosk();
    void exitKiosk();

Q_SIGNALS:
    void swallowed();

private:
    void restoreFullScreen();

    QPointer<QWindow> m_window;
    bool m_windowed;
    bool m_exitAllowed = false;
    QString m_stopRequestFile;
    std::function<void(int)> m_exit;
    int m_swallowed = 0;
};

} // namespace ck
