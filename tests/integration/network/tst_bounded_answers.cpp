// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Every reader of a network answer in the kiosk, pointed at a server that sends 4 MB or drips
// one byte every 100 ms: the fleet config pull, "Check on a report", the service figures, and
// delivery of a heartbeat through the outbox. Each must give up within its time limit, keep
// what it had, and never hold more than its cap in memory (BoundedReply).
#include "domain/evidence/performancecache.h"
#include "domain/fleet/configstore.h"
#include "domain/fleet/configupdater.h"
#include "domain/flows/referencenumber.h"
#include "domain/helper/referencelookup.h"
#include "offline-cache/boundedreply.h"
#include "offline-cache/outbox.h"
#include "offline-cache/syncengine.h"
#include "tests/integration/fleet/fleettestutil.h"
#include "tests/unit/offline-cache/httpresponder.h"
#include "tests/unit/offline-cache/outboxtestutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;
using namespace ck::test;

namespace {

QByteArray hugeJson()
{
    return HttpResponder::reply(200, "{\"x\":\"" + QByteArray(4 * 1024 * 1024, 'x') + "\"}");
}

QByteArray hugeChunked()
{
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    for (int i = 0; i < 64; ++i)
        out += "10000\r\n" + QByteArray(0x10000, 'y') + "\r\n";
    return out + "0\r\n\r\n";
}

} // namespace

class tst_BoundedAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readers_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("dripMs");
        QTest::newRow("4 MB announced") << hugeJson() << 0;
        QTest::newRow("4 MB chunked") << hugeChunked() << 0;
        QTest::newRow("one byte every 100 ms")
            << HttpResponder::reply(200, QByteArray(2000, ' ') + "{}") << 100;
    }

    void readers()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, dripMs);
        HttpResponder server([&raw](const ck::test::HttpRequest &) { return raw; });
        server.setDripMs(dripMs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QNetworkAccessManager nam;

        // Fleet config pull: refused, nothing installed. (Its time limit is a minute, a
        // config's download on a slow line; the drip row leaves it out to stay short.)
        if (dripMs == 0) {
            const KioskConfig running = ck::testing::fleetConfig(
                dir.filePath(QStringLiteral("data")), 1, server.baseUrl(QStringLiteral("config")));
            ConfigStore store(dir.filePath(QStringLiteral("data")));
            ConfigUpdater updater(running, &store);
            QSignalSpy finished(&updater, &ConfigUpdater::pollFinished);
            QSignalSpy refused(&updater, &ConfigUpdater::refused);
            QElapsedTimer clock;
            clock.start();
            updater.pollNow();
            QVERIFY(finished.wait(20000));
            QCOMPARE(refused.size(), 1);
            QCOMPARE(refused.first().at(0).toString(), QStringLiteral("envelope-invalid"));
            QVERIFY(updater.lastEvent().kind != QLatin1String("applied"));
        }

        // "Check on a report": the JSON API answer is cut; the citizen is told we could not
        // check, promptly.
        {
            ReferenceLookup::Options o;
            o.jsonApiBase = QUrl(server.baseUrl(QStringLiteral("v1/")));
            o.timeoutMs = 800;
            ReferenceLookup lookup(o, &nam);
            QSignalSpy done(&lookup, &ReferenceLookup::finished);
            QElapsedTimer clock;
            clock.start();
            const QString reference =
                ReferenceNumber::generate(QStringLiteral("test-kiosk"), 7, 1).format();
            QVERIFY(lookup.lookup(reference, QStringLiteral("en")).ok());
            QVERIFY(done.wait(10000));
            const auto answer = done.first().at(1).value<TrackingAnswer>();
            QCOMPARE(answer.kind, TrackingAnswer::Kind::Unknown);
            QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()));
        }

        // Service figures: refresh fails, the old (none) stay.
        {
            PerformanceCache::Options o;
            o.dataDir = dir.path();
            o.url = QUrl(server.baseUrl(QStringLiteral("v1/performance")));
            o.timeoutMs = 800;
            PerformanceCache cache(o, &nam);
            QSignalSpy refreshed(&cache, &PerformanceCache::refreshed);
            QElapsedTimer clock;
            clock.start();
            cache.refresh();
            QVERIFY(refreshed.wait(10000));
            QCOMPARE(refreshed.first().at(0).toBool(), false);
            QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()));
        }

        // A heartbeat through the outbox and the sync engine: stays queued for a retry.
        {
            OutboxOptions oo;
            oo.dataDir = dir.filePath(QStringLiteral("outbox"));
            oo.minFreeBytes = 0;
            auto outbox = Outbox::open(oo);
            QVERIFY(outbox.ok());
            OutboxItem hb = item(QStringLiteral("HB-1"), QStringLiteral("fleet"));
            hb.kind = QStringLiteral("heartbeat");
            hb.payload = "{\"kioskId\":\"k-1\"}";
            const qint64 id = outbox.value()->enqueue(std::move(hb))->id;
            DestinationConfig d;
            d.name = QStringLiteral("fleet");
            d.type = QStringLiteral("json");
            d.baseUrl = server.baseUrl(QStringLiteral("v1/"));
            d.timeoutMs = 800;
            SyncOptions so;
            so.useNetworkInformation = false;
            SyncEngine engine(outbox.value().get(), {d}, so);
            QElapsedTimer clock;
            clock.start();
            engine.start();
            QTRY_VERIFY_WITH_TIMEOUT(outbox.value()->row(id)->state == QLatin1String("queued")
                                         && outbox.value()->row(id)->attempts == 1,
                                     10000);
            QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()));
            QVERIFY(!outbox.value()->row(id)->lastError.isEmpty());
            engine.stop();
        }
    }
};

QTEST_GUILESS_MAIN(tst_BoundedAnswers)
#include "tst_bounded_answers.moc"
