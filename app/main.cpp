// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The composition root of the kiosk: parses the command line, reads the configuration and lets
// KioskComposition build the object graph that QML receives. Kept short on
// purpose: the end-to-end tests build the same graph through the same class.
#include "app/composition/discoverywiring.h"
#include "app/composition/fleetwiring.h"
#include "app/composition/helpercomposition.h"
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/config/kioskconfig.h"
#include "domain/fleet/fleetservices.h"
#include "domain/fleet/metricswriter.h"
#include "domain/fleet/sessiontally.h"
#include "domain/flows/flowsession.h"
#include "kiosk-shell/sessionwiper.h"
#include "kiosk-shell/sharedglcontext.h"
#include "kiosk-shell/webenginebackend.h"
#include "qml/viewmodels/appstate.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QQuickWindow>
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
};

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
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOptions({configOption, windowedOption, screenshotOption, afterOption, exitOption,
                       versionOption, helpOption});
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
    // WebEngine's shared OpenGL context is made on a worker thread while the kiosk's objects and
    // QML load, and handed to Qt before the first frame (SharedGlContext).
    const auto sharedGl = ck::SharedGlContext::start();

    // A verified, newer signed configuration installed by the fleet wins over the file (with
    // rollback when the last start with it failed).
    config = ck::FleetServices::startupConfig(config);

    ck::CompositionOptions compositionOptions;
    compositionOptions.windowed = options.windowed || !options.screenshot.isEmpty();
    auto composition = ck::KioskComposition::create(config, compositionOptions);
    if (!composition) {
        printError(composition.error().message);
        return composition.error().code == QLatin1String("services") ? 2 : 1;
    }
    ck::KioskComposition &kiosk = *composition.value();
    // Helper mode, tracking, feedback, evidence and service figures.
    const auto helperMode = ck::HelperComposition::attach(kiosk);
    // Kiosk shell: lockdown, idle timeout, session wipe, admin gate, contained web view.
    auto shell = ck::ShellWiring::install(kiosk, compositionOptions.windowed);
    if (!shell) {
        printError(shell.error().message);
        return 2;
    }
    if (helperMode)
        shell.value()->wiper()->addObject(helperMode.get(), "wipe");
    if (const ck::Status loaded = kiosk.load(); !loaded) {
        printError(loaded.error().message);
        return 1;
    }
    // Open311 discovery: pulls the council's services when due, refreshes them between sessions.
    const auto discovery = ck::DiscoveryWiring::attach(kiosk);
    // Before the event loop runs: the first frame's OpenGL context shares with this one.
    sharedGl->install();
    QQuickWindow *window = kiosk.window();
    shell.value()->attachWindow(window);

    // Fleet: heartbeat, metrics file and config polling start once the welcome screen is up,
    // which is also when systemd hears READY=1 and the running config is confirmed.
    ck::FleetServices fleet(kiosk.config(), kiosk.outbox(), QStringLiteral(CK_VERSION));
    if (window) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &fleet,
            [&fleet] {
                fleet.markUp();
                fleet.start();
            },
            Qt::SingleShotConnection);
    }
    // A wipe that cannot be finished or confirmed ends this process (FailClosed); the reason is
    // kept in the data directory and the metrics file first, so it outlives the restart.
    shell.value()->failClosed()->setRecorder([&fleet](const QString &reason, const QString &step) {
        fleet.recordWipeFailure(reason, step);
    });
    // Session counters for the metrics file: started, completed, abandoned, wiped (+ duration).
    auto *tally = new ck::SessionTally(fleet.metrics(), &fleet);
    QObject::connect(kiosk.appState(), &ck::AppState::screenChanged, tally, [&kiosk, tally] {
        if (kiosk.appState()->screen() != ck::AppState::Welcome)
            tally->started();
    });
    QObject::connect(kiosk.flowSession(), &ck::FlowSession::changed, tally, [&kiosk, tally] {
        if (!kiosk.flowSession()->submittedReference().isEmpty())
            tally->submitted();
    });
    QObject::connect(shell.value()->wiper(), &ck::SessionWiper::wiped, tally,
                     &ck::SessionTally::wiped);
    // Session state, wipe problems, certificate and speech failures for metrics and heartbeats.
    const auto fleetWiring = ck::FleetWiring::attach(kiosk, *shell.value(), fleet);
    // A new config takes effect by restarting (systemd Restart=always) when nobody is using
    // the kiosk: right after a session has ended, or at once if it is idle on the welcome screen.
    QObject::connect(&fleet, &ck::FleetServices::restartWanted, &app, [&kiosk] {
        if (kiosk.appState()->screen() == ck::AppState::Welcome)
            QCoreApplication::exit(0);
    });
    QObject::connect(kiosk.appState(), &ck::AppState::sessionEnded, &app, [&fleet] {
        if (fleet.restartPending())
            QCoreApplication::exit(0);
    });

    // Start-up benchmark (tests/bench/startup): report the first frame of the welcome screen
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
        QTimer::singleShot(options.screenshotAfterMs, &app, [window, file = options.screenshot] {
            auto grab = window->contentItem()->grabToImage();
            if (!grab) {
                printError(QCoreApplication::translate("main", "Could not grab the window."));
                QCoreApplication::exit(1);
                return;
            }
            QObject::connect(grab.data(), &QQuickItemGrabResult::ready, qApp, [grab, file] {
                if (!grab->saveToFile(file)) {
                    printError(QCoreApplication::translate("main", "Could not save %1.").arg(file));
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
