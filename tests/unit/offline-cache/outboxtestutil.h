// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Small helpers shared by the offline-cache tests: a controllable clock and item factory.

#include "offline-cache/outbox.h"
#include "offline-cache/sqlitedb.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace ck::test {

struct FakeClock
{
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
    std::function<QDateTime()> fn()
    {
        return [this] { return now; };
    }
};

inline QByteArray payloadFor(const QString &reference, const QString &marker = QString(),
                             const QString &serviceCode = QStringLiteral("MISSED_BIN"))
{
    const QJsonObject doc {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("serviceId"), QStringLiteral("missed-bin")},
        {QStringLiteral("flowId"), QStringLiteral("missed-bin")},
        {QStringLiteral("flowVersion"), 3},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("destination"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("council")},
                      {QStringLiteral("serviceCode"), serviceCode}}},
        {QStringLiteral("answers"),
         QJsonObject {{QStringLiteral("name"), marker.isEmpty() ? QStringLiteral("Ada") : marker}}},
        {QStringLiteral("open311"),
         QJsonObject {{QStringLiteral("description"), QStringLiteral("Bin missed. %1").arg(marker)},
                      {QStringLiteral("address_string"), QStringLiteral("1 High St, CF10 1AA")},
                      {QStringLiteral("email"), QStringLiteral("a+b@example.org")},
                      {QStringLiteral("attributes"),
                       QJsonObject {{QStringLiteral("bin-type"), QStringLiteral("general")}}}}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

inline OutboxItem item(const QString &reference,
                       const QString &destination = QStringLiteral("council"),
                       const QString &marker = QString())
{
    OutboxItem it;
    it.reference = reference;
    it.serviceId = QStringLiteral("missed-bin");
    it.flowId = QStringLiteral("missed-bin");
    it.flowVersion = 3;
    it.destination = destination;
    it.payload = payloadFor(reference, marker);
    return it;
}

// Shared state of the outbox test classes: a fresh data dir, a fake clock and a free-space probe
// that tests can turn down, plus a second raw connection on the same file.
class OutboxFixture
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    qint64 m_free = 10LL * 1024 * 1024 * 1024;

    void resetFixture()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = FakeClock {};
        m_free = 10LL * 1024 * 1024 * 1024;
    }
    OutboxOptions options()
    {
        OutboxOptions o;
        o.dataDir = m_dir->path();
        o.clock = m_clock.fn();
        o.freeBytes = [this](const QString &) { return m_free; };
        return o;
    }
    std::unique_ptr<Outbox> open()
    {
        auto o = Outbox::open(options());
        if (!o.ok())
            qFatal("Outbox::open: %s", qPrintable(o.error().message));
        return std::move(o.value());
    }
    // A second connection on the same file, as an admin tool or an attacker would have.
    std::unique_ptr<sqlite::Database> raw()
    {
        auto db = sqlite::Database::open(m_dir->filePath(QStringLiteral("outbox.sqlite")));
        (void)db.value()->exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        return std::move(db.value());
    }
};

} // namespace ck::test
