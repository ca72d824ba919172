// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/metricswriter.h"
#include "offline-cache/outbox.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;

namespace {

std::unique_ptr<Outbox> openOutbox(const QString &dir)
{
    OutboxOptions options;
    options.dataDir = dir;
    options.minFreeBytes = 0;
    auto outbox = Outbox::open(options);
    return outbox ? std::move(outbox).value() : nullptr;
}

OutboxItem item(const QString &reference, const QString &destination)
{
    OutboxItem i;
    i.reference = reference;
    i.serviceId = QStringLiteral("missed-bin");
    i.flowId = QStringLiteral("missed-bin");
    i.flowVersion = 1;
    i.destination = destination;
    i.payload = "{\"schema\":1}";
    return i;
}

// name{labels} -> value, for every sample line; HELP/TYPE lines collected separately.
struct Parsed
{
    QMap<QString, double> samples;
    QMap<QString, QString> types;
    QSet<QString> helps;
};

Parsed parse(const QByteArray &text)
{
    Parsed p;
    static const QRegularExpression sampleRe(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (\\S+)$"));
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("# HELP "))) {
            p.helps.insert(line.section(QLatin1Char(' '), 2, 2));
        } else if (line.startsWith(QLatin1String("# TYPE "))) {
            p.types.insert(line.section(QLatin1Char(' '), 2, 2),
                           line.section(QLatin1Char(' '), 3, 3));
        } else {
            const auto m = sampleRe.match(line);
            if (!m.hasMatch())
                qFatal("unparsable metrics line: %s", qPrintable(line));
            bool ok = false;
            const double v =
                m.captured(3) == QLatin1String("+Inf") ? qInf() : m.captured(3).toDouble(&ok);
            p.samples.insert(m.captured(1) + m.captured(2), v);
        }
    }
    return p;
}

} // namespace

class tst_MetricsWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFamilyHasHelpAndType()
    {
        MetricsWriter writer;
        writer.setConfigVersion(12);
        writer.setAppStartTime(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        const Parsed p = parse(writer.render());
        for (const char *family :
             {"civic_kiosk_outbox_depth", "civic_kiosk_deliveries_total",
              "civic_kiosk_delivery_failures_total", "civic_kiosk_last_sync_timestamp_seconds",
              "civic_kiosk_sessions_total", "civic_kiosk_wipe_duration_seconds",
              "civic_kiosk_start_time_seconds", "civic_kiosk_config_version"}) {
            QVERIFY2(p.helps.contains(family), family);
            QVERIFY2(p.types.contains(family), family);
        }
        QCOMPARE(p.types.value("civic_kiosk_wipe_duration_seconds"), QStringLiteral("histogram"));
        QCOMPARE(p.types.value("civic_kiosk_sessions_total"), QStringLiteral("counter"));
        QCOMPARE(p.samples.value("civic_kiosk_config_version"), 12.0);
        QCOMPARE(p.samples.value("civic_kiosk_start_time_seconds"), 1700000000.0);
        QCOMPARE(p.samples.value("civic_kiosk_last_sync_timestamp_seconds"), 0.0);
        QCOMPARE(p.samples.value("civic_kiosk_sessions_total{event=\"wiped\"}", -1), 0.0);
    }

    void sessionsAndWipeHistogram()
    {
        MetricsWriter writer;
        writer.recordSessionStarted();
        writer.recordSessionStarted();
        writer.recordSessionCompleted();
        writer.recordSessionAbandoned();
        writer.recordSessionWiped(0.03);
        writer.recordSessionWiped(0.7);
        const Parsed p = parse(writer.render());
        QCOMPARE(p.samples.value("civic_kiosk_sessions_total{event=\"started\"}"), 2.0);
        QCOMPARE(p.samples.value("civic_kiosk_sessions_total{event=\"completed\"}"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_sessions_total{event=\"abandoned\"}"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_sessions_total{event=\"wiped\"}"), 2.0);
        QCOMPARE(p.samples.value("civic_kiosk_wipe_duration_seconds_bucket{le=\"0.025\"}"), 0.0);
        QCOMPARE(p.samples.value("civic_kiosk_wipe_duration_seconds_bucket{le=\"0.05\"}"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_wipe_duration_seconds_bucket{le=\"1\"}"), 2.0);
        QCOMPARE(p.samples.value("civic_kiosk_wipe_duration_seconds_bucket{le=\"+Inf\"}"), 2.0);
        QCOMPARE(p.samples.value("civic_kiosk_wipe_duration_seconds_count"), 2.0);
        QCOMPARE(p.samples.value("civic_kiosk_wipe_duration_seconds_sum"), 0.73);
    }

    void customCountersAreEscapedAndChecked()
    {
        MetricsWriter writer;
        QVERIFY(writer
                    .addToCounter("evidence_sessions_total", "Sessions by service.",
                                  {{"service", "missed-bin"}, {"language", "cy"}})
                    .ok());
        QVERIFY(writer
                    .addToCounter("evidence_sessions_total", "Sessions by service.",
                                  {{"service", "missed-bin"}, {"language", "cy"}}, 2)
                    .ok());
        QVERIFY(writer.addToCounter("odd_total", "x", {{"v", "a\"b\\c\nd"}}).ok());
        QVERIFY(!writer.addToCounter("Bad-Name", "x").ok());
        QVERIFY(!writer.addToCounter("fine", "x", {{"bad label", "v"}}).ok());
        QVERIFY(!writer.addToCounter("fine", "x", {}, -1).ok());
        const QByteArray text = writer.render();
        const Parsed p = parse(text);
        QCOMPARE(p.samples.value(
                     "civic_kiosk_evidence_sessions_total{language=\"cy\",service=\"missed-bin\"}"),
                 3.0);
        QVERIFY(text.contains("civic_kiosk_odd_total{v=\"a\\\"b\\\\c\\nd\"} 1"));
    }

    void deliveriesAndFailuresFromARealOutbox()
    {
        QTemporaryDir dir;
        auto outbox = openOutbox(dir.path());
        QVERIFY(outbox);
        // Something delivered before this process started is history, not a new delivery.
        QVERIFY(outbox->enqueue(item("CK-0000-0000-0", "council")).ok());
        auto early = outbox->claimDue(outbox->now().addSecs(1), 10);
        QVERIFY(early.ok() && early->size() == 1);
        QVERIFY(outbox->markDelivered(early->at(0).id, "SR-0").ok());

        MetricsWriter writer;
        QVERIFY(writer.sample(*outbox).ok());
        QCOMPARE(parse(writer.render())
                     .samples.value("civic_kiosk_deliveries_total{destination=\"council\"}"),
                 0.0);

        for (const char *ref : {"CK-0000-0001-1", "CK-0000-0002-2", "CK-0000-0003-3"})
            QVERIFY(outbox->enqueue(item(ref, "council")).ok());
        QVERIFY(outbox->enqueue(item("CK-0000-0004-4", "planning")).ok());
        auto claimed = outbox->claimDue(outbox->now().addSecs(1), 10);
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->size(), 4);
        QMap<QString, qint64> ids;
        for (const OutboxRow &r : claimed.value())
            ids.insert(r.reference, r.id);
        QVERIFY(outbox->markDelivered(ids.value("CK-0000-0001-1"), "SR-1").ok());
        QVERIFY(outbox->markRetry(ids.value("CK-0000-0002-2"), "HTTP 503", outbox->now()).ok());
        QVERIFY(outbox->markRejected(ids.value("CK-0000-0003-3"), "HTTP 400").ok());
        QVERIFY(outbox->markDelivered(ids.value("CK-0000-0004-4"), "SR-4").ok());

        QVERIFY(writer.sample(*outbox).ok());
        Parsed p = parse(writer.render());
        QCOMPARE(p.samples.value("civic_kiosk_deliveries_total{destination=\"council\"}"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_deliveries_total{destination=\"planning\"}"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_delivery_failures_total{destination=\"council\"}"),
                 2.0);
        QCOMPARE(p.samples.value("civic_kiosk_delivery_failures_total{destination=\"planning\"}"),
                 0.0);
        QCOMPARE(p.samples.value("civic_kiosk_outbox_depth{state=\"queued\"}"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_outbox_depth{state=\"rejected\"}"), 1.0);
        QCOMPARE(
            p.samples.value("civic_kiosk_outbox_rows{destination=\"council\",state=\"delivered\"}"),
            2.0);
        QVERIFY(p.samples.value("civic_kiosk_last_sync_timestamp_seconds") > 1.7e9);

        // Sampling again without change counts nothing twice; a second failed try counts once.
        QVERIFY(writer.sample(*outbox).ok());
        auto again = outbox->claimDue(outbox->now().addSecs(3600), 10);
        QVERIFY(again.ok() && again->size() == 1);
        QVERIFY(outbox->markRetry(again->at(0).id, "HTTP 503", outbox->now()).ok());
        QVERIFY(writer.sample(*outbox).ok());
        p = parse(writer.render());
        QCOMPARE(p.samples.value("civic_kiosk_deliveries_total{destination=\"council\"}"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_delivery_failures_total{destination=\"council\"}"),
                 3.0);
    }

    void healthSeriesTheAlertsUse()
    {
        QTemporaryDir dir;
        QDateTime clock = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        qint64 free = 500LL * 1024 * 1024;
        OutboxOptions options;
        options.dataDir = dir.path();
        options.minFreeBytes = 200LL * 1024 * 1024;
        options.clock = [&clock] { return clock; };
        options.freeBytes = [&free](const QString &) { return free; };
        auto opened = Outbox::open(options);
        QVERIFY(opened.ok());
        Outbox &outbox = *opened.value();

        MetricsWriter writer;
        writer.setClock([&clock] { return clock; });
        writer.setKioskInfo("lib-07", "Central \"Library\"", "1.2.3");
        writer.setHeartbeatInterval(300);
        writer.setDestinations({"council", "planning"});
        writer.setLanguages({"en", "cy"});
        // Before the outbox was read, disk and age series are absent, never a false 0.
        Parsed p = parse(writer.render());
        QVERIFY(!p.samples.contains("civic_kiosk_disk_free_bytes"));
        QVERIFY(!p.samples.contains("civic_kiosk_outbox_oldest_age_seconds"));
        QCOMPARE(
            p.samples.value("civic_kiosk_certificate_errors_total{destination=\"planning\"}", -1),
            0.0);
        QCOMPARE(p.samples.value("civic_kiosk_speech_unavailable_total{language=\"cy\"}", -1), 0.0);
        QCOMPARE(p.samples.value("civic_kiosk_wipe_incomplete_total", -1), 0.0);
        QCOMPARE(p.samples.value("civic_kiosk_config_rolled_back", -1), 0.0);
        QCOMPARE(p.samples.value("civic_kiosk_metrics_timestamp_seconds"), 1800000000.0);
        QCOMPARE(p.samples.value("civic_kiosk_heartbeat_interval_seconds"), 300.0);
        QCOMPARE(p.samples.value("civic_kiosk_info{kiosk_id=\"lib-07\",site=\"Central "
                                 "\\\"Library\\\"\",version=\"1.2.3\"}"),
                 1.0);

        QVERIFY(outbox.enqueue(item("CK-0000-0001-1", "council")).ok());
        OutboxItem beat = item("HB-lib-07-1", "planning");
        beat.kind = "heartbeat";
        QVERIFY(outbox.enqueue(beat).ok());
        clock = clock.addSecs(120);
        QVERIFY(outbox.enqueue(item("CK-0000-0002-2", "council")).ok());
        auto claimed = outbox.claimDue(clock, 10);
        QVERIFY(claimed.ok());
        for (const OutboxRow &row : claimed.value()) {
            if (row.kind == "heartbeat")
                QVERIFY(outbox.markDelivered(row.id, "HB-1").ok());
            else
                QVERIFY(outbox.markRetry(row.id, "HTTP 503", clock).ok());
        }
        clock = clock.addSecs(600);
        free = 300LL * 1024 * 1024;
        writer.setSessionActive(true);
        writer.recordSessionWiped(0.2);
        writer.recordWipeIncomplete();
        writer.recordCertificateError("planning");
        writer.recordSpeechUnavailable("cy");
        writer.setConfigRolledBack(true);
        QVERIFY(writer.sample(outbox).ok());
        p = parse(writer.render());
        // The heartbeat waited too, but only citizens' items count as old.
        QCOMPARE(p.samples.value("civic_kiosk_outbox_oldest_age_seconds"), 720.0);
        QCOMPARE(p.samples.value("civic_kiosk_last_heartbeat_timestamp_seconds"), 1800000120.0);
        QCOMPARE(p.samples.value("civic_kiosk_disk_free_bytes"), 300.0 * 1024 * 1024);
        QCOMPARE(p.samples.value("civic_kiosk_disk_min_free_bytes"), 200.0 * 1024 * 1024);
        QCOMPARE(p.samples.value("civic_kiosk_backpressure"), 0.0);
        QCOMPARE(p.samples.value("civic_kiosk_session_active"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_last_wipe_timestamp_seconds"), 1800000720.0);
        QCOMPARE(p.samples.value("civic_kiosk_wipe_incomplete_total"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_certificate_errors_total{destination=\"planning\"}"),
                 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_certificate_errors_total{destination=\"council\"}"),
                 0.0);
        QCOMPARE(p.samples.value("civic_kiosk_speech_unavailable_total{language=\"cy\"}"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_config_rolled_back"), 1.0);
        for (const char *family :
             {"civic_kiosk_info", "civic_kiosk_outbox_oldest_age_seconds",
              "civic_kiosk_backpressure", "civic_kiosk_certificate_errors_total",
              "civic_kiosk_speech_unavailable_total", "civic_kiosk_wipe_incomplete_total"}) {
            QVERIFY2(p.helps.contains(family), family);
            QVERIFY2(p.types.contains(family), family);
        }
        QCOMPARE(p.types.value("civic_kiosk_wipe_incomplete_total"), QStringLiteral("counter"));

        // Under the floor: backpressure; once everything is delivered nothing is old.
        free = 100LL * 1024 * 1024;
        auto again = outbox.claimDue(clock.addSecs(3600), 10);
        QVERIFY(again.ok());
        for (const OutboxRow &row : again.value())
            QVERIFY(outbox.markDelivered(row.id, "SR").ok());
        QVERIFY(writer.sample(outbox).ok());
        p = parse(writer.render());
        QCOMPARE(p.samples.value("civic_kiosk_backpressure"), 1.0);
        QCOMPARE(p.samples.value("civic_kiosk_outbox_oldest_age_seconds"), 0.0);
    }

    void writeIsAtomicAndReadable()
    {
        QTemporaryDir dir;
        MetricsWriter writer;
        writer.setConfigVersion(3);
        const QString path = dir.filePath("civic_kiosk.prom");
        QVERIFY(writer.writeTo(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), writer.render());
        QVERIFY(f.permissions() & QFile::ReadOther);
        // Only the target is left behind: no temporary the collector could read.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {"civic_kiosk.prom"});
        QCOMPARE(writer.writeTo(dir.filePath("missing/dir/x.prom")).error().code,
                 QStringLiteral("io"));
    }
};

QTEST_GUILESS_MAIN(tst_MetricsWriter)
#include "tst_metricswriter.moc"
