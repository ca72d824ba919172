// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QTimer;

namespace ck {

class Outbox;

// Prometheus text exposition (format 0.0.4) for node_exporter's textfile collector. Every
// series is named civic_kiosk_*. The file is written to a temporary name in the same directory
// and renamed over the target, because the collector may read it at any moment and a
// half-written file would make node_exporter drop every series in it.
//
// Counters are per process (they restart at 0 with the app; Prometheus' rate() handles
// resets). Deliveries and failures are derived from the outbox itself on each sample: a row
// seen delivered for the first time is one delivery, each extra attempt on a row is one failed
// attempt. That keeps the numbers right without hooking into the sync engine's thread.
class MetricsWriter : public QObject
{
    Q_OBJECT
public:
    explicit MetricsWriter(QObject *parent = nullptr);

    void setAppStartTime(const QDateTime &at) { m_appStart = at; }
    void setConfigVersion(int version) { m_configVersion = version; }

    // Session lifecycle (wired from FlowSession / IdleWatcher / SessionWiper by main).
    void recordSessionStarted() { ++m_sessions[QStringLiteral("started")]; }
    void recordSessionCompleted() { ++m_sessions[QStringLiteral("completed")]; }
    void recordSessionAbandoned() { ++m_sessions[QStringLiteral("abandoned")]; }
    void recordSessionWiped(double wipeSeconds);

    // What the alerting rules (packaging/prometheus) need beyond the outbox. Labels come from
    // the config, so every counter exists at 0 from the start: Prometheus' increase() only
    // sees a first failure if the series was there before it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setKioskInfo(const QString &kioskId, const QString &site, const QString &version);
    void setHeartbeatInterval(int seconds) { m_heartbeatSec = seconds; }
    void setDestinations(const QStringList &names);
    void setLanguages(const QStringList &codes);
    void setConfigRolledBack(bool rolledBack) { m_configRolledBack = rolledBack; }
    void setSessionActive(bool active) { m_sessionActive = active; }
    void recordWipeIncomplete() { ++m_wipeIncomplete; }
    void recordCertificateError(const QString &destination) { ++m_certificateErrors[destination]; }
    void recordSpeechUnavailable(const QString &language) { ++m_speechUnavailable[language]; }
    QDateTime lastWipeAt() const { return m_lastWipe; }

    // Any other part may publish a counter (e.g. evidence counts): name without the prefix,
    // labels as given. Names and label names must match [a-z_][a-z0-9_]*.
    Status addToCounter(const QString &name, const QString &help,
                        const QMap<QString, QString> &labels = {}, double by = 1);

    // Reads outbox depth, last delivery, per-destination progress, the age of the oldest item
    // waiting, the last delivered heartbeat and the disk space against the outbox's floor.
    Status sample(const Outbox &outbox);

    QByteArray render() const;
    // Atomic: temp file in the same directory, then rename(2).
    Status writeTo(const QString &path) const;

public Q_SLOTS:
    // Samples `outbox` and writes `path` now and every intervalMs.
    void startPeriodic(const ck::Outbox *outbox, const QString &path, int intervalMs = 15000);

private:
    QDateTime now() const;
    void renderHealth(QString &out) const;

    struct Custom
    {
        QString help;
        QMap<QString, double> values; // by rendered label set, e.g. {service="x"}
    };

    QDateTime m_appStart = QDateTime::currentDateTimeUtc();
    int m_configVersion = 0;
    QMap<QString, qint64> m_sessions;
    // Wipe duration histogram (seconds): cumulative bucket counts, sum, count.
    QList<qint64> m_wipeBuckets;
    double m_wipeSum = 0;
    qint64 m_wipeCount = 0;

    QMap<QString, qint64> m_depth;
    QDateTime m_lastSync;
    QMap<QString, qint64> m_deliveries; // by destination
    QMap<QString, qint64> m_failures; // failed attempts by destination
    QMap<QString, QMap<QString, qint64>> m_rowsByDestination; // destination -> state -> rows
    bool m_sampled = false;
    QSet<qint64> m_seenDelivered;
    QHash<qint64, int> m_seenAttempts;

    QMap<QString, Custom> m_custom;

    std::function<QDateTime()> m_clock;
    QMap<QString, QString> m_info; // kiosk_id, site, version
    int m_heartbeatSec = 0; // 0: no heartbeat configured
    bool m_configRolledBack = false;
    bool m_sessionActive = false;
    qint64 m_wipeIncomplete = 0;
    QDateTime m_lastWipe;
    QMap<QString, qint64> m_certificateErrors; // by destination
    QMap<QString, qint64> m_speechUnavailable; // by language
    // From the last sample (absent before the first, rather than a false 0).
    double m_oldestAgeSec = 0;
    QDateTime m_lastHeartbeat;
    qint64 m_diskFree = 0;
    qint64 m_diskFloor = 0;
    bool m_backpressure = false;

    QTimer *m_timer = nullptr;
};

} // namespace ck
