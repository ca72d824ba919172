// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/heartbeat.h"
#include "offline-cache/outbox.h"
#include "offline-cache/sqlitedb.h"

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

QList<OutboxRow> heartbeats(const Outbox &outbox, const QStringList &states = {"queued"})
{
    QList<OutboxRow> out;
    OutboxFilter f;
    f.states = states;
    f.limit = -1;
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
private Q_SLOTS:
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
        QVERIFY(o.contains("kioskNumber") && o.value("kioskNumber").isNull()); // not numbered
        QCOMPARE(o.value("version").toString(), QStringLiteral("1.2.3"));
        QCOMPARE(o.value("configVersion").toInt(), 9);
        QCOMPARE(o.value("uptimeSec").toInt(), 3600);
        QCOMPARE(o.value("outbox").toObject().value("queued").toInt(), 0); // counted before queuing
        QVERIFY(o.value("outbox").toObject().contains("rejected"));
        QVERIFY(o.value("lastSuccessfulSync").isNull());
        QVERIFY(o.value("diskFreeBytes").toDouble() > 0);
        QCOMPARE(o.value("sentAt").toString(), QStringLiteral("2026-11-23T10:00:00Z"));
        QCOMPARE(o.value("state").toString(), QStringLiteral("idle"));
        QVERIFY(o.value("lastWipeAt").isNull());
        QVERIFY(o.value("lastCommand").isNull());
        QCOMPARE(o.value("heartbeatSec").toInt(), 300);
        QCOMPARE(o.value("oldestItemAgeSec").toInt(), 0);
        QCOMPARE(o.value("deadLetters").toInt(), 0);
        QCOMPARE(o.value("backpressure").toBool(true), false);
    }

    void fleetPageFieldsFollowTheKiosk()
    {
        QTemporaryDir dir;
        QDateTime now = QDateTime::fromString("2026-11-23T10:00:00Z", Qt::ISODate);
        qint64 free = 150LL * 1024 * 1024;
        OutboxOptions options;
        options.dataDir = dir.path();
        options.minFreeBytes = 100LL * 1024 * 1024;
        options.clock = [&now] { return now; };
        options.freeBytes = [&free](const QString &) { return free; };
        auto outbox = Outbox::open(options);
        QVERIFY(outbox.ok());
        OutboxItem item;
        item.reference = "CK-OLD1-0000-1";
        item.serviceId = item.flowId = "missed-bin";
        item.flowVersion = 1;
        item.destination = "council";
        item.payload = "{\"schema\":1}";
        QVERIFY(outbox.value()->enqueue(item).ok());
        item.reference = "CK-DEAD-0000-1";
        item.payload = "{\"schema\":1}";
        QVERIFY(outbox.value()->enqueue(item).ok());
        auto claimed = outbox.value()->claimDue(now, 10);
        QVERIFY(claimed.ok() && claimed->size() == 2);
        for (const OutboxRow &r : claimed.value()) {
            if (r.reference == "CK-DEAD-0000-1")
                QVERIFY(outbox.value()->markRejected(r.id, "HTTP 400").ok());
            else
                QVERIFY(outbox.value()->markRetry(r.id, "HTTP 503", now).ok());
        }
        now = now.addSecs(2400);
        free = 50LL * 1024 * 1024;
        bool inSession = true;
        KioskConfig c = config();
        c.site = "Central Library";
        Heartbeat::Options o {"1.0", {}, [&now] { return now; }};
        o.sessionActive = [&inSession] { return inSession; };
        o.lastWipe = [&now] { return now.addSecs(-60); };
        o.lastCommand = [] {
            return QJsonValue(QJsonObject {{"sequence", 7}, {"action", "sync-now"}});
        };
        Heartbeat hb(outbox.value().get(), c, o);
        auto row = hb.payload();
        QVERIFY(row.ok());
        const QJsonObject p = QJsonDocument::fromJson(row.value()).object();
        QCOMPARE(p.value("site").toString(), QStringLiteral("Central Library"));
        QCOMPARE(p.value("state").toString(), QStringLiteral("in-session"));
        QCOMPARE(p.value("oldestItemAgeSec").toInt(), 2400);
        QCOMPARE(p.value("deadLetters").toInt(), 1);
        QCOMPARE(p.value("diskMinFreeBytes").toDouble(), 100.0 * 1024 * 1024);
        QCOMPARE(p.value("backpressure").toBool(), true);
        QCOMPARE(p.value("lastWipeAt").toString(), QStringLiteral("2026-11-23T10:39:00Z"));
        QCOMPARE(p.value("lastCommand").toObject().value("action").toString(),
                 QStringLiteral("sync-now"));
        inSession = false;
        QCOMPARE(QJsonDocument::fromJson(hb.payload().value()).object().value("state").toString(),
                 QStringLiteral("idle"));
    }

    void aNewBeatReplacesTheWaitingOne()
    {
        QTemporaryDir dir;
        auto outbox = openOutbox(dir.path());
        QVERIFY(outbox);
        KioskConfig c = config();
        c.fleet.heartbeatDestination = "fleet";
        Heartbeat hb(outbox.get(), c, {"1.0", {}, {}});
        QStringList references;
        for (int i = 0; i < 5; ++i)
            references << hb.beat()->reference;
        // Each beat is a new row (SQLite may hand a discarded row's id to the next one, so
        // tell them apart by reference), and only the newest one waits.
        QCOMPARE(QSet<QString>(references.cbegin(), references.cend()).size(), 5);
        QCOMPARE(heartbeats(*outbox).size(), 1);
        QCOMPARE(heartbeats(*outbox).first().reference, references.last());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(outbox->receipt(references[i]).error().code, QStringLiteral("not-found"));

        // Heartbeats left queued by an earlier run are replaced too.
        Heartbeat restarted(outbox.get(), c, {"1.0", {}, {}});
        const OutboxRow fresh = restarted.beat().value();
        QCOMPARE(heartbeats(*outbox).size(), 1);
        QCOMPARE(heartbeats(*outbox).first().reference, fresh.reference);

        // One in flight is left alone (it may be at the server already): no second one queued.
        auto claimed = outbox->claimDue(outbox->now().addSecs(1), 10);
        QVERIFY(claimed.ok() && claimed->size() == 1);
        QCOMPARE(hb.beat()->reference, fresh.reference);
        QCOMPARE(heartbeats(*outbox, {"queued", "sending"}).size(), 1);
        // If it fails it goes back to the queue, and then the next beat replaces it.
        QVERIFY(outbox->markRetry(fresh.id, "HTTP 503", outbox->now().addSecs(60)).ok());
        const QString replacement = hb.beat()->reference;
        QVERIFY(replacement != fresh.reference);
        QCOMPARE(outbox->receipt(fresh.reference).error().code, QStringLiteral("not-found"));
        QCOMPARE(heartbeats(*outbox, {"queued", "sending"}).size(), 1);

        // Once the waiting one has gone out, the next beat queues a fresh one.
        claimed = outbox->claimDue(outbox->now().addSecs(1), 10);
        QVERIFY(claimed.ok() && claimed->size() == 1);
        QVERIFY(outbox->markDelivered(claimed->at(0).id, "HB-hb-kiosk").ok());
        auto next = hb.beat();
        QVERIFY(next.ok());
        QVERIFY(next->id != claimed->at(0).id);
        QCOMPARE(heartbeats(*outbox).size(), 1);
        // ... and reports the delivery as the last successful sync.
        const QJsonObject o =
            QJsonDocument::fromJson(outbox->decryptPayload(next->id)->view()).object();
        QVERIFY(!o.value("lastSuccessfulSync").isNull());
        QCOMPARE(o.value("outbox").toObject().value("delivered").toInt(), 1);
    }

    void offlineForManyBeatsHoldsExactlyOneHeartbeat()
    {
        QTemporaryDir dir;
        QDateTime now = QDateTime::fromString("2026-11-23T10:00:00Z", Qt::ISODate);
        auto outbox = openOutbox(dir.path(), [&now] { return now; });
        QVERIFY(outbox);
        // Citizens keep using the kiosk while it is offline: their submissions pile up.
        QList<qint64> submissions;
        Heartbeat hb(outbox.get(), config(), {"1.0", {}, [&now] { return now; }});
        constexpr int kBeats = 120; // ten hours at the default 5 minutes
        for (int i = 0; i < kBeats; ++i) {
            if (i % 10 == 0) {
                OutboxItem submission;
                submission.reference = QStringLiteral("CK-OFF-%1").arg(i);
                submission.serviceId = submission.flowId = "missed-bin";
                submission.destination = "fleet"; // same json destination as the heartbeats
                submission.payload =
                    "{\"schema\":1,\"answers\":{\"n\":" + QByteArray::number(i) + "}}";
                submissions << outbox->enqueue(std::move(submission))->id;
            }
            auto row = hb.beat();
            QVERIFY2(row.ok(), qPrintable(row.ok() ? QString() : row.error().message));
            now = now.addSecs(300);
        }
        const QList<OutboxRow> waiting =
            heartbeats(*outbox, {"queued", "sending", "delivered", "rejected"});
        QCOMPARE(waiting.size(), 1);
        // It is the newest: what the fleet wants to know about a kiosk coming back.
        const QJsonObject o =
            QJsonDocument::fromJson(outbox->decryptPayload(waiting.first().id)->view()).object();
        QCOMPARE(o.value("sentAt").toString(), now.addSecs(-300).toUTC().toString(Qt::ISODate));
        QCOMPARE(o.value("outbox").toObject().value("queued").toInt(), submissions.size());

        // Every submission is still there, intact; no orphaned data key was left behind.
        for (int i = 0; i < submissions.size(); ++i) {
            auto payload = outbox->decryptPayload(submissions[i]);
            QVERIFY(payload.ok());
            QVERIFY(payload->view().contains("\"n\":" + QByteArray::number(i * 10)));
        }
        auto db = sqlite::Database::open(outbox->databasePath());
        QVERIFY(db.ok());
        QCOMPARE(db.value()->scalarInt("SELECT count(*) FROM outbox").value(),
                 qint64(submissions.size() + 1));
        QCOMPARE(db.value()
                     ->scalarInt("SELECT count(*) FROM outbox WHERE wrapped_key IS NOT NULL")
                     .value(),
                 qint64(submissions.size() + 1));
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
        const qint64 id = outbox->enqueue(submission)->id;
        Heartbeat hb(outbox.get(), config(), {"1.0", {}, {}});
        for (int i = 0; i < 3; ++i)
            QVERIFY(hb.beat().ok());
        // Even one waiting for a retry, and one in flight.
        QVERIFY(outbox->claimDue(outbox->now().addSecs(1), 10)->size() == 2);
        QVERIFY(outbox->markRetry(id, "HTTP 503", outbox->now().addSecs(600)).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(hb.beat().ok());
        OutboxFilter f;
        f.states = {"queued", "sending"};
        QCOMPARE(outbox->rows(f)->size(), 2); // the submission and one heartbeat
        QCOMPARE(outbox->row(id)->state, QStringLiteral("queued"));
        QCOMPARE(QByteArray(outbox->decryptPayload(id)->view()), QByteArray("{\"schema\":1}"));
    }

    void reportsTheKioskNumber()
    {
        QTemporaryDir dir;
        auto outbox = openOutbox(dir.path());
        KioskConfig c = config();
        c.fleet.kioskNumber = 311;
        Heartbeat hb(outbox.get(), c, {"1.0", {}, {}});
        const QJsonObject o = QJsonDocument::fromJson(hb.payload().value()).object();
        QCOMPARE(o.value("kioskNumber").toInt(), 311);
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
