// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/failclosed.h"

#include "kiosk-shell/kiosklockdown.h"
#include "kiosk-shell/sessionwiper.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QWindow>

#include <cstdio>
#include <unistd.h>

namespace ck {

Q_LOGGING_CATEGORY(lcFailClosed, "civickiosk.shell.failclosed")

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::Wheel:
    case QEvent::InputMethod:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

FailClosed::FailClosed(SessionWiper *wiper, QObject *parent)
    : QObject(parent)
{
    if (wiper)
        connect(wiper, &SessionWiper::wipeFailed, this, &FailClosed::trip);
}

FailClosed::~FailClosed()
{
    if (isTripped() && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool FailClosed::eventFilter(QObject *watched, QEvent *event)
{
    if (isTripped() && isInput(event->type()))
        return true;
    return QObject::eventFilter(watched, event);
}

void FailClosed::trip(const QString &reason, const QString &step)
{
    if (isTripped())
        return;
    m_reason = reason.isEmpty() ? QStringLiteral("unknown") : reason;
    m_step = step;
    qCCritical(lcFailClosed).noquote()
        << "session wipe failed (" << m_reason << m_step
        << "): ending the process so that a fresh one serves the next person";
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
    if (m_window)
        m_window->hide();
    Q_EMIT tripped(m_reason, m_step);
    if (m_recorder)
        m_recorder(m_reason, m_step);
    if (m_exit) {
        m_exit(KioskLockdown::WipeFailed);
        return;
    }
    // Not QCoreApplication::exit(): leaving normally runs destructors and the shutdown wipe on a
    // state that could not be confirmed, and what could not finish (a stuck web profile) may
    // hang until the watchdog kills it 30 s later. The outbox is durable at every commit (the
    // kill -9 tests), the kernel discards this process's memory, systemd starts a fresh one.
    std::fflush(nullptr);
    ::_exit(KioskLockdown::WipeFailed);
}

} // namespace ck
