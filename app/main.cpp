// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The kiosk program: parses the command line, reads the configuration, lets KioskGraph build the
// whole object graph (which pushes its objects into QML) and runs it. Nothing is wired here:
// tst_KioskGraph and the end-to-end tests build the same graph through the same classes.
#include "app/composition/kioskcomposition.h"
#include "app/composition/kioskgraph.h"
#include "app/composition/qmlselftest.h"
#include "domain/config/kioskconfig.h"
#include "domain/fleet/fleetservices.h"
#include "kiosk-shell/sharedglcontext.h"
#include "kiosk-shell/webenginebackend.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "civic-kiosk: %s\n", qPrintable(message));
}

struct Options
{
    QString configFile;
    bool windowed = false;
    QString screenshot;
    int screenshotAfterMs = 0;
    int exitAfterMs = 0;
    bool selfTest = false;
};

// --self-test: the whole graph, offscreen, on a throw-away data directory; every QML file of the
// module compiles and every screen instantiates with what the graph pushed into Main.qml.
int runSelfTest(const ck::KioskGraph &graph)
{
    const ck::KioskComposition &kiosk = graph.kiosk();
    QQuickWindow *window = graph.window();
    const auto outcome = ck::QmlSelfTest::run(kiosk.engine(), kiosk.initialProperties(),
                                              window ? window->contentItem() : nullptr);
    for (const QString &line : outcome.checked)
        std::printf("%s\n", qPrintable(line));
    for (const QString &problem : outcome.problems)
        std::printf("FAIL %s\n", qPrintable(problem));
    std::printf("self-test: %lld QML files checked, %lld problems\n",
                static_cast<long long>(outcome.checked.size()),
                static_cast<long long>(outcome.problems.size()));
    std::fflush(stdout);
    return outcome.passed() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // Parsed before any application object exists, so --version and a bad --config answer
    // even without a display (CI, ssh, systemd status checks).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Civic Kiosk"));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Kiosk configuration file (JSON)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"),
                                            QStringLiteral("Run in a window (development)."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a grab of the window and exit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption afterOption(QStringLiteral("after-ms"),
                                         QStringLiteral("Delay before --screenshot."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption exitOption(QStringLiteral("exit-after-ms"),
                                        QStringLiteral("Quit after N milliseconds."),
                                        QStringLiteral("N"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QStringLiteral("Print the version and exit."));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Build the kiosk offscreen, load every QML file and exit (0: all good)."));
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOptions({configOption, windowedOption, screenshotOption, afterOption, exitOption,
                       versionOption, selfTestOption, helpOption});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(versionOption)) {
        std::printf("civic-kiosk %s\n", CK_VERSION);
        return 0;
    }
    if (parser.isSet(helpOption)) {
        // No application object yet, so Qt cannot name the program in the usage line.
        std::printf("%s",
                    qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                         QStringLiteral("civic-kiosk"))));
        return 0;
    }

    Options options;
    options.windowed = parser.isSet(windowedOption);
    options.screenshot = parser.value(screenshotOption);
    options.selfTest = parser.isSet(selfTestOption);
    bool ok = true;
    options.screenshotAfterMs = parser.value(afterOption).toInt(&ok);
    if (!ok || options.screenshotAfterMs < 0) {
        printError(
            QCoreApplication::translate("main", "--after-ms needs a number of milliseconds."));
        return 2;
    }
    if (parser.isSet(exitOption)) {
        options.exitAfterMs = parser.value(exitOption).toInt(&ok);
        if (!ok || options.exitAfterMs <= 0) {
            printError(QCoreApplication::translate(
                "main", "--exit-after-ms needs a number of milliseconds."));
            return 2;
        }
    }

    ck::KioskConfig config;
    if (parser.isSet(configOption)) {
        auto loaded = ck::KioskConfig::load(parser.value(configOption));
        if (!loaded) {
            printError(loaded.error().message);
            return 2;
        }
        config = std::move(loaded.value());
    } else {
        config = ck::KioskConfig::demo();
    }

    // The self-test never touches the kiosk's own data directory or a display.
    QTemporaryDir selfTestData;
    if (options.selfTest) {
        config.dataDir = selfTestData.path();
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    // Qt WebEngine is not linked: its plugin loads when a citizen first opens a web service
    // (WebEngineBackend), so start-up does not pay for Chromium.
    ck::WebEngineBackend::prepareApplication();
    // On-screen keyboard (a11y): the Qt Virtual Keyboard input method, shown by the kiosk's own
    // InputPanel (KioskKeyboard in Main.qml), never as a separate desktop window.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("civic-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("CivicKiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CK_VERSION));
    // The platform's OpenGL support loads, and WebEngine's shared OpenGL context is made, on a
    // worker thread while the kiosk's objects and QML load; the window waits for the first,
    // the first frame for the second (SharedGlContext).
    const auto sharedGl = ck::SharedGlContext::start();

    // A verified, newer signed configuration installed by the fleet wins over the file (with
    // rollback when the last start with it failed).
    if (!options.selfTest)
        config = ck::FleetServices::startupConfig(config);

    ck::CompositionOptions compositionOptions;
    compositionOptions.windowed =
        options.windowed || !options.screenshot.isEmpty() || options.selfTest;
    compositionOptions.beforeWindow = [&sharedGl] { sharedGl->waitForPlatformOpenGL(); };
    auto graph = ck::KioskGraph::build(config, compositionOptions, QStringLiteral(CK_VERSION));
    if (!graph) {
        printError(graph.error().message);
        return ck::KioskGraph::exitCode(graph.error());
    }
    if (options.selfTest)
        return runSelfTest(*graph.value());
    // Before the event loop runs: the first frame's OpenGL context shares with this one.
    sharedGl->install();
    QQuickWindow *window = graph.value()->window();

    // Start-up benchmark (bench-startup): report the first frame of the welcome screen
    // the moment it is swapped (on the render thread), not once the GUI thread has caught up.
    if (qEnvironmentVariableIsSet("CIVIC_KIOSK_REPORT_FIRST_FRAME") && window) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&sinceStart] {
                std::printf("first-frame-ms=%lld\n", static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
                QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); });
            },
            Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
    }

    if (!options.screenshot.isEmpty() && window) {
        QTimer::singleShot(
            options.screenshotAfterMs, &app,
            [&kiosk = graph.value()->kiosk(), window, file = options.screenshot] {
                // Screens draw no background of their own (the window's colour is theirs), and an
                // item grab starts from transparent: a backdrop in that colour, for the grab only,
                // so the picture is what the screen shows (text is antialiased against it).
                QQmlComponent backdrop(kiosk.engine());
                backdrop.setData("import QtQuick\nRectangle { anchors.fill: parent; z: -1000 }",
                                 QUrl(QStringLiteral("qrc:/civic-kiosk/screenshot-backdrop.qml")));
                if (auto *item = qobject_cast<QQuickItem *>(backdrop.create())) {
                    item->setParent(window->contentItem());
                    item->setParentItem(window->contentItem());
                    item->setProperty("color", window->color());
                }
                auto grab = window->contentItem()->grabToImage();
                if (!grab) {
                    printError(QCoreApplication::translate("main", "Could not grab the window."));
                    QCoreApplication::exit(1);
                    return;
                }
                QObject::connect(grab.data(), &QQuickItemGrabResult::ready, qApp, [grab, file] {
                    if (!grab->saveToFile(file)) {
                        printError(
                            QCoreApplication::translate("main", "Could not save %1.").arg(file));
                        QCoreApplication::exit(1);
                        return;
                    }
                    QCoreApplication::exit(0);
                });
            });
    }
    // exit(), not quit(): since Qt 6 quit() first asks every window to close, and the locked-down
    // kiosk window refuses, so --exit-after-ms never ended the app.
    if (options.exitAfterMs > 0)
        QTimer::singleShot(options.exitAfterMs, &app, [] { QCoreApplication::exit(0); });

    return app.exec();
}
