// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/fleetstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ck::intake {

namespace {

Error sqlError(const QSqlError &e)
{
    return Error {QStringLiteral("storage"),
                  QCoreApplication::translate("FleetStore", "Storage error: %1").arg(e.text())};
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

FleetStore::FleetStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

FleetStore::~FleetStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<FleetStore>> FleetStore::open(const QString &path)
{
    std::unique_ptr<FleetStore> store(
        new FleetStore(QStringLiteral("fleet-") + QUuid::createUuid().toString()));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(path);
    if (!store->m_db.open())
        return sqlError(store->m_db.lastError());
    const char *schema[] = {
        "PRAGMA busy_timeout=5000",
        "PRAGMA synchronous=FULL",
        // IntakeStore makes it too; whichever opens first.
        "CREATE TABLE IF NOT EXISTS heartbeats(kiosk_id TEXT PRIMARY KEY, body BLOB NOT NULL,"
        " received_at TEXT NOT NULL, count INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS fleet_commands(kiosk_id TEXT NOT NULL,"
        " sequence INTEGER NOT NULL, envelope BLOB NOT NULL, created_at TEXT NOT NULL,"
        " PRIMARY KEY(kiosk_id, sequence))",
        "CREATE TABLE IF NOT EXISTS fleet_uploads(kiosk_id TEXT NOT NULL, kind TEXT NOT NULL,"
        " body BLOB NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY(kiosk_id, kind))",
    };
    for (const char *sql : schema) {
        QSqlQuery q(store->m_db);
        if (!q.exec(QString::fromLatin1(sql)))
            return sqlError(q.lastError());
    }
    return store;
}

Result<QList<FleetStore::Heartbeat>> FleetStore::heartbeats()
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT kiosk_id, body, received_at FROM heartbeats ORDER BY kiosk_id")))
        return sqlError(q.lastError());
    QList<Heartbeat> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                    QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return out;
}

Status FleetStore::addCommand(const QString &kioskId, qint64 sequence, const QByteArray &envelope)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO fleet_commands VALUES(?, ?, ?, ?)"));
    q.addBindValue(kioskId);
    q.addBindValue(sequence);
    q.addBindValue(envelope);
    q.addBindValue(nowIso());
    if (q.exec())
        return Status::success();
    QSqlQuery exists(m_db);
    exists.prepare(
        QStringLiteral("SELECT 1 FROM fleet_commands WHERE kiosk_id = ? AND sequence = ?"));
    exists.addBindValue(kioskId);
    exists.addBindValue(sequence);
    if (exists.exec() && exists.next())
        return Status::failure(
            QStringLiteral("duplicate-sequence"),
            QCoreApplication::translate("FleetStore",
                                        "This kiosk already has a command with this "
                                        "sequence number."));
    return sqlError(q.lastError());
}

Result<QJsonArray> FleetStore::commands(const QString &kioskId, qint64 after, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT envelope FROM fleet_commands WHERE kiosk_id = ? AND "
                             "sequence > ? ORDER BY sequence LIMIT ?"));
    q.addBindValue(kioskId);
    q.addBindValue(after);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError());
    QJsonArray out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}

Result<qint64> FleetStore::newestSequence(const QString &kioskId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(sequence) FROM fleet_commands WHERE kiosk_id = ?"));
    q.addBindValue(kioskId);
    if (!q.exec())
        return sqlError(q.lastError());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status FleetStore::storeUpload(const QString &kioskId, const QString &kind, const QByteArray &body)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO fleet_uploads VALUES(?, ?, ?, ?)"));
    q.addBindValue(kioskId);
    q.addBindValue(kind);
    q.addBindValue(body);
    q.addBindValue(nowIso());
    return q.exec() ? Status::success() : Status(sqlError(q.lastError()));
}

std::optional<FleetStore::Upload> FleetStore::upload(const QString &kioskId, const QString &kind)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT body, received_at FROM fleet_uploads WHERE kiosk_id = ? AND kind = ?"));
    q.addBindValue(kioskId);
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Upload {q.value(0).toByteArray(),
                   QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
}

} // namespace ck::intake
