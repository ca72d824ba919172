// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// bench-wipe: how long ending a session takes with a loaded web page (cookie, storage and
// IndexedDB written, a form typed into), measured by SessionWiper itself from endSession() to
// the moment the last participant (the web view, then its profile) is gone.
//   build/bin/bench-wipe [--runs N]   (default 20; goal: median < 500 ms)
// Prints: wipe_ms median_ms=… p95_ms=… n=…
#include "kiosk-shell/sessionwiper.h"
#include "kiosk-shell/websession.h"
#include "tests/wipe/testwebserver.h"
#include "tests/wipe/webharness.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Wipes to time."),
                                        QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(runsOption);
    parser.addHelpOption();
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    TestWebServer server(QStringLiteral(CK_TEST_DATA_DIR "/web"));
    if (!server.start()) {
        std::fprintf(stderr, "bench-wipe: cannot listen on 127.0.0.1\n");
        return 1;
    }
    auto policy = ck::UrlPolicy::fromList({server.url(QStringLiteral("/allowed/")).toString()});
    ck::WebSession web(*policy);
    ck::SessionWiper wiper;
    wiper.setTimeoutMs(10000);
    wiper.addParticipant(&web);
    const QUrl loaded = server.url(QStringLiteral("/allowed/state.html?write=bench"));

    WebHarness harness;
    if (!harness.load(QStringLiteral(CK_SOURCE_DIR "/tests/wipe/WipeHarness.qml"),
                      {{QStringLiteral("webSession"), QVariant::fromValue(&web)},
                       {QStringLiteral("wiper"), QVariant::fromValue(&wiper)},
                       {QStringLiteral("serviceUrl"), loaded}})) {
        std::fprintf(stderr, "bench-wipe: the harness did not load\n");
        return 1;
    }

    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        // A fully loaded page with everything stored, as a real session leaves it.
        if (!harness.waitFor(QStringLiteral("window.ckState ? window.ckState.local : ''"),
                             QStringLiteral("bench"), 30000)) {
            std::fprintf(stderr, "bench-wipe: page did not load (run %d)\n", i);
            return 1;
        }
        harness.js(QStringLiteral("document.getElementById('name').value = 'typed'; true"));
        QSignalSpy wiped(&wiper, &ck::SessionWiper::wiped);
        wiper.endSession(QStringLiteral("idle"));
        if (!wiped.wait(15000)) {
            std::fprintf(stderr, "bench-wipe: wipe did not finish (run %d)\n", i);
            return 1;
        }
        times.push_back(wiped.first().first().toDouble());
    }
    // Tear the last session down while the loop still runs (Qt 6.4: view, then profile).
    harness.window->setProperty("serviceUrl", QUrl());
    QSignalSpy last(&wiper, &ck::SessionWiper::wiped);
    wiper.endSession(QStringLiteral("admin"));
    last.wait(15000);

    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        const size_t index = size_t(std::ceil(q * double(times.size()))) - 1;
        return times[std::min(index, times.size() - 1)];
    };
    const double median = times.size() % 2
        ? times[times.size() / 2]
        : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
    std::printf("wipe_ms median_ms=%.1f p95_ms=%.1f n=%zu\n", median, at(0.95), times.size());
    std::fflush(stdout);
    return 0;
}
