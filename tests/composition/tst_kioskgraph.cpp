// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The complete production graph (labels e2e, fleet, wipe): KioskGraph builds exactly what
// civic-kiosk runs -- outbox and sync, view-models, ReadAloud, helper mode, shell, Open311
// discovery, FleetServices with its heartbeat and metrics file, FleetWiring and the session
// tally -- offscreen, against a real civic-kiosk-intake on 127.0.0.1. It must start (first
// frame, heartbeat at the server, metrics file written), wipe a session with answers at
// "Finish", and go away with no warning logged. The civic-kiosk program itself is then run the
// same way and must quit with exit code 0 and a quiet stderr.
#include "a11y/quick/screenreadaloud.h"
#include "app/composition/fleetwiring.h"
#include "app/composition/helpercomposition.h"
#include "app/composition/kioskgraph.h"
#include "app/composition/shellwiring.h"
#include "domain/fleet/fleetservices.h"
#include "domain/fleet/metricswriter.h"
#include "domain/fleet/sessiontally.h"
#include "domain/flows/flowsession.h"
#include "kiosk-shell/sessionwiper.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "tests/integration/common/intakeprocess.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;
using namespace ck::testing;

namespace {

// Every warning (and worse) logged while the graph lives, from any category.
struct Leaks
{
    QMutex mutex;
    QStringList lines;
    QtMessageHandler previous = nullptr;
};

Leaks &leaks()
{
    static Leaks l;
    return l;
}

void catchWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        QMutexLocker lock(&leaks().mutex);
        leaks().lines.append(QStringLiteral("%1: %2").arg(
            QLatin1String(context.category ? context.category : "default"), message));
    }
    if (leaks().previous)
        leaks().previous(type, context, message);
}

QStringList takeLeaks()
{
    QMutexLocker lock(&leaks().mutex);
    return std::exchange(leaks().lines, {});
}

} // namespace

class tst_KioskGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void productionGraphStartsWipesAndGoesQuietly();
    void programQuitsCleanly();

private:
    KioskConfig config(const QString &dataDir) const;

    QTemporaryDir m_dir;
    IntakeProcess m_server;
    QNetworkAccessManager m_nam;
};

void tst_KioskGraph::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("intake.sqlite"))));
    qputenv("CIVIC_KIOSK_DEMO_INTAKE_URL", m_server.url(QString()).toUtf8());
}

KioskConfig tst_KioskGraph::config(const QString &dataDir) const
{
    KioskConfig c = KioskConfig::demo(); // the demo intake, now this test's server
    c.dataDir = dataDir;
    c.minFreeMb = 1;
    c.fleet.metricsTextfile = QDir(dataDir).filePath(QStringLiteral("civic_kiosk.prom"));
    return c;
}

void tst_KioskGraph::productionGraphStartsWipesAndGoesQuietly()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("graph"));
    const KioskConfig cfg = config(dataDir);
    takeLeaks();
    leaks().previous = qInstallMessageHandler(catchWarnings);
    {
        CompositionOptions options;
        options.windowed = true;
        auto built = KioskGraph::build(cfg, options, QStringLiteral("0.0-test"));
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
        KioskGraph &graph = *built.value();
        KioskComposition &kiosk = graph.kiosk();

        // Every part is there, and QML got the objects C++ made (pushed, not read back).
        QVERIFY(graph.helperMode());
        QVERIFY(graph.shell());
        QVERIFY(graph.fleet());
        QVERIFY(graph.fleetWiring());
        QVERIFY(graph.tally());
        QVERIFY(graph.fleetWiring()->remoteView());
        QQuickWindow *window = graph.window();
        QVERIFY(window);
        QVERIFY(kiosk.readAloud());
        QCOMPARE(kiosk.initialProperties().value(QStringLiteral("readAloud")).value<QObject *>(),
                 kiosk.readAloud());
        QCOMPARE(kiosk.readAloud()->language(), kiosk.appState()->language());

        // Starts: the first frame starts the fleet, whose heartbeat reaches the server and whose
        // metrics file appears.
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(cfg.fleet.metricsTextfile), 10000);
        bool beat = false;
        for (int i = 0; i < 100 && !beat; ++i) {
            const HttpResult r = http(
                m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/heartbeats/") + cfg.kioskId),
                {}, adminHeaders());
            beat =
                r.status == 200 && r.json().object().value(QStringLiteral("heartbeat")).isObject();
            if (!beat)
                QTest::qWait(100);
        }
        QVERIFY2(beat, "no heartbeat reached the intake server");

        // A session with answers, then "Finish": the shell's wiper ends it, and the tally and
        // the metrics see a started, abandoned and wiped session.
        QVERIFY(kiosk.flowController()->start(QStringLiteral("missed-bin")));
        QTRY_VERIFY(kiosk.appState()->screen() != AppState::Welcome);
        kiosk.flowController()->setDraft(QStringLiteral("answer-KG7731"));
        QVERIFY(kiosk.flowSession()->isActive());
        QSignalSpy wiped(graph.shell()->wiper(), &SessionWiper::wiped);
        kiosk.appState()->requestEndSession();
        QVERIFY(wiped.wait(8000));
        QCOMPARE(kiosk.appState()->screen(), AppState::Welcome);
        QVERIFY(!kiosk.flowSession()->isActive());
        QVERIFY(!kiosk.flowController()->active());
        const QString metrics = QString::fromUtf8(graph.fleet()->metrics()->render());
        QVERIFY2(metrics.contains(QStringLiteral("event=\"started\"} 1")), qPrintable(metrics));
        QVERIFY2(metrics.contains(QStringLiteral("event=\"abandoned\"} 1")), qPrintable(metrics));
        QVERIFY2(metrics.contains(QStringLiteral("event=\"wiped\"} 1")), qPrintable(metrics));
        QTest::qWait(200);
    }
    qInstallMessageHandler(leaks().previous);
    const QStringList leaked = takeLeaks();
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char('\n'))));
}

void tst_KioskGraph::programQuitsCleanly()
{
    // The same graph through main(): civic-kiosk with the demo config on this test's server,
    // offscreen, quits by itself with exit code 0 and no warning on stderr.
    QProcess kiosk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Each line names its kind, so a warning cannot pass for an informational line.
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
               QStringLiteral("%{type} %{category}: %{message}"));
    env.insert(QStringLiteral("CIVIC_KIOSK_DEMO_INTAKE_URL"), m_server.url(QString()));
    env.insert(QStringLiteral("CIVIC_KIOSK_DEMO_DATA_DIR"), m_dir.filePath(QStringLiteral("main")));
    // A session's runtime directory, as systemd gives the kiosk one (Qt warns without).
    const QString runtimeDir = m_dir.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtimeDir));
    QVERIFY(
        QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    kiosk.setProcessEnvironment(env);
    kiosk.start(
        binPath(QStringLiteral("civic-kiosk")),
        {QStringLiteral("--windowed"), QStringLiteral("--exit-after-ms"), QStringLiteral("2500")});
    QVERIFY(kiosk.waitForStarted(10000));
    QVERIFY(kiosk.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(kiosk.readAllStandardError());
    QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
    QVERIFY2(kiosk.exitCode() == 0, qPrintable(err));
    QStringList problems;
    for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // Offscreen has no OpenGL at all: SharedGlContext says web pages would draw in software,
        // which is the truth here and not a leak.
        if (line.startsWith(QLatin1String("debug ")) || line.startsWith(QLatin1String("info "))
            || line.startsWith(QLatin1String("warning civickiosk.shell.gl: no shared OpenGL")))
            continue;
        problems.append(line);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

int main(int argc, char *argv[])
{
    // Offscreen always: the graph is checked, not the pixels.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tst_KioskGraph test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskgraph.moc"
