// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace ck {

class MetricsWriter;

// Turns the moments of one citizen session into the fleet's session counters: a session starts
// when someone leaves the welcome screen, completes when a submission was saved, and is
// abandoned when it is wiped (Finish, idle timeout, admin) without one. Every wipe is counted
// with its duration, including wipes of sessions that never started.
class SessionTally : public QObject
{
    Q_OBJECT
public:
    explicit SessionTally(MetricsWriter *metrics, QObject *parent = nullptr);

    void started(); // idempotent within a session
    void submitted(); // idempotent within a session
    void wiped(int durationMs);

    bool inSession() const { return m_started; }

private:
    MetricsWriter *m_metrics;
    bool m_started = false;
    bool m_submitted = false;
};

} // namespace ck
