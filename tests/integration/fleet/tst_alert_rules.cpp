// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The fleet's alerting rules (packaging/prometheus/civic-kiosk.rules.yml) against the series the
// kiosk really writes. Each scenario drives a real Outbox and MetricsWriter minute by minute on
// a simulated clock that starts where promtool's does (Unix time 0); each minute's rendered file
// becomes one sample of every series, as a Prometheus scraping node_exporter's textfile collector
// once a minute would store it (with instance and job added, and `up`). `promtool test rules`
// (Debian package prometheus) then checks, for every alert in the file, exactly which alerts fire
// at the scenario's times: the fault's alerts at the end, nothing just before the fault.
#include "domain/fleet/metricswriter.h"
#include "offline-cache/outbox.h"
#include "tests/integration/fleet/fleettestutil.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace ck;
using namespace ck::testing;

namespace {

const QString kRules = QStringLiteral(CK_SOURCE_DIR "/packaging/prometheus/civic-kiosk.rules.yml");
constexpr qint64 kMb = 1024 * 1024;

using Labels = QMap<QString, QString>;

struct Rule
{
    QString name;
    QString severity;
    bool joined = false; // carries kiosk_id and site from civic_kiosk_info
    QMap<QString, QString> annotations;
};

// Enough of YAML for our own rules file: one `- alert:` per rule, one-line annotations.
QList<Rule> readRules()
{
    QList<Rule> rules;
    const QByteArray text = readFile(kRules);
    static const QRegularExpression annotation(
        QStringLiteral("^\\s+(summary|description): \"(.*)\"\\s*$"));
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("- alert: "))) {
            rules.append({trimmed.mid(9), {}, false, {}});
        } else if (rules.isEmpty()) {
            continue;
        } else if (trimmed.startsWith(QLatin1String("severity: "))) {
            rules.last().severity = trimmed.mid(10);
        } else if (line.contains(QLatin1String("group_left(kiosk_id, site)"))) {
            rules.last().joined = true;
        } else if (const auto m = annotation.match(line); m.hasMatch()) {
            rules.last().annotations.insert(m.captured(1), m.captured(2));
        }
    }
    return rules;
}

QString render(QString text, const Labels &labels)
{
    static const QRegularExpression ref(QStringLiteral("\\{\\{ \\$labels\\.([a-z_]+) \\}\\}"));
    for (auto m = ref.match(text); m.hasMatch(); m = ref.match(text))
        text.replace(m.capturedStart(), m.capturedLength(), labels.value(m.captured(1)));
    return text;
}

QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), "\\\"");
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString flowMap(const Labels &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << it.key() + QStringLiteral(": ") + quoted(it.value());
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// "name{a="b"} 1" lines of the file -> {series with instance/job added -> value}.
QMap<QString, double> seriesOf(const QByteArray &file, const QString &instance)
{
    static const QRegularExpression sample(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$"));
    QMap<QString, double> out;
    for (const QByteArray &raw : file.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const auto m = sample.match(line);
        if (line.startsWith(QLatin1Char('#')) || !m.hasMatch())
            continue;
        QString labels = m.captured(2);
        labels += QStringLiteral("%1instance=\"%2\",job=\"civic-kiosk\"")
                      .arg(labels.isEmpty() ? QString() : QStringLiteral(","), instance);
        const double v = m.captured(3) == QLatin1String("+Inf") ? qInf() : m.captured(3).toDouble();
        out.insert(m.captured(1) + QLatin1Char('{') + labels + QLatin1Char('}'), v);
    }
    return out;
}

struct Expected
{
    QString alert;
    Labels labels; // beyond instance, job, severity (and kiosk_id, site when joined)
};

struct Check
{
    int minute;
    QList<Expected> firing; // every other alert must be quiet
};

// One kiosk living through a scenario.
struct Kiosk
{
    QString id;
    QTemporaryDir dir;
    QDateTime clock = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    qint64 freeBytes = 10 * 1024 * kMb;
    std::unique_ptr<Outbox> outbox;
    MetricsWriter writer;
    bool writing = true; // the app writes its file (else node_exporter serves the last one)
    bool reachable = true; // node_exporter answers the scrape
    bool heartbeatsDelivered = true;
    int serial = 0;

    bool open()
    {
        OutboxOptions options;
        options.dataDir = dir.path();
        options.minFreeBytes = 200 * kMb;
        options.clock = [this] { return clock; };
        options.freeBytes = [this](const QString &) { return freeBytes; };
        auto opened = Outbox::open(options);
        if (!opened)
            return false;
        outbox = std::move(opened).value();
        writer.setClock([this] { return clock; });
        writer.setAppStartTime(clock);
        writer.setKioskInfo(id, QStringLiteral("Test Library"), QStringLiteral("1.0.0"));
        writer.setHeartbeatInterval(300);
        writer.setDestinations({QStringLiteral("council"), QStringLiteral("planning")});
        writer.setLanguages({QStringLiteral("en"), QStringLiteral("cy")});
        return true;
    }

    Result<OutboxRow> enqueue(const QString &kind = QStringLiteral("submission"))
    {
        OutboxItem item;
        item.reference = QStringLiteral("CK-%1-%2").arg(id).arg(++serial);
        item.serviceId = item.flowId = QStringLiteral("missed-bin");
        item.flowVersion = 1;
        item.destination = QStringLiteral("council");
        item.kind = kind;
        item.payload = "{\"schema\":1}";
        return outbox->enqueue(std::move(item));
    }

    // One sync round: heartbeats are delivered, everything else fails and waits a minute.
    void syncRound(bool deliverAll = false)
    {
        auto claimed = outbox->claimDue(clock, 100);
        QVERIFY(claimed.ok());
        for (const OutboxRow &row : claimed.value()) {
            if (deliverAll || row.kind == QLatin1String("heartbeat"))
                QVERIFY(outbox->markDelivered(row.id, QStringLiteral("SR")).ok());
            else
                QVERIFY(
                    outbox->markRetry(row.id, QStringLiteral("HTTP 503"), clock.addSecs(60)).ok());
        }
    }
};

struct Scenario
{
    QString name;
    int minutes;
    std::function<void(Kiosk &, int minute)> event;
    QList<Check> checks;
};

} // namespace

class tst_AlertRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!m_promtool.isEmpty(),
                 "promtool not found: install the Debian package prometheus (scripts/deps.sh)");
        m_rules = readRules();
        QCOMPARE(m_rules.size(), 13);
        for (const Rule &r : std::as_const(m_rules)) {
            QVERIFY2(!r.severity.isEmpty(), qPrintable(r.name));
            QVERIFY2(r.annotations.contains(QStringLiteral("summary")), qPrintable(r.name));
        }
        Run check = run({QStringLiteral("check"), QStringLiteral("rules"), kRules});
        QVERIFY2(check.exitCode == 0, check.out + check.err);
    }

    void everyAlertFiresOnItsFaultAndOnlyThen()
    {
        const QList<Scenario> scenarios = this->scenarios();
        QString yaml = QStringLiteral("rule_files:\n  - %1\nevaluation_interval: 1m\ntests:\n")
                           .arg(quoted(kRules));
        QSet<QString> covered;
        for (const Scenario &s : scenarios) {
            yaml += simulate(s);
            for (const Check &c : s.checks)
                for (const Expected &e : c.firing)
                    covered.insert(e.alert);
        }
        for (const Rule &r : std::as_const(m_rules))
            QVERIFY2(covered.contains(r.name), qPrintable(r.name + " is never shown to fire"));

        QTemporaryDir dir;
        const QString testFile = dir.filePath(QStringLiteral("civic-kiosk.rules.test.yml"));
        QVERIFY(writeFile(testFile, yaml.toUtf8()));
        const Run result = run({QStringLiteral("test"), QStringLiteral("rules"), testFile});
        if (result.exitCode != 0) {
            const QString keep = QDir(QStringLiteral(CK_BIN_DIR "/.."))
                                     .filePath(QStringLiteral("tst_alert_rules.failed.yml"));
            writeFile(keep, yaml.toUtf8());
            qWarning().noquote() << "test file kept in" << keep;
        }
        QVERIFY2(result.exitCode == 0, result.out + result.err);
    }

private:
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(m_promtool, args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    const Rule *rule(const QString &name) const
    {
        for (const Rule &r : m_rules)
            if (r.name == name)
                return &r;
        return nullptr;
    }

    // The promtool test group of one scenario: input series from the kiosk's files, then, for
    // every check time, every alert of the rules file with the alerts expected to fire.
    QString simulate(const Scenario &s)
    {
        Kiosk kiosk;
        kiosk.id = s.name;
        if (!kiosk.open())
            qFatal("cannot open an outbox");
        const QString instance = s.name + QStringLiteral(":9100");
        QMap<QString, QStringList> values; // series -> one value per minute ("_" = none)
        QStringList up;
        QMap<QString, double> file;
        for (int minute = 0; minute <= s.minutes; ++minute) {
            kiosk.clock = QDateTime::fromSecsSinceEpoch(qint64(minute) * 60, Qt::UTC);
            if (s.event)
                s.event(kiosk, minute);
            if (minute % 5 == 0 && kiosk.heartbeatsDelivered) {
                // Like Heartbeat::beat(): a disk under the floor refuses it too.
                if (kiosk.enqueue(QStringLiteral("heartbeat")).ok())
                    kiosk.syncRound();
            }
            if (kiosk.writing) {
                if (!kiosk.writer.sample(*kiosk.outbox).ok())
                    qFatal("sample failed");
                file = seriesOf(kiosk.writer.render(), instance);
            }
            up << (kiosk.reachable ? QStringLiteral("1") : QStringLiteral("0"));
            for (auto it = file.cbegin(); it != file.cend(); ++it) {
                QStringList &v = values[it.key()];
                while (v.size() < minute)
                    v << QStringLiteral("_");
                v << (kiosk.reachable ? QString::number(it.value(), 'g', 17) : QStringLiteral("_"));
            }
        }
        QString out = QStringLiteral("  - name: %1\n    interval: 1m\n    input_series:\n")
                          .arg(quoted(s.name));
        auto series = [&out](const QString &name, const QStringList &v) {
            QString single = name;
            single.replace(QLatin1Char('\''), QStringLiteral("''"));
            out += QStringLiteral("      - series: '%1'\n        values: '%2'\n")
                       .arg(single, v.join(QLatin1Char(' ')));
        };
        series(QStringLiteral("up{instance=\"%1\",job=\"civic-kiosk\"}").arg(instance), up);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QStringList v = it.value();
            while (v.size() <= s.minutes)
                v << QStringLiteral("_");
            series(it.key(), v);
        }
        out += QStringLiteral("    alert_rule_test:\n");
        for (const Check &check : s.checks) {
            for (const Rule &r : std::as_const(m_rules)) {
                out += QStringLiteral("      - eval_time: %1m\n        alertname: %2\n")
                           .arg(check.minute)
                           .arg(r.name);
                QStringList alerts;
                for (const Expected &e : check.firing) {
                    if (e.alert != r.name)
                        continue;
                    Labels labels = e.labels;
                    labels.insert(QStringLiteral("instance"), instance);
                    labels.insert(QStringLiteral("job"), QStringLiteral("civic-kiosk"));
                    labels.insert(QStringLiteral("severity"), r.severity);
                    if (r.joined) {
                        labels.insert(QStringLiteral("kiosk_id"), s.name);
                        labels.insert(QStringLiteral("site"), QStringLiteral("Test Library"));
                    }
                    Labels annotations;
                    for (auto a = r.annotations.cbegin(); a != r.annotations.cend(); ++a)
                        annotations.insert(a.key(), render(a.value(), labels));
                    alerts << QStringLiteral("          - exp_labels: %1\n"
                                             "            exp_annotations: %2\n")
                                  .arg(flowMap(labels), flowMap(annotations));
                }
                out += alerts.isEmpty()
                    ? QStringLiteral("        exp_alerts: []\n")
                    : QStringLiteral("        exp_alerts:\n") + alerts.join(QString());
            }
        }
        return out;
    }

    QList<Scenario> scenarios() const
    {
        const auto at = [](int when, std::function<void(Kiosk &)> f) {
            return [when, f](Kiosk &k, int minute) {
                if (minute == when)
                    f(k);
            };
        };
        const Labels none;
        return {
            // A busy, healthy kiosk: sessions, quick wipes, a delivery, heartbeats. Never alerts.
            {QStringLiteral("healthy"),
             120,
             [](Kiosk &k, int minute) {
                 if (minute % 10 == 3) {
                     k.writer.setSessionActive(true);
                     k.writer.recordSessionStarted();
                 }
                 if (minute % 10 == 6) {
                     k.writer.setSessionActive(false);
                     k.writer.recordSessionWiped(0.08);
                 }
                 if (minute == 7)
                     QVERIFY(k.enqueue().ok());
                 if (minute == 8)
                     k.syncRound(true);
             },
             {{60, {}}, {120, {}}}},
            {QStringLiteral("unreachable"),
             60,
             at(30, [](Kiosk &k) { k.reachable = false; }),
             {{29, {}}, {60, {{QStringLiteral("CivicKioskUnreachable"), none}}}}},
            // The app hangs: node_exporter keeps serving its last file.
            {QStringLiteral("stale-file"),
             60,
             at(30,
                [](Kiosk &k) {
                    k.writing = false;
                    k.heartbeatsDelivered = false;
                }),
             {{29, {}},
              {60,
               {{QStringLiteral("CivicKioskNotReporting"), none},
                {QStringLiteral("CivicKioskHeartbeatMissing"), none}}}}},
            {QStringLiteral("no-file"),
             60,
             at(0, [](Kiosk &k) { k.writing = false; }),
             {{60, {{QStringLiteral("CivicKioskNotReporting"), none}}}}},
            {QStringLiteral("no-heartbeat"),
             60,
             at(0, [](Kiosk &k) { k.heartbeatsDelivered = false; }),
             {{14, {}}, {60, {{QStringLiteral("CivicKioskHeartbeatMissing"), none}}}}},
            {QStringLiteral("outbox-stuck"),
             60,
             at(10, [](Kiosk &k) { QVERIFY(k.enqueue().ok()); }),
             {{30, {}}, {60, {{QStringLiteral("CivicKioskOutboxStuck"), none}}}}},
            {QStringLiteral("outbox-stuck-long"),
             260,
             at(10, [](Kiosk &k) { QVERIFY(k.enqueue().ok()); }),
             {{30, {}},
              {260,
               {{QStringLiteral("CivicKioskOutboxStuck"), none},
                {QStringLiteral("CivicKioskOutboxStuckCritical"), none}}}}},
            // A dead letter, then the admin retries it and it goes through: the alert resolves.
            {QStringLiteral("dead-letter"),
             80,
             [](Kiosk &k, int minute) {
                 if (minute == 20) {
                     QVERIFY(k.enqueue().ok());
                     auto claimed = k.outbox->claimDue(k.clock, 10);
                     QVERIFY(claimed.ok() && claimed->size() == 1);
                     QVERIFY(k.outbox->markRejected(claimed->at(0).id, "HTTP 400").ok());
                 }
                 if (minute == 70) {
                     auto rejected = k.outbox->rows({{QStringLiteral("rejected")}, {}, 10});
                     QVERIFY(rejected.ok() && rejected->size() == 1);
                     QVERIFY(k.outbox->retry(rejected->at(0).id).ok());
                     k.syncRound(true);
                 }
             },
             {{19, {}},
              {60,
               {{QStringLiteral("CivicKioskDeadLetters"),
                 {{QStringLiteral("state"), QStringLiteral("rejected")}}}}},
              {75, {}}}},
            {QStringLiteral("disk-low"),
             60,
             at(20, [](Kiosk &k) { k.freeBytes = 300 * kMb; }),
             {{19, {}}, {60, {{QStringLiteral("CivicKioskDiskLow"), none}}}}},
            // Under the floor the outbox refuses heartbeats too, so the fleet stops hearing from
            // the kiosk until space is freed; then everything resolves.
            {QStringLiteral("backpressure"),
             90,
             [](Kiosk &k, int minute) {
                 if (minute == 20)
                     k.freeBytes = 100 * kMb;
                 if (minute == 70)
                     k.freeBytes = 10 * 1024 * kMb;
             },
             {{19, {}},
              {60,
               {{QStringLiteral("CivicKioskDiskLow"), none},
                {QStringLiteral("CivicKioskBackpressure"), none},
                {QStringLiteral("CivicKioskHeartbeatMissing"), none}}},
              {90, {}}}},
            {QStringLiteral("wipe-incomplete"),
             60,
             at(40,
                [](Kiosk &k) {
                    k.writer.recordSessionWiped(0.3);
                    k.writer.recordWipeIncomplete();
                }),
             {{39, {}}, {60, {{QStringLiteral("CivicKioskWipeIncomplete"), none}}}}},
            {QStringLiteral("wipe-slow"),
             60,
             [](Kiosk &k, int minute) {
                 if (minute >= 20 && minute % 5 == 0)
                     k.writer.recordSessionWiped(1.5);
             },
             {{19, {}}, {60, {{QStringLiteral("CivicKioskWipeSlow"), none}}}}},
            {QStringLiteral("rolled-back"),
             60,
             at(0, [](Kiosk &k) { k.writer.setConfigRolledBack(true); }),
             {{60, {{QStringLiteral("CivicKioskConfigRolledBack"), none}}}}},
            {QStringLiteral("certificate"),
             60,
             [](Kiosk &k, int minute) {
                 if (minute >= 40 && minute % 5 == 0)
                     k.writer.recordCertificateError(QStringLiteral("planning"));
             },
             {{39, {}},
              {60,
               {{QStringLiteral("CivicKioskCertificateErrors"),
                 {{QStringLiteral("destination"), QStringLiteral("planning")}}}}}}},
            {QStringLiteral("speech"),
             60,
             at(45, [](Kiosk &k) { k.writer.recordSpeechUnavailable(QStringLiteral("cy")); }),
             {{44, {}},
              {60,
               {{QStringLiteral("CivicKioskSpeechUnavailable"),
                 {{QStringLiteral("language"), QStringLiteral("cy")}}}}}}},
        };
    }

    QString m_promtool;
    QList<Rule> m_rules;
};

QTEST_GUILESS_MAIN(tst_AlertRules)
#include "tst_alert_rules.moc"
