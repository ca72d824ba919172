// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/metricswriter.h"

#include "offline-cache/outbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

namespace ck {

namespace {

// Wipe durations (seconds). The privacy wipe must feel instant; the interesting part of the
// distribution is 10 ms to 2 s.
const QList<double> kWipeBuckets {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// Label values are escaped as the exposition format asks: backslash, quote and newline.
QString labels(const QMap<QString, QString> &pairs)
{
    if (pairs.isEmpty())
        return {};
    QStringList parts;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        QString value = it.value();
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        parts << QStringLiteral("%1=\"%2\"").arg(it.key(), value);
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

struct Family
{
    QString &out;
    void header(const QString &name, const QString &type, const QString &help)
    {
        out += QStringLiteral("# HELP civic_kiosk_%1 %2\n# TYPE civic_kiosk_%1 %3\n")
                   .arg(name, help, type);
    }
    void sample(const QString &name, const QMap<QString, QString> &l, double value)
    {
        out += QStringLiteral("civic_kiosk_%1%2 %3\n").arg(name, labels(l), number(value));
    }
};

int failedAttempts(const OutboxRow &row)
{
    const bool lastAttemptOpen =
        row.state == QLatin1String("delivered") || row.state == QLatin1String("sending");
    return qMax(0, row.attempts - (lastAttemptOpen ? 1 : 0));
}

} // namespace

MetricsWriter::MetricsWriter(QObject *parent)
    : QObject(parent)
{
    m_wipeBuckets.fill(0, kWipeBuckets.size());
    for (const char *event : {"started", "completed", "abandoned", "wiped"})
        m_sessions.insert(QString::fromLatin1(event), 0);
}

QDateTime MetricsWriter::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void MetricsWriter::setKioskInfo(const QString &kioskId, const QString &site,
                                 const QString &version)
{
    m_info = {{QStringLiteral("kiosk_id"), kioskId},
              {QStringLiteral("site"), site},
              {QStringLiteral("version"), version}};
}

void MetricsWriter::setDestinations(const QStringList &names)
{
    for (const QString &name : names) {
        m_certificateErrors.insert(name, m_certificateErrors.value(name, 0));
        m_deliveries.insert(name, m_deliveries.value(name, 0));
        m_failures.insert(name, m_failures.value(name, 0));
    }
}

void MetricsWriter::setLanguages(const QStringList &codes)
{
    for (const QString &code : codes)
        m_speechUnavailable.insert(code, m_speechUnavailable.value(code, 0));
}

void MetricsWriter::recordSessionWiped(double wipeSeconds)
{
    ++m_sessions[QStringLiteral("wiped")];
    m_lastWipe = now();
    for (qsizetype i = 0; i < kWipeBuckets.size(); ++i) {
        if (wipeSeconds <= kWipeBuckets.at(i))
            ++m_wipeBuckets[i];
    }
    m_wipeSum += wipeSeconds;
    ++m_wipeCount;
}

Status MetricsWriter::addToCounter(const QString &name, const QString &help,
                                   const QMap<QString, QString> &labelPairs, double by)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    bool ok = nameRe.match(name).hasMatch() && by >= 0;
    for (auto it = labelPairs.cbegin(); ok && it != labelPairs.cend(); ++it)
        ok = nameRe.match(it.key()).hasMatch();
    if (!ok)
        return Status::failure(QStringLiteral("metrics-name"),
                               tr("Invalid metric name, label or increment: %1").arg(name));
    Custom &c = m_custom[name];
    c.help = help;
    c.values[labels(labelPairs)] += by;
    return Status::success();
}

Status MetricsWriter::sample(const Outbox &outbox)
{
    auto depth = outbox.depthByState();
    if (!depth)
        return depth.error();
    auto last = outbox.lastDeliveredAt();
    if (!last)
        return last.error();
    OutboxFilter all;
    all.limit = 1000000;
    auto rows = outbox.rows(all);
    if (!rows)
        return rows.error();

    m_depth = depth.value();
    m_lastSync = last.value();
    m_diskFree = outbox.freeBytes();
    m_diskFloor = outbox.minFreeBytes();
    m_backpressure = m_diskFree < m_diskFloor;
    const QDateTime at = now();
    QDateTime oldest;
    m_lastHeartbeat = {};
    m_rowsByDestination.clear();
    QHash<qint64, int> attempts;
    for (const OutboxRow &row : std::as_const(rows.value())) {
        ++m_rowsByDestination[row.destination][row.state];
        const bool heartbeat = row.kind == QLatin1String("heartbeat");
        const bool waiting =
            row.state == QLatin1String("queued") || row.state == QLatin1String("sending");
        // A heartbeat is replaced by the next one, so it never grows old: what matters is what
        // people (and admins) sent.
        if (waiting && !heartbeat && (!oldest.isValid() || row.createdAt < oldest))
            oldest = row.createdAt;
        if (heartbeat && row.state == QLatin1String("delivered")
            && (!m_lastHeartbeat.isValid() || row.updatedAt > m_lastHeartbeat))
            m_lastHeartbeat = row.updatedAt;
        const int failed = failedAttempts(row);
        attempts.insert(row.id, failed);
        if (!m_sampled)
            continue; // first look: what happened before this process started is history
        if (row.state == QLatin1String("delivered") && !m_seenDelivered.contains(row.id))
            ++m_deliveries[row.destination];
        const int delta = failed - m_seenAttempts.value(row.id, 0);
        if (delta > 0)
            m_failures[row.destination] += delta;
    }
    for (const OutboxRow &row : std::as_const(rows.value())) {
        if (row.state == QLatin1String("delivered"))
            m_seenDelivered.insert(row.id);
        m_deliveries.insert(row.destination, m_deliveries.value(row.destination, 0));
        m_failures.insert(row.destination, m_failures.value(row.destination, 0));
    }
    m_oldestAgeSec = oldest.isValid() ? qMax<qint64>(0, oldest.secsTo(at)) : 0;
    m_seenAttempts = std::move(attempts);
    m_sampled = true;
    return Status::success();
}

QByteArray MetricsWriter::render() const
{
    QString out;
    Family f {out};
    f.header(QStringLiteral("outbox_depth"), QStringLiteral("gauge"),
             QStringLiteral("Outbox rows by state."));
    for (auto it = m_depth.cbegin(); it != m_depth.cend(); ++it)
        f.sample(QStringLiteral("outbox_depth"), {{QStringLiteral("state"), it.key()}},
                 double(it.value()));
    f.header(QStringLiteral("outbox_rows"), QStringLiteral("gauge"),
             QStringLiteral("Outbox rows (including kept receipts) by destination and state."));
    for (auto d = m_rowsByDestination.cbegin(); d != m_rowsByDestination.cend(); ++d) {
        for (auto s = d->cbegin(); s != d->cend(); ++s)
            f.sample(QStringLiteral("outbox_rows"),
                     {{QStringLiteral("destination"), d.key()}, {QStringLiteral("state"), s.key()}},
                     double(s.value()));
    }
    f.header(QStringLiteral("deliveries_total"), QStringLiteral("counter"),
             QStringLiteral("Items delivered since the app started, by destination."));
    for (auto it = m_deliveries.cbegin(); it != m_deliveries.cend(); ++it)
        f.sample(QStringLiteral("deliveries_total"), {{QStringLiteral("destination"), it.key()}},
                 double(it.value()));
    f.header(QStringLiteral("delivery_failures_total"), QStringLiteral("counter"),
             QStringLiteral("Failed delivery attempts since the app started, by destination."));
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
        f.sample(QStringLiteral("delivery_failures_total"),
                 {{QStringLiteral("destination"), it.key()}}, double(it.value()));
    f.header(QStringLiteral("last_sync_timestamp_seconds"), QStringLiteral("gauge"),
             QStringLiteral("Unix time of the last successful delivery (0 = never)."));
    f.sample(QStringLiteral("last_sync_timestamp_seconds"), {},
             m_lastSync.isValid() ? double(m_lastSync.toSecsSinceEpoch()) : 0.0);
    f.header(QStringLiteral("sessions_total"), QStringLiteral("counter"),
             QStringLiteral("Citizen sessions by event since the app started."));
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        f.sample(QStringLiteral("sessions_total"), {{QStringLiteral("event"), it.key()}},
                 double(it.value()));
    f.header(QStringLiteral("wipe_duration_seconds"), QStringLiteral("histogram"),
             QStringLiteral("Time taken by the privacy wipe between sessions."));
    for (qsizetype i = 0; i < kWipeBuckets.size(); ++i)
        f.sample(QStringLiteral("wipe_duration_seconds_bucket"),
                 {{QStringLiteral("le"), number(kWipeBuckets.at(i))}}, double(m_wipeBuckets.at(i)));
    f.sample(QStringLiteral("wipe_duration_seconds_bucket"), {{QStringLiteral("le"), "+Inf"}},
             double(m_wipeCount));
    f.sample(QStringLiteral("wipe_duration_seconds_sum"), {}, m_wipeSum);
    f.sample(QStringLiteral("wipe_duration_seconds_count"), {}, double(m_wipeCount));
    f.header(QStringLiteral("start_time_seconds"), QStringLiteral("gauge"),
             QStringLiteral("Unix time the kiosk app started."));
    f.sample(QStringLiteral("start_time_seconds"), {}, double(m_appStart.toSecsSinceEpoch()));
    f.header(QStringLiteral("config_version"), QStringLiteral("gauge"),
             QStringLiteral("Version of the configuration in use."));
    f.sample(QStringLiteral("config_version"), {}, m_configVersion);
    renderHealth(out);
    for (auto c = m_custom.cbegin(); c != m_custom.cend(); ++c) {
        f.header(c.key(), QStringLiteral("counter"), c->help);
        for (auto v = c->values.cbegin(); v != c->values.cend(); ++v)
            out += QStringLiteral("civic_kiosk_%1%2 %3\n").arg(c.key(), v.key(), number(v.value()));
    }
    return out.toUtf8();
}

void MetricsWriter::renderHealth(QString &out) const
{
    Family f {out};
    auto timestamp = [](const QDateTime &t) {
        return t.isValid() ? double(t.toSecsSinceEpoch()) : 0.0;
    };
    auto gauge = [&f](const QString &name, const QString &help, double value) {
        f.header(name, QStringLiteral("gauge"), help);
        f.sample(name, {}, value);
    };
    auto counters = [&f](const QString &name, const QString &label, const QString &help,
                         const QMap<QString, qint64> &values) {
        f.header(name, QStringLiteral("counter"), help);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            f.sample(name, {{label, it.key()}}, double(it.value()));
    };
    if (!m_info.isEmpty()) {
        // The usual "info" pattern: alerts and dashboards join it on instance to name the kiosk.
        f.header(QStringLiteral("info"), QStringLiteral("gauge"),
                 QStringLiteral("Kiosk id, site and app version (always 1)."));
        f.sample(QStringLiteral("info"), m_info, 1);
    }
    // node_exporter serves the last file even after the app died: this tells a stale file.
    gauge(QStringLiteral("metrics_timestamp_seconds"),
          QStringLiteral("Unix time this file was written."), timestamp(now()));
    gauge(QStringLiteral("session_active"),
          QStringLiteral("1 while a citizen or helper session is open."), m_sessionActive ? 1 : 0);
    gauge(QStringLiteral("last_wipe_timestamp_seconds"),
          QStringLiteral("Unix time of the last privacy wipe (0 = none since start)."),
          timestamp(m_lastWipe));
    f.header(QStringLiteral("wipe_incomplete_total"), QStringLiteral("counter"),
             QStringLiteral("Privacy wipes where a part did not finish in time."));
    f.sample(QStringLiteral("wipe_incomplete_total"), {}, double(m_wipeIncomplete));
    gauge(QStringLiteral("config_rolled_back"),
          QStringLiteral("1 when this start rolled back a configuration that failed to start."),
          m_configRolledBack ? 1 : 0);
    counters(QStringLiteral("certificate_errors_total"), QStringLiteral("destination"),
             QStringLiteral("Deliveries that failed on the server's TLS certificate."),
             m_certificateErrors);
    counters(QStringLiteral("speech_unavailable_total"), QStringLiteral("language"),
             QStringLiteral("Read-aloud requests that could not be spoken, by language."),
             m_speechUnavailable);
    if (m_heartbeatSec > 0)
        gauge(QStringLiteral("heartbeat_interval_seconds"),
              QStringLiteral("Configured heartbeat interval."), m_heartbeatSec);
    if (!m_sampled)
        return; // no outbox read yet: absent series, never a false 0 free bytes
    gauge(QStringLiteral("outbox_oldest_age_seconds"),
          QStringLiteral("Age of the oldest item waiting to be delivered (0 = none)."),
          m_oldestAgeSec);
    if (m_heartbeatSec > 0)
        gauge(QStringLiteral("last_heartbeat_timestamp_seconds"),
              QStringLiteral("Unix time the last heartbeat was delivered (0 = never)."),
              timestamp(m_lastHeartbeat));
    gauge(QStringLiteral("disk_free_bytes"),
          QStringLiteral("Free bytes on the data directory's file system."), double(m_diskFree));
    gauge(QStringLiteral("disk_min_free_bytes"),
          QStringLiteral("Floor under which new submissions are refused (minFreeMb)."),
          double(m_diskFloor));
    gauge(QStringLiteral("backpressure"),
          QStringLiteral("1 while the kiosk refuses new submissions for lack of disk space."),
          m_backpressure ? 1 : 0);
}

Status MetricsWriter::writeTo(const QString &path) const
{
    // QSaveFile writes "<path>.XXXXXX" beside the target: not "*.prom", so the collector never
    // picks up the temporary, and the final rename is atomic within the directory.
    QSaveFile file(path);
    const QByteArray bytes = render();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            QStringLiteral("io"),
            tr("Cannot write the metrics file %1: %2").arg(path, file.errorString()));
    // node_exporter runs as another user: it must be able to read the file.
    QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return Status::success();
}

void MetricsWriter::startPeriodic(const Outbox *outbox, const QString &path, int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this, outbox, path] {
            if (outbox)
                (void)sample(*outbox);
            (void)writeTo(path);
        });
    }
    m_timer->start(intervalMs);
    if (outbox)
        (void)sample(*outbox);
    (void)writeTo(path);
}

} // namespace ck
