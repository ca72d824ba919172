// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/outbox.h"

#include "core/translate.h"

#include "offline-cache/aead.h"
#include "offline-cache/datadir_p.h"
#include "offline-cache/outboxschema.h"
#include "offline-cache/sqlitedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

#include <sys/statvfs.h>

Q_LOGGING_CATEGORY(lcOutbox, "ck.outbox")

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"ck::Outbox", "ck"}, text);
}

QString databaseFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("outbox.sqlite"));
}

// Bind the ciphertext (and, with another label, the wrapped key) to the row it belongs to:
// moving either to another row makes authentication fail. The unit separator keeps
// ("AB","C") and ("A","BC") apart.
QByteArray associatedData(const char *label, const QString &reference, const QString &idemKey,
                          const QString &serviceId)
{
    QByteArray aad(label);
    for (const QString &part : {reference, idemKey, serviceId}) {
        aad += '\x1f';
        aad += part.toUtf8();
    }
    return aad;
}

bool isCorruption(const Error &e)
{
    return e.code == QLatin1String("db-corrupt");
}

Result<std::unique_ptr<sqlite::Database>> openAndCheck(const QString &path, const QString &dataDir)
{
    // Create the file ourselves, owner-only: SQLite gives -wal and -shm the main file's mode
    // and owner, and the metadata (references, services) is nobody else's business.
    if (!QFile::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly)
            || !create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return sqlite::Database::errorFor(14 /* SQLITE_CANTOPEN */, create.errorString());
        detail::giveToDataDirOwner(path, dataDir);
    }
    auto db = sqlite::Database::open(path);
    if (!db.ok())
        return db.error();
    Status s = OutboxSchema::configure(*db.value());
    if (!s.ok())
        return s.error();
    // quick_check reads every page: it catches a truncated file or torn pages now, at start-up,
    // instead of in the middle of a citizen's submission.
    auto check = db.value()->scalarText(QStringLiteral("PRAGMA quick_check"));
    if (!check.ok())
        return check.error();
    if (check.value() != QLatin1String("ok"))
        return sqlite::Database::errorFor(11 /* SQLITE_CORRUPT */, check.value());
    s = OutboxSchema::migrate(*db.value());
    if (!s.ok())
        return s.error();
    return std::move(db.value());
}

// Moves the database and its -wal/-shm side files aside together (the WAL belongs to that
// database only). Never deletes: the admin may want to recover rows from it.
Result<QString> quarantine(const QString &dataDir, const QDateTime &now)
{
    QDir dir(dataDir);
    if (!dir.mkpath(QStringLiteral("quarantine")))
        return Result<QString>::failure(QStringLiteral("io"),
                                        tr("The quarantine folder cannot be created."));
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString target = dir.filePath(QStringLiteral("quarantine/outbox-%1.sqlite").arg(stamp));
    const QString source = databaseFile(dataDir);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFile::exists(source + suffix))
            continue;
        if (!QFile::rename(source + suffix, target + suffix))
            return Result<QString>::failure(
                QStringLiteral("io"),
                tr("The damaged outbox could not be moved to the quarantine folder."));
    }
    return target;
}

} // namespace

Outbox::Outbox(OutboxOptions options, std::unique_ptr<sqlite::Database> db,
               std::unique_ptr<KeyStore> keys, QString quarantined)
    : m_options(std::move(options))
    , m_db(std::move(db))
    , m_keys(std::move(keys))
    , m_quarantined(std::move(quarantined))
{ }

Outbox::~Outbox() = default;

Result<std::unique_ptr<Outbox>> Outbox::open(const OutboxOptions &options)
{
    if (options.access == OutboxOptions::Access::ReadOnly)
        return openReadOnly(options);
    if (options.dataDir.isEmpty() || !QDir().mkpath(options.dataDir))
        return Result<std::unique_ptr<Outbox>>::failure(
            QStringLiteral("io"), tr("The data folder %1 cannot be created.").arg(options.dataDir));
    const QString path = databaseFile(options.dataDir);
    // A key is made only on the first run. A database that exists (even a damaged one, which
    // is about to be quarantined) means rows may be sealed under a key that is merely out of
    // reach: a new key would strand them.
    const bool firstRun = !QFileInfo::exists(path);
    auto keys = KeyStore::open(options.dataDir, options.key,
                               firstRun ? KeyStore::Create::IfNoKey : KeyStore::Create::No);
    if (!keys.ok())
        return keys.error();

    QString quarantined;
    auto db = openAndCheck(path, options.dataDir);
    if (!db.ok() && isCorruption(db.error())) {
        qCWarning(lcOutbox) << "outbox database damaged, moving it to quarantine:"
                            << db.error().message;
        const QDateTime now = options.clock ? options.clock() : QDateTime::currentDateTimeUtc();
        auto moved = quarantine(options.dataDir, now);
        if (!moved.ok())
            return moved.error();
        quarantined = moved.value();
        db = openAndCheck(path, options.dataDir);
    }
    if (!db.ok())
        return db.error();

    // No resetSending() here: rows in `sending` may be in flight in another process right now.
    // The next holder of the DeliveryLock puts them back.
    return std::unique_ptr<Outbox>(
        new Outbox(options, std::move(db.value()), std::move(keys.value()), quarantined));
}

Result<std::unique_ptr<Outbox>> Outbox::openReadOnly(const OutboxOptions &options)
{
    const QString path = databaseFile(options.dataDir);
    const bool exists = !options.dataDir.isEmpty() && QFileInfo::exists(path);
    // No outbox yet: an empty one in memory answers every query (all zero) without a file.
    auto db = sqlite::Database::open(exists ? path : QStringLiteral(":memory:"),
                                     exists ? sqlite::Database::Mode::ReadOnly
                                            : sqlite::Database::Mode::ReadWriteCreate);
    if (!db.ok())
        return db.error();
    if (exists) {
        Status s = db.value()->exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        if (!s.ok())
            return s.error();
        auto version = OutboxSchema::version(*db.value());
        if (!version.ok())
            return version.error();
        if (version.value() != OutboxSchema::latestVersion())
            return Result<std::unique_ptr<Outbox>>::failure(
                QStringLiteral("db-version"),
                tr("The outbox has schema version %1 and this program reads version %2: start "
                   "the kiosk (or run a command that changes the outbox) once to bring it up to "
                   "date.")
                    .arg(version.value())
                    .arg(OutboxSchema::latestVersion()));
    } else {
        Status s = OutboxSchema::migrate(*db.value());
        if (!s.ok())
            return s.error();
    }
    std::unique_ptr<KeyStore> keys;
    std::optional<Error> keyProblem;
    auto found = KeyStore::open(options.dataDir, options.key, KeyStore::Create::No);
    if (found.ok())
        keys = std::move(found.value());
    else if (exists)
        keyProblem = found.error();
    std::unique_ptr<Outbox> outbox(
        new Outbox(options, std::move(db.value()), std::move(keys), QString()));
    outbox->m_exists = exists;
    outbox->m_keyProblem = keyProblem;
    return outbox;
}

QString Outbox::otherKeyMessage(const QString &rowKeyId, const QString &kioskKeyId)
{
    return tr("Sealed under another kiosk key (%1); this kiosk has key %2. It stays queued: put "
              "key %1 back where the kiosk looks for its key and it will be delivered.")
        .arg(rowKeyId.isEmpty() ? QStringLiteral("?") : rowKeyId, kioskKeyId);
}

QString Outbox::databasePath() const
{
    return m_db->path();
}

QString Outbox::quarantineNotice() const
{
    if (m_quarantined.isEmpty())
        return {};
    return tr("The outbox database was damaged and has been moved to %1. A new, empty outbox was "
              "started; submissions in the damaged file were not sent. Contact support to "
              "recover them.")
        .arg(m_quarantined);
}

QString Outbox::keyId() const
{
    return m_keys ? m_keys->keyId() : QString();
}

QString Outbox::keySource() const
{
    return m_keys ? m_keys->source() : QString();
}

QDateTime Outbox::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

qint64 Outbox::freeBytes() const
{
    if (m_options.freeBytes)
        return m_options.freeBytes(m_options.dataDir);
    // statvfs rather than QStorageInfo: it is on the enqueue path and QStorageInfo parses
    // /proc/self/mountinfo on every construction.
    struct statvfs st
    { };
    if (::statvfs(QFile::encodeName(m_options.dataDir).constData(), &st) != 0)
        return 0; // unknown counts as full: refusing is safer than a half-written row
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

Result<OutboxRow> Outbox::enqueue(OutboxItem item)
{
    // Whatever happens below, the caller's plaintext does not outlive this call.
    struct Wipe
    {
        QByteArray &bytes;
        ~Wipe() { secureWipe(bytes); }
    } wipe {item.payload};

    if (item.reference.isEmpty() || item.serviceId.isEmpty() || item.destination.isEmpty()
        || item.payload.isEmpty())
        return Result<OutboxRow>::failure(QStringLiteral("bad-item"),
                                          tr("The submission is incomplete and was not saved."));
    if (diskLow()) {
        qCWarning(lcOutbox) << "refusing enqueue: free space under" << m_options.minFreeBytes
                            << "bytes";
        return Result<OutboxRow>::failure(QStringLiteral("disk-low"),
                                          tr("Your form could not be saved because the kiosk is "
                                             "nearly full. Ask a member of staff for help."));
    }

    if (!m_keys)
        return Result<OutboxRow>::failure(QStringLiteral("db-readonly"),
                                          tr("The outbox is open for reading only."));

    const QDateTime now = this->now();
    OutboxRow row;
    row.reference = item.reference;
    row.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.serviceId = item.serviceId;
    row.flowId = item.flowId.isEmpty() ? item.serviceId : item.flowId;
    row.flowVersion = item.flowVersion;
    row.destination = item.destination;
    row.kind = item.kind.isEmpty() ? QStringLiteral("submission") : item.kind;
    row.state = QStringLiteral("queued");
    row.nextAttemptAt = row.createdAt = row.updatedAt = now;

    auto dataKey = m_keys->newDataKey(
        associatedData("ck-datakey-v1", row.reference, row.idempotencyKey, row.serviceId));
    if (!dataKey.ok())
        return dataKey.error();
    auto sealed = Aead::seal(
        dataKey->key, item.payload,
        associatedData("ck-payload-v1", row.reference, row.idempotencyKey, row.serviceId));
    if (!sealed.ok())
        return sealed.error();

    {
        QMutexLocker lock(&m_mutex);
        // One statement, so no BEGIN/COMMIT of our own: SQLite's autocommit makes it atomic,
        // takes the write lock up front with the same busy timeout, and with synchronous=FULL
        // the WAL is fsync'd before step() returns. An error (constraint, disk full) rolls the
        // row back whole.
        // Prepared once per connection: compiling this insert cost about as much as running it,
        // on every submission.
        if (!m_insertRow) {
            auto st = m_db->prepare(QStringLiteral(
                "INSERT INTO outbox (reference, idempotency_key, service_id, flow_id, "
                "flow_version, destination, kind, state, attempts, next_attempt_at, created_at, "
                "updated_at, key_id, payload, wrapped_key) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                "'queued', 0, ?1, ?1, ?1, ?9, ?10, ?11)"));
            if (!st.ok())
                return st.error();
            m_insertRow = std::make_unique<sqlite::Statement>(std::move(st.value()));
        }
        Status inserted =
            m_insertRow->run(now.toMSecsSinceEpoch(), row.reference, row.idempotencyKey,
                             row.serviceId, row.flowId, row.flowVersion, row.destination, row.kind,
                             m_keys->keyId(), sealed.value(), dataKey->wrapped);
        if (!inserted.ok()) {
            if (inserted.error().code == QLatin1String("db-constraint"))
                return Result<OutboxRow>::failure(
                    QStringLiteral("duplicate-reference"),
                    tr("A submission with this reference is already saved."));
            return inserted.error();
        }
        row.id = m_db->lastInsertRowId(); // read under the lock: per connection, not per call
    }
    Q_EMIT enqueued();
    Q_EMIT changed();
    return row;
}

Status Outbox::discardQueued(qint64 id)
{
    {
        QMutexLocker lock(&m_mutex);
        sqlite::Transaction tx(*m_db);
        if (!tx.begun().ok())
            return tx.begun();
        auto state = m_db->queryOne(
            QStringLiteral("SELECT state FROM outbox WHERE id = ?"),
            [](const sqlite::Statement &st) { return st.text(0); }, id);
        if (!state.ok())
            return state.error();
        if (!state->has_value())
            return Status::failure(QStringLiteral("not-found"), tr("No such outbox entry."));
        // Only rows nobody is working on: one in flight may already be at the server.
        if (**state != QLatin1String("queued"))
            return Status::failure(
                QStringLiteral("not-queued"),
                tr("Only waiting entries can be discarded (entry %1 is %2).").arg(id).arg(**state));
        // Crypto-shredding as on delivery: the wrapped data key and the ciphertext go with the
        // row; secure_delete zeroes them in the pages.
        auto deleted = m_db->execute(QStringLiteral("DELETE FROM outbox WHERE id = ?"), id);
        if (!deleted.ok())
            return deleted.error();
        Status s = tx.commit();
        if (!s.ok())
            return s;
        m_shredPending = true;
        checkpointLocked("discard");
    }
    Q_EMIT changed();
    return {};
}

void Outbox::checkpointLocked(const char *why)
{
    if (!m_shredPending || readOnly())
        return;
    // The WAL still holds the pages as they were before the delete, ciphertext and wrapped key
    // included, until a checkpoint copies the zeroed pages back and the log restarts. TRUNCATE
    // does both now. A busy reader (kioskctl) only postpones it: the row is already gone.
    auto checkpoint = m_db->queryOne(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                                     [](const sqlite::Statement &st) { return st.int64(0); });
    if (checkpoint.ok() && checkpoint->value_or(1) == 0)
        m_shredPending = false;
    else
        qCInfo(lcOutbox) << "WAL checkpoint after a" << why << "postponed: database busy";
}

void Outbox::checkpointShredded()
{
    QMutexLocker lock(&m_mutex);
    checkpointLocked("delivery");
}

Result<quint64> Outbox::nextSequence(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    sqlite::Transaction tx(*m_db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto value = m_db->queryOne(
        QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                       "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value"),
        [](const sqlite::Statement &st) { return quint64(st.int64(0)); }, name);
    if (!value.ok())
        return value.error();
    if (!value->has_value()) // RETURNING always yields the row; never hand out a 0
        return Result<quint64>::failure(QStringLiteral("db-error"),
                                        tr("The reference counter could not be read."));
    Status s = tx.commit();
    if (!s.ok())
        return s.error();
    return **value;
}

Result<SecureBytes> Outbox::decryptPayload(qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    struct Sealed
    {
        QString reference, idem, service, keyId;
        QByteArray sealed, wrapped;
    };
    auto found = m_db->queryOne(
        QStringLiteral("SELECT reference, idempotency_key, service_id, key_id, payload, "
                       "wrapped_key FROM outbox WHERE id = ?"),
        [](const sqlite::Statement &st) {
            return Sealed {st.text(0), st.text(1), st.text(2), st.text(3), st.blob(4), st.blob(5)};
        },
        id);
    lock.unlock();
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Result<SecureBytes>::failure(QStringLiteral("not-found"),
                                            tr("No such outbox entry."));
    const auto &[reference, idem, service, keyId, sealed, wrapped] = **found;

    if (sealed.isNull() || wrapped.isNull())
        return Result<SecureBytes>::failure(
            QStringLiteral("payload-gone"),
            tr("The content of this entry was deleted after delivery."));
    if (!m_keys)
        return m_keyProblem ? Result<SecureBytes>(*m_keyProblem)
                            : Result<SecureBytes>::failure(QStringLiteral("key-missing"),
                                                           tr("The kiosk key is not available."));
    if (keyId != m_keys->keyId())
        return Result<SecureBytes>::failure(QStringLiteral("key-mismatch"),
                                            otherKeyMessage(keyId, m_keys->keyId()));
    auto dataKey =
        m_keys->unwrap(wrapped, associatedData("ck-datakey-v1", reference, idem, service));
    if (!dataKey.ok())
        return dataKey.error();
    return Aead::open(dataKey.value(), sealed,
                      associatedData("ck-payload-v1", reference, idem, service));
}

} // namespace ck
