// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/helper/helperlockout.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

class tst_HelperLockout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void growingLockAfterFive()
    {
        QCOMPARE(HelperLockout::lockSecondsAfter(4), 0);
        QCOMPARE(HelperLockout::lockSecondsAfter(5), 30);
        QCOMPARE(HelperLockout::lockSecondsAfter(6), 60);
        QCOMPARE(HelperLockout::lockSecondsAfter(7), 120);
        QCOMPARE(HelperLockout::lockSecondsAfter(12), 3600);
        QCOMPARE(HelperLockout::lockSecondsAfter(1000), 3600);
    }

    void persistsAcrossRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helperlock.json"));
        QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        auto clock = [&now] { return now; };
        {
            HelperLockout lock(path, clock);
            QVERIFY(lock.load().ok());
            for (int i = 0; i < 5; ++i)
                QVERIFY(lock.recordFailure(QStringLiteral("H001")).ok());
            QCOMPARE(lock.lockedUntil(QStringLiteral("h001")), now.addSecs(30));
            QVERIFY(!lock.lockedUntil(QStringLiteral("H002")).isValid());
        }
        {
            // A "restart": a new object on the same file still knows.
            HelperLockout lock(path, clock);
            QVERIFY(lock.load().ok());
            QCOMPARE(lock.failures(QStringLiteral("H001")), 5);
            QCOMPARE(lock.lockedUntil(QStringLiteral("H001")), now.addSecs(30));
            now = now.addSecs(31);
            QVERIFY(!lock.lockedUntil(QStringLiteral("H001")).isValid());
            QVERIFY(lock.recordFailure(QStringLiteral("H001")).ok());
            QCOMPARE(lock.lockedUntil(QStringLiteral("H001")), now.addSecs(60));
            QVERIFY(lock.recordSuccess(QStringLiteral("H001")).ok());
        }
        HelperLockout lock(path, clock);
        QVERIFY(lock.load().ok());
        QCOMPARE(lock.failures(QStringLiteral("H001")), 0);
    }

    void fileHoldsNoIds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helperlock.json"));
        HelperLockout lock(path);
        QVERIFY(lock.recordFailure(QStringLiteral("MARKER77")).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("MARKER77"));
    }

    void corruptFileIsReportedNotFatal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helperlock.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        HelperLockout lock(path);
        const Status s = lock.load();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("helper-lock-corrupt"));
        QVERIFY(lock.recordFailure(QStringLiteral("H001")).ok());
        HelperLockout again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.failures(QStringLiteral("H001")), 1);
    }

    void boundedEntries()
    {
        QTemporaryDir dir;
        HelperLockout lock(dir.filePath(QStringLiteral("helperlock.json")));
        for (int i = 0; i < HelperLockout::kMaxEntries + 20; ++i)
            QVERIFY(lock.recordFailure(QStringLiteral("X%1").arg(i)).ok());
        QFile f(dir.filePath(QStringLiteral("helperlock.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.size() < 100 * 1024);
    }
};

QTEST_GUILESS_MAIN(tst_HelperLockout)
#include "tst_helperlockout.moc"
