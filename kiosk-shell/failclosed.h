// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWindow>

#include <functional>

namespace ck {

class SessionWiper;

// A wipe that cannot finish or cannot be confirmed (SessionWiper::wipeFailed) must not hand this
// process to the next person: what the last one typed may still be in its memory. FailClosed
// takes the window out of reach at once, has the reason recorded (the fleet metrics, which
// survive the restart) and ends the process with KioskLockdown::WipeFailed, so that systemd
// (Restart=always) starts a fresh one that has never held anybody's answers.
class FailClosed : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool tripped READ isTripped NOTIFY tripped FINAL)

public:
    using Recorder = std::function<void(const QString &reason, const QString &step)>;

    explicit FailClosed(SessionWiper *wiper, QObject *parent = nullptr);
    ~FailClosed() override;

    // Called once, before the process ends (FleetServices::recordWipeFailure in the kiosk).
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }
    // Tests replace the end of the process; the default is _exit() (see failclosed.cpp).
    void setExitFunction(std::function<void(int)> exit) { m_exit = std::move(exit); }
    void setWindow(QWindow *window) { m_window = window; }

    bool isTripped() const { return !m_reason.isEmpty(); }
    QString reason() const { return m_reason; }
    QString step() const { return m_step; }

    // Every input event, once tripped: nobody can start a session in this process.
    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    void trip(const QString &reason, const QString &step);

Q_SIGNALS:
    void tripped(const QString &reason, const QString &step);

private:
    Recorder m_recorder;
    std::function<void(int)> m_exit;
    QPointer<QWindow> m_window;
    QString m_reason;
    QString m_step;
};

} // namespace ck
