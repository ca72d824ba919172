// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Outbox: the SyncEngine's side (claim, settle outcomes, reset after a crash). Split from
// outbox.cpp to keep each file about one concern; same class.
#include "offline-cache/outbox.h"

#include "offline-cache/deliverylock.h"
#include "offline-cache/outboxrow_p.h"
#include "offline-cache/sqlitedb.h"

#include <QDir>
#include <QFileInfo>

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
    int shredded = 0;
    const qint64 nowMs = this->now().toMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_mutex);
        sqlite::Transaction tx(*m_db);
        if (!tx.begun().ok())
            return tx.begun().error();

        if (!outcomes.isEmpty()) {
            // Crypto-shredding on delivery: the wrapped data key goes with the ciphertext, in
            // one statement; secure_delete zeroes both in the file.
            auto delivered = m_db->prepare(QStringLiteral(
                "UPDATE outbox SET state = 'delivered', updated_at = ?1, delivered_at = ?1, "
                "last_error = NULL, server_reference = ?2, payload = NULL, wrapped_key = NULL "
                "WHERE id = ?3 AND state = 'sending'"));
            auto retry = m_db->prepare(QStringLiteral(
                "UPDATE outbox SET state = 'queued', updated_at = ?1, last_error = ?2, "
                "next_attempt_at = ?3 WHERE id = ?4 AND state = 'sending'"));
            auto rejected = m_db->prepare(QStringLiteral(
                "UPDATE outbox SET state = 'rejected', updated_at = ?1, last_error = ?2 "
                "WHERE id = ?3 AND state = 'sending'"));
            for (auto *st : {&delivered, &retry, &rejected})
                if (!st->ok())
                    return st->error();
            for (const OutboxOutcome &o : outcomes) {
                Status s;
                switch (o.kind) {
                case OutboxOutcome::Kind::Delivered:
                    s = delivered->run(
                        nowMs, o.serverReference.isNull() ? QStringLiteral("") : o.serverReference,
                        o.id);
                    if (s.ok())
                        shredded += m_db->changes();
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
            // Rows sealed under another kiosk key are not claimed: they could only fail, and a
            // failure must not turn them into dead letters. They wait for their key.
            auto due = m_db->queryAll(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'queued' "
                                                     "AND next_attempt_at <= ? AND (key_id = ? OR "
                                                     "key_id IS NULL) ORDER BY next_attempt_at, "
                                                     "id LIMIT ?")
                                          .arg(detail::kRowColumns),
                                      detail::readRow, now.toMSecsSinceEpoch(), keyId(), limit);
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
        if (shredded > 0) {
            m_shredPending = true;
            // The engine checkpoints when it goes idle; a long drain also does every second or
            // so, which bounds how long a delivered payload's old pages stay in the WAL without
            // adding a checkpoint's fsyncs to every round.
            if (!m_sinceCheckpoint.isValid() || m_sinceCheckpoint.elapsed() >= 1000) {
                checkpointLocked("delivery");
                m_sinceCheckpoint.start();
            }
        }
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

Result<int> Outbox::resetSending(const DeliveryLock &lock)
{
    // Another process may be sending these rows right now unless the caller holds the lock.
    if (!lock.held() || QFileInfo(lock.path()).dir() != QDir(dataDir()))
        return Result<int>::failure(
            QStringLiteral("not-lock-holder"),
            tr("Only the holder of the delivery lock may put interrupted deliveries back."));
    int n = 0;
    int held = 0;
    {
        QMutexLocker lock(&m_mutex);
        sqlite::Transaction tx(*m_db);
        if (!tx.begun().ok())
            return tx.begun().error();
        const qint64 nowMs = now().toMSecsSinceEpoch();
        auto reset = m_db->execute(
            QStringLiteral(
                "UPDATE outbox SET state = 'queued', updated_at = ? WHERE state = 'sending'"),
            nowMs);
        if (!reset.ok())
            return reset.error();
        n = reset.value();
        // Rows this key cannot open say so where the admin looks (status, queue, admin
        // screen), once per key they were sealed under.
        auto foreign = m_db->queryAll(
            QStringLiteral("SELECT DISTINCT coalesce(key_id, '') FROM outbox WHERE state = "
                           "'queued' AND coalesce(key_id, '') != ?"),
            [](const sqlite::Statement &st) { return st.text(0); }, keyId());
        if (!foreign.ok())
            return foreign.error();
        for (const QString &other : std::as_const(foreign.value())) {
            auto marked = m_db->execute(
                QStringLiteral("UPDATE outbox SET last_error = ?, updated_at = ? WHERE state = "
                               "'queued' AND coalesce(key_id, '') = ? AND last_error IS NOT ?1"),
                otherKeyMessage(other, keyId()), nowMs, other);
            if (!marked.ok())
                return marked.error();
            held += marked.value();
        }
        if (n == 0 && held == 0)
            return 0; // nothing written: no fsync
        Status s = tx.commit();
        if (!s.ok())
            return s.error();
    }
    Q_EMIT changed();
    return n;
}

Result<qint64> Outbox::rowsUnderOtherKeys() const
{
    QMutexLocker lock(&m_mutex);
    auto count = m_db->queryOne(
        QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending', "
                       "'rejected') AND payload IS NOT NULL AND coalesce(key_id, '') != ?"),
        [](const sqlite::Statement &st) { return st.int64(0); }, keyId());
    if (!count.ok())
        return count.error();
    return count->value_or(0);
}

} // namespace ck
