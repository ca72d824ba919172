// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ck {

// What the domain hands to the outbox: one finished submission. `payload` is the JSON document
// described in docs/payload.md (built by SubmissionBuilder); the outbox encrypts it
// and never looks inside. The destination adapters parse it at send time.
struct OutboxItem
{
    QString reference; // CK-XXXX-XXXX-X, unique
    QString serviceId; // e.g. "missed-bin"
    QString flowId; // flow definition id
    int flowVersion = 0; // flow definition version the answers were made with
    QString destination; // name of a configured destination (config "destinations")
    // submission | feedback | evidence | heartbeat | diagnostics | screenshot
    QString kind = QStringLiteral("submission");
    QByteArray payload; // plaintext JSON; wiped by the outbox after sealing
};

// Metadata of a stored row, safe to show to an admin: never includes the payload.
struct OutboxRow
{
    qint64 id = 0;
    QString reference;
    QString idempotencyKey;
    QString serviceId;
    QString flowId;
    int flowVersion = 0;
    QString destination;
    QString kind;
    QString state; // queued | sending | delivered | rejected
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString lastError;
    QString serverReference;
};

} // namespace ck
