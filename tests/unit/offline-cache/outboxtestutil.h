#pragma once

// Small helpers shared by the offline-cache tests: a controllable clock and item factory.

#include "outbox.h"

#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace ck::test
