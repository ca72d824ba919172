// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// End to end, helper mode: the real kiosk (KioskComposition + HelperComposition, the same graph
// as the civic-kiosk program), the real QML screens, a real outbox in a temporary directory and the
// real intake server on 127.0.0.1. A member of staff signs in with a swiped card, the citizen
// agrees in Welsh, the helper types a missed-bin report, the citizen leaves feedback, the helper
// signs out (full wipe), and a fresh session tracks the reference. Screenshots of every step land
// in <build>/screenshots/helper/.
#include "tests/e2e/kioskdriver.h"

#include "app/composition/helpercomposition.h"
#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "domain/evidence/evidenceaggregator.h"
#include "domain/evidence/feedbackhold.h"
#include "domain/flows/flowsession.h"
#include "domain/helper/helpersession.h"
#include "offline-cache/outbox.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/helpercontroller.h"
#include "qml/viewmodels/trackcontroller.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

// Every string property of every item under `root`: what a person (or a screen reader) could
// still read on screen.
QStringList visibleStrings(QQuickItem *root)
{
    QStringList out;
    QList<QQuickItem *> queue {root};
    while (!queue.isEmpty()) {
        QQuickItem *item = queue.takeFirst();
        if (!item->isVisible())
            continue;
        for (const char *p : {"text", "displayText"}) {
            const QVariant v = item->property(p);
            if (v.typeId() == QMetaType::QString && !v.toString().isEmpty())
                out << v.toString();
        }
        queue.append(item->childItems());
    }
    return out;
}

} // namespace

class tst_E2eHelper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpedSessionWipeThenTrack();

private:
    QProcess m_intake;
    QTemporaryDir m_intakeDir;
};

void tst_E2eHelper::initTestCase()
{
    QVERIFY(m_intakeDir.isValid());
    m_intake.setProcessChannelMode(QProcess::MergedChannels);
    m_intake.start(QStringLiteral(CK_BIN_DIR "/civic-kiosk-intake"),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                    m_intakeDir.filePath(QStringLiteral("intake.sqlite"))});
    QVERIFY(m_intake.waitForStarted());
    const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        (seen += m_intake.readAll(), listening.match(QString::fromUtf8(seen)).hasMatch()), 10000);
    qputenv("CIVIC_KIOSK_DEMO_INTAKE_URL",
            QStringLiteral("http://127.0.0.1:%1")
                .arg(listening.match(QString::fromUtf8(seen)).captured(1))
                .toUtf8());
}

void tst_E2eHelper::cleanupTestCase()
{
    if (m_intake.state() != QProcess::NotRunning) {
        m_intake.kill();
        m_intake.waitForFinished(3000);
    }
}

void tst_E2eHelper::helpedSessionWipeThenTrack()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    KioskConfig config = KioskConfig::demo(); // helper H001, PIN 1357
    config.dataDir = data.path();
    config.minFreeMb = 1;
    CompositionOptions options;
    options.windowed = true;
    auto created = KioskComposition::create(config, options);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    std::unique_ptr<KioskComposition> kiosk = std::move(created.value());
    const auto helperMode = HelperComposition::attach(*kiosk);
    const Status loaded = kiosk->load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QQuickWindow *window = kiosk->window();
    window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    KioskDriver drive(window,
                      QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("helper")));
    AppState *state = kiosk->appState();
    FlowController *flow = kiosk->flowController();
    HelperSession *helper = helperMode->session();

    // --- Staff sign-in: a wrong PIN first, then the staff card. ---
    QTRY_VERIFY(drive.find(QStringLiteral("helperSignInLink")));
    drive.shoot(QStringLiteral("01-welcome"));
    QVERIFY(drive.click(QStringLiteral("helperSignInLink")));
    QTRY_COMPARE(state->screen(), HelperController::SignInScreen);
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("helperIdInput"));
    drive.type(QStringLiteral("H001"));
    drive.key(Qt::Key_Return);
    QTRY_VERIFY(drive.focused()
                && drive.focused()->objectName() == QLatin1String("helperPinInput"));
    drive.type(QStringLiteral("9999"));
    drive.key(Qt::Key_Return);
    QTRY_VERIFY(drive.find(QStringLiteral("helperError")));
    QCOMPARE(drive.find(QStringLiteral("helperPinInput"))->property("text").toString(),
             QString()); // the PIN box is emptied after every try
    QCOMPARE(helperMode->session()->lockout().failures(QStringLiteral("H001")), 1);
    drive.shoot(QStringLiteral("02-sign-in-wrong-pin"));

    // The card reader types its track into the focused box.
    drive.find(QStringLiteral("helperIdInput"))->setProperty("text", QString());
    QVERIFY(drive.click(QStringLiteral("helperIdInput")));
    drive.type(QStringLiteral(";H001=1357?"));
    QTRY_COMPARE_WITH_TIMEOUT(state->screen(), HelperController::ConsentScreen, 10000);
    QCOMPARE(helper->state(), HelperSession::State::AwaitingConsent);
    QCOMPARE(helper->lockout().failures(QStringLiteral("H001")), 0);

    // --- Consent, asked in the citizen's language. ---
    state->setLanguage(QStringLiteral("cy"));
    QTRY_VERIFY(drive.find(QStringLiteral("consentText")));
    drive.shoot(QStringLiteral("03-consent-welsh"));
    QVERIFY(drive.find(QStringLiteral("helperBanner")));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Services);
    QCOMPARE(helper->state(), HelperSession::State::Helping);
    QCOMPARE(helper->consentLanguage(), QStringLiteral("cy"));
    state->setLanguage(QStringLiteral("en"));

    // --- The helper types for the citizen. ---
    QVERIFY(drive.click(QStringLiteral("helperTypeButton")));
    QTRY_VERIFY(helper->helperTyping());
    QTRY_VERIFY(drive.find(QStringLiteral("service_missed-bin")));
    QTRY_VERIFY(drive.find(QStringLiteral("servicePerformance"))); // figures from the server
    drive.shoot(QStringLiteral("04-services-helped"));
    QVERIFY(drive.click(QStringLiteral("service_missed-bin")));

    QTRY_COMPARE(flow->pageId(), QStringLiteral("bin-type"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_general")));
    QVERIFY(drive.click(QStringLiteral("option_general")));
    drive.shoot(QStringLiteral("05-question-helped"));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));

    QTRY_COMPARE(flow->pageId(), QStringLiteral("collection-date"));
    // The focus lands on the question; Tab goes on to the answer.
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
    QVERIFY(drive.click(QStringLiteral("primaryButton")));

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
    QVERIFY(drive.click(QStringLiteral("primaryButton")));

    QTRY_COMPARE(flow->pageId(), QStringLiteral("more-info"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_no")));
    QVERIFY(drive.click(QStringLiteral("option_no")));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(flow->pageId(), QStringLiteral("contact"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_no")));
    QVERIFY(drive.click(QStringLiteral("option_no")));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_VERIFY(flow->onSummary());
    QTRY_COMPARE(state->screen(), AppState::Check);

    // Hand the keyboard back: the citizen sends it themselves.
    QVERIFY(drive.click(QStringLiteral("helperTypeButton")));
    QTRY_VERIFY(!helper->helperTyping());
    drive.shoot(QStringLiteral("06-check-answers-helped"));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Confirmation);
    const QString reference = flow->reference();
    QVERIFY(!reference.isEmpty());
    QTRY_VERIFY(drive.find(QStringLiteral("referenceGroup")));
    drive.shoot(QStringLiteral("07-confirmation-helped"));

    // The payload says "helped, with consent" and nothing about who helped.
    Outbox *outbox = kiosk->outbox();
    const auto rows = outbox->rows();
    QVERIFY(rows.ok());
    bool checkedPayload = false;
    for (const OutboxRow &row : rows.value()) {
        if (row.reference != reference || row.state != QLatin1String("queued"))
            continue;
        const auto plain = outbox->decryptPayload(row.id);
        if (!plain.ok())
            continue; // already delivered: the ciphertext is gone
        const QJsonObject doc = QJsonDocument::fromJson(plain->view()).object();
        const QJsonObject assisted = doc.value(QStringLiteral("assisted")).toObject();
        QCOMPARE(assisted.value(QStringLiteral("helped")).toBool(), true);
        QCOMPARE(assisted.value(QStringLiteral("consent")).toBool(), true);
        QVERIFY(!plain->view().contains("H001"));
        QVERIFY(!plain->view().contains("Demo helper"));
        checkedPayload = true;
    }
    if (!checkedPayload)
        qInfo("payload delivered before it could be inspected; tst_evidenceprivacy covers it");

    // --- Feedback: five faces and a comment, anonymous. ---
    QVERIFY(drive.click(QStringLiteral("feedbackButton")));
    QTRY_COMPARE(state->screen(), QStringLiteral("feedback"));
    QTRY_VERIFY(drive.find(QStringLiteral("face4")));
    QVERIFY(drive.click(QStringLiteral("face4")));
    QVERIFY(drive.click(QStringLiteral("feedbackComment")));
    drive.type(QStringLiteral("Big letters helped. Mail me at a@b.org"));
    drive.shoot(QStringLiteral("08-feedback"));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_VERIFY(drive.find(QStringLiteral("feedbackThanks")));
    drive.shoot(QStringLiteral("09-feedback-sent"));
    const auto feedbackRows = [outbox] {
        int n = 0;
        const auto rows = outbox->rows();
        for (const OutboxRow &row : rows.value())
            n += row.kind == QLatin1String("feedback") ? 1 : 0;
        return n;
    };
    // Held back for a random time (docs/api.md, "Feedback timing"), then queued like any row.
    QCOMPARE(feedbackRows(), 0);
    QCOMPARE(helperMode->feedbackHold()->held(), 1);
    QVERIFY(helperMode->feedbackHold()->nextReleaseAt()
            >= QDateTime::currentDateTimeUtc().addSecs(20 * 60 - 5));
    QCOMPARE(helperMode->feedbackHold()->releaseAll().value(), 1);
    QCOMPARE(feedbackRows(), 1);

    // --- The helper signs out: the whole session is wiped. ---
    QVERIFY(drive.click(QStringLiteral("helperSignOutButton")));
    QTRY_COMPARE(state->screen(), AppState::Welcome);
    QCOMPARE(helper->state(), HelperSession::State::SignedOut);
    QVERIFY(!helper->assist().helped);
    QVERIFY(!kiosk->flowSession()->isActive());
    QVERIFY(flow->reference().isEmpty());
    QTRY_VERIFY(!drive.find(QStringLiteral("helperBanner")));
    QTRY_VERIFY(drive.find(QStringLiteral("startButton")));
    const QStringList onScreen = visibleStrings(window->contentItem());
    for (const QString &s : onScreen) {
        QVERIFY2(!s.contains(reference), qPrintable(s));
        QVERIFY2(!s.contains(QLatin1String("Demo helper")), qPrintable(s));
        QVERIFY2(!s.contains(QLatin1String("High Street")), qPrintable(s));
    }
    // One session counted: completed, helped.
    const EvidenceTotals totals = helperMode->evidence()->totals();
    QCOMPARE(totals.sessions, 1);
    QCOMPARE(totals.completed, 1);
    QCOMPARE(totals.helped, 1);
    drive.shoot(QStringLiteral("10-welcome-after-wipe"));

    // --- A fresh session tracks the reference: a typo first, then the right one. ---
    QTRY_VERIFY_WITH_TIMEOUT(outbox->receipt(reference).ok()
                                 && outbox->receipt(reference)->state == QLatin1String("delivered"),
                             20000);
    QVERIFY(drive.click(QStringLiteral("trackButton")));
    QTRY_COMPARE(state->screen(), TrackController::Screen);
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("screenHeading"));
    drive.key(Qt::Key_Tab);
    QTRY_VERIFY(drive.focused()
                && drive.focused()->objectName() == QLatin1String("trackReferenceInput"));
    QString typo = reference;
    const int at = typo.size() - 3; // a payload symbol, not the check character
    typo[at] = typo[at] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    drive.type(typo);
    drive.key(Qt::Key_Return);
    QTRY_VERIFY(drive.find(QStringLiteral("trackError")));
    QCOMPARE(drive.find(QStringLiteral("trackError"))->property("text").toString(),
             QStringLiteral("Enter a reference number in the correct format, like CK-7F3K-92QD-X"));
    drive.shoot(QStringLiteral("11-track-typo"));

    drive.find(QStringLiteral("trackReferenceInput"))->setProperty("text", QString());
    QVERIFY(drive.click(QStringLiteral("trackReferenceInput")));
    drive.type(QString(reference).toLower().remove(QLatin1Char('-')));
    drive.key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(drive.find(QStringLiteral("trackStatusText")), 15000);
    const QString status =
        drive.find(QStringLiteral("trackStatusText"))->property("text").toString();
    QVERIFY2(status.startsWith(QStringLiteral("Received by the council on ")), qPrintable(status));
    drive.shoot(QStringLiteral("12-track-answer"));

    // Back to the start: the tracking answer is cleared with the session.
    QVERIFY(drive.click(QStringLiteral("secondaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Welcome);
    state->requestEndSession();
    QTRY_VERIFY(helperMode->trackController()->statusText().isEmpty());
}

int main(int argc, char **argv)
{
    // Under xvfb-run (scripts/test.sh) DISPLAY is set and xcb is used; bare ctest: offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_E2eHelper test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_helper.moc"
