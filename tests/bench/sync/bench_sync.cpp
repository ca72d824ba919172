// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// bench-sync: how fast the SyncEngine drains a queue to the reference intake server compared
// with the same number of requests sent by parallel curl, same server, same concurrency, same
// payloads, in the same run. The ratio is of rates (drain / curl); the goal is >= 0.5.
//
//   build/bin/bench-sync [--n 10000] [--parallel 4] [--server build/bin/civic-kiosk-intake]
//                        [--dir DIR] [--curl curl]
//
// Prints `curl …`, `drain …` (per-request latency median/p95, plus total time and rate),
// `ratio drain_vs_curl=` and `memory peak_rss_mb=` (resident set sampled while draining).

#include "offline-cache/outbox.h"
#include "offline-cache/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    const auto at = [&v](double q) {
        return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.95)};
}

QByteArray payload(const QString &reference)
{
    const QJsonObject doc {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("serviceId"), QStringLiteral("missed-bin")},
        {QStringLiteral("flowId"), QStringLiteral("missed-bin")},
        {QStringLiteral("flowVersion"), 3},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-23T10:00:00Z")},
        {QStringLiteral("destination"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("api")},
                      {QStringLiteral("serviceCode"), QStringLiteral("MISSED_BIN")}}},
        {QStringLiteral("answers"),
         QJsonObject {
             {QStringLiteral("bin-type"), QStringLiteral("general")},
             {QStringLiteral("notes"),
              QStringLiteral("The bin by the gate was not emptied on Tuesday; please collect it.")},
             {QStringLiteral("address"),
              QJsonObject {{QStringLiteral("postcode"), QStringLiteral("CF10 1AA")},
                           {QStringLiteral("line1"), QStringLiteral("1 High St")}}}}},
        {QStringLiteral("assisted"), QJsonObject {{QStringLiteral("helped"), false}}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

QByteArray curlQuote(const QByteArray &in)
{
    QByteArray out = "\"";
    for (char c : in) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

int fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "bench-sync: %s %s\n", what, qPrintable(detail));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("n"), QStringLiteral("Submissions per method."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("parallel"),
         QStringLiteral("Requests in flight (engine maxParallel and curl --parallel-max)."),
         QStringLiteral("p"), QStringLiteral("4")});
    parser.addOption(
        {QStringLiteral("server"), QStringLiteral("civic-kiosk-intake binary."),
         QStringLiteral("path"),
         QCoreApplication::applicationDirPath() + QStringLiteral("/civic-kiosk-intake")});
    parser.addOption({QStringLiteral("curl"), QStringLiteral("curl binary."),
                      QStringLiteral("path"), QStringLiteral("curl")});
    parser.addOption(
        {QStringLiteral("dir"),
         QStringLiteral("Where the outbox and server databases live (default: a temporary dir)."),
         QStringLiteral("dir")});
    parser.process(app);
    const int n = std::max(10, parser.value(QStringLiteral("n")).toInt());
    const int parallel = std::max(1, parser.value(QStringLiteral("parallel")).toInt());

    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                              + QStringLiteral("/bench-sync-XXXXXX")
                                                          : QString());
    if (!tmp.isValid())
        return fail("cannot create a temporary directory");

    // --- the reference server, port chosen by itself ---
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(parser.value(QStringLiteral("server")),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                  tmp.filePath(QStringLiteral("intake.sqlite"))});
    if (!server.waitForStarted(10000))
        return fail("cannot start", parser.value(QStringLiteral("server")));
    QByteArray banner;
    QElapsedTimer wait;
    wait.start();
    while (!banner.contains('\n') && wait.elapsed() < 15000
           && server.state() == QProcess::Running) {
        server.waitForReadyRead(500);
        banner += server.readAllStandardOutput();
    }
    if (!banner.startsWith("listening on 127.0.0.1:"))
        return fail("no 'listening on' line from the server:", QString::fromUtf8(banner));
    const int port = banner.trimmed().mid(int(strlen("listening on 127.0.0.1:"))).toInt();
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    const auto stopServer = qScopeGuard([&server] {
        server.terminate();
        if (!server.waitForFinished(5000))
            server.kill();
    });

    // --- baseline: curl --parallel, one config file of n transfers ---
    QByteArray config;
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            config += "next\n"; // curl: options below apply to the next URL only
        config += "url = " + curlQuote((base + QStringLiteral("v1/submissions")).toLatin1()) + "\n";
        config += "header = \"Content-Type: application/json\"\n";
        config += "header = \"Idempotency-Key: "
            + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\"\n";
        config += "data-binary = " + curlQuote(payload(QStringLiteral("CK-CURL-%1").arg(i))) + "\n";
        config += "output = \"/dev/null\"\nwrite-out = \"%{http_code} %{time_total}\\n\"\n";
    }
    QFile cfg(tmp.filePath(QStringLiteral("curl.cfg")));
    if (!cfg.open(QIODevice::WriteOnly) || cfg.write(config) != config.size())
        return fail("cannot write the curl config");
    cfg.close();
    QProcess curl;
    QElapsedTimer curlClock;
    curlClock.start();
    curl.start(parser.value(QStringLiteral("curl")),
               {QStringLiteral("--silent"), QStringLiteral("--parallel"),
                QStringLiteral("--parallel-immediate"), QStringLiteral("--parallel-max"),
                QString::number(parallel), QStringLiteral("--config"), cfg.fileName()});
    if (!curl.waitForFinished(30 * 60 * 1000) || curl.exitCode() != 0)
        return fail("curl failed:", QString::fromUtf8(curl.readAllStandardError()));
    const double curlTotal = double(curlClock.nsecsElapsed()) / 1e6;
    std::vector<double> curlMs;
    int curlOk = 0;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() != 2)
            continue;
        curlOk += f[0] == "201" ? 1 : 0;
        curlMs.push_back(f[1].toDouble() * 1000.0);
    }
    if (curlOk != n)
        return fail("curl: not every request was accepted:", QString::number(curlOk));

    // --- the engine: prefill the outbox (not timed), then drain ---
    ck::OutboxOptions options;
    options.dataDir = tmp.filePath(QStringLiteral("kiosk"));
    options.minFreeBytes = 0;
    auto outbox = ck::Outbox::open(options);
    if (!outbox.ok())
        return fail("outbox:", outbox.error().message);
    std::fprintf(stderr, "bench-sync: queueing %d submissions (durable, one fsync each)...\n", n);
    for (int i = 0; i < n; ++i) {
        ck::OutboxItem item;
        item.reference = QStringLiteral("CK-DRAIN-%1").arg(i);
        item.serviceId = QStringLiteral("missed-bin");
        item.destination = QStringLiteral("api");
        item.payload = payload(item.reference);
        if (auto r = outbox.value()->enqueue(std::move(item)); !r.ok())
            return fail("enqueue:", r.error().message);
    }

    ck::DestinationConfig dest;
    dest.name = QStringLiteral("api");
    dest.type = QStringLiteral("json");
    dest.baseUrl = base + QStringLiteral("v1/"); // destination URLs carry the API version
    ck::SyncOptions syncOptions;
    syncOptions.maxParallel = parallel;
    syncOptions.useNetworkInformation = false;
    auto *engine = new ck::SyncEngine(outbox.value().get(), {dest}, syncOptions);
    QThread worker;
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);

    std::vector<double> drainMs;
    drainMs.reserve(size_t(n));
    int delivered = 0, failed = 0;
    double peakRss = rssMb(), drainTotal = 0;
    QElapsedTimer drainClock;
    QObject::connect(engine, &ck::SyncEngine::attempted, &app, [&](const ck::SyncAttempt &a) {
        drainMs.push_back(a.elapsedMs);
        if (a.outcome != ck::DeliveryOutcome::Kind::Delivered)
            ++failed;
    });
    QObject::connect(engine, &ck::SyncEngine::delivered, &app, [&delivered] { ++delivered; });
    QObject::connect(engine, &ck::SyncEngine::idle, &app, [&] {
        if (delivered >= n) {
            drainTotal = double(drainClock.nsecsElapsed()) / 1e6;
            app.quit();
        }
    });
    QTimer rss;
    QObject::connect(&rss, &QTimer::timeout, &app,
                     [&peakRss] { peakRss = std::max(peakRss, rssMb()); });
    rss.start(20);
    QTimer::singleShot(30 * 60 * 1000, &app, [&app] { app.exit(2); });
    worker.start();
    drainClock.start();
    QMetaObject::invokeMethod(engine, &ck::SyncEngine::start, Qt::QueuedConnection);
    const int rc = app.exec();
    QMetaObject::invokeMethod(engine, &ck::SyncEngine::stop, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    if (rc != 0 || delivered != n)
        return fail("drain did not finish:",
                    QStringLiteral("%1 of %2 delivered, %3 failed attempts")
                        .arg(delivered)
                        .arg(n)
                        .arg(failed));

    const Stats cs = stats(curlMs), ds = stats(drainMs);
    const double curlRate = n / (curlTotal / 1000.0), drainRate = n / (drainTotal / 1000.0);
    std::printf("curl median_ms=%.3f p95_ms=%.3f n=%d total_ms=%.0f rate_per_s=%.1f parallel=%d\n",
                cs.median, cs.p95, n, curlTotal, curlRate, parallel);
    std::printf("drain median_ms=%.3f p95_ms=%.3f n=%d total_ms=%.0f rate_per_s=%.1f parallel=%d\n",
                ds.median, ds.p95, n, drainTotal, drainRate, parallel);
    std::printf("ratio drain_vs_curl=%.2f\n", drainRate / curlRate);
    std::printf("memory peak_rss_mb=%.1f\n", peakRss);
    return 0;
}
