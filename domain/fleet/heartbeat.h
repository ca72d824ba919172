// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/config/kioskconfig.h"
#include "offline-cache/outboxitem.h"

#include <QDateTime>
#include <QJsonValue>
#include <QObject>

#include <functional>

class QTimer;

namespace ck {

class Outbox;

// Every fleet.heartbeatSec, tells the fleet this kiosk is alive: {kioskId, kioskNumber, site,
// version, configVersion, uptimeSec, outbox depth by state, the oldest waiting item's age, dead
// letters, lastSuccessfulSync, disk space and backpressure, state (in-session / idle), last
// wipe, last fleet command} (docs/fleet.md "Heartbeat"). It
// travels through the Outbox like any submission (kind "heartbeat", to a json destination) so it
// survives being offline, but only the newest one is worth sending: a kiosk that was offline
// for a day must not queue 288 stale heartbeats in front of citizens' submissions.
class Heartbeat : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString appVersion;
        QDateTime startedAt; // invalid = construction time
        std::function<QDateTime()> clock; // empty = QDateTime::currentDateTimeUtc
        // For the fleet page; empty functions leave the fields out (state "idle", no wipe).
        std::function<bool()> sessionActive = {};
        std::function<QDateTime()> lastWipe = {};
        std::function<QJsonValue()> lastCommand = {}; // {sequence, action, outcome, at} or null
    };

    Heartbeat(Outbox *outbox, const KioskConfig &config, Options options,
              QObject *parent = nullptr);

    // The destination heartbeats go to: fleet.heartbeatDestination, else the first json one.
    // Empty when none is configured (then beat() fails with "no-destination").
    QString destination() const { return m_destination; }

    // The composition wires these once the shell exists (see Options).
    void setSessionActive(std::function<bool()> f) { m_options.sessionActive = std::move(f); }
    void setLastWipe(std::function<QDateTime()> f) { m_options.lastWipe = std::move(f); }
    void setLastCommand(std::function<QJsonValue()> f) { m_options.lastCommand = std::move(f); }

    // The heartbeat document (no personal data: counts, times and versions only).
    Result<QByteArray> payload() const;
    // Builds one heartbeat and queues it; a previous one still waiting is discarded
    // (Outbox::discardQueued), so an offline kiosk holds exactly one, the newest. While one is
    // being sent, that one is returned and nothing new is queued.
    Result<OutboxRow> beat();

public Q_SLOTS:
    void start(); // beats now, then every fleet.heartbeatSec

Q_SIGNALS:
    void beaten(const QString &reference);
    void failed(const QString &code, const QString &message);

private:
    QDateTime now() const;

    Outbox *m_outbox;
    QString m_kioskId;
    QString m_site;
    std::optional<int> m_kioskNumber;
    int m_configVersion = 0;
    int m_intervalSec = 300;
    QString m_destination;
    Options m_options;
    QTimer *m_timer = nullptr;
};

} // namespace ck
