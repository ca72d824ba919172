// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/systemdnotifier.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using ck::SystemdNotifier;

namespace {

// A real datagram socket standing in for systemd's notify socket.
class NotifySocket
{
public:
    explicit NotifySocket(const QByteArray &name)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un a {};
        a.sun_family = AF_UNIX;
        std::memcpy(a.sun_path, name.constData(), size_t(name.size()));
        if (name.startsWith('@'))
            a.sun_path[0] = '\0';
        const auto len = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(name.size()));
        m_ok = m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), len) == 0;
        timeval tv {5, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    }
    ~NotifySocket() { ::close(m_fd); }
    bool ok() const { return m_ok; }
    QByteArray receive()
    {
        char buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        return n > 0 ? QByteArray(buffer, n) : QByteArray();
    }

private:
    int m_fd = -1;
    bool m_ok = false;
};

} // namespace

class tst_SystemdNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void noSocketIsANoOp()
    {
        QVERIFY(!SystemdNotifier::available());
        QVERIFY(SystemdNotifier::notify("READY=1").ok());
        QCOMPARE(SystemdNotifier::watchdogIntervalMs(), 0);
    }

    void readyOverPathSocket()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath("notify"));
        NotifySocket socket(path);
        QVERIFY(socket.ok());
        qputenv("NOTIFY_SOCKET", path);
        QVERIFY(SystemdNotifier::available());
        SystemdNotifier notifier;
        notifier.ready();
        QCOMPARE(socket.receive(), QByteArray("READY=1"));
        notifier.setStatus("Outbox: 3 queued\nsecond line");
        QCOMPARE(socket.receive(), QByteArray("STATUS=Outbox: 3 queued second line"));
    }

    void watchdogPingsOverAbstractSocket()
    {
        const QByteArray name =
            "@ck-test-notify-" + QByteArray::number(QCoreApplication::applicationPid());
        NotifySocket socket(name);
        QVERIFY(socket.ok());
        qputenv("NOTIFY_SOCKET", name);
        qputenv("WATCHDOG_USEC", "400000");
        qputenv("WATCHDOG_PID", QByteArray::number(QCoreApplication::applicationPid()));
        QCOMPARE(SystemdNotifier::watchdogIntervalMs(), 400);
        SystemdNotifier notifier;
        notifier.ready();
        QCOMPARE(socket.receive(), QByteArray("READY=1"));
        // Pings come from the event loop at half the interval.
        QTest::qWait(450);
        QCOMPARE(socket.receive(), QByteArray("WATCHDOG=1"));
        notifier.stopping();
        QByteArray last;
        while (last != "STOPPING=1" && !(last = socket.receive()).isEmpty()) { }
        QCOMPARE(last, QByteArray("STOPPING=1"));
    }

    void watchdogForAnotherPidIsIgnored()
    {
        qputenv("WATCHDOG_USEC", "400000");
        qputenv("WATCHDOG_PID", "1");
        QCOMPARE(SystemdNotifier::watchdogIntervalMs(), 0);
    }

    void badSocketIsAnError()
    {
        qputenv("NOTIFY_SOCKET", "relative/path");
        QCOMPARE(SystemdNotifier::notify("READY=1").error().code, QStringLiteral("notify-socket"));
        qputenv("NOTIFY_SOCKET", "/nonexistent/dir/notify");
        QCOMPARE(SystemdNotifier::notify("READY=1").error().code, QStringLiteral("notify-socket"));
    }
};

QTEST_GUILESS_MAIN(tst_SystemdNotifier)
#include "tst_systemdnotifier.moc"
