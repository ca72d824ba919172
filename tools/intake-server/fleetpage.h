// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tools/intake-server/fleetstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace ck::intake {

// One kiosk as the fleet page shows it, built from its newest heartbeat. Only these fields are
// read out of the heartbeat (which a kiosk, or anyone with the API key, wrote): whatever else a
// body carries never reaches the page. Heartbeats hold no personal data by design
// (docs/fleet.md), and this list keeps it that way here too.
struct FleetRow
{
    QString kioskId;
    QString site;
    QString version;
    int configVersion = 0;
    QDateTime lastHeartbeat;
    qint64 waiting = 0; // queued + sending
    qint64 oldestAgeSec = 0;
    qint64 deadLetters = 0;
    qint64 diskFree = -1; // -1: not reported
    qint64 diskFloor = 0;
    bool backpressure = false;
    QDateTime lastWipe;
    QString state; // in-session | idle | offline
    QString lastCommand; // "sync-now #7: done"
    bool commandRefused = false;
    QStringList attention; // reasons, most urgent first
    int urgency = 0; // of the most urgent reason; 0 = fine
    bool hasScreenshot = false;
    bool hasDiagnostics = false;
};

// Offline after three heartbeat intervals without one (the kiosk says its interval).
FleetRow fleetRow(const FleetStore::Heartbeat &heartbeat, const QDateTime &now);
// Most urgent first, then by how many things are wrong, then by kiosk id.
void sortByAttention(QList<FleetRow> &rows);

// The page: plain HTML and CSS, no script, readable at 200 % zoom (the table becomes one card
// per kiosk on narrow viewports).
QByteArray fleetPageHtml(const QList<FleetRow> &rows, const QDateTime &now);
QJsonArray fleetJson(const QList<FleetRow> &rows);

} // namespace ck::intake
