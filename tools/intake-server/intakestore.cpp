// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/intakestore.h"

#include "tools/intake-server/trace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ck::intake {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error sqlError(const QSqlError &e)
{
    // The driver text names tables and constraints, never row contents.
    return Error {QStringLiteral("storage"),
                  QCoreApplication::translate("IntakeStore", "Storage error: %1").arg(e.text())};
}

// Published medians (days from report to closure) so /v1/performance has something to say in
// the demo. A real back end computes them from its case system.
struct SeedPerformance
{
    const char *serviceCode;
    double medianDays;
    int sample;
};
constexpr SeedPerformance kPerformanceSeed[] = {
    {"MISSED_BIN", 2.0, 1284}, {"PLANNING_COMMENT", 21.0, 312}, {"FLY_TIPPING", 4.5, 860},
    {"POTHOLE", 12.0, 517},    {"STREET_LIGHT", 6.0, 204},
};

} // namespace

IntakeStore::IntakeStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

IntakeStore::~IntakeStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<IntakeStore>> IntakeStore::open(const QString &path)
{
    std::unique_ptr<IntakeStore> store(
        new IntakeStore(QStringLiteral("intake-") + QUuid::createUuid().toString()));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(path);
    if (!store->m_db.open())
        return sqlError(store->m_db.lastError());

    // FULL: the commit reaches the disk before the HTTP answer leaves (DESIGN.md, exactly-once).
    const char *schema[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA busy_timeout=5000",
        "CREATE TABLE IF NOT EXISTS submissions("
        " id INTEGER PRIMARY KEY, server_reference TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
        " protocol TEXT NOT NULL, reference TEXT, idempotency_key TEXT UNIQUE,"
        " body_sha256 BLOB NOT NULL, body BLOB NOT NULL, service_code TEXT, token TEXT UNIQUE,"
        " status TEXT NOT NULL, received_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS submissions_reference ON submissions(reference)",
        "CREATE TABLE IF NOT EXISTS notes(submission_id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS receptions(reference TEXT PRIMARY KEY,"
        " received INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS heartbeats(kiosk_id TEXT PRIMARY KEY, body BLOB NOT NULL,"
        " received_at TEXT NOT NULL, count INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS performance(service_code TEXT PRIMARY KEY,"
        " median_days REAL NOT NULL, sample_size INTEGER NOT NULL, updated_at TEXT NOT NULL)",
    };
    for (const char *sql : schema) {
        if (auto st = store->exec(QString::fromLatin1(sql)); !st)
            return st.error();
    }
    QSqlQuery seed(store->m_db);
    seed.prepare(QStringLiteral("INSERT OR IGNORE INTO performance VALUES(?, ?, ?, ?)"));
    for (const auto &p : kPerformanceSeed) {
        seed.addBindValue(QString::fromLatin1(p.serviceCode));
        seed.addBindValue(p.medianDays);
        seed.addBindValue(p.sample);
        seed.addBindValue(nowIso());
        if (!seed.exec())
            return sqlError(seed.lastError());
    }
    return store;
}

Status IntakeStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q.lastError());
    return {};
}

Status IntakeStore::countReception(const QString &reference)
{
    if (reference.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO receptions(reference, received) VALUES(?, 1)"
                             " ON CONFLICT(reference) DO UPDATE SET received = received + 1"));
    q.addBindValue(reference);
    if (!q.exec())
        return sqlError(q.lastError());
    return {};
}

std::optional<StoredSubmission> IntakeStore::findOne(const QString &where,
                                                     const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, server_reference, kind, protocol, reference,"
                             " idempotency_key, service_code, token, status, received_at,"
                             " updated_at, (SELECT text FROM notes WHERE submission_id = id)"
                             " FROM submissions WHERE %1 ORDER BY id LIMIT 1")
                  .arg(where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredSubmission s;
    s.id = q.value(0).toLongLong();
    s.serverReference = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.protocol = q.value(3).toString();
    s.reference = q.value(4).toString();
    s.idempotencyKey = q.value(5).toString();
    s.serviceCode = q.value(6).toString();
    s.token = q.value(7).toString();
    s.status = q.value(8).toString();
    s.receivedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    s.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    s.statusNotes = q.value(11).toString();
    return s;
}

std::optional<StoredSubmission> IntakeStore::findByReference(const QString &reference)
{
    return findOne(QStringLiteral("reference = ?"), {reference});
}

std::optional<StoredSubmission> IntakeStore::findByServerReference(const QString &serverReference)
{
    return findOne(QStringLiteral("server_reference = ?"), {serverReference});
}

std::optional<StoredSubmission> IntakeStore::findByToken(const QString &token)
{
    return findOne(QStringLiteral("token = ?"), {token});
}

Result<IntakeStore::Accepted>
IntakeStore::insert(const StoredSubmission &row, const QByteArray &bodyHash, const QByteArray &body)
{
    const QString now = nowIso();
    QSqlQuery q(m_db);
    // server_reference is derived from the rowid after the insert; a unique placeholder first.
    q.prepare(QStringLiteral(
        "INSERT INTO submissions(server_reference, kind, protocol, reference,"
        " idempotency_key, body_sha256, body, service_code, token, status, received_at,"
        " updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString());
    q.addBindValue(row.kind);
    q.addBindValue(row.protocol);
    q.addBindValue(row.reference.isEmpty() ? QVariant() : QVariant(row.reference));
    q.addBindValue(row.idempotencyKey.isEmpty() ? QVariant() : QVariant(row.idempotencyKey));
    q.addBindValue(bodyHash);
    q.addBindValue(body);
    q.addBindValue(row.serviceCode);
    q.addBindValue(row.token.isEmpty() ? QVariant() : QVariant(row.token));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE submissions SET server_reference = ? WHERE id = ?"));
    u.addBindValue(QStringLiteral("SR-%1").arg(id, 6, 10, QLatin1Char('0')));
    u.addBindValue(id);
    if (!u.exec())
        return sqlError(u.lastError());
    auto stored = findOne(QStringLiteral("id = ?"), {id});
    if (!stored)
        return sqlError(m_db.lastError());
    return Accepted {Outcome::Created, *stored};
}

Result<IntakeStore::Accepted> IntakeStore::accept(const StoredSubmission &row,
                                                  const QByteArray &canonicalBody,
                                                  const QString &dedupWhere,
                                                  const QVariantList &dedupValues)
{
    const QByteArray hash = QCryptographicHash::hash(canonicalBody, QCryptographicHash::Sha256);
    if (!m_db.transaction())
        return sqlError(m_db.lastError());
    auto fail = [this](const Error &e) -> Result<Accepted> {
        m_db.rollback();
        return e;
    };
    if (auto st = countReception(row.reference); !st)
        return fail(st.error());

    Result<Accepted> result = Accepted {};
    std::optional<StoredSubmission> existing;
    if (!dedupWhere.isEmpty())
        existing = findOne(dedupWhere, dedupValues);
    if (existing) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT body_sha256 FROM submissions WHERE id = ?"));
        q.addBindValue(existing->id);
        if (!q.exec() || !q.next())
            return fail(sqlError(q.lastError()));
        const bool same = q.value(0).toByteArray() == hash && existing->kind == row.kind
            && existing->protocol == row.protocol;
        result = Accepted {same ? Outcome::Replayed : Outcome::Conflict, *existing};
    } else {
        result = insert(row, hash, canonicalBody);
        if (!result)
            return fail(result.error());
    }
    trace("commit-begin " + row.reference.toUtf8());
    if (!m_db.commit())
        return fail(sqlError(m_db.lastError()));
    trace("commit-end " + row.reference.toUtf8()
          + (result->outcome == Outcome::Created ? " created" : " replayed"));
    return result;
}

Result<IntakeStore::Accepted> IntakeStore::acceptJson(const QString &kind,
                                                      const QString &idempotencyKey,
                                                      const QString &reference,
                                                      const QString &serviceCode,
                                                      const QByteArray &canonicalBody)
{
    StoredSubmission row;
    row.kind = kind;
    row.protocol = QStringLiteral("json");
    row.reference = reference;
    row.idempotencyKey = idempotencyKey;
    row.serviceCode = serviceCode;
    if (idempotencyKey.isEmpty())
        return accept(row, canonicalBody, {}, {});
    return accept(row, canonicalBody, QStringLiteral("idempotency_key = ?"), {idempotencyKey});
}

Result<IntakeStore::Accepted> IntakeStore::acceptOpen311(const QString &serviceCode,
                                                         const QString &kioskReference,
                                                         const QString &idempotencyKey,
                                                         const QByteArray &canonicalForm)
{
    StoredSubmission row;
    row.kind = QStringLiteral("submission");
    row.protocol = QStringLiteral("open311");
    row.reference = kioskReference;
    row.idempotencyKey = idempotencyKey;
    row.serviceCode = serviceCode;
    // Every request gets a token; the token-only mode answers with it instead of the id.
    row.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Never on the reference alone: two kiosks can (rarely) hand out the same one, and a
    // second citizen's request swallowed as a "duplicate" would be lost without a trace.
    if (!idempotencyKey.isEmpty())
        return accept(row, canonicalForm, QStringLiteral("idempotency_key = ?"), {idempotencyKey});
    // A client that sends no key: only the very same request again counts as a replay.
    if (!kioskReference.isEmpty()) {
        const QByteArray hash = QCryptographicHash::hash(canonicalForm, QCryptographicHash::Sha256);
        return accept(row, canonicalForm,
                      QStringLiteral("protocol = 'open311' AND reference = ? AND body_sha256 = ?"),
                      {kioskReference, hash});
    }
    return accept(row, canonicalForm, {}, {});
}

Status IntakeStore::setStatus(const QString &reference, const QString &status, const QString &notes)
{
    if (!notes.isEmpty()) {
        QSqlQuery n(m_db);
        n.prepare(QStringLiteral("INSERT OR REPLACE INTO notes(submission_id, text) SELECT id, ?"
                                 " FROM submissions WHERE reference = ? OR server_reference = ?"));
        n.addBindValue(notes);
        n.addBindValue(reference);
        n.addBindValue(reference);
        if (!n.exec())
            return sqlError(n.lastError());
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE submissions SET status = ?, updated_at = ?"
                             " WHERE reference = ? OR server_reference = ?"));
    q.addBindValue(status);
    q.addBindValue(nowIso());
    q.addBindValue(reference);
    q.addBindValue(reference);
    if (!q.exec())
        return sqlError(q.lastError());
    if (q.numRowsAffected() == 0) {
        return Status::failure(QStringLiteral("not-found"),
                               QCoreApplication::translate("IntakeStore", "No such submission."));
    }
    return {};
}

QJsonArray IntakeStore::bodies(const QString &reference)
{
    QJsonArray out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT server_reference, protocol, kind, body FROM submissions"
                             " WHERE reference = ? ORDER BY id"));
    q.addBindValue(reference);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append(
            QJsonObject {{QStringLiteral("serverReference"), q.value(0).toString()},
                         {QStringLiteral("protocol"), q.value(1).toString()},
                         {QStringLiteral("kind"), q.value(2).toString()},
                         {QStringLiteral("body"), QString::fromUtf8(q.value(3).toByteArray())}});
    }
    return out;
}

Status IntakeStore::storeHeartbeat(const QString &kioskId, const QByteArray &body)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO heartbeats(kiosk_id, body, received_at, count) VALUES(?, ?, ?, 1)"
        " ON CONFLICT(kiosk_id) DO UPDATE SET body = excluded.body,"
        " received_at = excluded.received_at, count = count + 1"));
    q.addBindValue(kioskId);
    q.addBindValue(body);
    q.addBindValue(nowIso());
    if (!q.exec())
        return sqlError(q.lastError());
    return {};
}

std::optional<QJsonObject> IntakeStore::heartbeat(const QString &kioskId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body, received_at, count FROM heartbeats WHERE kiosk_id = ?"));
    q.addBindValue(kioskId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonObject {
        {QStringLiteral("kioskId"), kioskId},
        {QStringLiteral("heartbeat"), QJsonDocument::fromJson(q.value(0).toByteArray()).object()},
        {QStringLiteral("receivedAt"), q.value(1).toString()},
        {QStringLiteral("count"), q.value(2).toInt()}};
}

QJsonArray IntakeStore::performance()
{
    QJsonArray out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT service_code, median_days, sample_size, updated_at"
                               " FROM performance ORDER BY service_code")))
        return out;
    while (q.next()) {
        out.append(QJsonObject {{QStringLiteral("serviceCode"), q.value(0).toString()},
                                {QStringLiteral("medianDaysToClose"), q.value(1).toDouble()},
                                {QStringLiteral("sampleSize"), q.value(2).toInt()},
                                {QStringLiteral("updatedAt"), q.value(3).toString()}});
    }
    return out;
}

QJsonObject IntakeStore::stats()
{
    // Per kiosk reference: how many POSTs carried it (received, replays included) and how many
    // rows hold it (stored). Exactly-once delivery means stored == 1 for every reference.
    QJsonObject refs;
    QSqlQuery q(m_db);
    q.exec(
        QStringLiteral("SELECT r.reference, r.received, (SELECT count(*) FROM submissions s"
                       " WHERE s.reference = r.reference) FROM receptions r ORDER BY r.reference"));
    int duplicates = 0;
    while (q.next()) {
        const int stored = q.value(2).toInt();
        if (stored > 1)
            ++duplicates;
        refs.insert(q.value(0).toString(),
                    QJsonObject {{QStringLiteral("received"), q.value(1).toInt()},
                                 {QStringLiteral("stored"), stored}});
    }
    // One kiosk number reported by two kiosk ids: their references can collide (docs/fleet.md).
    QMap<int, QStringList> kiosksByNumber;
    QSqlQuery hb(m_db);
    hb.exec(QStringLiteral("SELECT kiosk_id, body FROM heartbeats ORDER BY kiosk_id"));
    while (hb.next()) {
        const QJsonValue number = QJsonDocument::fromJson(hb.value(1).toByteArray())
                                      .object()
                                      .value(QStringLiteral("kioskNumber"));
        if (number.isDouble())
            kiosksByNumber[number.toInt()].append(hb.value(0).toString());
    }
    QJsonArray clashes;
    for (auto it = kiosksByNumber.cbegin(); it != kiosksByNumber.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(
                QJsonObject {{QStringLiteral("kioskNumber"), it.key()},
                             {QStringLiteral("kioskIds"), QJsonArray::fromStringList(it.value())}});
    }
    auto scalar = [this](const QString &sql) {
        QSqlQuery s(m_db);
        return s.exec(sql) && s.next() ? s.value(0).toInt() : -1;
    };
    return QJsonObject {
        {QStringLiteral("references"), refs},
        {QStringLiteral("storedTotal"), scalar(QStringLiteral("SELECT count(*) FROM submissions"))},
        {QStringLiteral("receivedTotal"),
         scalar(QStringLiteral("SELECT coalesce(sum(received), 0) FROM receptions"))},
        {QStringLiteral("distinctReferences"), refs.size()},
        {QStringLiteral("duplicateReferences"), duplicates},
        {QStringLiteral("heartbeatKiosks"),
         scalar(QStringLiteral("SELECT count(*) FROM heartbeats"))},
        {QStringLiteral("kioskNumberClashes"), clashes},
    };
}

} // namespace ck::intake
