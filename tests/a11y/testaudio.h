// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Real audio servers for read-aloud tests on machines without a sound card (CI): a PulseAudio
// with a null sink, so Qt 6.4's flite backend (Qt Multimedia) plays for real, and a private
// speech-dispatcher playing to it, so the speechd backend does too. Both stop with this object.
#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QThread>

class TestAudio
{
public:
    ~TestAudio() { stop(); }

    // speech-dispatcher, then PulseAudio. tst_readaloud leaves this to the destructor: stopping
    // PulseAudio in cleanupTestCase, while Qt 6.4's flite backend may still be winding down
    // after the key-echo test, crashed the test process.
    void stop()
    {
        for (QProcess *p : {&m_speechd, &m_pulse}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(5000);
        }
    }

    // PulseAudio on a socket in `dir`; this process's PULSE_SERVER points at it.
    bool startNullSink(const QString &dir)
    {
        const QString pulse = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        if (pulse.isEmpty())
            return fail(
                QStringLiteral("pulseaudio is needed as a null audio sink (scripts/deps.sh)"));
        const QString run = QDir(dir).filePath(QStringLiteral("run"));
        const QString home = QDir(dir).filePath(QStringLiteral("home"));
        if (!QDir().mkpath(run) || !QDir().mkpath(home))
            return fail(QStringLiteral("cannot make %1").arg(run));
        const QString socket = QDir(dir).filePath(QStringLiteral("native"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), run);
        env.insert(QStringLiteral("HOME"), home);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        m_pulse.setProcessEnvironment(env);
        m_pulse.setProcessChannelMode(QProcess::MergedChannels);
        m_pulse.start(pulse,
                      {QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                       QStringLiteral("-n"), QStringLiteral("--use-pid-file=no"),
                       QStringLiteral("--disable-shm=yes"), QStringLiteral("-F"),
                       QStringLiteral("/dev/null"),
                       QStringLiteral("--load=module-null-sink sink_name=ck_null"),
                       QStringLiteral("--load=module-native-protocol-unix socket=%1 "
                                      "auth-anonymous=1")
                           .arg(socket)});
        if (!m_pulse.waitForStarted(10000) || !waitForFile(socket))
            return fail(QStringLiteral("pulseaudio did not start: ") + m_pulse.readAll());
        qputenv("PULSE_SERVER", QByteArray("unix:") + QFile::encodeName(socket));
        qputenv("PULSE_RUNTIME_PATH", QFile::encodeName(run));
        return true;
    }

    // speech-dispatcher on a socket in `dir`, playing to the null sink; this process's
    // SPEECHD_ADDRESS points at it (a kiosk's own starts on first use, as the session user's).
    bool startSpeechDispatcher(const QString &dir)
    {
        const QString server = QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher"));
        if (server.isEmpty())
            return fail(QStringLiteral("speech-dispatcher is needed (scripts/deps.sh)"));
        const QString socket = QDir(dir).filePath(QStringLiteral("speechd.sock"));
        m_speechd.setProcessChannelMode(QProcess::MergedChannels);
        m_speechd.start(
            server,
            {QStringLiteral("--run-single"), QStringLiteral("--timeout"), QStringLiteral("0"),
             QStringLiteral("--communication-method"), QStringLiteral("unix_socket"),
             QStringLiteral("--socket-path"), socket, QStringLiteral("--pid-file"),
             QDir(dir).filePath(QStringLiteral("speechd.pid")), QStringLiteral("--log-dir"), dir});
        if (!m_speechd.waitForStarted(10000) || !waitForFile(socket))
            return fail(QStringLiteral("speech-dispatcher did not start: ") + m_speechd.readAll());
        qputenv("SPEECHD_ADDRESS", QByteArray("unix_socket:") + QFile::encodeName(socket));
        return true;
    }

    QString error() const { return m_error; }

private:
    static bool waitForFile(const QString &path)
    {
        QDeadlineTimer deadline(15000);
        while (!QFileInfo::exists(path) && !deadline.hasExpired())
            QThread::msleep(50);
        return QFileInfo::exists(path);
    }
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    QProcess m_pulse;
    QProcess m_speechd;
    QString m_error;
};
