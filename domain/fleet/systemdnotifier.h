// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>

class QTimer;

namespace ck {

// The sd_notify protocol without libsystemd: one AF_UNIX datagram per message to the socket
// named by $NOTIFY_SOCKET (a path, or "@name" for the abstract namespace). systemd's
// Type=notify waits for READY=1; WatchdogSec= kills and restarts the kiosk if WATCHDOG=1 stops
// arriving, which catches a hung GUI thread that Restart=always alone would not.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    // True when $NOTIFY_SOCKET is set (running under systemd with Type=notify).
    static bool available();
    // WATCHDOG_USEC in milliseconds, or 0 when no watchdog is set for this process
    // (WATCHDOG_PID, when present, must be ours).
    static qint64 watchdogIntervalMs();

    // Sends one message ("READY=1", "WATCHDOG=1", "STATUS=...", newline-separated). Without
    // $NOTIFY_SOCKET this is a successful no-op, so main can call it unconditionally.
    static Status notify(const QByteArray &state);

public Q_SLOTS:
    void ready(); // READY=1, then starts pinging at half the watchdog interval
    void stopping(); // STOPPING=1, stops pinging
    void setStatus(const QString &text);

private:
    QTimer *m_watchdog = nullptr;
};

} // namespace ck
