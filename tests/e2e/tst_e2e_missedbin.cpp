// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// End to end: the real kiosk (same object graph as the civic-kiosk program, through
// KioskComposition), the real QML screens, a real SQLite outbox in a temporary directory and the
// real reference intake server on 127.0.0.1. A person's whole "missed bin" report is made with
// mouse and keyboard events; the test then checks the durable row and its delivery, and leaves a
// screenshot of every screen in <build>/screenshots/e2e/.
#include "tests/e2e/kioskdriver.h"

#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "domain/flows/flowsession.h"
#include "offline-cache/outbox.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

#include <sqlite3.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

// Whether a shared library whose name contains `name` is mapped into this process.
bool libraryMapped(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}

struct OutboxFileRow
{
    QString reference;
    QString serviceId;
    QString state;
    qint64 payloadBytes = 0;
};

// Reads the outbox file with the SQLite C API directly, not through Outbox: what counts is
// what is on disk.
QList<OutboxFileRow> rowsOnDisk(const QString &path)
{
    QList<OutboxFileRow> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT reference, service_id, state, length(payload) FROM outbox "
                           "WHERE kind = 'submission' ORDER BY id",
                           -1, &st, nullptr)
        == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            OutboxFileRow row;
            row.reference =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            row.serviceId =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
            row.state =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 2)));
            row.payloadBytes = sqlite3_column_int64(st, 3);
            out.append(row);
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

} // namespace

class tst_E2eMissedBin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void missedBinByMouseAndKeyboard();
    void saveFailureKeepsAnswers();

private:
    std::unique_ptr<KioskComposition> makeKiosk(const QString &dataDir, qint64 minFreeMb = 1);
    void answerUpToCheck(KioskDriver &drive, FlowController *flow, bool screenshots);

    QProcess m_intake;
    QTemporaryDir m_intakeDir;
    QString m_intakeUrl;
};

void tst_E2eMissedBin::initTestCase()
{
    QVERIFY(m_intakeDir.isValid());
    const QString server = QStringLiteral(CK_BIN_DIR "/civic-kiosk-intake");
    QVERIFY2(QFileInfo::exists(server), qPrintable(server));
    m_intake.setProcessChannelMode(QProcess::MergedChannels);
    m_intake.start(server,
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                    m_intakeDir.filePath(QStringLiteral("intake.sqlite"))});
    QVERIFY(m_intake.waitForStarted());
    const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        (seen += m_intake.readAll(), listening.match(QString::fromUtf8(seen)).hasMatch()), 10000);
    m_intakeUrl = QStringLiteral("http://127.0.0.1:%1")
                      .arg(listening.match(QString::fromUtf8(seen)).captured(1));
    // The demo config (what scripts/demo.sh runs) takes the intake URL from here.
    qputenv("CIVIC_KIOSK_DEMO_INTAKE_URL", m_intakeUrl.toUtf8());
}

void tst_E2eMissedBin::cleanupTestCase()
{
    if (m_intake.state() != QProcess::NotRunning) {
        m_intake.terminate();
        if (!m_intake.waitForFinished(3000)) {
            m_intake.kill();
            m_intake.waitForFinished(3000);
        }
    }
}

std::unique_ptr<KioskComposition> tst_E2eMissedBin::makeKiosk(const QString &dataDir,
                                                              qint64 minFreeMb)
{
    KioskConfig config = KioskConfig::demo();
    config.dataDir = dataDir;
    config.minFreeMb = int(minFreeMb);
    CompositionOptions options;
    options.windowed = true;
    auto kiosk = KioskComposition::create(config, options);
    if (!kiosk) {
        qWarning() << kiosk.error().code << kiosk.error().message;
        return nullptr;
    }
    std::unique_ptr<KioskComposition> out = std::move(kiosk.value());
    const Status loaded = out->load();
    if (!loaded) {
        qWarning().noquote() << loaded.error().message;
        return nullptr;
    }
    out->window()->resize(1280, 1024);
    return out;
}

// Welcome -> services -> every question of the missed-bin flow, answered as a person would,
// with one deliberate mistake to see the GOV.UK error summary.
void tst_E2eMissedBin::answerUpToCheck(KioskDriver &drive, FlowController *flow, bool shots)
{
    QTRY_VERIFY(drive.find(QStringLiteral("startButton")));
    if (shots) {
        drive.shoot(QStringLiteral("01-welcome"));
        // The welcome screen draws itself with QtQuick.Templates, so start-up loads no Qt Quick
        // Controls style (bench-startup); the style comes with the first screen that uses one.
        QVERIFY(!libraryMapped("qtquickcontrols2basicstyleplugin"));
    }
    QVERIFY(drive.click(QStringLiteral("startButton")));
    QTRY_VERIFY(drive.find(QStringLiteral("service_missed-bin")));
    if (shots) {
        drive.shoot(QStringLiteral("02-services"));
        QVERIFY(libraryMapped("qtquickcontrols2basicstyleplugin"));
    }
    QVERIFY(drive.click(QStringLiteral("service_missed-bin")));

    // 1. Which bin: Continue without an answer shows the error summary, which takes focus.
    QTRY_COMPARE(flow->pageId(), QStringLiteral("bin-type"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_general")));
    if (shots)
        drive.shoot(QStringLiteral("03-question-choice"));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_VERIFY(drive.find(QStringLiteral("errorSummary")));
    QCOMPARE(flow->errors()->rowCount(), 1);
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("errorSummary"));
    if (shots)
        drive.shoot(QStringLiteral("04-error-summary"));
    // The error link takes the keyboard to the answer; Space chooses the focused card.
    QVERIFY(drive.click(QStringLiteral("errorLink_bin-type")));
    QTRY_VERIFY(drive.focused()
                && drive.focused()->objectName() == QLatin1String("option_general"));
    drive.key(Qt::Key_Space);
    QCOMPARE(flow->draft().toString(), QStringLiteral("general"));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));

    // 2. Date: the focus lands on the question (the page's heading), Tab goes on to the three
    // boxes, typed with the keyboard.
    QTRY_COMPARE(flow->pageId(), QStringLiteral("collection-date"));
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("screenHeading"));
    drive.key(Qt::Key_Tab);
    QTRY_VERIFY(drive.focused() && drive.focused()->parentItem()
                && drive.focused()->parentItem()->objectName() == QLatin1String("dateDay"));
    const QDate day = QDate::currentDate().addDays(-1);
    drive.type(QString::number(day.day()));
    drive.key(Qt::Key_Tab);
    drive.type(QString::number(day.month()));
    drive.key(Qt::Key_Tab);
    drive.type(QString::number(day.year()));
    if (shots)
        drive.shoot(QStringLiteral("05-question-date"));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));

    // 3. Address.
    QTRY_COMPARE(flow->pageId(), QStringLiteral("address"));
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("screenHeading"));
    drive.key(Qt::Key_Tab);
    QTRY_VERIFY(drive.focused() && drive.focused()->parentItem()
                && drive.focused()->parentItem()->objectName() == QLatin1String("addressLine1"));
    drive.type(QStringLiteral("1 High Street"));
    drive.key(Qt::Key_Tab);
    drive.key(Qt::Key_Tab);
    drive.type(QStringLiteral("Cardiff"));
    drive.key(Qt::Key_Tab);
    drive.type(QStringLiteral("cf10 1aa"));
    if (shots)
        drive.shoot(QStringLiteral("06-question-address"));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));

    // 4. Anything else? Yes -> the notes page appears (showIf).
    QTRY_COMPARE(flow->pageId(), QStringLiteral("more-info"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_yes")));
    QVERIFY(drive.click(QStringLiteral("option_yes")));
    QCOMPARE(flow->draft().toBool(), true);
    QVERIFY(drive.click(QStringLiteral("primaryButton")));

    QTRY_COMPARE(flow->pageId(), QStringLiteral("notes"));
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("screenHeading"));
    drive.key(Qt::Key_Tab);
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("fieldInput"));
    drive.type(QStringLiteral("The lorry did not stop on our side of the road."));
    if (shots)
        drive.shoot(QStringLiteral("07-question-longtext"));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));

    // 5. No contact: the email and phone pages stay hidden.
    QTRY_COMPARE(flow->pageId(), QStringLiteral("contact"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_no")));
    QVERIFY(drive.click(QStringLiteral("option_no")));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));

    QTRY_VERIFY(flow->onSummary());
}

void tst_E2eMissedBin::missedBinByMouseAndKeyboard()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto kiosk = makeKiosk(data.path());
    QVERIFY(kiosk);
    QQuickWindow *window = kiosk->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    KioskDriver drive(window, QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("e2e")));
    FlowController *flow = kiosk->flowController();
    AppState *state = kiosk->appState();

    answerUpToCheck(drive, flow, true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(state->screen(), AppState::Check);
    QTRY_VERIFY(drive.find(QStringLiteral("answer_address")));
    const QString address =
        drive.find(QStringLiteral("answer_address"))->property("text").toString();
    QVERIFY2(address.contains(QLatin1String("CF10 1AA")), qPrintable(address)); // normalised in C++
    QVERIFY(!drive.find(QStringLiteral("answer_email"))); // hidden branch not shown
    drive.shoot(QStringLiteral("08-check-answers"));

    // Change the bin type from the summary: the page opens, Continue returns to the summary.
    QVERIFY(drive.click(QStringLiteral("change_bin-type")));
    QTRY_COMPARE(state->screen(), AppState::Question);
    QCOMPARE(flow->pageId(), QStringLiteral("bin-type"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_recycling")));
    QVERIFY(drive.click(QStringLiteral("option_recycling")));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Check);

    // Send: the confirmation shows only once the row is durable.
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Confirmation);
    const QString reference = flow->reference();
    QVERIFY(QRegularExpression(QStringLiteral("^CK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$"))
                .match(reference)
                .hasMatch());
    QCOMPARE(flow->referenceGroups().join(QLatin1Char('-')), reference);
    QTRY_VERIFY(drive.find(QStringLiteral("referenceGroup")));
    drive.shoot(QStringLiteral("09-confirmation"));

    const QString dbFile = QDir(data.path()).filePath(QStringLiteral("outbox.sqlite"));
    QVERIFY(QFileInfo::exists(dbFile));
    QList<OutboxFileRow> rows = rowsOnDisk(dbFile);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().reference, reference);
    QCOMPARE(rows.first().serviceId, QStringLiteral("missed-bin"));

    // The sync engine delivers it to the intake server (Open311); the ciphertext is then gone.
    QTRY_VERIFY_WITH_TIMEOUT(
        (rows = rowsOnDisk(dbFile), rows.first().state == QLatin1String("delivered")), 20000);
    QCOMPARE(rows.first().payloadBytes, 0);

    // Finish: answers forgotten, back to the welcome screen in the default language.
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Welcome);
    QVERIFY(!kiosk->flowSession()->isActive());
    QVERIFY(flow->reference().isEmpty());
    QTRY_VERIFY(drive.find(QStringLiteral("startButton")));
    drive.shoot(QStringLiteral("10-welcome-again"));
}

void tst_E2eMissedBin::saveFailureKeepsAnswers()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    // A free-space floor no disk here meets: the outbox refuses before SQLite ever would.
    auto kiosk = makeKiosk(data.path(), 1024 * 1024);
    QVERIFY(kiosk);
    QQuickWindow *window = kiosk->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    KioskDriver drive(window, QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("e2e")));
    FlowController *flow = kiosk->flowController();
    AppState *state = kiosk->appState();

    answerUpToCheck(drive, flow, false);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_VERIFY(drive.find(QStringLiteral("submitError")));
    QCOMPARE(state->screen(), AppState::Check);
    QCOMPARE(flow->submitError(),
             QStringLiteral("Your form could not be saved. Ask a member of staff."));
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("submitError"));
    QVERIFY(flow->reference().isEmpty());
    QCOMPARE(kiosk->flowSession()->answer(QStringLiteral("bin-type")).toString(),
             QStringLiteral("general"));
    QVERIFY(rowsOnDisk(QDir(data.path()).filePath(QStringLiteral("outbox.sqlite"))).isEmpty());
    drive.shoot(QStringLiteral("11-save-failed"));
}

int main(int argc, char **argv)
{
    // Under xvfb-run (scripts/test.sh) DISPLAY is set and xcb is used; bare ctest: offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_E2eMissedBin test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_missedbin.moc"
