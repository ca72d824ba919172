// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/evidencerecorder.h"

#include "domain/evidence/evidenceaggregator.h"

#include <algorithm>
#include <cmath>

namespace ck {

EvidenceRecorder::EvidenceRecorder(EvidenceAggregator *aggregator, Clock clock)
    : m_aggregator(aggregator)
    , m_clock(std::move(clock))
{ }

QDateTime EvidenceRecorder::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void EvidenceRecorder::ensureStarted()
{
    if (!m_started.isValid())
        m_started = now();
}

void EvidenceRecorder::sessionStarted()
{
    ensureStarted();
}

void EvidenceRecorder::setService(const QString &serviceId)
{
    ensureStarted();
    // The first service chosen is the one the visit was for; browsing back and choosing another
    // replaces it only if nothing was completed yet.
    if (m_record.outcome != EvidenceRecord::Outcome::Completed)
        m_record.serviceId = serviceId;
}

void EvidenceRecorder::setLanguage(const QString &language)
{
    // Not a reason on its own to count a session: the language button is on the welcome screen.
    m_record.language = language;
}

void EvidenceRecorder::setTextScale(double scale)
{
    const int percent = int(std::lround(scale * 100));
    m_record.textScalePercent = std::max(m_record.textScalePercent, percent);
}

void EvidenceRecorder::markReadAloudUsed()
{
    ensureStarted();
    m_record.readAloudUsed = true;
}

void EvidenceRecorder::markHelped()
{
    ensureStarted();
    m_record.helped = true;
}

void EvidenceRecorder::markCompleted()
{
    ensureStarted();
    m_record.outcome = EvidenceRecord::Outcome::Completed;
}

EvidenceRecord EvidenceRecorder::current() const
{
    EvidenceRecord r = m_record;
    r.durationSec = m_started.isValid() ? m_started.secsTo(now()) : 0;
    return r.normalised();
}

void EvidenceRecorder::wipe()
{
    if (m_started.isValid() && m_aggregator)
        (void)m_aggregator->add(current()); // a failed save is logged by the aggregator
    m_record = EvidenceRecord {};
    m_started = QDateTime();
}

} // namespace ck
