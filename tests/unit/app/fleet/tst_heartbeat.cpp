#include "fleet/heartbeat.h"
#include "outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;

namespace {

KioskConfig config()
{
    KioskConfig c;
    c.kioskId = QStringLiteral("hb-kiosk");
    c.version = 9;
    c.destinations.insert(
        "council",
        {"council", "open311", QUrl("https://c.example/open311/v2/"), {}, {}, {}, 30000});
    c.destinations.insert("fleet",
                          {"fleet", "json", QUrl("https://f.example/v1/"), {}, {}, {}, 30000});
    return c;
}

std::unique_ptr<Outbox> openOutbox(const QString &dir, std::function<QDateTime()> clock = {})
{
    OutboxOptions options;
    options.dataDir = dir;
    options.minFreeBytes = 0;
    options.clock = std::move(clock);
    auto outbox = Outbox::open(options);
    return outbox ? std::move(outbox).value() : nullptr;
}

QList<OutboxRow> queuedHeartbeats(const Outbox &outbox)
{
    QList<OutboxRow> out;
    OutboxFilter f;
    f.states = {"queued"};
    const auto rows = outbox.rows(f); // keep the Result alive while iterating its value
    for (const OutboxRow &r : rows.value()) {
        if (r.kind == "heartbeat")
            out << r;
    }
    return out;
}

} // namespace

class tst_Heartbeat : public QObject
{
    Q_OBJECT
private slots:
    void payloadHasTheAgreedFields()
    {
        QTemporaryDir dir;
        QDateTime now = QDateTime::fromString("2026-11-23T10:00:00Z", Qt::ISODate);
        auto outbox = openOutbox(dir.path());
        QVERIFY(outbox);
        Heartbeat hb(outbox.get(), config(), {"1.2.3", now.addSecs(-3600), [&now] { return now; }});
        QCOMPARE(hb.destination(), QStringLiteral("fleet"));
        auto row = hb.beat();
        QVERIFY2(row.ok(), qPrintable(row.ok() ? QString() : row.error().message));
        QCOMPARE(row->kind, QStringLiteral("heartbeat"));
        QCOMPARE(row->destination, QStringLiteral("fleet"));
        QVERIFY(row->reference.startsWith("HB-hb-kiosk-20261123100000-"));

        // What will travel, read back through the outbox's own decryption.
        auto plain = outbox->decryptPayload(row->id);
        QVERIFY(plain.ok());
        const QJsonObject o = QJsonDocument::fromJson(plain->view()).object();
        QCOMPARE(o.value("kioskId").toString(), QStringLiteral("hb-kiosk"));
        QCOMPARE(o.value("version").toString(), QStringLiteral("1.2.3"));
        QCOMPARE(o.value("configVersion").toInt(), 9);
        QCOMPARE(o.value("uptimeSec").toInt(), 3600);
        QCOMPARE(o.value("outbox").toObject().value("queued").toInt(), 0); // counted before queuing
        QVERIFY(o.value("outbox").toObject().contains("rejected"));
        QVERIFY(o.value("lastSuccessfulSync").isNull());
        QVERIFY(o.value("diskFreeBytes").toDouble() > 0);
        QCOMPARE(o.value("sentAt").toString(), QStringLiteral("2026-11-23T10:00:00Z"));
    }

    void onlyOneHeartbeatWaits()
    {
        QTemporaryDir dir;
        auto outbox = openOutbox(dir.path());
        QVERIFY(outbox);
        KioskConfig c = config();
        c.fleet.heartbeatDestination = "fleet";
        Heartbeat hb(outbox.get(), c, {"1.0", {}, {}});
        for (int i = 0; i < 5; ++i)
            QVERIFY(hb.beat().ok());
        QCOMPARE(queuedHeartbeats(*outbox).size(), 1);

        // Heartbeats left queued by an earlier run are found too.
        Heartbeat restarted(outbox.get(), c, {"1.0", {}, {}});
        QVERIFY(restarted.beat().ok());
        QCOMPARE(queuedHeartbeats(*outbox).size(), 1);

        // Once the waiting one has gone out, the next beat queues a fresh one.
        auto claimed = outbox->claimDue(outbox->now().addSecs(1), 10);
        QVERIFY(claimed.ok() && claimed->size() == 1);
        QVERIFY(outbox->markDelivered(claimed->at(0).id, "HB-hb-kiosk").ok());
        auto next = hb.beat();
        QVERIFY(next.ok());
        QVERIFY(next->id != claimed->at(0).id);
        QCOMPARE(queuedHeartbeats(*outbox).size(), 1);
        // ... and reports the delivery as the last successful sync.
        const QJsonObject o =
            QJsonDocument::fromJson(outbox->decryptPayload(next->id)->view()).object();
        QVERIFY(!o.value("lastSuccessfulSync").isNull());
        QCOMPARE(o.value("outbox").toObject().value("delivered").toInt(), 1);
    }

    void citizenSubmissionsAreNeverTouched()
    {
        QTemporaryDir dir;
        auto outbox = openOutbox(dir.path());
        OutboxItem submission;
        submission.reference = "CK-7F3K-92QD-X";
        submission.serviceId = submission.flowId = "missed-bin";
        submission.destination = "fleet";
        submission.payload = "{\"schema\":1}";
        QVERIFY(outbox->enqueue(submission).ok());
        Heartbeat hb(outbox.get(), config(), {"1.0", {}, {}});
        QVERIFY(hb.beat().ok());
        QVERIFY(hb.beat().ok());
        OutboxFilter f;
        f.states = {"queued"};
        QCOMPARE(outbox->rows(f)->size(), 2); // the submission and one heartbeat
    }

    void noJsonDestination()
    {
        QTemporaryDir dir;
        auto outbox = openOutbox(dir.path());
        KioskConfig c = config();
        c.destinations.remove("fleet");
        Heartbeat hb(outbox.get(), c, {"1.0", {}, {}});
        QSignalSpy failed(&hb, &Heartbeat::failed);
        auto r = hb.beat();
        QCOMPARE(r.error().code, QStringLiteral("no-destination"));
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Heartbeat)
#include "tst_heartbeat.moc"
