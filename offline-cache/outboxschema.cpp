// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/outboxschema.h"

#include "offline-cache/sqlitedb.h"

#include <QCoreApplication>

namespace ck {

namespace {

// Migration N (index N-1) takes the schema from version N-1 to N. Never edit a released step:
// add a new one. Times are milliseconds since the epoch, UTC.
const char *const kMigrations[] = {
    // 1: the queue, the wrapped per-row data keys (a separate table so that purging can destroy
    //    the key before the ciphertext), and durable counters for reference numbers.
    R"sql(
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL,
    destination TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'delivered', 'rejected')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_error TEXT,
    server_reference TEXT,
    key_id TEXT,
    payload BLOB
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE TABLE payload_keys (
    outbox_id INTEGER PRIMARY KEY REFERENCES outbox (id) ON DELETE CASCADE,
    wrapped BLOB NOT NULL
);
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
)sql",
    // 2: each row records the flow definition and version its answers were made with, so a
    //    retired form version can still be delivered and understood; and what kind of item it
    //    is (feedback, evidence and heartbeats travel through the same outbox).
    R"sql(
ALTER TABLE outbox ADD COLUMN flow_id TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN flow_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'submission';
UPDATE outbox SET flow_id = service_id WHERE flow_id = '';
)sql",
    // 3: receipts expire receiptDays after delivery, not after creation: a row that waited a
    //    week offline still gets its full tracking period.
    R"sql(
ALTER TABLE outbox ADD COLUMN delivered_at INTEGER;
UPDATE outbox SET delivered_at = updated_at WHERE state = 'delivered';
CREATE INDEX outbox_receipts ON outbox (state, delivered_at);
)sql",
    // 4: the receipts index covers delivered rows only. A new submission then writes one index
    //    page fewer in its durable commit (bench-outbox). `state` stays the index's first column
    //    so that, without ANALYZE statistics, the planner still prefers this index to
    //    outbox_due for the purge, lastDeliveredAt() and pendingTokens().
    R"sql(
DROP INDEX outbox_receipts;
CREATE INDEX outbox_receipts ON outbox (state, delivered_at) WHERE state = 'delivered';
)sql",
    // 5: the wrapped data key moves into its row (wrapped_key) and payload_keys goes. A
    //    submission is then one insert into one table: its durable commit no longer writes a
    //    page of a second B-tree (bench-outbox). Shredding loses nothing: key and ciphertext
    //    leave in one statement (atomic, as the two deletes in one transaction were) and
    //    secure_delete zeroes the old cell; dropping payload_keys zeroes its pages.
    R"sql(
ALTER TABLE outbox ADD COLUMN wrapped_key BLOB;
UPDATE outbox SET wrapped_key = (SELECT wrapped FROM payload_keys WHERE outbox_id = outbox.id)
    WHERE id IN (SELECT outbox_id FROM payload_keys);
DROP TABLE payload_keys;
)sql",
};

constexpr int kLatest = int(sizeof(kMigrations) / sizeof(kMigrations[0]));

} // namespace

int OutboxSchema::latestVersion()
{
    return kLatest;
}

Status OutboxSchema::configure(sqlite::Database &db)
{
    // busy_timeout first: another connection (kioskctl on the same data dir) may hold the lock.
    Status s = db.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!s.ok())
        return s;
    auto mode = db.scalarText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode.ok())
        return mode.error();
    if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Status::failure(
            QStringLiteral("db-error"),
            QCoreApplication::translate("ck::OutboxSchema",
                                        "The outbox database cannot use write-ahead logging."));
    return db.exec(QStringLiteral("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                                  "PRAGMA secure_delete = ON;"));
}

Result<int> OutboxSchema::version(sqlite::Database &db)
{
    auto v = db.scalarInt(QStringLiteral("PRAGMA user_version"));
    if (!v.ok())
        return v.error();
    return int(v.value());
}

Status OutboxSchema::migrate(sqlite::Database &db, int target)
{
    if (target < 0)
        target = kLatest;
    auto current = version(db);
    if (!current.ok())
        return current.error();
    if (current.value() > kLatest)
        return Status::failure(
            QStringLiteral("db-too-new"),
            QCoreApplication::translate("ck::OutboxSchema",
                                        "The outbox was written by a newer version (schema %1); "
                                        "this version understands up to %2.")
                .arg(current.value())
                .arg(kLatest));
    for (int v = current.value() + 1; v <= target; ++v) {
        sqlite::Transaction tx(db);
        if (!tx.begun().ok())
            return tx.begun();
        Status s = db.exec(QString::fromUtf8(kMigrations[v - 1]));
        if (!s.ok())
            return s;
        s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v));
        if (!s.ok())
            return s;
        s = tx.commit();
        if (!s.ok())
            return s;
    }
    return {};
}

} // namespace ck
