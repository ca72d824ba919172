// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// bench-outbox: how much a durable, encrypted Outbox::enqueue() costs next to the cheapest
// durable thing SQLite can do on the same disk: one autocommit INSERT with journal_mode=WAL and
// synchronous=FULL. Both pay one fsync of the WAL per row; the ratio shows our overhead
// (envelope crypto, the outbox's index pages, free-space probe), which should stay under 1.2.
//
//   build/bin/bench-outbox [--n 500] [--dir DIR] [--payload-bytes 2048]

#include "offline-cache/outbox.h"
#include "offline-cache/outboxschema.h"
#include "offline-cache/sqlitedb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) {
        return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.95)};
}

QByteArray payload(const QString &reference, int bytes)
{
    QByteArray noise(bytes * 3 / 4, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                          noise.size() / 4);
    const QJsonObject doc {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("serviceId"), QStringLiteral("missed-bin")},
        {QStringLiteral("answers"),
         QJsonObject {{QStringLiteral("notes"), QString::fromLatin1(noise.toBase64())}}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("n"), QStringLiteral("Rows per method (>= 200 for figures)."),
                      QStringLiteral("n"), QStringLiteral("500")});
    parser.addOption(
        {QStringLiteral("dir"),
         QStringLiteral("Directory on the disk to measure (default: a temporary dir)."),
         QStringLiteral("dir")});
    parser.addOption({QStringLiteral("payload-bytes"), QStringLiteral("Approximate payload size."),
                      QStringLiteral("bytes"), QStringLiteral("2048")});
    parser.process(app);
    const int n = std::max(10, parser.value(QStringLiteral("n")).toInt());
    const int bytes = std::max(64, parser.value(QStringLiteral("payload-bytes")).toInt());

    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                              + QStringLiteral("/bench-outbox-XXXXXX")
                                                          : QString());
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }

    ck::OutboxOptions options;
    options.dataDir = tmp.filePath(QStringLiteral("outbox"));
    options.minFreeBytes = 0; // measure the real probe's cost, never refuse
    auto outbox = ck::Outbox::open(options);
    if (!outbox.ok()) {
        std::fprintf(stderr, "outbox: %s\n", qPrintable(outbox.error().message));
        return 1;
    }

    auto raw = ck::sqlite::Database::open(tmp.filePath(QStringLiteral("raw.sqlite")));
    if (!raw.ok() || !ck::OutboxSchema::configure(*raw.value()).ok()
        || !raw.value()
                ->exec(QStringLiteral(
                    "CREATE TABLE t (id INTEGER PRIMARY KEY, reference TEXT UNIQUE, payload BLOB)"))
                .ok()) {
        std::fprintf(stderr, "raw sqlite setup failed\n");
        return 1;
    }
    auto insert =
        raw.value()->prepare(QStringLiteral("INSERT INTO t (reference, payload) VALUES (?, ?)"));

    std::vector<double> enqueueMs, rawMs;
    enqueueMs.reserve(size_t(n));
    rawMs.reserve(size_t(n));
    QElapsedTimer timer;
    constexpr int warmUp = 5;
    // Interleaved so that both see the same disk state (page cache, WAL growth, other load).
    for (int i = -warmUp; i < n; ++i) {
        const QString ref = QStringLiteral("CK-BENCH-%1").arg(i + warmUp);
        ck::OutboxItem item;
        item.reference = ref;
        item.serviceId = QStringLiteral("missed-bin");
        item.destination = QStringLiteral("council");
        item.payload = payload(ref, bytes);
        const QByteArray rawPayload = payload(ref, bytes);

        timer.start();
        auto row = outbox.value()->enqueue(std::move(item));
        const double e = double(timer.nsecsElapsed()) / 1e6;
        if (!row.ok()) {
            std::fprintf(stderr, "enqueue: %s\n", qPrintable(row.error().message));
            return 1;
        }

        timer.start();
        insert->bind(1, ref).bind(2, rawPayload);
        const ck::Status s = insert->exec();
        insert->reset();
        const double r = double(timer.nsecsElapsed()) / 1e6;
        if (!s.ok()) {
            std::fprintf(stderr, "raw insert: %s\n", qPrintable(s.error().message));
            return 1;
        }
        if (i >= 0) {
            enqueueMs.push_back(e);
            rawMs.push_back(r);
        }
    }

    const Stats es = stats(enqueueMs), rs = stats(rawMs);
    std::printf("enqueue median_ms=%.3f p95_ms=%.3f n=%d\n", es.median, es.p95, n);
    std::printf("raw_sqlite_insert median_ms=%.3f p95_ms=%.3f n=%d\n", rs.median, rs.p95, n);
    std::printf("ratio enqueue_vs_sqlite=%.2f\n", rs.median > 0 ? es.median / rs.median : 0.0);
    return 0;
}
