// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/kiosklockdown.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>
#include <QWindow>

namespace ck {

Q_LOGGING_CATEGORY(lcLockdown, "civickiosk.shell.lockdown")

namespace {
constexpr Qt::KeyboardModifiers kRelevantModifiers =
    Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier | Qt::MetaModifier;

QKeyCombination combo(Qt::KeyboardModifiers modifiers, Qt::Key key)
{
    return QKeyCombination(modifiers, key);
}
} // namespace

KioskLockdown::KioskLockdown(bool windowed, QObject *parent)
    : QObject(parent)
    , m_windowed(windowed)
{ }

QList<QKeyCombination> KioskLockdown::blockedShortcuts()
{
    const auto ctrl = Qt::ControlModifier;
    const auto alt = Qt::AltModifier;
    const auto shift = Qt::ShiftModifier;
    return {
        // Close / quit / full screen.
        combo(alt, Qt::Key_F4),
        combo(ctrl, Qt::Key_W),
        combo(ctrl, Qt::Key_Q),
        combo(ctrl | shift, Qt::Key_W),
        combo(ctrl, Qt::Key_F4),
        combo({}, Qt::Key_F11),
        // Leaving the session or the window (where they reach the app at all under cage).
        combo(ctrl | alt, Qt::Key_Backspace),
        combo(ctrl | alt, Qt::Key_Delete),
        combo(alt, Qt::Key_Tab),
        combo(alt | shift, Qt::Key_Backtab),
        combo(alt, Qt::Key_Escape),
        combo(ctrl, Qt::Key_Escape),
        combo(Qt::MetaModifier, Qt::Key_Tab),
        // Browser: address bar, open, print, save, new window/tab, history, downloads, source.
        combo(ctrl, Qt::Key_L),
        combo(ctrl, Qt::Key_O),
        combo(ctrl, Qt::Key_P),
        combo(ctrl, Qt::Key_S),
        combo(ctrl | shift, Qt::Key_S),
        combo(ctrl, Qt::Key_N),
        combo(ctrl | shift, Qt::Key_N),
        combo(ctrl, Qt::Key_T),
        combo(ctrl | shift, Qt::Key_T),
        combo(ctrl, Qt::Key_H),
        combo(ctrl, Qt::Key_J),
        combo(ctrl, Qt::Key_U),
        combo(ctrl, Qt::Key_D),
        combo(ctrl, Qt::Key_G),
        combo(ctrl | shift, Qt::Key_Delete),
        combo(alt, Qt::Key_D),
        combo(alt, Qt::Key_Home),
        combo(alt, Qt::Key_Left),
        combo(alt, Qt::Key_Right),
        // Developer tools.
        combo(ctrl | shift, Qt::Key_I),
        combo(ctrl | shift, Qt::Key_J),
        combo(ctrl | shift, Qt::Key_C),
        combo(ctrl | shift, Qt::Key_K),
        combo({}, Qt::Key_F12),
        // Reload (would resubmit forms and lose the kiosk's state).
        combo(ctrl, Qt::Key_R),
        combo(ctrl | shift, Qt::Key_R),
        combo({}, Qt::Key_F5),
        combo(ctrl, Qt::Key_F5),
        combo(shift, Qt::Key_F5),
        // Menus and the like.
        combo({}, Qt::Key_F1),
        combo({}, Qt::Key_F3),
        combo({}, Qt::Key_F6),
        combo({}, Qt::Key_F7),
        combo({}, Qt::Key_F10),
        combo({}, Qt::Key_Menu),
        combo(shift, Qt::Key_F10),
    };
}

bool KioskLockdown::isBlocked(QKeyCombination combination)
{
    static const QList<QKeyCombination> blocked = blockedShortcuts();
    const QKeyCombination normalised(combination.keyboardModifiers() & kRelevantModifiers,
                                     combination.key());
    if (blocked.contains(normalised))
        return true;
    // With Shift held the key may arrive as Backtab instead of Tab: same switcher.
    return normalised.key() == Qt::Key_Backtab
        && normalised.keyboardModifiers().testFlag(Qt::AltModifier);
}

void KioskLockdown::apply(QWindow *window)
{
    if (!window)
        return;
    m_window = window;
    // On the application, not only the window: QShortcutMap sends ShortcutOverride to the focus
    // item, and an accepted override is the only way to stop a QML Shortcut or a Chromium
    // accelerator from firing.
    QCoreApplication::instance()->installEventFilter(this);
    if (!m_windowed) {
        window->setFlags(window->flags() | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        window->showFullScreen();
        // The signal, not only the WindowStateChange event: without a window manager (cage,
        // Xvfb) xcb never sends the event for a programmatic showNormal().
        connect(window, &QWindow::windowStateChanged, this, [this](Qt::WindowState state) {
            if (state != Qt::WindowFullScreen)
                QTimer::singleShot(0, this, &KioskLockdown::restoreFullScreen);
        });
    }
}

void KioskLockdown::allowExit()
{
    m_exitAllowed = true;
}

void KioskLockdown::restartKiosk()
{
    allowExit();
    qCInfo(lcLockdown, "restart requested from the admin screen");
    (m_exit ? m_exit : &QCoreApplication::exit)(RestartRequested);
}

void KioskLockdown::exitKiosk()
{
    allowExit();
    if (!m_stopRequestFile.isEmpty()) {
        QSaveFile file(m_stopRequestFile);
        const QByteArray note = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8()
            + " exit requested from the admin screen\n";
        if (!file.open(QIODevice::WriteOnly) || file.write(note) != note.size() || !file.commit())
            qCWarning(lcLockdown).noquote()
                << "cannot record the exit request, systemd may restart the kiosk:"
                << file.errorString();
    }
    qCInfo(lcLockdown, "exit requested from the admin screen");
    (m_exit ? m_exit : &QCoreApplication::exit)(StopRequested);
}

bool KioskLockdown::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isBlocked(key->keyCombination())) {
            // Accepting the override and then eating the press keeps it from every Shortcut and
            // from Chromium's own accelerators.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                ++m_swallowed;
                Q_EMIT swallowed();
            }
            return true;
        }
        break;
    }
    case QEvent::Close:
        if (watched == m_window && !m_exitAllowed) {
            event->ignore();
            return true;
        }
        break;
    case QEvent::ContextMenu:
        event->accept();
        return true;
    case QEvent::WindowStateChange:
        if (!m_windowed && watched == m_window
            && !(m_window->windowStates() & Qt::WindowFullScreen))
            QTimer::singleShot(0, this, &KioskLockdown::restoreFullScreen);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskLockdown::restoreFullScreen()
{
    if (m_window && !m_windowed && !m_exitAllowed)
        m_window->showFullScreen();
}

} // namespace ck
