// Outbox: the SyncEngine's side (claim, settle outcomes, reset after a crash). Split from
// outbox.cpp to keep each file about one concern; same class.
#include "outbox.h"

#include "outboxrow_p.h"
#include "sqlitedb.h"

namespace ck {

Result<QList<OutboxRow>> Outbox::claimDue(const QDateTime &now, int limit)
{
    auto settled = settleAndClaim({}, now, limit);
    if (!settled.ok())
        return settled.error();
    return std::move(settled.value().claimed);
}

Result<QList<OutboxRow>> Outbox::pendingTokens(int limit) const
{
    QMutexLocker lock(&m_mutex);
    return m_db->queryAll(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'delivered' AND "
                                         "substr(server_reference, 1, 6) = 'token:' "
                                         "ORDER BY delivered_at, id LIMIT ?")
                              .arg(detail::kRowColumns),
                          detail::readRow, limit);
}

Status Outbox::resolveServerReference(qint64 id, const QString &from, const QString &to)
{
    {
        QMutexLocker lock(&m_mutex);
        auto changed = m_db->execute(
            QStringLiteral("UPDATE outbox SET server_reference = ?, updated_at = ? "
                           "WHERE id = ? AND state = 'delivered' AND server_reference = ?"),
            to, now().toMSecsSinceEpoch(), id, from);
        if (!changed.ok())
            return changed.error();
        if (changed.value() != 1)
            return Status::failure(
                QStringLiteral("bad-state"),
                tr("Outbox entry %1 no longer waits for its request id.").arg(id));
    }
    Q_EMIT changed();
    return {};
}

Result<Outbox::Settled> Outbox::settleAndClaim(const QList<OutboxOutcome> &outcomes,
                                               const QDateTime &now, int limit)
{
    Settled result;
    const qint64 nowMs = this->now().toMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_mutex);
        sqlite::Transaction tx(*m_db);
        if (!tx.begun().ok())
            return tx.begun().error();

        if (!outcomes.isEmpty()) {
            // Crypto-shredding on delivery: the wrapped data key goes first; without it the
            // ciphertext is noise even where flash keeps old copies of the page.
            // secure_delete zeroes both in the file.
            auto shred = m_db->prepare(QStringLiteral(
                "DELETE FROM payload_keys WHERE outbox_id = ? AND EXISTS (SELECT 1 FROM "
                "outbox WHERE id = ? AND state = 'sending')"));
            auto delivered = m_db->prepare(QStringLiteral(
                "UPDATE outbox SET state = 'delivered', updated_at = ?1, delivered_at = ?1, "
                "last_error = NULL, server_reference = ?2, payload = NULL "
                "WHERE id = ?3 AND state = 'sending'"));
            auto retry = m_db->prepare(QStringLiteral(
                "UPDATE outbox SET state = 'queued', updated_at = ?1, last_error = ?2, "
                "next_attempt_at = ?3 WHERE id = ?4 AND state = 'sending'"));
            auto rejected = m_db->prepare(QStringLiteral(
                "UPDATE outbox SET state = 'rejected', updated_at = ?1, last_error = ?2 "
                "WHERE id = ?3 AND state = 'sending'"));
            for (auto *st : {&shred, &delivered, &retry, &rejected})
                if (!st->ok())
                    return st->error();
            for (const OutboxOutcome &o : outcomes) {
                Status s;
                switch (o.kind) {
                case OutboxOutcome::Kind::Delivered:
                    s = shred->run(o.id, o.id);
                    if (!s.ok())
                        return s.error();
                    s = delivered->run(
                        nowMs, o.serverReference.isNull() ? QStringLiteral("") : o.serverReference,
                        o.id);
                    break;
                case OutboxOutcome::Kind::Retry:
                    s = retry->run(
                        nowMs, o.error,
                        (o.nextAttemptAt.isValid() ? o.nextAttemptAt : now).toMSecsSinceEpoch(),
                        o.id);
                    break;
                case OutboxOutcome::Kind::Rejected:
                    s = rejected->run(nowMs, o.error, o.id);
                    break;
                }
                if (!s.ok())
                    return s.error();
                if (m_db->changes() != 1)
                    ++result.skipped;
            }
        }

        if (limit > 0) {
            auto due = m_db->queryAll(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'queued' "
                                                     "AND next_attempt_at <= ? ORDER BY "
                                                     "next_attempt_at, id LIMIT ?")
                                          .arg(detail::kRowColumns),
                                      detail::readRow, now.toMSecsSinceEpoch(), limit);
            if (!due.ok())
                return due.error();
            result.claimed = std::move(due.value());
            auto upd = m_db->prepare(QStringLiteral("UPDATE outbox SET state = 'sending', "
                                                    "attempts = attempts + 1, updated_at = ? "
                                                    "WHERE id = ?"));
            if (!upd.ok())
                return upd.error();
            for (OutboxRow &row : result.claimed) {
                Status s = upd->run(nowMs, row.id);
                if (!s.ok())
                    return s.error();
                row.state = QStringLiteral("sending");
                row.attempts += 1;
                row.updatedAt = detail::fromMs(nowMs);
            }
        }
        if (outcomes.isEmpty() && result.claimed.isEmpty())
            return result; // nothing written: roll back the empty transaction, no fsync
        Status s = tx.commit();
        if (!s.ok())
            return s.error();
    }
    Q_EMIT changed();
    return result;
}

Status Outbox::settleOne(const OutboxOutcome &outcome)
{
    auto settled = settleAndClaim({outcome}, now(), 0);
    if (!settled.ok())
        return settled.error();
    if (settled->skipped > 0)
        return Status::failure(QStringLiteral("bad-state"),
                               tr("Outbox entry %1 is not being sent any more.").arg(outcome.id));
    return {};
}

Status Outbox::markDelivered(qint64 id, const QString &serverReference)
{
    return settleOne({id, OutboxOutcome::Kind::Delivered, serverReference, {}, {}});
}

Status Outbox::markRetry(qint64 id, const QString &error, const QDateTime &nextAttemptAt)
{
    return settleOne({id, OutboxOutcome::Kind::Retry, {}, error, nextAttemptAt});
}

Status Outbox::markRejected(qint64 id, const QString &error)
{
    return settleOne({id, OutboxOutcome::Kind::Rejected, {}, error, {}});
}

Result<int> Outbox::resetSending()
{
    int n = 0;
    {
        QMutexLocker lock(&m_mutex);
        auto reset = m_db->execute(
            QStringLiteral(
                "UPDATE outbox SET state = 'queued', updated_at = ? WHERE state = 'sending'"),
            now().toMSecsSinceEpoch());
        if (!reset.ok())
            return reset.error();
        n = reset.value();
    }
    if (n > 0)
        Q_EMIT changed();
    return n;
}

} // namespace ck
