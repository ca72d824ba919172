// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/evidence/evidencerecord.h"
#include "offline-cache/outboxitem.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace ck {

// Since-start totals for the metrics file (the fleet's MetricsWriter reads them; Prometheus
// counters may restart from zero with the process).
struct EvidenceTotals
{
    qint64 sessions = 0;
    qint64 completed = 0;
    qint64 abandoned = 0;
    qint64 helped = 0;
    qint64 readAloud = 0;
    qint64 largeText = 0; // sessions that used 150 % or 200 %
    qint64 daysSent = 0; // daily evidence payloads handed to the outbox
};

// Adds session records into per-day counters and sends each finished day through the outbox
// (OutboxItem kind "evidence" -> POST /v1/evidence) as one anonymous JSON document.
//
// Only marginal counts are kept (per service, per language, per text size, per duration
// bucket; never the combination of all of them for one session), so a day's document cannot be
// read back into "the Polish speaker who reported a missed bin with help at 10:14".
//
// Each day lives in `<dataDir>/evidence/<yyyy-MM-dd>.json`, rewritten atomically after every
// session, so a restart loses nothing. A day is sent once the kiosk's local date has moved on;
// the outbox reference is `EV-<yyyy-MM-dd>`, unique in the outbox, so a crash between the
// enqueue and the file removal cannot send the same day twice.
class EvidenceAggregator : public QObject
{
    Q_OBJECT
public:
    using Enqueue = std::function<Status(OutboxItem)>;
    using Clock = std::function<QDateTime()>;

    struct Options
    {
        QString dataDir;
        QString kioskId;
        QString destination; // name of a configured JSON API destination
        Enqueue enqueue; // the composition root passes Outbox::enqueue
        Clock clock; // empty: current time; the day is the kiosk's local date
    };

    explicit EvidenceAggregator(Options options, QObject *parent = nullptr);

    Status add(const EvidenceRecord &record);

    // Sends every stored day before today. Returns how many were handed to the outbox; stops at
    // the first failure (e.g. "disk-low") and keeps that day for the next try.
    Result<int> flushDue();

    // Today's counters (the same shape as the payload) for the admin screen.
    QJsonObject summary() const;
    EvidenceTotals totals() const { return m_totals; }

    // The document that would be sent for `day`; exposed for tests and the admin export.
    QJsonObject dayDocument(const QDate &day) const;

    QString directory() const;

Q_SIGNALS:
    void changed();
    // One session was counted (already normalised). The composition root forwards it to the
    // fleet's MetricsWriter::addToCounter, e.g. civic_kiosk_evidence_sessions_total{outcome,
    // helped}.
    void recorded(const ck::EvidenceRecord &record);

private:
    QDate today() const;
    QString fileFor(const QDate &day) const;
    QJsonObject load(const QDate &day) const;
    Status save(const QDate &day, const QJsonObject &counters) const;

    Options m_options;
    EvidenceTotals m_totals;
};

} // namespace ck
