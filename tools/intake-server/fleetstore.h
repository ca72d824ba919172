// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ck::intake {

// What the reference server keeps for fleet admins, in the same SQLite file as IntakeStore
// (its own connection; WAL lets both work): signed commands waiting for kiosks to pull them,
// and the newest diagnostics and screenshot each kiosk uploaded. Heartbeats are IntakeStore's;
// this class only reads them for the fleet page.
class FleetStore
{
public:
    struct Heartbeat
    {
        QString kioskId;
        QJsonObject body;
        QDateTime receivedAt;
    };
    struct Upload
    {
        QByteArray body;
        QDateTime receivedAt;
    };

    static Result<std::unique_ptr<FleetStore>> open(const QString &path);
    ~FleetStore();
    FleetStore(const FleetStore &) = delete;
    FleetStore &operator=(const FleetStore &) = delete;

    Result<QList<Heartbeat>> heartbeats();

    // A signed command envelope for `kioskId` (the server does not verify signatures: the
    // kiosk does). Error "duplicate-sequence" when that kiosk already has this sequence.
    Status addCommand(const QString &kioskId, qint64 sequence, const QByteArray &envelope);
    // Envelopes with a sequence above `after`, oldest first, at most `limit`.
    Result<QJsonArray> commands(const QString &kioskId, qint64 after, int limit = 20);
    // Commands waiting per kiosk (sequence above the last one the kiosk reported).
    Result<qint64> newestSequence(const QString &kioskId);

    Status storeUpload(const QString &kioskId, const QString &kind, const QByteArray &body);
    std::optional<Upload> upload(const QString &kioskId, const QString &kind);

private:
    explicit FleetStore(QString connectionName);

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace ck::intake
