// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/idlewatcher.h"

#include <QElapsedTimer>
#include <QEvent>

#include <cmath>

namespace ck {

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

IdleWatcher::IdleWatcher(int idleTimeoutSec, int warningSec, QObject *parent)
    : QObject(parent)
    , m_clock(monotonicMs)
    , m_idleMs(qMax(1, idleTimeoutSec) * qint64(1000))
    , m_warningMs(qMax(1, warningSec) * qint64(1000))
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::poll);
    m_lastInput = m_clock();
}

void IdleWatcher::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastInput = m_clock();
}

void IdleWatcher::setPollInterval(int ms)
{
    if (ms <= 0) {
        m_timer.stop();
        m_timer.setInterval(0);
        return;
    }
    m_timer.setInterval(ms);
    if (m_active)
        m_timer.start();
}

void IdleWatcher::setTimeoutsMs(qint64 idleMs, qint64 warningMs)
{
    m_idleMs = qMax<qint64>(1, idleMs);
    m_warningMs = qMax<qint64>(1, warningMs);
}

void IdleWatcher::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    m_lastInput = m_clock();
    setWarning(false);
    if (m_active && m_timer.interval() > 0)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT activeChanged();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        // Any sign of a person counts, including a touch on the warning itself.
        m_lastInput = m_clock();
        if (m_warning)
            setWarning(false);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::moreTime()
{
    m_lastInput = m_clock();
    setWarning(false);
}

void IdleWatcher::warnNow()
{
    if (!m_active)
        return;
    m_lastInput = m_clock() - m_idleMs;
    poll();
}

void IdleWatcher::poll()
{
    if (!m_active)
        return;
    const qint64 idle = m_clock() - m_lastInput;
    if (idle < m_idleMs) {
        setWarning(false);
        return;
    }
    const qint64 left = m_idleMs + m_warningMs - idle;
    if (left <= 0) {
        setWarning(false);
        setSecondsLeft(0);
        // Stop watching until the next session starts; the wiper brings us back to welcome.
        m_active = false;
        m_timer.stop();
        Q_EMIT activeChanged();
        Q_EMIT expired();
        return;
    }
    const bool starting = !m_warning;
    setWarning(true);
    setSecondsLeft(int(std::ceil(double(left) / 1000.0)));
    if (starting)
        Q_EMIT warningStarted();
}

void IdleWatcher::setWarning(bool warning)
{
    if (m_warning == warning)
        return;
    m_warning = warning;
    if (warning)
        setSecondsLeft(int(std::ceil(double(m_warningMs) / 1000.0)));
    Q_EMIT warningChanged();
}

void IdleWatcher::setSecondsLeft(int seconds)
{
    if (m_secondsLeft == seconds)
        return;
    m_secondsLeft = seconds;
    Q_EMIT secondsLeftChanged();
}

} // namespace ck
