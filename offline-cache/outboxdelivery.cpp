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
                    shred->bind(1, o.id).bind(2, o.id);
                    s = shred->exec();
                    shred->reset();
                    if (!s.ok())
                        return s.error();
                    delivered->bind(1, nowMs)
                        .bind(2,
                              o.serverReference.isNull() ? QStringLiteral("") : o.serverReference)
                        .bind(3, o.id);
                    s = delivered->exec();
                    delivered->reset();
                    break;
                case OutboxOutcome::Kind::Retry:
                    retry->bind(1, nowMs).bind(2, o.error);
                    retry->bind(
                        3, (o.nextAttemptAt.isValid() ? o.nextAttemptAt : now).toMSecsSinceEpoch());
                    retry->bind(4, o.id);
                    s = retry->exec();
                    retry->reset();
                    break;
                case OutboxOutcome::Kind::Rejected:
                    rejected->bind(1, nowMs).bind(2, o.error).bind(3, o.id);
                    s = rejected->exec();
                    rejected->reset();
                    break;
                }
                if (!s.ok())
                    return s.error();
                if (m_db->changes() != 1)
                    ++result.skipped;
            }
        }

        if (limit > 0) {
            auto sel = m_db->prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'queued' "
                                                    "AND next_attempt_at <= ? ORDER BY "
                                                    "next_attempt_at, id LIMIT ?")
                                         .arg(detail::kRowColumns));
            if (!sel.ok())
                return sel.error();
            sel->bind(1, now.toMSecsSinceEpoch()).bind(2, limit);
            for (;;) {
                auto r = sel->step();
                if (!r.ok())
                    return r.error();
                if (!r.value())
                    break;
                result.claimed.append(detail::readRow(*sel));
            }
            sel->reset();
            auto upd = m_db->prepare(QStringLiteral("UPDATE outbox SET state = 'sending', "
                                                    "attempts = attempts + 1, updated_at = ? "
                                                    "WHERE id = ?"));
            if (!upd.ok())
                return upd.error();
            for (OutboxRow &row : result.claimed) {
                upd->bind(1, nowMs).bind(2, row.id);
                Status s = upd->exec();
                upd->reset();
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
        auto st = m_db->prepare(QStringLiteral(
            "UPDATE outbox SET state = 'queued', updated_at = ? WHERE state = 'sending'"));
        if (!st.ok())
            return st.error();
        st->bind(1, now().toMSecsSinceEpoch());
        Status s = st->exec();
        if (!s.ok())
            return s.error();
        n = m_db->changes();
    }
    if (n > 0)
        Q_EMIT changed();
    return n;
}

} // namespace ck
