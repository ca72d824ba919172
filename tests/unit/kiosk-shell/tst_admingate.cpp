// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "core/passwordhash.h"
#include "kiosk-shell/admingate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ck::AdminGate;
using ck::SecureBytes;
using Outcome = AdminGate::Outcome;

namespace {
SecureBytes pin(const char *digits)
{
    return SecureBytes(QByteArray(digits));
}
} // namespace

class tst_AdminGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void rightPinOpens();
    void wrongPinRejected();
    void lockoutAfterFiveAndGrows();
    void lockoutSurvivesRestart();
    void successResetsCounter();
    void damagedLockFileLocks();
    void crashDuringCheckCountsAsFailure();
    void clockRollbackIsClamped();
    void notConfigured();
    void padEntryAndAsyncSubmit();
    void lockDurations();

private:
    QString m_hash;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 0;
    std::unique_ptr<AdminGate> makeGate()
    {
        return std::make_unique<AdminGate>(m_hash, m_dir->path(), [this] { return m_now; });
    }
};

void tst_AdminGate::initTestCase()
{
    auto hash = ck::PasswordHash::hash(QStringLiteral("2468"));
    QVERIFY(hash.ok());
    m_hash = *hash;
}

void tst_AdminGate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = 1'700'000'000'000;
}

void tst_AdminGate::rightPinOpens()
{
    auto gate = makeGate();
    QSignalSpy opened(gate.get(), &AdminGate::openChanged);
    QCOMPARE(gate->check(pin("2468")), Outcome::Accepted);
    QVERIFY(gate->isOpen());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(gate->failures(), 0);
    gate->close();
    QVERIFY(!gate->isOpen());
}

void tst_AdminGate::wrongPinRejected()
{
    auto gate = makeGate();
    QCOMPARE(gate->check(pin("2469")), Outcome::Rejected);
    QVERIFY(!gate->isOpen());
    QCOMPARE(gate->failures(), 1);
    QVERIFY(!gate->message().isEmpty());
    QVERIFY(!gate->message().contains(QLatin1String("2469")));
    QCOMPARE(gate->check(pin("")), Outcome::Rejected);
    QCOMPARE(gate->failures(), 2);
}

void tst_AdminGate::lockoutAfterFiveAndGrows()
{
    auto gate = makeGate();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(gate->check(pin("0000")), Outcome::Rejected);
    QVERIFY(!gate->isLocked());
    QCOMPARE(gate->check(pin("0000")), Outcome::LockedOut);
    QVERIFY(gate->isLocked());
    QCOMPARE(gate->lockSecondsLeft(), 30);
    // While locked even the right PIN is not checked.
    QCOMPARE(gate->check(pin("2468")), Outcome::LockedOut);
    QVERIFY(!gate->isOpen());
    m_now += 30'001;
    QVERIFY(!gate->isLocked());
    QCOMPARE(gate->check(pin("1111")), Outcome::LockedOut);
    QCOMPARE(gate->lockSecondsLeft(), 60);
    m_now += 60'001;
    QCOMPARE(gate->check(pin("1111")), Outcome::LockedOut);
    QCOMPARE(gate->lockSecondsLeft(), 120);
}

void tst_AdminGate::lockoutSurvivesRestart()
{
    {
        auto gate = makeGate();
        for (int i = 0; i < 5; ++i)
            (void)gate->check(pin("9999"));
        QVERIFY(gate->isLocked());
    }
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("adminlock.json"))));
    m_now += 10'000;
    auto restarted = makeGate();
    QVERIFY(restarted->isLocked());
    QCOMPARE(restarted->failures(), 5);
    QCOMPARE(restarted->lockSecondsLeft(), 20);
    QCOMPARE(restarted->check(pin("2468")), Outcome::LockedOut);
    m_now += 20'001;
    QCOMPARE(restarted->check(pin("2468")), Outcome::Accepted);
}

void tst_AdminGate::successResetsCounter()
{
    auto gate = makeGate();
    for (int i = 0; i < 4; ++i)
        (void)gate->check(pin("1234"));
    QCOMPARE(gate->check(pin("2468")), Outcome::Accepted);
    QCOMPARE(gate->failures(), 0);
    auto restarted = makeGate();
    QCOMPARE(restarted->failures(), 0);
    QVERIFY(!restarted->isLocked());
}

void tst_AdminGate::damagedLockFileLocks()
{
    QFile file(m_dir->filePath(QStringLiteral("adminlock.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    auto gate = makeGate();
    QVERIFY(gate->isLocked());
    QCOMPARE(gate->check(pin("2468")), Outcome::LockedOut);
}

void tst_AdminGate::crashDuringCheckCountsAsFailure()
{
    // The failure is written before the PBKDF2 check; simulate the state a crash leaves.
    QFile file(m_dir->filePath(QStringLiteral("adminlock.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(QJsonObject {{"schema", 1}, {"failures", 5}, {"lockedUntilMs", 0}}).toJson());
    file.close();
    auto gate = makeGate();
    QVERIFY(gate->isLocked());
}

void tst_AdminGate::clockRollbackIsClamped()
{
    QFile file(m_dir->filePath(QStringLiteral("adminlock.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject {{"schema", 1},
                                          {"failures", 6},
                                          {"lockedUntilMs", double(m_now + 365LL * 86'400'000)}})
                   .toJson());
    file.close();
    auto gate = makeGate();
    QVERIFY(gate->isLocked());
    QVERIFY(gate->lockSecondsLeft() <= 3600);
}

void tst_AdminGate::notConfigured()
{
    AdminGate gate(QString(), m_dir->path());
    QVERIFY(!gate.isConfigured());
    QCOMPARE(gate.check(pin("2468")), Outcome::NotConfigured);
    AdminGate weak(QStringLiteral("pbkdf2-sha256$1000$Y2l2aWMta2lvc2stc2FsdA==$"
                                  "N2oSsz0SGZIqyMKeIZ27SUQCPwLUoGHAyYVK3pG5BnA="),
                   m_dir->path());
    QVERIFY(!weak.isConfigured());
    QCOMPARE(weak.check(pin("2468")), Outcome::NotConfigured);
}

void tst_AdminGate::padEntryAndAsyncSubmit()
{
    auto gate = makeGate();
    QSignalSpy finished(gate.get(), &AdminGate::finished);
    for (int d : {2, 4, 6, 9})
        gate->appendDigit(d);
    QCOMPARE(gate->enteredLength(), 4);
    gate->backspace();
    gate->appendDigit(8);
    gate->appendDigit(42); // not a digit: ignored
    QCOMPARE(gate->enteredLength(), 4);
    gate->submit();
    QCOMPARE(gate->enteredLength(), 0); // the digits are gone from the pad at once
    QVERIFY(gate->isChecking());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().first().value<Outcome>(), Outcome::Accepted);
    QVERIFY(gate->isOpen());
    QVERIFY(!gate->isChecking());

    gate->close();
    gate->appendDigit(1);
    gate->submit();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.last().first().value<Outcome>(), Outcome::Rejected);
    QVERIFY(!gate->isOpen());
}

void tst_AdminGate::lockDurations()
{
    QCOMPARE(AdminGate::lockDurationMs(4), 0);
    QCOMPARE(AdminGate::lockDurationMs(5), 30'000);
    QCOMPARE(AdminGate::lockDurationMs(6), 60'000);
    QCOMPARE(AdminGate::lockDurationMs(9), 480'000);
    QCOMPARE(AdminGate::lockDurationMs(12), 3'600'000);
    QCOMPARE(AdminGate::lockDurationMs(1000), 3'600'000);
}

QTEST_GUILESS_MAIN(tst_AdminGate)
#include "tst_admingate.moc"
