// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/deliverylock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ck;

// One deliverer at a time per data directory, across processes (a real `flock` process stands
// in for another deliverer) and within one.
class tst_DeliveryLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void excludesAndSaysWhoHoldsIt()
    {
        QTemporaryDir dir;
        DeliveryLock first(dir.path());
        QVERIFY(first.acquire().ok());
        QVERIFY(first.held());
        QVERIFY(first.holder().contains(
            QStringLiteral("tst_deliverylock (pid %1)").arg(QCoreApplication::applicationPid())));

        DeliveryLock second(dir.path());
        const Status busy = second.acquire();
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().code, QStringLiteral("delivery-busy"));
        QVERIFY2(busy.error().message.contains(QStringLiteral("tst_deliverylock")),
                 qPrintable(busy.error().message));
        QVERIFY(!second.held());

        first.release();
        QVERIFY(first.holder().isEmpty()); // nobody named once it is free
        QVERIFY(second.acquire().ok());
        QVERIFY(!first.acquire().ok());
    }

    void waitsForTheHolderWhenAsked()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("flock")).isEmpty())
            QSKIP("util-linux flock(1) is not installed");
        QTemporaryDir dir;
        DeliveryLock waiter(dir.path());
        // Another deliverer holds the lock for about 0.6 s.
        QProcess other;
        other.start(QStringLiteral("flock"),
                    {QStringLiteral("--exclusive"), QStringLiteral("--no-fork"), waiter.path(),
                     QStringLiteral("sleep"), QStringLiteral("0.6")});
        QVERIFY(other.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!DeliveryLock(dir.path()).acquire().ok(), 5000);
        QElapsedTimer t;
        t.start();
        QCOMPARE(waiter.acquire(100).error().code, QStringLiteral("delivery-busy"));
        QVERIFY(t.elapsed() >= 90);
        QVERIFY(waiter.acquire(10000).ok()); // waits until the other one is done
        QVERIFY(t.elapsed() < 9000);
        QVERIFY(other.waitForFinished());
    }

    // Another process (util-linux flock(1), the same flock(2) lock) holds it; when that process
    // is killed the kernel lets go at once: a crashed deliverer never blocks the next one.
    void anotherProcessHoldsItUntilItDies()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("flock")).isEmpty())
            QSKIP("util-linux flock(1) is not installed");
        QTemporaryDir dir;
        DeliveryLock probe(dir.path());
        QProcess other;
        other.start(QStringLiteral("flock"),
                    {QStringLiteral("--exclusive"), QStringLiteral("--no-fork"), probe.path(),
                     QStringLiteral("sleep"), QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!DeliveryLock(dir.path()).acquire().ok(), 5000);
        QCOMPARE(probe.acquire().error().code, QStringLiteral("delivery-busy"));
        other.kill();
        other.waitForFinished();
        QVERIFY(probe.acquire().ok());
    }

    void lockFileIsPrivate()
    {
        QTemporaryDir dir;
        DeliveryLock lock(dir.path());
        QVERIFY(lock.acquire().ok());
        QCOMPARE(QFileInfo(lock.path()).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void missingDataDirIsAnIoError()
    {
        DeliveryLock lock(QStringLiteral("/nonexistent/civic-kiosk-data"));
        const Status s = lock.acquire();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("lock-io"));
    }
};

QTEST_GUILESS_MAIN(tst_DeliveryLock)
#include "tst_deliverylock.moc"
