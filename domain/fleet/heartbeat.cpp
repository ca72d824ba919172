// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/heartbeat.h"

#include "offline-cache/outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

namespace ck {

Heartbeat::Heartbeat(Outbox *outbox, const KioskConfig &config, Options options, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_kioskId(config.kioskId)
    , m_site(config.site)
    , m_kioskNumber(config.fleet.kioskNumber)
    , m_configVersion(config.version)
    , m_intervalSec(config.fleet.heartbeatSec)
    , m_options(std::move(options))
{
    if (!m_options.startedAt.isValid())
        m_options.startedAt = now();
    m_destination = config.fleet.heartbeatDestination;
    if (m_destination.isEmpty()) {
        if (const DestinationSettings *json = config.firstDestinationOfType(QStringLiteral("json")))
            m_destination = json->name;
    }
}

QDateTime Heartbeat::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

void Heartbeat::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalSec * 1000);
        connect(m_timer, &QTimer::timeout, this, [this] { (void)beat(); });
    }
    m_timer->start();
    (void)beat();
}

Result<QByteArray> Heartbeat::payload() const
{
    auto depth = m_outbox->depthByState();
    if (!depth)
        return depth.error();
    auto lastSync = m_outbox->lastDeliveredAt();
    if (!lastSync)
        return lastSync.error();
    QJsonObject outbox;
    for (auto it = depth->cbegin(); it != depth->cend(); ++it)
        outbox.insert(it.key(), double(it.value()));
    const QDateTime at = now();
    OutboxFilter waitingFilter;
    waitingFilter.states = {QStringLiteral("queued"), QStringLiteral("sending")};
    waitingFilter.limit = -1;
    auto waiting = m_outbox->rows(waitingFilter);
    if (!waiting)
        return waiting.error();
    QDateTime oldest;
    for (const OutboxRow &row : std::as_const(waiting.value())) {
        // Heartbeats replace each other and never grow old; what waits for people matters.
        if (row.kind != QLatin1String("heartbeat") && (!oldest.isValid() || row.createdAt < oldest))
            oldest = row.createdAt;
    }
    const qint64 freeBytes = m_outbox->freeBytes();
    const QDateTime lastWipe = m_options.lastWipe ? m_options.lastWipe() : QDateTime();
    const bool inSession = m_options.sessionActive && m_options.sessionActive();
    const QJsonObject doc {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("kioskId"), m_kioskId},
        // Lets the fleet spot one number given to two kiosks, the one
        // mistake that would make their references collide.
        {QStringLiteral("kioskNumber"),
         m_kioskNumber ? QJsonValue(*m_kioskNumber) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), m_options.appVersion},
        {QStringLiteral("configVersion"), m_configVersion},
        {QStringLiteral("uptimeSec"), double(m_options.startedAt.secsTo(at))},
        {QStringLiteral("outbox"), outbox},
        {QStringLiteral("lastSuccessfulSync"),
         lastSync->isValid() ? QJsonValue(lastSync->toUTC().toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("diskFreeBytes"), double(freeBytes)},
        {QStringLiteral("sentAt"), at.toUTC().toString(Qt::ISODate)},
        // For the fleet page (docs/fleet.md): still counts, times and codes only.
        {QStringLiteral("site"), m_site},
        {QStringLiteral("heartbeatSec"), m_intervalSec},
        {QStringLiteral("oldestItemAgeSec"),
         oldest.isValid() ? double(qMax<qint64>(0, oldest.secsTo(at))) : 0.0},
        {QStringLiteral("deadLetters"), double(depth->value(QStringLiteral("rejected")))},
        {QStringLiteral("diskMinFreeBytes"), double(m_outbox->minFreeBytes())},
        {QStringLiteral("backpressure"), freeBytes < m_outbox->minFreeBytes()},
        {QStringLiteral("state"),
         inSession ? QStringLiteral("in-session") : QStringLiteral("idle")},
        {QStringLiteral("lastWipeAt"),
         lastWipe.isValid() ? QJsonValue(lastWipe.toUTC().toString(Qt::ISODate))
                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lastCommand"),
         m_options.lastCommand ? m_options.lastCommand() : QJsonValue(QJsonValue::Null)}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

Result<OutboxRow> Heartbeat::beat()
{
    auto fail = [this](const Error &error) {
        Q_EMIT failed(error.code, error.message);
        return Result<OutboxRow>(error);
    };
    if (m_destination.isEmpty())
        return fail({QStringLiteral("no-destination"),
                     QCoreApplication::translate("Heartbeat",
                                                 "No json destination is configured for "
                                                 "heartbeats.")});
    // Looked up rather than remembered, so heartbeats left queued by an earlier run (or for a
    // destination since renamed) are superseded too.
    OutboxFilter waiting;
    waiting.states = {QStringLiteral("queued"), QStringLiteral("sending")};
    waiting.limit = -1;
    auto queued = m_outbox->rows(waiting);
    if (!queued)
        return fail(queued.error());
    for (const OutboxRow &old : std::as_const(queued.value())) {
        if (old.kind != QLatin1String("heartbeat"))
            continue; // citizens' submissions are never touched
        // One in flight may already be at the server: leave it; if it fails and goes back to
        // the queue, the next beat replaces it.
        if (old.state == QLatin1String("sending"))
            return old;
        const Status discarded = m_outbox->discardQueued(old.id);
        if (discarded.ok() || discarded.error().code == QLatin1String("not-found"))
            continue;
        if (discarded.error().code == QLatin1String("not-queued"))
            return old; // the sync engine took it between the listing and the discard
        return fail(discarded.error());
    }
    auto body = payload();
    if (!body)
        return fail(body.error());
    OutboxItem item;
    // Heartbeats are not citizen submissions: an "HB-" reference keeps them apart in the
    // admin's queue view and can never collide with a CK- reference.
    item.reference =
        QStringLiteral("HB-%1-%2-%3")
            .arg(m_kioskId, now().toUTC().toString(QStringLiteral("yyyyMMddHHmmss")))
            .arg(QRandomGenerator::system()->generate() & 0xffff, 4, 16, QLatin1Char('0'));
    item.serviceId = QStringLiteral("heartbeat");
    item.flowId = QStringLiteral("heartbeat");
    item.flowVersion = 1;
    item.destination = m_destination;
    item.kind = QStringLiteral("heartbeat");
    item.payload = body.value();
    auto row = m_outbox->enqueue(std::move(item));
    if (!row)
        return fail(row.error());
    Q_EMIT beaten(row->reference);
    return row;
}

} // namespace ck
