// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// A real IPP Everywhere printer for the print tests: CUPS' ippeveprinter writing each job to a
// spool folder. ippeveprinter will not start without DNS-SD, and Avahi's client library talks
// to avahi-daemon over the system D-Bus, so the harness brings a private bus (its own socket,
// DBUS_SYSTEM_BUS_ADDRESS) and an avahi-daemon in a private mount namespace (its pid file under
// /run/avahi-daemon would clash with another test's daemon). Everything is killed at the end.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <signal.h>

class IppEvePrinter
{
public:
    ~IppEvePrinter() { stop(); }

    QString error() const { return m_error; }
    QString spoolDir() const { return m_dir.filePath(QStringLiteral("spool")); }
    QString uri() const { return QStringLiteral("ipp://127.0.0.1:%1/ipp/print").arg(m_port); }
    qint64 printerPid() const { return m_printer ? m_printer->processId() : 0; }

    // How each job "prints" (ippeveprinter's print command): at once; failing the way a
    // driver reports an empty tray ("STATE: +media-empty-error" on stderr, as CUPS filters
    // do); or taking a few seconds, as a real page does (to cancel it meanwhile). Without a
    // command ippeveprinter waits a random 5 to 15 s a job.
    enum class Mode { Prints, OutOfPaper, Slow };

    bool start(Mode mode = Mode::Prints)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ippeveprinter")).isEmpty()) {
            m_error = QStringLiteral("ippeveprinter missing (cups-ipp-utils)");
            return false;
        }
        const QString bus = m_dir.filePath(QStringLiteral("bus"));
        writeFile(QStringLiteral("bus.conf"),
                  QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                                 "Configuration 1.0//EN\" "
                                 "\"http://www.freedesktop.org/standards/dbus/1.0/"
                                 "busconfig.dtd\">\n<busconfig><type>system</type>"
                                 "<listen>unix:path=%1</listen><auth>EXTERNAL</auth>"
                                 "<policy context=\"default\"><allow user=\"*\"/><allow own=\"*\"/>"
                                 "<allow send_destination=\"*\"/><allow receive_sender=\"*\"/>"
                                 "</policy></busconfig>\n")
                      .arg(bus));
        writeFile(QStringLiteral("avahi.conf"),
                  QStringLiteral("[server]\nuse-ipv4=yes\nuse-ipv6=no\nallow-interfaces=lo\n"
                                 "[publish]\npublish-hinfo=no\npublish-workstation=no\n"));
        writeFile(QStringLiteral("nopaper.sh"),
                  QStringLiteral("#!/bin/sh\necho 'STATE: +media-empty-error' >&2\n"
                                 "echo 'ERROR: out of paper' >&2\nexit 1\n"));
        writeFile(QStringLiteral("prints.sh"), QStringLiteral("#!/bin/sh\nexit 0\n"));
        writeFile(QStringLiteral("slow.sh"), QStringLiteral("#!/bin/sh\nsleep 4\nexit 0\n"));
        for (const char *script : {"nopaper.sh", "prints.sh", "slow.sh"})
            QFile::setPermissions(m_dir.filePath(QString::fromLatin1(script)),
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::WriteOwner);
        QDir().mkpath(spoolDir());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=") + bus);
        m_bus =
            spawn(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--nofork"),
                   QStringLiteral("--config-file=") + m_dir.filePath(QStringLiteral("bus.conf"))},
                  env);
        if (!waitFor([&] { return QFile::exists(bus); }, 5000)) {
            m_error = QStringLiteral("private D-Bus did not start");
            return false;
        }
        m_avahi = spawn(QStringLiteral("unshare"),
                        {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("mkdir -p /run/avahi-daemon && mount -t tmpfs tmpfs "
                                        "/run/avahi-daemon && exec avahi-daemon -f %1 "
                                        "--no-drop-root --no-chroot --no-rlimits")
                             .arg(m_dir.filePath(QStringLiteral("avahi.conf")))},
                        env);
        QThread::msleep(300);
        if (m_avahi->state() != QProcess::Running) {
            m_error = QStringLiteral("avahi-daemon did not start: ")
                + QString::fromLocal8Bit(m_avahi->readAllStandardError());
            return false;
        }
        m_port = freePort();
        QStringList args {QStringLiteral("-r"),
                          QStringLiteral("off"),
                          QStringLiteral("-p"),
                          QString::number(m_port),
                          QStringLiteral("-n"),
                          QStringLiteral("localhost"),
                          QStringLiteral("-d"),
                          spoolDir(),
                          QStringLiteral("-k"),
                          QStringLiteral("-f"),
                          QStringLiteral("application/pdf")};
        const char *command = mode == Mode::OutOfPaper ? "nopaper.sh"
            : mode == Mode::Slow                       ? "slow.sh"
                                                       : "prints.sh";
        args << QStringLiteral("-c") << m_dir.filePath(QString::fromLatin1(command));
        args << QStringLiteral("CivicKioskTest");
        // A few seconds for the service registration with Avahi on a loaded machine.
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_printer = spawn(QStringLiteral("ippeveprinter"), args, env);
            if (waitFor([&] { return listening() || m_printer->state() != QProcess::Running; },
                        10000)
                && listening())
                return true;
            m_error = QString::fromLocal8Bit(m_printer->readAllStandardError());
            kill(m_printer);
            QThread::msleep(500);
        }
        return false;
    }

    // Files the printer kept, one per job ("<job id>-<name>.pdf"), by job id.
    QStringList jobFiles() const
    {
        QFileInfoList files =
            QDir(spoolDir()).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files);
        std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
            return a.fileName().section(u'-', 0, 0).toInt()
                < b.fileName().section(u'-', 0, 0).toInt();
        });
        QStringList out;
        for (const QFileInfo &f : files)
            out.append(f.absoluteFilePath());
        return out;
    }

    void pause() { ::kill(pid_t(printerPid()), SIGSTOP); }
    void resume() { ::kill(pid_t(printerPid()), SIGCONT); }
    void stopPrinter() { kill(m_printer); }

    void stop()
    {
        kill(m_printer);
        kill(m_avahi);
        kill(m_bus);
    }

private:
    static bool waitFor(const std::function<bool()> &done, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!done()) {
            if (t.elapsed() > ms)
                return false;
            QTest::qWait(50);
        }
        return true;
    }

    bool listening() const
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        return s.waitForConnected(200);
    }

    static int freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    std::unique_ptr<QProcess> spawn(const QString &program, const QStringList &args,
                                    const QProcessEnvironment &env)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(program, args);
        p->waitForStarted(5000);
        return p;
    }

    static void kill(std::unique_ptr<QProcess> &p)
    {
        if (!p)
            return;
        if (p->state() != QProcess::NotRunning) {
            ::kill(pid_t(p->processId()), SIGCONT);
            p->terminate();
            if (!p->waitForFinished(3000)) {
                p->kill();
                p->waitForFinished(3000);
            }
        }
        p.reset();
    }

    void writeFile(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_bus, m_avahi, m_printer;
    int m_port = 0;
    QString m_error;
};
