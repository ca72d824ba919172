// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/sessiontally.h"

#include "domain/fleet/metricswriter.h"

namespace ck {

SessionTally::SessionTally(MetricsWriter *metrics, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
{ }

void SessionTally::started()
{
    if (m_started)
        return;
    m_started = true;
    m_metrics->recordSessionStarted();
}

void SessionTally::submitted()
{
    if (m_submitted)
        return;
    // A submission from a session that skipped the welcome screen (e.g. a helper's) still
    // counts as a started session.
    started();
    m_submitted = true;
    m_metrics->recordSessionCompleted();
}

void SessionTally::wiped(int durationMs)
{
    if (m_started && !m_submitted)
        m_metrics->recordSessionAbandoned();
    m_metrics->recordSessionWiped(durationMs / 1000.0);
    m_started = false;
    m_submitted = false;
}

} // namespace ck
