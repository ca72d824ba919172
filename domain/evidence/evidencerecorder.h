// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/evidence/evidencerecord.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace ck {

class EvidenceAggregator;

// Collects the counters of the session in progress from the places that know them (the flow
// controller: service chosen, submitted; the theme: text size; read-aloud; the helper session).
// wipe() -- called by the SessionWiper with every other per-session participant -- hands the
// finished record to the aggregator and starts clean. A session in which nobody touched
// anything (the welcome screen timing out) is not a session and is not counted.
class EvidenceRecorder
{
public:
    using Clock = std::function<QDateTime()>;

    explicit EvidenceRecorder(EvidenceAggregator *aggregator, Clock clock = {});

    void sessionStarted(); // first touch after the welcome screen
    void setService(const QString &serviceId);
    void setLanguage(const QString &language);
    void setTextScale(double scale); // 1.0, 1.5, 2.0; the largest used is kept
    void markReadAloudUsed();
    void markHelped();
    void markCompleted(); // the outbox accepted the submission

    bool active() const { return m_started.isValid(); }
    EvidenceRecord current() const; // what wipe() would record now

    // Records the session (if one was started) and forgets it.
    void wipe();

private:
    QDateTime now() const;
    void ensureStarted();

    EvidenceAggregator *m_aggregator;
    Clock m_clock;
    QDateTime m_started;
    EvidenceRecord m_record;
};

} // namespace ck
