// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/backoff.h"

#include <QTest>

using namespace ck;
using namespace std::chrono_literals;

class tst_Backoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ceilingDoublesFromFiveSecondsToOneHour_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("1") << 1 << qint64(5000);
        QTest::newRow("2") << 2 << qint64(10000);
        QTest::newRow("3") << 3 << qint64(20000);
        QTest::newRow("10") << 10 << qint64(2560000);
        QTest::newRow("11 capped") << 11 << qint64(3600000);
        QTest::newRow("1000 capped") << 1000 << qint64(3600000);
    }
    void ceilingDoublesFromFiveSecondsToOneHour()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ms);
        QCOMPARE(Backoff().ceiling(attempt).count(), ms);
    }

    void fullJitterIsDeterministicWithInjectedRandom()
    {
        // The injected source yields the bound itself and 0: the extremes of [0, ceiling].
        quint64 next = 0;
        Backoff b([&next] { return next; });
        next = 5000;
        QCOMPARE(b.delay(1).count(), 5000);
        next = 5001;
        QCOMPARE(b.delay(1).count(), 0);
        next = 12345;
        QCOMPARE(b.delay(3).count(), 12345);
        next = 20001 + 7;
        QCOMPARE(b.delay(3).count(), 7);

        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        next = 3000;
        QCOMPARE(b.nextAttempt(now, 1), now.addMSecs(3000));
    }

    void jitterStaysWithinBounds()
    {
        Backoff b; // real randomness
        for (int attempt = 1; attempt < 15; ++attempt) {
            for (int i = 0; i < 50; ++i) {
                const auto d = b.delay(attempt);
                QVERIFY(d.count() >= 0);
                QVERIFY(d <= b.ceiling(attempt));
            }
        }
    }

    void floorPreventsAHotLoop()
    {
        Backoff b([] { return quint64(0); }); // the unluckiest draw
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        QCOMPARE(b.delay(1).count(), 0);
        QCOMPARE(b.nextAttempt(now, 1), now.addMSecs(1000));
        Backoff::Params fast;
        fast.base = std::chrono::milliseconds(20); // test schedules: floor follows the base
        Backoff quick(fast, [] { return quint64(0); });
        QCOMPARE(quick.nextAttempt(now, 1), now.addMSecs(20));
    }

    void retryAfterIsAMinimum()
    {
        Backoff b([] { return quint64(1000); });
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        QCOMPARE(b.nextAttempt(now, 1, 120s), now.addSecs(120));
        QCOMPARE(b.nextAttempt(now, 1, 0s), now.addMSecs(1000));
        // A hostile header cannot park a row for more than a day.
        QCOMPARE(b.nextAttempt(now, 1, std::chrono::seconds(10'000'000)), now.addDays(1));
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("seconds"); // -1: not parsed
        QTest::newRow("delta") << QByteArray("120") << qint64(120);
        QTest::newRow("delta spaces") << QByteArray(" 7 ") << qint64(7);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("imf-fixdate") << QByteArray("Mon, 23 Nov 2026 10:05:00 GMT") << qint64(300);
        QTest::newRow("rfc850") << QByteArray("Monday, 23-Nov-26 10:01:00 GMT") << qint64(60);
        QTest::newRow("asctime") << QByteArray("Mon Nov 23 10:00:30 2026") << qint64(30);
        QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, seconds);
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        const auto parsed = Backoff::parseRetryAfter(value, now);
        if (seconds < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(qint64(parsed->count()), seconds);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
