// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/aead.h"
#include "offline-cache/keystore.h"
#include "offline-cache/outbox.h"
#include "offline-cache/outboxschema.h"
#include "offline-cache/sqlitedb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ck;
using namespace ck::sqlite;

// One test per migration: build the older shape, fill it, migrate one step, check the data.
class tst_OutboxSchema : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)));
        if (!db.ok() || !OutboxSchema::configure(*db.value()).ok())
            qFatal("cannot open test database");
        return std::move(db.value());
    }
    static bool hasColumn(Database &db, const QString &table, const QString &column)
    {
        auto st =
            db.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = ?")
                           .arg(table));
        st->bind(1, column);
        auto r = st->step();
        return r.ok() && r.value() && st->int64(0) == 1;
    }
    static void insertV1Row(Database &db, qint64 id, const QString &state)
    {
        auto st = db.prepare(QStringLiteral(
            "INSERT INTO outbox (id, reference, idempotency_key, service_id, destination, "
            "state, next_attempt_at, created_at, updated_at, payload) "
            "VALUES (?, ?, ?, 'missed-bin', 'council', ?, 1000, 1000, 2000, x'00')"));
        QVERIFY(st.ok());
        st->bind(1, id)
            .bind(2, QStringLiteral("CK-%1").arg(id))
            .bind(3, QStringLiteral("k%1").arg(id));
        st->bind(4, state);
        QVERIFY(st->exec().ok());
    }

    // The row-binding associated data as the outbox writes it (label, then reference,
    // idempotency key and service id, each after a unit separator): a stored format.
    static QByteArray rowAad(const char *label, qint64 id)
    {
        return QByteArray(label) + "\x1f" + "CK-" + QByteArray::number(id) + "\x1f" + "k"
            + QByteArray::number(id) + "\x1f" + "missed-bin";
    }
    // A queued row as schema 4 stored it: the ciphertext in the row, the wrapped data key in
    // payload_keys.
    static void insertV4SealedRow(Database &db, const KeyStore &keys, qint64 id,
                                  const QByteArray &plaintext)
    {
        insertV1Row(db, id, QStringLiteral("queued"));
        auto dataKey = keys.newDataKey(rowAad("ck-datakey-v1", id));
        QVERIFY(dataKey.ok());
        auto sealed = Aead::seal(dataKey->key, plaintext, rowAad("ck-payload-v1", id));
        QVERIFY(sealed.ok());
        auto row =
            db.prepare(QStringLiteral("UPDATE outbox SET payload = ?, key_id = ? WHERE id = ?"));
        QVERIFY(row->bindAll(sealed.value(), keys.keyId(), id).exec().ok());
        auto key = db.prepare(QStringLiteral("INSERT INTO payload_keys VALUES (?, ?)"));
        QVERIFY(key->bindAll(id, dataKey->wrapped).exec().ok());
    }

    static OutboxOptions optionsFor(const QString &dir)
    {
        OutboxOptions o;
        o.dataDir = dir;
        return o;
    }

private Q_SLOTS:
    void configureSetsDurabilityPragmas()
    {
        auto db = freshDb();
        QCOMPARE(db->scalarText(QStringLiteral("PRAGMA journal_mode")).value(),
                 QStringLiteral("wal"));
        QCOMPARE(db->scalarInt(QStringLiteral("PRAGMA synchronous")).value(), qint64(2)); // FULL
        QCOMPARE(db->scalarInt(QStringLiteral("PRAGMA foreign_keys")).value(), qint64(1));
        QCOMPARE(db->scalarInt(QStringLiteral("PRAGMA secure_delete")).value(), qint64(1));
    }

    void migration1CreatesQueueKeysAndCounters()
    {
        auto db = freshDb();
        QCOMPARE(OutboxSchema::version(*db).value(), 0);
        QVERIFY(OutboxSchema::migrate(*db, 1).ok());
        QCOMPARE(OutboxSchema::version(*db).value(), 1);
        insertV1Row(*db, 1, QStringLiteral("queued"));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO payload_keys VALUES (1, x'01')")).ok());
        // Foreign keys hold: a key for a missing row is refused, deleting the row drops its key.
        QCOMPARE(
            db->exec(QStringLiteral("INSERT INTO payload_keys VALUES (9, x'01')")).error().code,
            QStringLiteral("db-constraint"));
        QCOMPARE(db->exec(QStringLiteral("UPDATE outbox SET state = 'lost'")).error().code,
                 QStringLiteral("db-constraint"));
        QVERIFY(db->exec(QStringLiteral("DELETE FROM outbox WHERE id = 1")).ok());
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM payload_keys")).value(),
                 qint64(0));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO counters VALUES ('ref', 7)")).ok());
    }

    void migration2AddsFlowAndKind()
    {
        auto db = freshDb();
        QVERIFY(OutboxSchema::migrate(*db, 1).ok());
        insertV1Row(*db, 1, QStringLiteral("queued"));
        QVERIFY(!hasColumn(*db, QStringLiteral("outbox"), QStringLiteral("flow_id")));
        QVERIFY(OutboxSchema::migrate(*db, 2).ok());
        QCOMPARE(OutboxSchema::version(*db).value(), 2);
        QCOMPARE(db->scalarText(QStringLiteral("SELECT flow_id FROM outbox WHERE id = 1")).value(),
                 QStringLiteral("missed-bin"));
        QCOMPARE(
            db->scalarInt(QStringLiteral("SELECT flow_version FROM outbox WHERE id = 1")).value(),
            qint64(0));
        QCOMPARE(db->scalarText(QStringLiteral("SELECT kind FROM outbox WHERE id = 1")).value(),
                 QStringLiteral("submission"));
    }

    void migration3AddsDeliveredAt()
    {
        auto db = freshDb();
        QVERIFY(OutboxSchema::migrate(*db, 2).ok());
        insertV1Row(*db, 1, QStringLiteral("queued"));
        insertV1Row(*db, 2, QStringLiteral("delivered"));
        QVERIFY(OutboxSchema::migrate(*db, 3).ok());
        QCOMPARE(OutboxSchema::version(*db).value(), 3);
        auto st = db->prepare(QStringLiteral("SELECT delivered_at FROM outbox ORDER BY id"));
        QVERIFY(st->step().value());
        QVERIFY(st->isNull(0)); // not delivered: no delivery time
        QVERIFY(st->step().value());
        QCOMPARE(st->int64(0), qint64(2000)); // delivered before v3: its last update
        QCOMPARE(
            db->scalarInt(QStringLiteral(
                              "SELECT count(*) FROM sqlite_master WHERE name = 'outbox_receipts'"))
                .value(),
            qint64(1));
    }

    void migration4NarrowsReceiptsIndexToDeliveredRows()
    {
        auto db = freshDb();
        QVERIFY(OutboxSchema::migrate(*db, 3).ok());
        insertV1Row(*db, 1, QStringLiteral("queued"));
        insertV1Row(*db, 2, QStringLiteral("delivered"));
        QVERIFY(
            db->exec(QStringLiteral("UPDATE outbox SET delivered_at = 2000 WHERE id = 2")).ok());
        QVERIFY(OutboxSchema::migrate(*db, 4).ok());
        QCOMPARE(OutboxSchema::version(*db).value(), 4);
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM outbox")).value(), qint64(2));
        // Only the delivered row is in the index: a queued insert no longer writes its pages.
        QCOMPARE(db->scalarInt(QStringLiteral("SELECT count(*) FROM outbox INDEXED BY "
                                              "outbox_receipts WHERE state = 'delivered'"))
                     .value(),
                 qint64(1));
        QVERIFY(db->scalarText(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                              "'outbox_receipts'"))
                    .value()
                    .contains(QLatin1String("WHERE state = 'delivered'")));
        // Without statistics the planner still picks it for the purge and lastDeliveredAt().
        for (const char *sql : {"DELETE FROM outbox WHERE state = 'delivered' AND delivered_at < 5",
                                "SELECT max(delivered_at) FROM outbox WHERE state = 'delivered'"}) {
            auto plan =
                db->queryAll(QStringLiteral("EXPLAIN QUERY PLAN %1").arg(QLatin1String(sql)),
                             [](const Statement &st) { return st.text(3); });
            QVERIFY(plan.ok());
            QVERIFY2(plan->join(QLatin1Char(' ')).contains(QLatin1String("outbox_receipts")), sql);
        }
    }

    void migration5MovesWrappedKeysIntoTheirRows()
    {
        auto db = freshDb();
        QVERIFY(OutboxSchema::migrate(*db, 4).ok());
        insertV1Row(*db, 1, QStringLiteral("queued"));
        insertV1Row(*db, 2, QStringLiteral("delivered")); // shredded: no key, no payload
        QVERIFY(db->exec(QStringLiteral("UPDATE outbox SET payload = NULL WHERE id = 2")).ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO payload_keys VALUES (1, x'0102')")).ok());
        QVERIFY(OutboxSchema::migrate(*db, 5).ok());
        QCOMPARE(OutboxSchema::version(*db).value(), 5);
        QCOMPARE(db->scalarText(QStringLiteral("SELECT hex(wrapped_key) FROM outbox WHERE id = 1"))
                     .value(),
                 QStringLiteral("0102"));
        QCOMPARE(
            db->scalarInt(QStringLiteral("SELECT wrapped_key IS NULL FROM outbox WHERE id = 2"))
                .value(),
            qint64(1));
        QCOMPARE(
            db->scalarInt(
                  QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'payload_keys'"))
                .value(),
            qint64(0));
    }

    // A kiosk updated with submissions still queued: they open, decrypt and are delivered.
    void outboxDeliversRowsSealedUnderSchema4()
    {
        QTemporaryDir dataDir;
        auto keys = KeyStore::open(dataDir.path());
        QVERIFY(keys.ok());
        {
            auto db = Database::open(dataDir.filePath(QStringLiteral("outbox.sqlite")));
            QVERIFY(db.ok());
            QVERIFY(OutboxSchema::configure(*db.value()).ok());
            QVERIFY(OutboxSchema::migrate(*db.value(), 4).ok());
            for (qint64 id : {1, 2})
                insertV4SealedRow(*db.value(), *keys.value(), id,
                                  "{\"answer\":" + QByteArray::number(id) + "}");
        }
        auto outbox = Outbox::open(optionsFor(dataDir.path()));
        QVERIFY2(outbox.ok(), qPrintable(outbox.ok() ? QString() : outbox.error().message));
        QCOMPARE(OutboxSchema::latestVersion(), 5);
        auto claimed = outbox.value()->claimDue(QDateTime::currentDateTimeUtc(), 10);
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->size(), 2);
        for (const OutboxRow &row : std::as_const(claimed.value())) {
            auto payload = outbox.value()->decryptPayload(row.id);
            QVERIFY2(payload.ok(), qPrintable(payload.ok() ? QString() : payload.error().message));
            QCOMPARE(payload->view(), "{\"answer\":" + QByteArray::number(row.id) + "}");
            QVERIFY(
                outbox.value()->markDelivered(row.id, QStringLiteral("SR-%1").arg(row.id)).ok());
            QCOMPARE(outbox.value()->decryptPayload(row.id).error().code,
                     QStringLiteral("payload-gone"));
        }
        QCOMPARE(outbox.value()->depthByState()->value(QStringLiteral("delivered")), qint64(2));
    }

    void latestIsWhatTheOutboxUses()
    {
        QCOMPARE(OutboxSchema::latestVersion(), Outbox::SchemaVersion);
        auto db = freshDb();
        QVERIFY(OutboxSchema::migrate(*db).ok());
        QCOMPARE(OutboxSchema::version(*db).value(), OutboxSchema::latestVersion());
        QVERIFY(OutboxSchema::migrate(*db).ok()); // idempotent
    }

    void outboxUpgradesAnOldFileInPlace()
    {
        QTemporaryDir dataDir;
        QVERIFY(KeyStore::open(dataDir.path()).ok()); // its key, as the old version made it
        {
            auto db = Database::open(dataDir.filePath(QStringLiteral("outbox.sqlite")));
            QVERIFY(db.ok());
            QVERIFY(OutboxSchema::configure(*db.value()).ok());
            QVERIFY(OutboxSchema::migrate(*db.value(), 1).ok());
            insertV1Row(*db.value(), 1, QStringLiteral("sending"));
        }
        auto outbox = Outbox::open(optionsFor(dataDir.path()));
        QVERIFY2(outbox.ok(), qPrintable(outbox.ok() ? QString() : outbox.error().message));
        QVERIFY(outbox.value()->quarantinedFile().isEmpty());
        auto rows = outbox.value()->rows();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().reference, QStringLiteral("CK-1"));
        QCOMPARE(rows->first().flowId, QStringLiteral("missed-bin"));
        // Left for the next DeliveryLock holder: opening never resets `sending`.
        QCOMPARE(rows->first().state, QStringLiteral("sending"));
    }

    void newerSchemaIsRefusedNotQuarantined()
    {
        QTemporaryDir dataDir;
        QVERIFY(KeyStore::open(dataDir.path()).ok());
        {
            auto db = Database::open(dataDir.filePath(QStringLiteral("outbox.sqlite")));
            QVERIFY(db.value()->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
        }
        auto outbox = Outbox::open(optionsFor(dataDir.path()));
        QVERIFY(!outbox.ok());
        QCOMPARE(outbox.error().code, QStringLiteral("db-too-new"));
        QVERIFY(!QDir(dataDir.filePath(QStringLiteral("quarantine"))).exists());
    }
};

QTEST_GUILESS_MAIN(tst_OutboxSchema)
#include "tst_outboxschema.moc"
