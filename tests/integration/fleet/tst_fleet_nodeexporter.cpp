// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The metrics textfile as node_exporter really reads it: a real prometheus-node-exporter
// (Debian package) with only the textfile collector, scraped over HTTP on 127.0.0.1. If our
// file had a syntax error, node_exporter would drop it and report node_textfile_scrape_error 1.
#include "domain/fleet/metricswriter.h"
#include "offline-cache/outbox.h"
#include "tests/integration/fleet/fleettestutil.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;
using namespace ck::testing;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

class NodeExporter
{
public:
    ~NodeExporter()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    bool start(const QString &program, const QString &textfileDir, QNetworkAccessManager &nam)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freePort();
            m_process.start(program,
                            {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                             "--collector.disable-defaults", "--collector.textfile",
                             "--collector.textfile.directory=" + textfileDir});
            if (!m_process.waitForStarted(10000))
                return false;
            for (int i = 0; i < 50 && m_process.state() == QProcess::Running; ++i) {
                if (http(nam, "GET", url(), {}, {}, nullptr, 2000).status == 200)
                    return true;
                QTest::qWait(100);
            }
            m_process.kill(); // port taken in between: try another
            m_process.waitForFinished(5000);
        }
        return false;
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port); }
    QByteArray log() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

double sampleValue(const QByteArray &scrape, const QString &series)
{
    for (const QByteArray &line : scrape.split('\n')) {
        if (line.startsWith(series.toUtf8() + ' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

class tst_FleetNodeExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrapedByRealNodeExporter()
    {
        const QString program = QStandardPaths::findExecutable("prometheus-node-exporter");
        QVERIFY2(!program.isEmpty(),
                 "prometheus-node-exporter is not installed (scripts/deps.sh installs it)");
        QTemporaryDir dir;
        const QString textfiles = dir.filePath("textfile");
        QVERIFY(QDir().mkpath(textfiles));

        // Real outbox activity so the per-destination series exist.
        OutboxOptions options;
        options.dataDir = dir.filePath("data");
        options.minFreeBytes = 0;
        auto outbox = Outbox::open(options);
        QVERIFY(outbox.ok());
        MetricsWriter writer;
        writer.setConfigVersion(17);
        QVERIFY(writer.sample(*outbox.value()).ok());
        OutboxItem item;
        item.reference = "CK-0000-0001-1";
        item.serviceId = item.flowId = "missed-bin";
        item.destination = "council";
        item.payload = "{\"schema\":1}";
        QVERIFY(outbox.value()->enqueue(item).ok());
        auto claimed = outbox.value()->claimDue(outbox.value()->now().addSecs(1), 1);
        QVERIFY(claimed.ok() && claimed->size() == 1);
        QVERIFY(outbox.value()->markDelivered(claimed->at(0).id, "SR-1").ok());
        QVERIFY(writer.sample(*outbox.value()).ok());
        writer.recordSessionStarted();
        writer.recordSessionWiped(0.042);
        QVERIFY(writer
                    .addToCounter("evidence_sessions_total", "Sessions by language.",
                                  {{"language", "cy"}})
                    .ok());
        QVERIFY(writer.writeTo(textfiles + "/civic_kiosk.prom").ok());

        QNetworkAccessManager nam;
        NodeExporter exporter;
        QVERIFY2(exporter.start(program, textfiles, nam), exporter.log().constData());
        const HttpResult scrape = http(nam, "GET", exporter.url());
        QCOMPARE(scrape.status, 200);
        const QByteArray &text = scrape.body;

        QCOMPARE(sampleValue(text, "node_textfile_scrape_error"), 0.0);
        QCOMPARE(sampleValue(text, "civic_kiosk_config_version"), 17.0);
        QCOMPARE(sampleValue(text, "civic_kiosk_deliveries_total{destination=\"council\"}"), 1.0);
        QCOMPARE(sampleValue(text, "civic_kiosk_sessions_total{event=\"started\"}"), 1.0);
        QCOMPARE(sampleValue(text, "civic_kiosk_wipe_duration_seconds_bucket{le=\"0.05\"}"), 1.0);
        QCOMPARE(sampleValue(text, "civic_kiosk_wipe_duration_seconds_count"), 1.0);
        QCOMPARE(sampleValue(text, "civic_kiosk_evidence_sessions_total{language=\"cy\"}"), 1.0);
        QVERIFY(sampleValue(text, "civic_kiosk_last_sync_timestamp_seconds") > 1.7e9);
        QVERIFY(text.contains("# TYPE civic_kiosk_wipe_duration_seconds histogram"));
        QVERIFY(text.contains("# HELP civic_kiosk_outbox_depth "));

        // Rewritten while being scraped: every scrape sees a whole file.
        for (int i = 0; i < 20; ++i) {
            writer.setConfigVersion(100 + i);
            QVERIFY(writer.writeTo(textfiles + "/civic_kiosk.prom").ok());
            const HttpResult again = http(nam, "GET", exporter.url());
            QCOMPARE(sampleValue(again.body, "node_textfile_scrape_error"), 0.0);
            QCOMPARE(sampleValue(again.body, "civic_kiosk_config_version"), double(100 + i));
        }
    }
};

QTEST_GUILESS_MAIN(tst_FleetNodeExporter)
#include "tst_fleet_nodeexporter.moc"
