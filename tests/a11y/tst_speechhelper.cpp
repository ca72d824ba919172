// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Read-aloud when the civic-kiosk-speech helper fails: killed with SIGKILL mid-sentence, or
// stopped with SIGSTOP (a hang, as speech-dispatcher's spd_open() can), idle or reading. The
// kiosk's GUI thread never waits, the screen says read-aloud is briefly unavailable, and the
// next use after the back-off reads again with a new helper. Real flite, real PulseAudio null
// sink (testaudio.h), real signals.
#include "a11y/readaloud.h"
#include "tests/a11y/testaudio.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using ck::ReadAloud;

namespace {

const QString kLong = QStringLiteral(
    "Which bin was missed? Choose one. General waste, recycling, garden waste, food waste, "
    "glass, paper and card. When should the collection have happened? Tell us the date.");

bool alive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

} // namespace

class tst_SpeechHelper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_audio.startNullSink(m_dir.path()), qPrintable(m_audio.error()));
    }

    void init()
    {
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->loadData(R"(
import QtQuick
import CivicKiosk
Window {
    width: 900; height: 300; visible: true
    property alias readAloud: speech
    ReadAloud { id: speech; engineName: "flite"; helperTimeoutMs: 1000 }
    ReadAloudButton {
        readAloud: speech
        question: "Which bin was missed?"
        options: ["General waste", "Recycling", "Garden waste"]
    }
    // Something on screen that moves, so a stalled GUI thread shows as missing frames.
    Rectangle {
        width: 20; height: 20; color: "black"
        NumberAnimation on x { from: 0; to: 400; duration: 1000; loops: Animation.Infinite }
    }
})");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_readAloud = m_window->property("readAloud").value<ReadAloud *>();
        QVERIFY(m_readAloud);
    }

    void cleanup()
    {
        // A helper this test stopped must not outlive it.
        if (m_readAloud && m_readAloud->helperPid() > 0)
            ::kill(pid_t(m_readAloud->helperPid()), SIGCONT);
        m_engine.reset();
        m_window = nullptr;
        m_readAloud = nullptr;
    }

    void killedMidSentence()
    {
        const qint64 first = startReading();
        QSignalSpy unavailable(m_readAloud, &ReadAloud::unavailable);
        QVERIFY(::kill(pid_t(first), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_readAloud->state(), int(ReadAloud::Ready), 5000);
        QTRY_COMPARE(unavailable.size(), 1);
        QVERIFY(unavailable.constFirst().constFirst().toString().contains(u"briefly"));
        QCOMPARE(note(), unavailable.constFirst().constFirst().toString());
        QCOMPARE(m_readAloud->helperPid(), 0);
        // After the back-off a new helper reads the next sentence.
        const qint64 second = startReading();
        QVERIFY(second != first);
    }

    void hangsMidSentence()
    {
        const qint64 first = startReading();
        QSignalSpy unavailable(m_readAloud, &ReadAloud::unavailable);
        int frames = 0;
        connect(m_window, &QQuickWindow::frameSwapped, this, [&frames] { ++frames; });
        QVERIFY(::kill(pid_t(first), SIGSTOP) == 0);
        QElapsedTimer clock;
        clock.start();
        // Nothing asked of it: the kiosk's own ping finds the hang within twice the timeout.
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 5000);
        const qint64 noticedMs = clock.elapsed();
        QVERIFY2(noticedMs < 3 * m_readAloud->helperTimeoutMs(),
                 qPrintable(QString::number(noticedMs)));
        QVERIFY(unavailable.constFirst().constFirst().toString().contains(u"briefly"));
        QTRY_COMPARE(m_readAloud->state(), int(ReadAloud::Ready));
        QTRY_VERIFY(!alive(first));
        // The screen kept moving while the helper hung: about 60 frames a second, at least 10.
        QVERIFY2(frames >= 10 * noticedMs / 1000,
                 qPrintable(QStringLiteral("%1 frames in %2 ms").arg(frames).arg(noticedMs)));
        QVERIFY(startReading() != first);
    }

    // A helper that hangs while idle is found out by the next request, which costs that
    // sentence only; say() itself returns at once.
    void hangsWhileIdle()
    {
        const qint64 first = startReading();
        m_readAloud->stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_readAloud->state(), int(ReadAloud::Ready), 5000);
        QVERIFY(::kill(pid_t(first), SIGSTOP) == 0);
        QSignalSpy unavailable(m_readAloud, &ReadAloud::unavailable);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_readAloud->say(QStringLiteral("Recycling.")));
        QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 5000);
        QVERIFY(unavailable.constFirst().constFirst().toString().contains(u"briefly"));
        QTRY_VERIFY(!alive(first));
        QVERIFY(startReading() != first);
    }

    // The wipe ends the helper: a process that has exited holds nothing of the session.
    void wipeEndsTheHelper()
    {
        const qint64 pid = startReading();
        QSignalSpy unavailable(m_readAloud, &ReadAloud::unavailable);
        QMetaObject::invokeMethod(m_readAloud, "wipe");
        QTRY_VERIFY_WITH_TIMEOUT(!m_readAloud->flushing(), 5000);
        QTRY_VERIFY(!alive(pid));
        QCOMPARE(m_readAloud->helperPid(), 0);
        QCOMPARE(m_readAloud->state(), int(ReadAloud::Ready));
        QVERIFY(m_readAloud->lastSpoken().isEmpty());
        QCOMPARE(unavailable.size(), 0); // an ended session is not a failure
        // The next session starts a new one at once, without a back-off.
        QVERIFY(startReading() != pid);
    }

    // A helper that cannot answer (hung, or still loading an engine) does not hold up the
    // session wipe: it is killed after a short grace.
    void wipeDoesNotWaitForAHungHelper()
    {
        const qint64 pid = startReading();
        QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
        QElapsedTimer clock;
        clock.start();
        QMetaObject::invokeMethod(m_readAloud, "wipe");
        QVERIFY(m_readAloud->flushing());
        QTRY_VERIFY_WITH_TIMEOUT(!m_readAloud->flushing(), 5000);
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY(!alive(pid));
    }

    // No helper to start (a broken install): said in words, and the kiosk goes on.
    void helperMissing()
    {
        qputenv("CK_SPEECH_HELPER", "/nonexistent/civic-kiosk-speech");
        ReadAloud readAloud;
        QSignalSpy unavailable(&readAloud, &ReadAloud::unavailable);
        readAloud.say(QStringLiteral("Hello"));
        QTRY_COMPARE(unavailable.size(), 1);
        QCOMPARE(readAloud.helperPid(), 0);
        qunsetenv("CK_SPEECH_HELPER");
    }

private:
    // Reads kLong (retrying through a back-off) until a helper speaks; returns its pid.
    qint64 startReading()
    {
        qint64 pid = 0;
        const bool ok = QTest::qWaitFor(
            [&] {
                if (m_readAloud->state() != ReadAloud::Speaking && !m_readAloud->flushing())
                    m_readAloud->say(kLong);
                QTest::qWait(100);
                pid = m_readAloud->helperPid();
                return m_readAloud->state() == ReadAloud::Speaking && pid > 0;
            },
            15000);
        if (!ok)
            qWarning("no helper started reading");
        return ok ? pid : -1;
    }

    QString note() const
    {
        auto *item = m_window->findChild<QQuickItem *>(QStringLiteral("readAloudUnavailable"));
        return item ? item->property("text").toString() : QString();
    }

    QTemporaryDir m_dir;
    TestAudio m_audio;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    ReadAloud *m_readAloud = nullptr;
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tst_SpeechHelper test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_speechhelper.moc"
