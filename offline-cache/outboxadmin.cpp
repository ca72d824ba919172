// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Outbox: read-only queries and the admin operations (retry, export, purge). Split from
// outbox.cpp to keep each file about one concern; same class.
#include "offline-cache/outbox.h"

#include "offline-cache/outboxrow_p.h"
#include "offline-cache/sqlitedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ck {

namespace {
// References are CK-XXXX-XXXX-X; anything else is made safe before it names a file.
QString safeFileName(const QString &reference)
{
    QString out;
    for (QChar c : reference)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-')
            ? c
            : QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("unnamed") : out;
}
} // namespace

Result<QMap<QString, qint64>> Outbox::depthByState() const
{
    QMap<QString, qint64> depth;
    for (const char *s : {"queued", "sending", "delivered", "rejected"})
        depth.insert(QString::fromLatin1(s), 0);
    QMutexLocker lock(&m_mutex);
    auto st = m_db->query(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"));
    if (!st.ok())
        return st.error();
    Status s = st->forEachRow(
        [&depth](const sqlite::Statement &row) { depth.insert(row.text(0), row.int64(1)); });
    if (!s.ok())
        return s.error();
    return depth;
}

Result<QList<OutboxRow>> Outbox::rows(const OutboxFilter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM outbox WHERE 1").arg(detail::kRowColumns);
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < filter.states.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!filter.destination.isEmpty())
        sql += QStringLiteral(" AND destination = ?");
    sql += QStringLiteral(" ORDER BY id LIMIT ?");

    QMutexLocker lock(&m_mutex);
    auto st = m_db->prepare(sql);
    if (!st.ok())
        return st.error();
    int i = 1;
    for (const QString &state : filter.states)
        st->bind(i++, state);
    if (!filter.destination.isEmpty())
        st->bind(i++, filter.destination);
    st->bind(i, filter.limit > 0 ? filter.limit : -1);
    QList<OutboxRow> out;
    Status s =
        st->forEachRow([&out](const sqlite::Statement &row) { out.append(detail::readRow(row)); });
    if (!s.ok())
        return s.error();
    return out;
}

Result<OutboxRow> Outbox::row(qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    auto found = m_db->queryOne(
        QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(detail::kRowColumns),
        detail::readRow, id);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Result<OutboxRow>::failure(QStringLiteral("not-found"), tr("No such outbox entry."));
    return **found;
}

Result<OutboxReceipt> Outbox::receipt(const QString &reference) const
{
    QMutexLocker lock(&m_mutex);
    auto found = m_db->queryOne(
        QStringLiteral("SELECT reference, service_id, state, created_at, updated_at, delivered_at, "
                       "server_reference FROM outbox WHERE reference = ?"),
        [](const sqlite::Statement &st) {
            OutboxReceipt receipt;
            receipt.reference = st.text(0);
            receipt.serviceId = st.text(1);
            receipt.state = st.text(2);
            receipt.createdAt = detail::fromMs(st.int64(3));
            receipt.updatedAt = detail::fromMs(st.int64(4));
            if (!st.isNull(5))
                receipt.deliveredAt = detail::fromMs(st.int64(5));
            receipt.serverReference = st.text(6);
            return receipt;
        },
        reference);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return Result<OutboxReceipt>::failure(
            QStringLiteral("not-found"), tr("No submission with this reference on this kiosk."));
    return **found;
}

// The time in the first column of a one-row aggregate, invalid when it is NULL (no rows).
Result<QDateTime> Outbox::timeQuery(const QString &sql) const
{
    QMutexLocker lock(&m_mutex);
    auto found = m_db->queryOne(sql, [](const sqlite::Statement &st) {
        return st.isNull(0) ? QDateTime() : detail::fromMs(st.int64(0));
    });
    if (!found.ok())
        return found.error();
    return found->value_or(QDateTime());
}

Result<QDateTime> Outbox::lastDeliveredAt() const
{
    return timeQuery(
        QStringLiteral("SELECT max(delivered_at) FROM outbox WHERE state = 'delivered'"));
}

Result<QDateTime> Outbox::nextDueAt() const
{
    return timeQuery(
        QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'"));
}

Status Outbox::retry(qint64 id)
{
    {
        QMutexLocker lock(&m_mutex);
        auto changed = m_db->execute(
            QStringLiteral(
                "UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?1, "
                "updated_at = ?1 WHERE id = ?2 AND state IN ('queued', 'rejected')"),
            now().toMSecsSinceEpoch(), id);
        if (!changed.ok())
            return changed.error();
        if (changed.value() != 1)
            return Status::failure(
                QStringLiteral("bad-state"),
                tr("Only waiting or rejected entries can be retried (entry %1).").arg(id));
    }
    Q_EMIT enqueued(); // wakes the sync engine
    Q_EMIT changed();
    return {};
}

Result<Outbox::Export> Outbox::exportDeadLetters(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Result<Export>::failure(QStringLiteral("io"),
                                       tr("The folder %1 cannot be created.").arg(dir));
    auto dead = rows(OutboxFilter {{QStringLiteral("rejected")}, {}, -1});
    if (!dead.ok())
        return dead.error();
    Export result;
    for (const OutboxRow &r : dead.value()) {
        auto payload = decryptPayload(r.id);
        if (!payload.ok()) {
            // One row that cannot be opened (another key, damage) must not keep staff from the
            // others: skip it, say which and why, go on.
            result.skipped.append({r.reference, payload.error().message});
            continue;
        }
        QJsonObject meta {{QStringLiteral("reference"), r.reference},
                          {QStringLiteral("idempotencyKey"), r.idempotencyKey},
                          {QStringLiteral("serviceId"), r.serviceId},
                          {QStringLiteral("flowId"), r.flowId},
                          {QStringLiteral("flowVersion"), r.flowVersion},
                          {QStringLiteral("destination"), r.destination},
                          {QStringLiteral("kind"), r.kind},
                          {QStringLiteral("attempts"), r.attempts},
                          {QStringLiteral("createdAt"), r.createdAt.toString(Qt::ISODate)},
                          {QStringLiteral("lastError"), r.lastError}};
        // Splice the payload bytes in verbatim rather than parsing them into QJsonValues,
        // which would scatter unwipeable copies of the answers over the heap.
        QByteArray out = QJsonDocument(meta).toJson(QJsonDocument::Compact);
        out.chop(1);
        out += ",\"payload\":";
        const bool looksJson = payload->size() > 0 && payload->constData()[0] == '{';
        if (looksJson)
            out += payload->view();
        else
            out += '"' + payload->view().toBase64() + '"';
        out += "}\n";
        QSaveFile file(QDir(dir).filePath(safeFileName(r.reference) + QStringLiteral(".json")));
        const bool ok = file.open(QIODevice::WriteOnly)
            && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && file.write(out) == out.size() && file.commit();
        secureWipe(out);
        if (!ok) {
            result.skipped.append({r.reference,
                                   tr("The dead letter %1 could not be written: %2")
                                       .arg(r.reference, file.errorString())});
            continue;
        }
        ++result.written;
    }
    return result;
}

Result<int> Outbox::purgeExpiredReceipts()
{
    int n = 0;
    {
        QMutexLocker lock(&m_mutex);
        sqlite::Transaction tx(*m_db);
        if (!tx.begun().ok())
            return tx.begun().error();
        const qint64 cutoff = now().addDays(-qMax(0, m_options.receiptDays)).toMSecsSinceEpoch();
        auto deleted = m_db->execute(
            QStringLiteral("DELETE FROM outbox WHERE state = 'delivered' AND delivered_at < ?"),
            cutoff);
        if (!deleted.ok())
            return deleted.error();
        n = deleted.value();
        // A dead-lettered heartbeat is superseded by the next one and is never keyed in by
        // hand: kept, it would sit in the dead letters (and the admin's count) for ever.
        // Crypto-shredding as for a discard: the wrapped key and the ciphertext go with the row.
        auto heartbeats = m_db->execute(
            QStringLiteral("DELETE FROM outbox WHERE state = 'rejected' AND kind = 'heartbeat'"));
        if (!heartbeats.ok())
            return heartbeats.error();
        n += heartbeats.value();
        if (n == 0)
            return 0; // nothing written: no fsync
        Status s = tx.commit();
        if (!s.ok())
            return s.error();
        if (heartbeats.value() > 0) {
            m_shredPending = true;
            checkpointLocked("purge");
        }
    }
    if (n > 0)
        Q_EMIT changed();
    return n;
}

} // namespace ck
