// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/securebytes.h"
#include "offline-cache/keystore.h"
#include "offline-cache/outboxitem.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ck {

namespace sqlite {
class Database;
class Statement;
} // namespace sqlite
class DeliveryLock;

struct OutboxOptions
{
    QString dataDir; // holds outbox.sqlite, keys/, quarantine/
    int receiptDays = 30; // receipts of delivered rows kept this long
    qint64 minFreeBytes = 200LL * 1024 * 1024; // below this, enqueue() refuses ("disk-low")
    KeyLocation key; // where the kiosk key is (KeyStore::open: one rule for every caller)
    // ReadOnly (civic-kioskctl status, queue, metrics): the database is opened read-only and
    // nothing is created, neither the data dir, the database nor a key; no row changes. Without
    // a database it shows an empty outbox (exists() is false); without the key it still shows
    // metadata (keyProblem() says why payloads cannot be opened).
    enum class Access { ReadWrite, ReadOnly };
    Access access = Access::ReadWrite;
    std::function<QDateTime()> clock; // empty: QDateTime::currentDateTimeUtc
    std::function<qint64(const QString &dir)> freeBytes; // empty: QStorageInfo on dataDir
};

struct OutboxFilter
{
    QStringList states; // empty: all
    QString destination; // empty: all
    int limit = 500;
};

// One finished delivery attempt, as the SyncEngine records it.
struct OutboxOutcome
{
    enum class Kind { Delivered, Retry, Rejected };
    qint64 id = 0;
    Kind kind = Kind::Retry;
    QString serverReference; // Delivered
    QString error; // Retry / Rejected: admin-visible, no personal data
    QDateTime nextAttemptAt; // Retry
};

// What a citizen or helper may see about a submission after the fact: no payload.
struct OutboxReceipt
{
    QString reference;
    QString serviceId;
    QString state;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deliveredAt; // invalid until delivered
    QString serverReference;
};

// The durable, encrypted outbox (DESIGN.md "The outbox").
//
// States: queued -> sending -> delivered | queued (retryable) | rejected (dead letter, kept).
// `sending` rows belong to the one deliverer holding the data directory's DeliveryLock; only
// a new holder puts rows left `sending` (its predecessor crashed or was killed) back to
// `queued`, with resetSending(). Opening the outbox never does: another process may be
// delivering those rows right now.
//
// The kiosk key: a key is made only on the first run, when no outbox exists yet. An outbox
// whose key cannot be found does not open ("key-missing", naming where the key should be).
// Rows sealed under another key (key_id differs) are never claimed for delivery and never
// become dead letters: they stay queued with an admin-visible error until that key is back.
//
// Threading: the GUI thread calls enqueue() while the SyncEngine works on its own thread.
// Every public method is safe to call from any thread: one SQLite connection guarded by
// m_mutex. Signals are emitted on the calling thread after the lock is released; connect with
// Qt::AutoConnection and receivers on other threads get them queued.
//
// Error codes (stable): "disk-low", "disk-full", "db-corrupt", "db-*" (see sqlitedb.h),
// "not-found", "not-queued", "bad-state", "bad-item", "duplicate-reference", "key-*", "crypto-*",
// "io".
class Outbox : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 5;

    // Opens (or creates) `<dataDir>/outbox.sqlite`. A corrupt or truncated database is moved to
    // `<dataDir>/quarantine/` (never deleted) and a fresh outbox is created; quarantinedFile()
    // then names the moved file so the admin can be told. Read-only access never creates,
    // quarantines, migrates or changes anything (OutboxOptions::access).
    static Result<std::unique_ptr<Outbox>> open(const OutboxOptions &options);
    ~Outbox() override;

    // Seals `item.payload` under a fresh data key, stores the row as `queued` with a new UUIDv4
    // idempotency key, and returns only once the transaction is durable (synchronous=FULL).
    // The item's payload buffer is wiped whatever the outcome: pass the item with std::move so
    // that buffer is the only copy of the plaintext (a copy the caller keeps stays theirs).
    Result<OutboxRow> enqueue(OutboxItem item);

    // Removes a row that is still `queued` (nothing has tried to send it yet, or it waits for a
    // retry): its wrapped data key is destroyed first, as on delivery, then the row, and the WAL
    // is checkpointed so no copy of the ciphertext stays in it. For items superseded by a newer
    // one (heartbeats); a citizen's submission is never discarded by the kiosk itself.
    // Errors: "not-found", "not-queued" (sending, delivered or rejected rows are never touched),
    // "db-*".
    Status discardQueued(qint64 id);

    // Durable monotonic counter (reference numbers): 1, 2, 3, ... per name, never repeats,
    // also across crashes.
    Result<quint64> nextSequence(const QString &name);

    Result<QMap<QString, qint64>> depthByState() const; // every state present, 0 when empty
    Result<QList<OutboxRow>> rows(const OutboxFilter &filter = {}) const; // metadata only
    Result<OutboxRow> row(qint64 id) const;
    Result<OutboxReceipt> receipt(const QString &reference) const; // "not-found" if none
    Result<QDateTime> lastDeliveredAt() const; // invalid QDateTime if nothing delivered yet
    Result<QDateTime> nextDueAt() const; // earliest queued next_attempt_at, or invalid

    // Admin: a dead letter (or a queued row) becomes due now, attempts reset.
    Status retry(qint64 id);
    // Admin: writes each rejected row as `<dir>/<reference>.json` (metadata + decrypted payload,
    // mode 0600) so staff can key it in by hand. Rows stay in the outbox. A row that cannot be
    // opened (sealed under another key, damaged) is skipped and listed with the reason; the
    // others are still written. Fails only when nothing can be written at all (the folder).
    struct Export
    {
        int written = 0;
        QList<QPair<QString, QString>> skipped; // reference, why
    };
    Result<Export> exportDeadLetters(const QString &dir);
    // Deletes receipts of rows delivered more than receiptDays ago, and dead-lettered
    // heartbeats (a newer heartbeat says the same, and nobody keys a heartbeat in by hand):
    // their wrapped key first, then the row, then a WAL checkpoint. Returns the count.
    Result<int> purgeExpiredReceipts();

    // --- used by the SyncEngine ---
    // Marks up to `limit` due queued rows as `sending` (attempts + 1) and returns them.
    Result<QList<OutboxRow>> claimDue(const QDateTime &now, int limit);
    Result<SecureBytes> decryptPayload(qint64 id) const;
    // sending -> delivered; destroys the wrapped data key, then the ciphertext; keeps a receipt.
    Status markDelivered(qint64 id, const QString &serverReference);
    Status markRetry(qint64 id, const QString &error, const QDateTime &nextAttemptAt);
    Status markRejected(qint64 id, const QString &error);
    // For the holder of this data directory's DeliveryLock only, when it takes the lock: every
    // `sending` row was left by a deliverer that is gone, so it goes back to `queued`. Rows
    // sealed under another key get an admin-visible last_error. Returns the number of rows
    // reset. Error "not-lock-holder" when `lock` is not held or belongs to another directory.
    Result<int> resetSending(const DeliveryLock &lock);
    // Rows waiting (queued or rejected, payload kept) that this kiosk's key cannot open.
    Result<qint64> rowsUnderOtherKeys() const;
    // After a delivery shredded rows: checkpoint the WAL (TRUNCATE) so the pre-delete pages
    // (ciphertext, wrapped key) leave the disk too. Cheap no-op when nothing was shredded since
    // the last successful checkpoint; a busy reader postpones it to the next call.
    void checkpointShredded();
    // Records finished attempts (each must be `sending`) and claims up to `limit` due rows, all
    // in ONE durable transaction: while draining, one fsync per round instead of two per row.
    // An outcome for a row that is no longer `sending` (an admin acted) is skipped and counted
    // in `skipped`; it does not fail the others.
    struct Settled
    {
        QList<OutboxRow> claimed;
        int skipped = 0;
    };
    Result<Settled> settleAndClaim(const QList<OutboxOutcome> &outcomes, const QDateTime &now,
                                   int limit);
    // Delivered rows whose server reference is still an Open311 token ("token:..."), oldest
    // first: the engine asks their destination for the service_request_id.
    Result<QList<OutboxRow>> pendingTokens(int limit = 500) const;
    // A delivered row's server reference `from` (its token) becomes `to` (the id the server
    // gave for it). "bad-state" when the row no longer holds `from` (purged, resolved already).
    Status resolveServerReference(qint64 id, const QString &from, const QString &to);

    QString dataDir() const { return m_options.dataDir; }
    QString databasePath() const;
    QString keyId() const; // empty when the key is not available (read-only, keyProblem())
    QString keySource() const; // where the key was found
    std::optional<Error> keyProblem() const { return m_keyProblem; } // read-only access only
    bool readOnly() const { return m_options.access == OutboxOptions::Access::ReadOnly; }
    bool exists() const { return m_exists; } // false: read-only and no outbox yet
    QString quarantinedFile() const { return m_quarantined; }
    // For the admin screen and logs; empty when nothing was quarantined.
    QString quarantineNotice() const;
    qint64 freeBytes() const;
    bool diskLow() const { return freeBytes() < m_options.minFreeBytes; }
    qint64 minFreeBytes() const { return m_options.minFreeBytes; }
    QDateTime now() const;

Q_SIGNALS:
    void enqueued();
    void changed();

private:
    Outbox(OutboxOptions options, std::unique_ptr<sqlite::Database> db,
           std::unique_ptr<KeyStore> keys, QString quarantined);
    static Result<std::unique_ptr<Outbox>> openReadOnly(const OutboxOptions &options);
    // last_error of a row sealed under another kiosk key (translated, no personal data).
    static QString otherKeyMessage(const QString &rowKeyId, const QString &kioskKeyId);
    Status settleOne(const OutboxOutcome &outcome);
    Result<QDateTime> timeQuery(const QString &sql) const;
    void checkpointLocked(const char *why); // m_mutex held

    OutboxOptions m_options;
    // Guards m_db: SQLite connections must not run statements from two threads at once, and
    // enqueue's read-modify-write of counters must be serialised with the sync engine's
    // claims. Held for one short transaction at a time.
    mutable QMutex m_mutex;
    std::unique_ptr<sqlite::Database> m_db;
    // enqueue()'s insert, prepared on first use and kept (guarded by m_mutex); declared after
    // m_db so it is finalised before the connection closes.
    std::unique_ptr<sqlite::Statement> m_insertRow;
    std::unique_ptr<KeyStore> m_keys; // null only with read-only access (see m_keyProblem)
    std::optional<Error> m_keyProblem;
    QString m_quarantined;
    bool m_exists = true;
    // Guarded by m_mutex: rows shredded since the last successful checkpoint, and when the last
    // one during a drain ran.
    bool m_shredPending = false;
    QElapsedTimer m_sinceCheckpoint;
};

} // namespace ck
