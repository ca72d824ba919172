#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

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

    // Any other part may publish a counter (e.g. evidence counts): name without the prefix,
    // labels as given. Names and label names must match [a-z_][a-z0-9_]*.
    Status addToCounter(const QString &name, const QString &help,
                        const QMap<QString, QString> &labels = {}, double by = 1);

    // Reads outbox depth, last delivery and per-destination progress.
    Status sample(const Outbox &outbox);

    QByteArray render() const;
    // Atomic: temp file in the same directory, then rename(2).
    Status writeTo(const QString &path) const;

public Q_SLOTS:
    // Samples `outbox` and writes `path` now and every intervalMs.
    void startPeriodic(const ck::Outbox *outbox, const QString &path, int intervalMs = 15000);

private:
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

    QTimer *m_timer = nullptr;
};

} // namespace ck
