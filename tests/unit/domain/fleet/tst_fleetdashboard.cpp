// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The Grafana dashboard (packaging/grafana) and the alerting rules (packaging/prometheus) may
// only name series the kiosk really writes: the names are read out of MetricsWriter's own
// output, with every optional series switched on, so renaming a metric breaks this test rather
// than a fleet's dashboard.
#include "domain/fleet/metricswriter.h"
#include "offline-cache/outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;

namespace {

const QString kDashboard =
    QStringLiteral(CK_SOURCE_DIR "/packaging/grafana/civic-kiosk-dashboard.json");
const QString kRules = QStringLiteral(CK_SOURCE_DIR "/packaging/prometheus/civic-kiosk.rules.yml");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every series name (histogram parts included) in what the kiosk writes.
QSet<QString> exportedNames()
{
    QTemporaryDir dir;
    OutboxOptions options;
    options.dataDir = dir.path();
    options.minFreeBytes = 0;
    auto outbox = Outbox::open(options);
    if (!outbox)
        qFatal("cannot open an outbox");
    // One row, so the per-destination row counts are written too.
    OutboxItem item;
    item.reference = QStringLiteral("CK-0000-0000-0");
    item.serviceId = item.flowId = QStringLiteral("missed-bin");
    item.flowVersion = 1;
    item.destination = QStringLiteral("council");
    item.payload = "{}";
    if (!outbox.value()->enqueue(std::move(item)).ok())
        qFatal("cannot enqueue");
    MetricsWriter writer;
    writer.setKioskInfo(QStringLiteral("k"), QStringLiteral("s"), QStringLiteral("1"));
    writer.setHeartbeatInterval(300);
    writer.setDestinations({QStringLiteral("council")});
    writer.setLanguages({QStringLiteral("en")});
    if (!writer.sample(*outbox.value()).ok())
        qFatal("cannot sample");
    QSet<QString> names;
    static const QRegularExpression name(QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]"));
    for (const QByteArray &line : writer.render().split('\n')) {
        if (const auto m = name.match(QString::fromUtf8(line)); m.hasMatch())
            names.insert(m.captured(1));
    }
    return names;
}

// The series names an expression refers to. Label matchers, ranges, strings and grouping
// lists are cut out first; what is left is functions (followed by "("), keywords and names.
struct Names
{
    QStringList series;
    QStringList unknownFunctions;
};

Names namesIn(QString expr)
{
    static const QSet<QString> functions {"sum",       "count",        "min",
                                          "max",       "avg",          "rate",
                                          "increase",  "irate",        "histogram_quantile",
                                          "time",      "label_values", "topk",
                                          "bottomk",   "sort",         "sort_desc",
                                          "clamp_min", "abs",          "absent",
                                          "changes",   "resets",       "delta",
                                          "timestamp", "vector",       "scalar"};
    static const QSet<QString> keywords {"by",         "without",     "on",    "ignoring",
                                         "group_left", "group_right", "and",   "or",
                                         "unless",     "bool",        "offset"};
    static const QRegularExpression strings(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
    static const QRegularExpression matchers(QStringLiteral("\\{[^}]*\\}|\\[[^\\]]*\\]"));
    static const QRegularExpression grouping(
        QStringLiteral("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)"));
    static const QRegularExpression identifier(
        QStringLiteral("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?"));
    // Grafana's label_values(series, label): the second argument is a label name.
    static const QRegularExpression labelValues(
        QStringLiteral("label_values\\(([^,()]+),\\s*[a-zA-Z_][a-zA-Z0-9_]*\\s*\\)"));
    expr.replace(labelValues, QStringLiteral("label_values(\\1)"));
    expr.replace(strings, QStringLiteral("\"\""));
    expr.replace(matchers, QStringLiteral(" "));
    expr.replace(grouping, QStringLiteral(" "));
    Names out;
    for (auto it = identifier.globalMatch(expr); it.hasNext();) {
        const auto m = it.next();
        const QString word = m.captured(1);
        if (keywords.contains(word))
            continue; // "or (", "and on(...) (": an operator, not a call
        if (!m.captured(2).isEmpty()) {
            if (!functions.contains(word))
                out.unknownFunctions << word;
        } else {
            out.series << word;
        }
    }
    return out;
}

void collectExpressions(const QJsonArray &panels, QStringList &out)
{
    for (const QJsonValue &p : panels) {
        const QJsonObject panel = p.toObject();
        for (const QJsonValue &t : panel.value(QStringLiteral("targets")).toArray())
            out << t.toObject().value(QStringLiteral("expr")).toString();
        collectExpressions(panel.value(QStringLiteral("panels")).toArray(), out); // rows
    }
}

// `expr: |` blocks and one-line `expr:` values of our rules file.
QStringList ruleExpressions()
{
    QStringList out;
    const QStringList lines = QString::fromUtf8(readAll(kRules)).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const qsizetype at = line.indexOf(QLatin1String("expr:"));
        if (at < 0)
            continue;
        const QString rest = line.mid(at + 5).trimmed();
        if (rest != QLatin1String("|")) {
            out << rest;
            continue;
        }
        QString block;
        while (i + 1 < lines.size() && lines.at(i + 1).startsWith(QString(at + 2, ' ')))
            block += lines.at(++i) + QLatin1Char('\n');
        out << block;
    }
    return out;
}

} // namespace

class tst_FleetDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_exported = exportedNames();
        // Sanity of the source of truth itself: the health series and a histogram part.
        for (const char *name :
             {"civic_kiosk_info", "civic_kiosk_outbox_oldest_age_seconds",
              "civic_kiosk_backpressure", "civic_kiosk_wipe_duration_seconds_bucket",
              "civic_kiosk_last_heartbeat_timestamp_seconds"})
            QVERIFY2(m_exported.contains(QString::fromLatin1(name)), name);
    }

    void parserFindsNamesNotLabelsOrFunctions()
    {
        const Names n = namesIn(QStringLiteral(
            "histogram_quantile(0.95, sum by (le, instance) (rate(civic_kiosk_wipe_duration_"
            "seconds_bucket{instance=~\"$instance\",x=\"a}b\"}[$__rate_interval]))) > 1e9 * "
            "on(instance) group_left(kiosk_id) civic_kiosk_info and bogus_metric"));
        QCOMPARE(n.series,
                 (QStringList {"civic_kiosk_wipe_duration_seconds_bucket", "civic_kiosk_info",
                               "bogus_metric"}));
        QVERIFY(n.unknownFunctions.isEmpty());
        QCOMPARE(namesIn(QStringLiteral("made_up(civic_kiosk_info)")).unknownFunctions,
                 QStringList {"made_up"});
    }

    void dashboardIsValidJsonNamingOnlyExportedSeries()
    {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(kDashboard), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QVERIFY(!root.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!root.value(QStringLiteral("uid")).toString().isEmpty());
        QVERIFY(root.value(QStringLiteral("schemaVersion")).toInt() > 0);
        QStringList expressions;
        collectExpressions(root.value(QStringLiteral("panels")).toArray(), expressions);
        for (const QJsonValue &v :
             root.value(QStringLiteral("templating")).toObject().value("list").toArray()) {
            const QJsonValue q = v.toObject().value(QStringLiteral("query"));
            expressions << (q.isObject() ? q.toObject().value(QStringLiteral("query")).toString()
                                         : q.toString());
        }
        QVERIFY(expressions.size() >= 20);
        QSet<QString> used;
        for (const QString &expr : std::as_const(expressions)) {
            QVERIFY2(!expr.trimmed().isEmpty(), "a panel target without an expression");
            const Names n = namesIn(expr);
            QVERIFY2(n.unknownFunctions.isEmpty(),
                     qPrintable(expr + " uses " + n.unknownFunctions.join(',')));
            QVERIFY2(!n.series.isEmpty(), qPrintable(expr + " names no series"));
            for (const QString &name : n.series) {
                QVERIFY2(m_exported.contains(name),
                         qPrintable(name + " (in " + expr + ") is not written by the kiosk"));
                used.insert(name);
            }
        }
        // Every alerting subject has a panel too.
        for (const char *name :
             {"civic_kiosk_backpressure", "civic_kiosk_certificate_errors_total",
              "civic_kiosk_speech_unavailable_total", "civic_kiosk_wipe_incomplete_total",
              "civic_kiosk_config_rolled_back"})
            QVERIFY2(used.contains(QString::fromLatin1(name)), name);
    }

    void rulesNameOnlyExportedSeries()
    {
        const QStringList expressions = ruleExpressions();
        QCOMPARE(expressions.size(), 13);
        for (const QString &expr : expressions) {
            const Names n = namesIn(expr);
            QVERIFY2(n.unknownFunctions.isEmpty(), qPrintable(expr));
            QVERIFY2(!n.series.isEmpty(), qPrintable(expr));
            for (const QString &name : n.series) {
                // `up` is Prometheus' own: whether the scrape of the kiosk worked.
                QVERIFY2(name == QLatin1String("up") || m_exported.contains(name),
                         qPrintable(name + " (in " + expr + ") is not written by the kiosk"));
            }
        }
    }

private:
    QSet<QString> m_exported;
};

QTEST_GUILESS_MAIN(tst_FleetDashboard)
#include "tst_fleetdashboard.moc"
