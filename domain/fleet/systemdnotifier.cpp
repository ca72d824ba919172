// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/systemdnotifier.h"

#include <QCoreApplication>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace ck {

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
{ }

bool SystemdNotifier::available()
{
    return !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
}

qint64 SystemdNotifier::watchdogIntervalMs()
{
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (!ok || usec <= 0)
        return 0;
    const QString pid = qEnvironmentVariable("WATCHDOG_PID");
    if (!pid.isEmpty() && pid.toLongLong() != QCoreApplication::applicationPid())
        return 0;
    return usec / 1000;
}

Status SystemdNotifier::notify(const QByteArray &state)
{
    const QByteArray path = qgetenv("NOTIFY_SOCKET");
    if (path.isEmpty())
        return Status::success();
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof(address.sun_path)) || (path[0] != '/' && path[0] != '@'))
        return Status::failure(QStringLiteral("notify-socket"),
                               tr("NOTIFY_SOCKET is not a usable socket address."));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    if (path[0] == '@')
        address.sun_path[0] = '\0'; // abstract namespace
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));

    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Status::failure(QStringLiteral("notify-socket"),
                               tr("Cannot create a notification socket: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno))));
    const ssize_t sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    const int error = errno;
    ::close(fd);
    if (sent != ssize_t(state.size()))
        return Status::failure(
            QStringLiteral("notify-socket"),
            tr("Cannot notify systemd: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
    return Status::success();
}

void SystemdNotifier::ready()
{
    (void)notify("READY=1");
    const qint64 interval = watchdogIntervalMs();
    if (interval <= 0)
        return;
    if (!m_watchdog) {
        m_watchdog = new QTimer(this);
        // The timer runs on the GUI thread on purpose: if the event loop hangs, the pings stop
        // and systemd restarts the kiosk.
        connect(m_watchdog, &QTimer::timeout, this, [] { (void)notify("WATCHDOG=1"); });
    }
    m_watchdog->start(int(qMax<qint64>(interval / 2, 100)));
}

void SystemdNotifier::stopping()
{
    if (m_watchdog)
        m_watchdog->stop();
    (void)notify("STOPPING=1");
}

void SystemdNotifier::setStatus(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    (void)notify("STATUS=" + oneLine.toUtf8());
}

} // namespace ck
