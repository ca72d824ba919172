// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace ck::intake {

// One row as the server stored it. `reference` is the kiosk's reference (CK-...), which the
// JSON API reads from the body and Open311 from attribute[kiosk_reference]; `idempotencyKey`
// comes from the Idempotency-Key header (JSON) or attribute[kiosk_idempotency_key] (Open311).
struct StoredSubmission
{
    qint64 id = 0;
    QString serverReference;
    QString kind; // submission | feedback | evidence
    QString protocol; // json | open311
    QString reference;
    QString idempotencyKey;
    QString serviceCode;
    QString token;
    QString status; // received | in-progress | closed
    QString statusNotes; // a case worker's public note (Open311 status_notes)
    QDateTime receivedAt;
    QDateTime updatedAt;
};

// The reference server's durable store: one SQLite file (WAL, synchronous=FULL). Every accepting
// call commits before it returns, so the HTTP answer is only ever sent for durable data.
class IntakeStore
{
public:
    enum class Outcome { Created, Replayed, Conflict };
    struct Accepted
    {
        Outcome outcome = Outcome::Created;
        StoredSubmission row;
    };

    static Result<std::unique_ptr<IntakeStore>> open(const QString &path);
    ~IntakeStore();
    IntakeStore(const IntakeStore &) = delete;
    IntakeStore &operator=(const IntakeStore &) = delete;

    // JSON API. With a non-empty idempotency key: the same key and the same (canonical) body
    // replays the first answer, the same key with another body is a conflict.
    Result<Accepted> acceptJson(const QString &kind, const QString &idempotencyKey,
                                const QString &reference, const QString &serviceCode,
                                const QByteArray &canonicalBody);
    // Open311 (at-least-once with dedup): with an idempotency key, the same key and the same
    // canonical form replays, the same key with another form is a conflict. Without a key only
    // the same reference with the very same form replays. Never the reference alone: two
    // different requests carrying the same reference are both stored.
    Result<Accepted> acceptOpen311(const QString &serviceCode, const QString &kioskReference,
                                   const QString &idempotencyKey, const QByteArray &canonicalForm);

    std::optional<StoredSubmission> findByReference(const QString &reference);
    std::optional<StoredSubmission> findByServerReference(const QString &serverReference);
    std::optional<StoredSubmission> findByToken(const QString &token);
    Status setStatus(const QString &reference, const QString &status, const QString &notes = {});
    // Every row stored for a kiosk reference: {serverReference, protocol, kind, body}, the body
    // as stored (the JSON API's canonical JSON, Open311's canonical form), as text.
    QJsonArray bodies(const QString &reference);

    Status storeHeartbeat(const QString &kioskId, const QByteArray &body);
    std::optional<QJsonObject> heartbeat(const QString &kioskId);

    QJsonArray performance();
    QJsonObject stats();

private:
    explicit IntakeStore(QString connectionName);
    Status exec(const QString &sql);
    Status countReception(const QString &reference);
    std::optional<StoredSubmission> findOne(const QString &where, const QVariantList &values);
    // One transaction: the row matching `dedupWhere` (none when empty) is replayed or is a
    // conflict, else `row` is stored.
    Result<Accepted> accept(const StoredSubmission &row, const QByteArray &canonicalBody,
                            const QString &dedupWhere, const QVariantList &dedupValues);
    Result<Accepted> insert(const StoredSubmission &row, const QByteArray &bodyHash,
                            const QByteArray &body);

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace ck::intake
