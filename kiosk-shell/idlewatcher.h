// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace ck {

// Notices when nobody has touched the kiosk for idleTimeoutSec, then gives the person
// idleWarningSec to say "I need more time" (WCAG 2.2.1 Timing Adjustable) before the session
// ends. Watches input application-wide through an event filter, so no screen can forget it.
class IdleWatcher : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool warning READ isWarning NOTIFY warningChanged FINAL)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged FINAL)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged FINAL)
    Q_PROPERTY(int idleTimeoutSec READ idleTimeoutSec CONSTANT FINAL)
    Q_PROPERTY(int warningSec READ warningSec CONSTANT FINAL)

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    // Install on the application: `app.installEventFilter(&watcher)` (main does this).
    explicit IdleWatcher(int idleTimeoutSec = 120, int warningSec = 30, QObject *parent = nullptr);

    // Tests: a fake clock and manual poll() make every step deterministic; pollIntervalMs 0
    // stops the internal timer.
    void setClock(Clock clock);
    void setPollInterval(int ms);
    // Milliseconds instead of seconds, for tests and the benchmark.
    void setTimeoutsMs(qint64 idleMs, qint64 warningMs);

    bool isWarning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    // Only a running session is watched: the welcome screen has nothing to wipe.
    bool isActive() const { return m_active; }
    void setActive(bool active);
    int idleTimeoutSec() const { return int(m_idleMs / 1000); }
    int warningSec() const { return int(m_warningMs / 1000); }

    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    // "I need more time", and any input: start the idle period again.
    void moreTime();
    // Starts the warning now, as if the idle time had run out (a fleet admin ended the session
    // remotely): the person at the screen still sees the countdown and can keep the session.
    void warnNow();
    // Re-evaluate against the clock (the internal timer calls this).
    void poll();

Q_SIGNALS:
    void warningChanged();
    void secondsLeftChanged();
    void activeChanged();
    void warningStarted();
    void expired(); // connect to SessionWiper::endSession("idle")

private:
    void setWarning(bool warning);
    void setSecondsLeft(int seconds);

    Clock m_clock;
    QTimer m_timer;
    qint64 m_idleMs;
    qint64 m_warningMs;
    qint64 m_lastInput = 0;
    bool m_active = false;
    bool m_warning = false;
    int m_secondsLeft = 0;
};

} // namespace ck
