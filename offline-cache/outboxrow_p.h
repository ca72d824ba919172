// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the outbox implementation: the one column list every metadata query uses, so
// outbox.cpp and outboxadmin.cpp cannot drift apart. Never selects the payload.

#include "offline-cache/outboxitem.h"
#include "offline-cache/sqlitedb.h"

namespace ck::detail {

inline const QString kRowColumns = QStringLiteral(
    "id, reference, idempotency_key, service_id, flow_id, flow_version, destination, kind, "
    "state, attempts, next_attempt_at, created_at, updated_at, last_error, server_reference");

inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

inline OutboxRow readRow(const sqlite::Statement &st)
{
    OutboxRow row;
    row.id = st.int64(0);
    row.reference = st.text(1);
    row.idempotencyKey = st.text(2);
    row.serviceId = st.text(3);
    row.flowId = st.text(4);
    row.flowVersion = int(st.int64(5));
    row.destination = st.text(6);
    row.kind = st.text(7);
    row.state = st.text(8);
    row.attempts = int(st.int64(9));
    row.nextAttemptAt = fromMs(st.int64(10));
    row.createdAt = fromMs(st.int64(11));
    row.updatedAt = fromMs(st.int64(12));
    row.lastError = st.text(13);
    row.serverReference = st.text(14);
    return row;
}

} // namespace ck::detail
