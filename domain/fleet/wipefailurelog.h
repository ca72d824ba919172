// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QMap>
#include <QPair>
#include <QString>

namespace ck {

// The session wipes that failed, kept in the data directory, because a failed wipe ends the
// process (FailClosed): a counter held only in memory would be back at 0 in the fresh process
// before node_exporter ever read it. One line per failure: UTC time, reason, step (stable codes,
// never data). FleetServices publishes the totals as civic_kiosk_wipe_failures_total.
class WipeFailureLog
{
public:
    explicit WipeFailureLog(const QString &dataDir);

    QString path() const { return m_path; }
    // Appended and flushed to disk before the process ends.
    Status record(const QString &reason, const QString &step);
    // (reason, step) -> failures so far; unreadable or odd lines are skipped.
    QMap<QPair<QString, QString>, int> totals() const;

private:
    QString m_path;
};

} // namespace ck
