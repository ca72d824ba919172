// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/performancecache.h"
#include "tests/integration/common/intakeprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;
using namespace ck::testing;

class tst_PerformanceCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::newRow("good") << QByteArray("{\"services\":[{\"serviceCode\":\"MISSED_BIN\","
                                            "\"medianDaysToClose\":2.0,\"sampleSize\":9,"
                                            "\"updatedAt\":\"2026-03-03T00:00:00Z\"}]}")
                              << true << 1;
        QTest::newRow("skips nonsense rows")
            << QByteArray("{\"services\":[{\"serviceCode\":\"A\",\"medianDaysToClose\":-4},"
                          "{\"serviceCode\":\"<script>\",\"medianDaysToClose\":1},"
                          "{\"serviceCode\":\"B\",\"medianDaysToClose\":1e9},"
                          "{\"serviceCode\":\"C\",\"medianDaysToClose\":\"x\"},"
                          "{\"serviceCode\":\"D\",\"medianDaysToClose\":0.4}]}")
            << true << 1;
        QTest::newRow("captive portal") << QByteArray("<html>login</html>") << false << 0;
        QTest::newRow("no list") << QByteArray("{\"services\":{}}") << false << 0;
    }
    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, count);
        const auto r = PerformanceCache::parse(body);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r->size(), count);
    }

    void fetchesCachesAndDescribes()
    {
        QTemporaryDir dir;
        IntakeProcess server;
        QVERIFY(server.start(dir.filePath(QStringLiteral("intake.sqlite"))));
        QNetworkAccessManager nam;
        PerformanceCache::Options o;
        o.dataDir = dir.filePath(QStringLiteral("data"));
        o.url = QUrl(server.url(QStringLiteral("/v1/performance")));
        {
            PerformanceCache cache(o, &nam);
            QVERIFY(cache.loadFromDisk().ok());
            QVERIFY(!cache.find(QStringLiteral("MISSED_BIN")));
            QVERIFY(cache.describe(QStringLiteral("MISSED_BIN"), QStringLiteral("en")).isEmpty());
            QSignalSpy done(&cache, &PerformanceCache::refreshed);
            cache.refresh();
            QVERIFY(done.wait(15000));
            QCOMPARE(done.first().at(0).toBool(), true);
            const auto bins = cache.find(QStringLiteral("MISSED_BIN"));
            QVERIFY(bins);
            QCOMPARE(bins->medianDaysToClose, 2.0);
            QVERIFY(cache.fetchedAt().isValid());
            const QString text = cache.describe(QStringLiteral("MISSED_BIN"), QStringLiteral("en"));
            QVERIFY2(
                text.startsWith(QStringLiteral("About half of these are closed within 2 days.")),
                qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Figures from")));
        }
        server.stop();
        // Offline after a restart: the figures come from the data dir, and a failed refresh
        // keeps them.
        PerformanceCache cache(o, &nam);
        QVERIFY(cache.loadFromDisk().ok());
        QVERIFY(cache.find(QStringLiteral("PLANNING_COMMENT")));
        QSignalSpy done(&cache, &PerformanceCache::refreshed);
        cache.refresh();
        QVERIFY(done.wait(15000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(cache.find(QStringLiteral("PLANNING_COMMENT")));
        QCOMPARE(cache.find(QStringLiteral("PLANNING_COMMENT"))->medianDaysToClose, 21.0);
        const QString cy = cache.describe(QStringLiteral("PLANNING_COMMENT"), QStringLiteral("cy"));
        QVERIFY(!cy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PerformanceCache)
#include "tst_performancecache.moc"
