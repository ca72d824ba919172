// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/idlewatcher.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using ck::IdleWatcher;

// Every step runs on a fake clock with manual poll(): no sleeps, no flakiness.
class tst_IdleWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void warningAfterTimeoutThenExpires();
    void moreTimeResets();
    void warnNowStartsTheFullWarning();
    void inputResets();
    void inactiveNeverFires();
    void realTimerWithShortTimeouts();

private:
    std::unique_ptr<IdleWatcher> m_watcher;
    qint64 m_now = 0;
};

void tst_IdleWatcher::init()
{
    m_now = 1'000'000;
    m_watcher = std::make_unique<IdleWatcher>(120, 30);
    m_watcher->setClock([this] { return m_now; });
    m_watcher->setPollInterval(0);
    m_watcher->setActive(true);
}

void tst_IdleWatcher::warningAfterTimeoutThenExpires()
{
    QSignalSpy warned(m_watcher.get(), &IdleWatcher::warningStarted);
    QSignalSpy expired(m_watcher.get(), &IdleWatcher::expired);
    m_now += 119'000;
    m_watcher->poll();
    QVERIFY(!m_watcher->isWarning());
    m_now += 1'000;
    m_watcher->poll();
    QVERIFY(m_watcher->isWarning());
    QCOMPARE(warned.size(), 1);
    QCOMPARE(m_watcher->secondsLeft(), 30);
    m_now += 10'500;
    m_watcher->poll();
    QCOMPARE(m_watcher->secondsLeft(), 20);
    QCOMPARE(warned.size(), 1);
    QCOMPARE(expired.size(), 0);
    m_now += 19'500;
    m_watcher->poll();
    QCOMPARE(expired.size(), 1);
    QVERIFY(!m_watcher->isWarning());
    QVERIFY(!m_watcher->isActive()); // the next session switches it on again
    m_now += 500'000;
    m_watcher->poll();
    QCOMPARE(expired.size(), 1);
}

// A fleet admin's end-session: the person sees the whole countdown, and can keep the session.
void tst_IdleWatcher::warnNowStartsTheFullWarning()
{
    QSignalSpy warned(m_watcher.get(), &IdleWatcher::warningStarted);
    QSignalSpy expired(m_watcher.get(), &IdleWatcher::expired);
    m_now += 5'000; // someone just touched the screen
    m_watcher->warnNow();
    QVERIFY(m_watcher->isWarning());
    QCOMPARE(warned.size(), 1);
    QCOMPARE(m_watcher->secondsLeft(), 30);
    m_now += 29'000;
    m_watcher->poll();
    QCOMPARE(expired.size(), 0);
    m_now += 1'000;
    m_watcher->poll();
    QCOMPARE(expired.size(), 1);

    // Kept: a touch during the warning ends it, and the session goes on.
    m_watcher->setActive(true);
    m_watcher->warnNow();
    QVERIFY(m_watcher->isWarning());
    m_watcher->moreTime();
    QVERIFY(!m_watcher->isWarning());
    m_now += 60'000;
    m_watcher->poll();
    QCOMPARE(expired.size(), 1);

    // Nothing to end on the welcome screen.
    m_watcher->setActive(false);
    m_watcher->warnNow();
    QVERIFY(!m_watcher->isWarning());
}

void tst_IdleWatcher::moreTimeResets()
{
    QSignalSpy expired(m_watcher.get(), &IdleWatcher::expired);
    m_now += 125'000;
    m_watcher->poll();
    QVERIFY(m_watcher->isWarning());
    m_watcher->moreTime();
    QVERIFY(!m_watcher->isWarning());
    m_now += 119'000;
    m_watcher->poll();
    QVERIFY(!m_watcher->isWarning());
    QCOMPARE(expired.size(), 0);
    m_now += 31'000;
    m_watcher->poll();
    QCOMPARE(expired.size(), 1);
}

void tst_IdleWatcher::inputResets()
{
    QObject target;
    m_now += 100'000;
    QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    m_watcher->eventFilter(&target, &key);
    m_now += 100'000;
    m_watcher->poll();
    QVERIFY(!m_watcher->isWarning());
    m_now += 21'000;
    m_watcher->poll();
    QVERIFY(m_watcher->isWarning());
    // A touch during the warning is a person: the warning goes.
    QKeyEvent again(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
    m_watcher->eventFilter(&target, &again);
    QVERIFY(!m_watcher->isWarning());
    // Events that are not input do not count.
    m_now += 119'000;
    QEvent paint(QEvent::UpdateRequest);
    m_watcher->eventFilter(&target, &paint);
    m_now += 2'000;
    m_watcher->poll();
    QVERIFY(m_watcher->isWarning());
}

void tst_IdleWatcher::inactiveNeverFires()
{
    QSignalSpy expired(m_watcher.get(), &IdleWatcher::expired);
    m_watcher->setActive(false);
    m_now += 10'000'000;
    m_watcher->poll();
    QVERIFY(!m_watcher->isWarning());
    QCOMPARE(expired.size(), 0);
}

void tst_IdleWatcher::realTimerWithShortTimeouts()
{
    IdleWatcher watcher;
    watcher.setTimeoutsMs(150, 150);
    watcher.setPollInterval(20);
    QSignalSpy warned(&watcher, &IdleWatcher::warningStarted);
    QSignalSpy expired(&watcher, &IdleWatcher::expired);
    QCoreApplication::instance()->installEventFilter(&watcher);
    watcher.setActive(true);
    QVERIFY(warned.wait(2000));
    QVERIFY(expired.wait(2000));
    QCoreApplication::instance()->removeEventFilter(&watcher);
}

QTEST_GUILESS_MAIN(tst_IdleWatcher)
#include "tst_idlewatcher.moc"
