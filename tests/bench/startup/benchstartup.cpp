// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// bench-startup: time from process start to the first frame of the kiosk's welcome screen,
// next to a bare Qt Quick window of the same size measured in the same run, alternating the
// two so both see the same machine load. Both are timed from QProcess::start() to the
// "first-frame-ms=" line on their stdout, so exec, dynamic linking and QML loading all count.
//
//   bench-startup [--runs N] [--kiosk PATH] [--bare PATH]
// prints
//   startup median_ms=… p95_ms=… n=…
//   bare_qtquick median_ms=… p95_ms=… n=…
//   ratio startup_vs_bare_qtquick=…
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace {

std::optional<double> firstFrameMs(const QString &program, const QStringList &args,
                                   const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    QByteArray out;
    std::optional<double> result;
    while (timer.elapsed() < 60000) {
        if (!process.waitForReadyRead(200) && process.state() == QProcess::NotRunning)
            break;
        out += process.readAllStandardOutput();
        if (out.contains("first-frame-ms=")) {
            result = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (!result)
        std::fprintf(stderr, "bench-startup: no first frame from %s: %s\n", qPrintable(program),
                     process.readAllStandardError().left(2000).constData());
    return result;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    // Nearest-rank percentile: small n stays honest (p95 of 10 runs is the slowest run).
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void report(const char *name, const QList<double> &values)
{
    std::printf("%s median_ms=%.1f p95_ms=%.1f n=%lld\n", name, median(values),
                percentile(values, 0.95), static_cast<long long>(values.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QString binDir = QCoreApplication::applicationDirPath();
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"), QStringLiteral("civic-kiosk path."), QStringLiteral("PATH"),
        QDir(binDir).filePath(QStringLiteral("civic-kiosk")));
    const QCommandLineOption bareOption(
        QStringLiteral("bare"), QStringLiteral("bench-bare-qtquick path."), QStringLiteral("PATH"),
        QDir(binDir).filePath(QStringLiteral("bench-bare-qtquick")));
    parser.addOptions({runsOption, kioskOption, bareOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir data;
    if (!data.isValid()) {
        std::fprintf(stderr, "bench-startup: no temporary directory\n");
        return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.value(QStringLiteral("DISPLAY")).isEmpty()
        && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CIVIC_KIOSK_REPORT_FIRST_FRAME"), QStringLiteral("1"));
    env.insert(QStringLiteral("CIVIC_KIOSK_DEMO_DATA_DIR"), data.path());
    if (!env.contains(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS")))
        env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--no-sandbox"));

    const QString kiosk = parser.value(kioskOption);
    const QString bare = parser.value(bareOption);
    const QStringList kioskArgs {QStringLiteral("--windowed")};

    // One untimed run of each: the first start creates the data dir, keys and database, and
    // fills the page cache; a kiosk restarts warm far more often than it installs.
    if (!firstFrameMs(kiosk, kioskArgs, env) || !firstFrameMs(bare, {}, env))
        return 1;

    QList<double> kioskMs;
    QList<double> bareMs;
    for (int i = 0; i < runs; ++i) {
        const auto k = firstFrameMs(kiosk, kioskArgs, env);
        const auto b = firstFrameMs(bare, {}, env);
        if (!k || !b)
            return 1;
        kioskMs.append(*k);
        bareMs.append(*b);
    }
    report("startup", kioskMs);
    report("bare_qtquick", bareMs);
    std::printf("ratio startup_vs_bare_qtquick=%.2f\n", median(kioskMs) / median(bareMs));
    return 0;
}
