// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/sessionwiper.h"
#include "tests/unit/kiosk-shell/guitestmain.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using ck::SessionWiper;

namespace {

class Counter : public ck::Wipeable
{
public:
    QString wipeName() const override { return QStringLiteral("counter"); }
    void wipe() override { ++wipes; }
    int wipes = 0;
};

// Finishes on the event loop, like the web profile does.
class Deferred : public ck::Wipeable
{
public:
    QString wipeName() const override { return QStringLiteral("deferred"); }
    void wipe() override { }
    void wipeThen(std::function<void()> done) override
    {
        QTimer::singleShot(delayMs, [done] { done(); });
    }
    int delayMs = 30;
};

class Never : public ck::Wipeable
{
public:
    QString wipeName() const override { return QStringLiteral("never"); }
    void wipe() override { }
    void wipeThen(std::function<void()>) override { }
};

class Slotted : public QObject
{
    Q_OBJECT
public:
    int resets = 0;
public Q_SLOTS:
    void reset() { ++resets; }
};

} // namespace

class tst_SessionWiper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wipesEveryParticipantAndReports();
    void waitsForAsyncParticipantsAndUi();
    void secondTriggerJoinsRunningWipe();
    void guardedCallbacksSkipDeadObjects();
    void clipboardClearedBothModes();
    void stuckParticipantReportedIncomplete();
};

void tst_SessionWiper::wipesEveryParticipantAndReports()
{
    SessionWiper wiper;
    Counter counter;
    Slotted slotted;
    int callbackRuns = 0;
    wiper.addParticipant(&counter);
    wiper.addObject(&slotted, "reset");
    wiper.addCallback(QStringLiteral("flow-session"), [&] { ++callbackRuns; });
    QCOMPARE(wiper.participantNames().size(), 3);

    QSignalSpy started(&wiper, &SessionWiper::wipeStarted);
    QSignalSpy wiped(&wiper, &SessionWiper::wiped);
    wiper.endSession(QStringLiteral("finish"));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toString(), QStringLiteral("finish"));
    QCOMPARE(wiped.size(), 1); // all synchronous: done at once
    QCOMPARE(counter.wipes, 1);
    QCOMPARE(slotted.resets, 1);
    QCOMPARE(callbackRuns, 1);
    QCOMPARE(wiper.wipeCount(), 1);
    QVERIFY(!wiper.isWiping());

    wiper.removeParticipant(&counter);
    wiper.endSession(QStringLiteral("idle"));
    QCOMPARE(counter.wipes, 1);
    QCOMPARE(slotted.resets, 2);
}

void tst_SessionWiper::waitsForAsyncParticipantsAndUi()
{
    SessionWiper wiper;
    Deferred deferred;
    wiper.addParticipant(&deferred);
    auto *sessionRoot = new QObject;
    connect(&wiper, &SessionWiper::wipeStarted, this, [&] {
        wiper.awaitDestroyed(sessionRoot);
        sessionRoot->deleteLater();
    });
    QSignalSpy wiped(&wiper, &SessionWiper::wiped);
    wiper.endSession(QStringLiteral("idle"));
    QVERIFY(wiper.isWiping());
    QCOMPARE(wiped.size(), 0);
    QVERIFY(wiped.wait(2000));
    QVERIFY(wiped.first().first().toInt() >= deferred.delayMs - 5);
    QVERIFY(wiper.lastDurationMs() >= deferred.delayMs - 5);
}

void tst_SessionWiper::secondTriggerJoinsRunningWipe()
{
    SessionWiper wiper;
    Deferred deferred;
    Counter counter;
    wiper.addParticipant(&deferred);
    wiper.addParticipant(&counter);
    QSignalSpy wiped(&wiper, &SessionWiper::wiped);
    wiper.endSession(QStringLiteral("idle"));
    wiper.endSession(QStringLiteral("finish"));
    QVERIFY(wiped.wait(2000));
    QTest::qWait(50);
    QCOMPARE(wiped.size(), 1);
    QCOMPARE(counter.wipes, 1);
}

void tst_SessionWiper::guardedCallbacksSkipDeadObjects()
{
    SessionWiper wiper;
    int runs = 0;
    auto *guard = new QObject;
    wiper.addCallback(
        QStringLiteral("guarded"), [&] { ++runs; }, guard);
    wiper.endSession(QStringLiteral("idle"));
    QCOMPARE(runs, 1);
    delete guard;
    wiper.endSession(QStringLiteral("idle"));
    QCOMPARE(runs, 1);
    QCOMPARE(wiper.wipeCount(), 2);
}

void tst_SessionWiper::clipboardClearedBothModes()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("AB12 3CD 07700 900123"), QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->setText(QStringLiteral("jane@example.org"), QClipboard::Selection);
    QCOMPARE(clipboard->text(QClipboard::Clipboard), QStringLiteral("AB12 3CD 07700 900123"));
    SessionWiper wiper;
    wiper.endSession(QStringLiteral("finish"));
    QVERIFY(clipboard->text(QClipboard::Clipboard).isEmpty());
    if (clipboard->supportsSelection())
        QVERIFY(clipboard->text(QClipboard::Selection).isEmpty());
}

void tst_SessionWiper::stuckParticipantReportedIncomplete()
{
    SessionWiper wiper;
    Never never;
    wiper.addParticipant(&never);
    wiper.setTimeoutMs(100);
    QSignalSpy incomplete(&wiper, &SessionWiper::wipeIncomplete);
    QSignalSpy wiped(&wiper, &SessionWiper::wiped);
    wiper.endSession(QStringLiteral("idle"));
    QVERIFY(wiped.wait(2000));
    QCOMPARE(incomplete.size(), 1);
    QCOMPARE(incomplete.first().first().toStringList(), QStringList {QStringLiteral("never")});
    QVERIFY(!wiper.isWiping());
}

CK_GUI_TEST_MAIN(tst_SessionWiper)
#include "tst_sessionwiper.moc"
