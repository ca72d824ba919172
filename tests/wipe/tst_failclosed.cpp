// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Fail closed (labels wipe, security): the real kiosk (KioskComposition, ShellWiring, Main.qml,
// FleetServices with its metrics file, wired as the civic-kiosk program wires them) whose session
// wipe cannot finish, or has a step that throws, or cannot be confirmed. The kiosk then takes
// the window out of reach, records the reason in the metrics file and in the data directory,
// and ends the process with KioskLockdown::WipeFailed so systemd starts a fresh one; the next
// process (a new FleetServices on the same data directory) still reports the failure.
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/config/kioskconfig.h"
#include "domain/fleet/fleetservices.h"
#include "domain/flows/flowsession.h"
#include "kiosk-shell/kiosklockdown.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "tests/unit/kiosk-shell/guitestmain.h"

#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <stdexcept>

using namespace ck;

namespace {

// A participant whose wipe never reports back, as a web profile stuck in WebEngine would.
class StuckParticipant : public Wipeable
{
public:
    QString wipeName() const override { return QStringLiteral("stuck-profile"); }
    void wipe() override { }
    void wipeThen(std::function<void()>) override { }
};

class ThrowingParticipant : public Wipeable
{
public:
    QString wipeName() const override { return QStringLiteral("throwing-step"); }
    void wipe() override { throw std::runtime_error("cannot reach the cache"); }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> queue {root};
    while (!queue.isEmpty()) {
        QQuickItem *item = queue.takeFirst();
        if (item->objectName() == name && item->isVisible())
            return item;
        queue.append(item->childItems());
    }
    return nullptr;
}

} // namespace

class tst_FailClosed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedWipeEndsTheProcess_data();
    void failedWipeEndsTheProcess();
    void confirmedWipeKeepsTheProcess();
};

void tst_FailClosed::failedWipeEndsTheProcess_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("step");
    QTest::newRow("stuck participant") << "stuck"
                                       << "incomplete"
                                       << "stuck-profile";
    QTest::newRow("step throws") << "throw"
                                 << "step-failed"
                                 << "throwing-step";
    QTest::newRow("not confirmed") << "unconfirmed"
                                   << "unconfirmed"
                                   << "leftover-check";
}

void tst_FailClosed::failedWipeEndsTheProcess()
{
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    QFETCH(QString, step);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    KioskConfig config = KioskConfig::demo();
    config.dataDir = dir.filePath(QStringLiteral("data"));
    config.fleet.metricsTextfile = dir.filePath(QStringLiteral("civic_kiosk.prom"));
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto created = KioskComposition::create(config, options);
    QVERIFY(created.ok());
    KioskComposition &kiosk = *created.value();
    auto shell = ShellWiring::install(kiosk, true);
    QVERIFY(shell.ok());
    QVERIFY(kiosk.load().ok());
    QQuickWindow *window = kiosk.window();
    shell.value()->attachWindow(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    FleetServices fleet(kiosk.config(), kiosk.outbox(), QStringLiteral("test"));
    FailClosed *failClosed = shell.value()->failClosed();
    failClosed->setRecorder(
        [&fleet](const QString &r, const QString &s) { fleet.recordWipeFailure(r, s); });
    QList<int> exits;
    failClosed->setExitFunction([&exits](int code) { exits << code; });

    StuckParticipant stuck;
    ThrowingParticipant throwing;
    SessionWiper *wiper = shell.value()->wiper();
    wiper->setTimeoutMs(300);
    if (fault == QLatin1String("stuck"))
        wiper->addParticipant(&stuck);
    else if (fault == QLatin1String("throw"))
        wiper->addParticipant(&throwing);
    else
        wiper->addFinalStep(QStringLiteral("leftover-check"), [] {
            return Status::failure(QStringLiteral("leftover"), QStringLiteral("still there"));
        });

    // A citizen answers and presses "Start again"; the wipe runs and fails.
    QVERIFY(kiosk.flowController()->start(QStringLiteral("missed-bin")));
    QTRY_VERIFY(kiosk.appState()->screen() != AppState::Welcome);
    QSignalSpy failed(wiper, &SessionWiper::wipeFailed);
    kiosk.appState()->requestEndSession();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failed.first().at(0).toString(), reason);
    QCOMPARE(failed.first().at(1).toString(), step);

    // The process ends with the status systemd restarts on ...
    QCOMPARE(exits, QList<int> {KioskLockdown::WipeFailed});
    QVERIFY(failClosed->isTripped());
    // ... and nobody can start a session in it meanwhile.
    QVERIFY(!window->isVisible());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(findItem(window->contentItem(), QStringLiteral("startButton")));
    QQuickItem *start = findItem(window->contentItem(), QStringLiteral("startButton"));
    QTest::mouseClick(
        window, Qt::LeftButton, {},
        start->mapToScene(QPointF(start->width() / 2, start->height() / 2)).toPoint());
    QTest::keyClick(window, Qt::Key_Return);
    QTest::qWait(200);
    QCOMPARE(kiosk.appState()->screen(), AppState::Welcome);

    // The reason is in the metrics file at once, and in the data directory for the next process.
    const QByteArray line =
        QStringLiteral("civic_kiosk_wipe_failures_total{reason=\"%1\",step=\"%2\"} 1")
            .arg(reason, step)
            .toUtf8();
    const QByteArray metrics = readFile(config.fleet.metricsTextfile);
    QVERIFY2(metrics.contains(line), metrics.constData());
    FleetServices restarted(kiosk.config(), kiosk.outbox(), QStringLiteral("test"));
    QVERIFY2(restarted.metrics()->render().contains(line),
             restarted.metrics()->render().constData());
    if (fault == QLatin1String("stuck"))
        wiper->removeParticipant(&stuck);
    if (fault == QLatin1String("throw"))
        wiper->removeParticipant(&throwing);
}

void tst_FailClosed::confirmedWipeKeepsTheProcess()
{
    QTemporaryDir dir;
    KioskConfig config = KioskConfig::demo();
    config.dataDir = dir.filePath(QStringLiteral("data"));
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto created = KioskComposition::create(config, options);
    QVERIFY(created.ok());
    KioskComposition &kiosk = *created.value();
    auto shell = ShellWiring::install(kiosk, true);
    QVERIFY(shell.ok());
    QVERIFY(kiosk.load().ok());
    shell.value()->attachWindow(kiosk.window());
    QList<int> exits;
    shell.value()->failClosed()->setExitFunction([&exits](int code) { exits << code; });
    QSignalSpy wiped(shell.value()->wiper(), &SessionWiper::wiped);
    QSignalSpy failed(shell.value()->wiper(), &SessionWiper::wipeFailed);
    QVERIFY(kiosk.flowController()->start(QStringLiteral("missed-bin")));
    QTRY_VERIFY(kiosk.appState()->screen() != AppState::Welcome);
    kiosk.appState()->requestEndSession();
    QTRY_COMPARE(wiped.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(exits.isEmpty());
    QVERIFY(!shell.value()->failClosed()->isTripped());
    QVERIFY(kiosk.flowController()->start(QStringLiteral("missed-bin")));
}

CK_GUI_TEST_MAIN(tst_FailClosed)
#include "tst_failclosed.moc"
