// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// bench-pageturn: from the input event on Continue (a mouse click, as a tap) to the first frame
// swapped that shows the next page, for every page of both demo flows at 100 % and 200 % text.
// The baseline, in the same run and the same window size: a bare Qt Quick window whose Loader
// swaps between two pages showing the same question and hint texts, turned by the same click.
//   build/bin/bench-pageturn [--runs N]   (walks of each flow per text size; default 5)
// Prints one line per page type and text size, then
//   pageturn p95_ms=… median_ms=… n=…
//   bare median_ms=… p95_ms=… n=…
//   ratio pageturn_vs_bare=…        (medians; goals in DESIGN.md: <= 1.5, and p95 < 100 ms)
#include "tests/a11y/flowwalker.h"
#include "tests/e2e/kioskdriver.h"

#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMap>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

QElapsedTimer g_clock;

// Times one input event to the first frame swapped whose scene was synchronised after it.
// Both signals come from the render thread with the threaded render loop, hence the atomics.
class FrameClock
{
public:
    explicit FrameClock(QQuickWindow *window)
    {
        QObject::connect(
            window, &QQuickWindow::afterSynchronizing, window,
            [this] {
                if (m_armed.load() && m_synced.load() == 0)
                    m_synced.store(g_clock.nsecsElapsed());
            },
            Qt::DirectConnection);
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] {
                if (m_synced.load() != 0 && m_swapped.load() == 0)
                    m_swapped.store(g_clock.nsecsElapsed());
            },
            Qt::DirectConnection);
    }

    // Runs `input`, returns milliseconds to the frame, or -1.
    template<typename Input> double time(Input &&input)
    {
        m_synced = 0;
        m_swapped = 0;
        const qint64 start = g_clock.nsecsElapsed();
        m_armed = true;
        input();
        const bool done = QTest::qWaitFor([this] { return m_swapped.load() != 0; }, 5000);
        m_armed = false;
        return done ? double(m_swapped.load() - start) / 1e6 : -1.0;
    }

private:
    std::atomic<bool> m_armed {false};
    std::atomic<qint64> m_synced {0};
    std::atomic<qint64> m_swapped {0};
};

// The Theme singleton instance the screens use: one per engine, reached through an import.
QObject *themeOf(QQmlEngine *engine, QString *error)
{
    QQmlComponent probe(engine);
    probe.setData("import CivicKiosk\nimport QtQml\nQtObject { property QtObject theme: Theme }",
                  QUrl(QStringLiteral("qrc:/bench-pageturn/probe.qml")));
    std::unique_ptr<QObject> object(probe.create());
    if (!object) {
        *error = probe.errorString();
        return nullptr;
    }
    return object->property("theme").value<QObject *>();
}

void settle(QQuickWindow *window)
{
    QCoreApplication::processEvents();
    window->update();
    QTest::qWait(60);
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

struct Turn
{
    QString type;
    double scale = 1.0;
    QString question;
    QString hint;
    double ms = 0.0;
};

// The baseline: plain Qt Quick, no kiosk. Two page components, swapped by a Loader on a click.
const char *kBareQml = R"(
import QtQuick
Window {
    id: root
    width: 1280; height: 1024; visible: true
    property real scale: 1.0
    property string question: ""
    property string hint: ""
    property int turn: 0
    Component {
        id: pageA
        Column {
            spacing: 24; padding: 32; width: root.width
            Text { width: parent.width - 64; wrapMode: Text.Wrap; font.pixelSize: 36 * root.scale
                   font.bold: true; text: root.question }
            Text { width: parent.width - 64; wrapMode: Text.Wrap; font.pixelSize: 24 * root.scale
                   text: root.hint }
            Rectangle { objectName: "continue"; width: 320 * root.scale; height: 64 * root.scale
                color: "#00703c"
                Text { anchors.centerIn: parent; color: "white"; font.pixelSize: 26 * root.scale
                       text: "Continue" }
                MouseArea { anchors.fill: parent; onClicked: root.turn++ } }
        }
    }
    Component {
        id: pageB
        Column {
            spacing: 24; padding: 32; width: root.width
            Text { width: parent.width - 64; wrapMode: Text.Wrap; font.pixelSize: 36 * root.scale
                   font.bold: true; text: root.question }
            Text { width: parent.width - 64; wrapMode: Text.Wrap; font.pixelSize: 24 * root.scale
                   text: root.hint }
            Rectangle { objectName: "continue"; width: 320 * root.scale; height: 64 * root.scale
                color: "#00703c"
                Text { anchors.centerIn: parent; color: "white"; font.pixelSize: 26 * root.scale
                       text: "Continue" }
                MouseArea { anchors.fill: parent; onClicked: root.turn++ } }
        }
    }
    Loader { anchors.fill: parent; sourceComponent: root.turn % 2 ? pageB : pageA }
}
)";

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Walks of each flow per text size."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(runsOption);
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    g_clock.start();

    QTemporaryDir data;
    KioskConfig config = KioskConfig::demo();
    config.dataDir = data.path();
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto created = KioskComposition::create(config, options);
    if (!created.ok()) {
        std::fprintf(stderr, "bench-pageturn: %s\n", qPrintable(created.error().message));
        return 1;
    }
    std::unique_ptr<KioskComposition> kiosk = std::move(created.value());
    if (const Status loaded = kiosk->load(); !loaded.ok()) {
        std::fprintf(stderr, "bench-pageturn: %s\n", qPrintable(loaded.error().message));
        return 1;
    }
    QQuickWindow *window = kiosk->window();
    window->resize(1280, 1024);
    if (!QTest::qWaitForWindowExposed(window)) {
        std::fprintf(stderr, "bench-pageturn: the kiosk window was not shown\n");
        return 1;
    }
    QString error;
    QObject *theme = themeOf(kiosk->engine(), &error);
    if (!theme) {
        std::fprintf(stderr, "bench-pageturn: no Theme: %s\n", qPrintable(error));
        return 1;
    }
    KioskDriver drive(window, QDir::tempPath());
    FrameClock kioskClock(window);
    AppState *state = kiosk->appState();
    FlowController *flow = kiosk->flowController();
    const QStringList flows = {QStringLiteral("missed-bin"), QStringLiteral("planning-comment")};

    QList<Turn> turns;
    for (double scale : {1.0, 2.0}) {
        theme->setProperty("textScale", scale);
        for (int run = 0; run < runs; ++run) {
            for (const QString &id : flows) {
                state->showServices();
                if (!flow->start(id)) {
                    std::fprintf(stderr, "bench-pageturn: cannot start %s\n", qPrintable(id));
                    return 1;
                }
                for (int guard = 0; guard < 40 && !flow->onSummary(); ++guard) {
                    const FlowPage *page = FlowWalker::currentPage(kiosk->catalogue(), flow);
                    if (!page)
                        return 1;
                    flow->setDraft(FlowWalker::sampleAnswer(*page));
                    settle(window);
                    QQuickItem *button = drive.find(QStringLiteral("primaryButton"));
                    if (!button) {
                        std::fprintf(stderr, "bench-pageturn: no Continue on %s\n",
                                     qPrintable(flow->pageId()));
                        return 1;
                    }
                    drive.bringIntoView(button);
                    settle(window);
                    const QPoint centre =
                        button->mapToScene(QPointF(button->width() / 2, button->height() / 2))
                            .toPoint();
                    const QString before = flow->pageId();
                    const double ms = kioskClock.time(
                        [&] { QTest::mouseClick(window, Qt::LeftButton, {}, centre); });
                    if (flow->pageId() == before && !flow->onSummary()) {
                        std::fprintf(stderr, "bench-pageturn: Continue did not turn %s: %s\n",
                                     qPrintable(before), qPrintable(flow->fieldError()));
                        return 1;
                    }
                    if (ms < 0) {
                        std::fprintf(stderr, "bench-pageturn: no frame after %s\n",
                                     qPrintable(before));
                        return 1;
                    }
                    turns.append({flow->onSummary() ? QStringLiteral("check") : flow->fieldType(),
                                  scale, flow->onSummary() ? QString() : flow->question(),
                                  flow->onSummary() ? QString() : flow->hint(), ms});
                }
                flow->reset();
                state->showWelcome();
            }
        }
    }
    theme->setProperty("textScale", 1.0);
    window->hide();

    // The baseline turns the same pages with the same texts, as Qt Quick draws them out of the
    // box (the kiosk chose its own text rendering for the whole process).
    QQuickWindow::setTextRenderType(QQuickWindow::QtTextRendering);
    QQmlEngine bareEngine;
    QQmlComponent component(&bareEngine);
    component.setData(kBareQml, QUrl(QStringLiteral("qrc:/bench-pageturn/bare.qml")));
    std::unique_ptr<QObject> bareObject(component.create());
    auto *bare = qobject_cast<QQuickWindow *>(bareObject.get());
    if (!bare || !QTest::qWaitForWindowExposed(bare)) {
        std::fprintf(stderr, "bench-pageturn: baseline window: %s\n",
                     qPrintable(component.errorString()));
        return 1;
    }
    FrameClock bareClock(bare);
    KioskDriver bareDrive(bare, QDir::tempPath());
    QList<double> bareMs;
    for (const Turn &turn : std::as_const(turns)) {
        bare->setProperty("scale", turn.scale);
        settle(bare);
        QQuickItem *button = bareDrive.find(QStringLiteral("continue"));
        if (!button)
            return 1;
        const QPoint centre =
            button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint();
        const double ms = bareClock.time([&] {
            bare->setProperty("question", turn.question);
            bare->setProperty("hint", turn.hint);
            QTest::mouseClick(bare, Qt::LeftButton, {}, centre);
        });
        if (ms < 0) {
            std::fprintf(stderr, "bench-pageturn: no baseline frame\n");
            return 1;
        }
        bareMs.append(ms);
    }

    QMap<QString, QList<double>> byType;
    QList<double> all;
    for (const Turn &turn : std::as_const(turns)) {
        byType[QStringLiteral("pageturn_%1_%2").arg(turn.type).arg(qRound(turn.scale * 100))]
            .append(turn.ms);
        all.append(turn.ms);
    }
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        std::printf("%s median_ms=%.1f p95_ms=%.1f n=%lld\n", qPrintable(it.key()),
                    percentile(it.value(), 0.5), percentile(it.value(), 0.95),
                    qlonglong(it.value().size()));
    std::printf("pageturn p95_ms=%.1f median_ms=%.1f n=%lld\n", percentile(all, 0.95),
                percentile(all, 0.5), qlonglong(all.size()));
    std::printf("bare median_ms=%.1f p95_ms=%.1f n=%lld\n", percentile(bareMs, 0.5),
                percentile(bareMs, 0.95), qlonglong(bareMs.size()));
    std::printf("ratio pageturn_vs_bare=%.2f\n", percentile(all, 0.5) / percentile(bareMs, 0.5));
    return 0;
}
