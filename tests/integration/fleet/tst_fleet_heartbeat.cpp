// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Heartbeat end to end: Heartbeat -> encrypted Outbox -> SyncEngine on its worker thread ->
// a real civic-kiosk-intake's POST /v1/heartbeat, read back from GET /v1/_admin/heartbeats/ID.
// Also: while the server is down only one heartbeat waits, and it is the newest that arrives.
#include "domain/fleet/heartbeat.h"
#include "offline-cache/outbox.h"
#include "offline-cache/syncengine.h"
#include "tests/integration/fleet/fleettestutil.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ck;
using namespace ck::testing;

namespace {

class EngineThread
{
public:
    EngineThread(Outbox *outbox, const QString &base)
    {
        DestinationConfig fleet;
        fleet.name = QStringLiteral("fleet");
        fleet.type = QStringLiteral("json");
        fleet.baseUrl = base + QStringLiteral("/v1/");
        fleet.timeoutMs = 5000;
        SyncOptions options;
        options.useNetworkInformation = false;
        options.probeIntervalMs = 500;
        engine = new SyncEngine(outbox, {fleet}, options);
        engine->moveToThread(&thread);
        QObject::connect(&thread, &QThread::started, engine, &SyncEngine::start);
        QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
        thread.start();
    }
    ~EngineThread()
    {
        QMetaObject::invokeMethod(engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    void syncNow()
    {
        QMetaObject::invokeMethod(engine, &SyncEngine::syncNow, Qt::QueuedConnection);
    }
    QThread thread;
    SyncEngine *engine = nullptr;
};

qint64 depth(const Outbox &outbox, const QString &state)
{
    return outbox.depthByState().value().value(state);
}

} // namespace

class tst_FleetHeartbeat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliveredToIntakeServer()
    {
        QTemporaryDir dir;
        IntakeProcess intake;
        QVERIFY2(intake.start(dir.filePath("intake.sqlite")), intake.stderrText().constData());

        OutboxOptions options;
        options.dataDir = dir.filePath("data");
        options.minFreeBytes = 0;
        auto opened = Outbox::open(options);
        QVERIFY(opened.ok());
        Outbox *outbox = opened.value().get();

        KioskConfig config = fleetConfig(options.dataDir, 11);
        config.destinations.insert("fleet",
                                   {"fleet", "json", QUrl(intake.url("/v1/")), {}, {}, {}, 5000});
        Heartbeat heartbeat(outbox, config, {QStringLiteral("0.9.1"), {}, {}});
        QVERIFY(heartbeat.beat().ok());

        EngineThread engine(outbox, intake.base());
        QTRY_COMPARE_WITH_TIMEOUT(depth(*outbox, "delivered"), qint64(1), 20000);

        QNetworkAccessManager nam;
        HttpResult r =
            http(nam, "GET", intake.url("/v1/_admin/heartbeats/fleet-test-01"), {}, adminHeaders());
        QCOMPARE(r.status, 200);
        QJsonObject hb = r.json().object().value("heartbeat").toObject();
        QCOMPARE(hb.value("kioskId").toString(), QStringLiteral("fleet-test-01"));
        QCOMPARE(hb.value("version").toString(), QStringLiteral("0.9.1"));
        QCOMPARE(hb.value("configVersion").toInt(), 11);
        QVERIFY(hb.value("outbox").toObject().contains("queued"));
        QVERIFY(hb.value("diskFreeBytes").toDouble() > 0);

        // Server gone: beats pile up as one waiting heartbeat, not many.
        intake.stop();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(heartbeat.beat().ok());
            QTest::qWait(50);
        }
        OutboxFilter waiting;
        waiting.states = {"queued", "sending"};
        int heartbeats = 0;
        const auto rows = outbox->rows(waiting); // keep the Result alive while iterating
        for (const OutboxRow &row : rows.value())
            heartbeats += row.kind == QLatin1String("heartbeat") ? 1 : 0;
        QCOMPARE(heartbeats, 1);
    }
};

QTEST_GUILESS_MAIN(tst_FleetHeartbeat)
#include "tst_fleet_heartbeat.moc"
