// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// End to end: the real kiosk (KioskComposition, real QML, real outbox) with its `printer` set
// to a real IPP Everywhere printer (ippeveprinter). A form is sent by mouse and keyboard, the
// receipt printed with the answers, the printer stopped; a settings card is made, printed and
// decoded, then applied from a simulated USB scanner at the welcome screen and mid-flow.
// Screenshots go to <build>/screenshots/receipts/.
#include "tests/e2e/kioskdriver.h"
#include "tests/print/ippeveharness.h"

#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/config/kioskconfig.h"
#include "domain/flows/servicecatalogue.h"
#include "kiosk-shell/idlewatcher.h"
#include "print/settingscard.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/receiptcontroller.h"
#include "qml/viewmodels/settingscardcontroller.h"

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pageText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
}

// The first page as PNG (kept as a screenshot) and what zbarimg reads in it.
QString decodeQr(const QString &pdf, const QString &png)
{
    const QString stem = png.chopped(4);
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), pdf, stem});
    return run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png})
        .trimmed();
}

} // namespace

class tst_E2eReceipts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receiptAndSettingsCard();

private:
    // The Theme singleton Main.qml sees (text size and contrast live there).
    QObject *theme(KioskComposition &kiosk) const
    {
        QQmlExpression expr(qmlContext(kiosk.window()), kiosk.window(), QStringLiteral("Theme"));
        return expr.evaluate().value<QObject *>();
    }
};

void tst_E2eReceipts::receiptAndSettingsCard()
{
    IppEvePrinter printer;
    QVERIFY2(printer.start(), qPrintable(printer.error()));
    QTemporaryDir data;
    KioskConfig config = KioskConfig::demo();
    config.dataDir = data.path();
    config.minFreeMb = 1;
    config.printer = printer.uri();
    config.trackingContact = {{QStringLiteral("en"), QStringLiteral("Phone 029 2087 2087")}};
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto created = KioskComposition::create(config, options);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    std::unique_ptr<KioskComposition> kiosk = std::move(created.value());
    // The shell too: its SessionWiper runs the wipe, its IdleWatcher takes "more time".
    auto shell = ShellWiring::install(*kiosk, true);
    QVERIFY(shell.ok());
    std::unique_ptr<ShellWiring> shellOwner(shell.value());
    QVERIFY(kiosk->load().ok());
    QQuickWindow *window = kiosk->window();
    shell.value()->attachWindow(window);
    IdleWatcher *idle = shell.value()->idleWatcher();
    const int siteIdleSec = idle->idleTimeoutSec();
    window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QString shots = QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("receipts"));
    KioskDriver drive(window, shots);
    FlowController *flow = kiosk->flowController();
    AppState *state = kiosk->appState();
    SettingsCardController *card = kiosk->settingsCard();
    QObject *themeObject = theme(*kiosk);
    QVERIFY(themeObject);

    // --- A settings card is made on its screen, shown and printed; the print decodes. ---
    QTRY_VERIFY(drive.find(QStringLiteral("settingsCardButton")));
    QVERIFY(drive.click(QStringLiteral("settingsCardButton")));
    QTRY_VERIFY(drive.find(QStringLiteral("makeSettingsCard")));
    themeObject->setProperty("textScale", 1.5);
    QVERIFY(drive.click(QStringLiteral("moreTimeOption")));
    QVERIFY(card->moreTime());
    QVERIFY(drive.click(QStringLiteral("makeSettingsCard")));
    QTRY_VERIFY(drive.find(QStringLiteral("settingsCardQr")));
    const QString code = card->cardCode();
    QVERIFY2(code.startsWith(QLatin1String("KS1-EN-1")), qPrintable(code));
    QVERIFY(drive.click(QStringLiteral("printSettingsCard")));
    QTRY_COMPARE_WITH_TIMEOUT(card->printStatus(), QStringLiteral("printed"), 20000);
    drive.shoot(QStringLiteral("settings-card-screen"));
    QCOMPARE(printer.jobFiles().size(), 1);
    QCOMPARE(decodeQr(printer.jobFiles().first(),
                      QDir(shots).filePath(QStringLiteral("settings-card.png"))),
             code);
    QVERIFY(pageText(printer.jobFiles().first()).contains(QLatin1String("no personal details")));
    QVERIFY(drive.click(QStringLiteral("secondaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Welcome);

    // --- Back to defaults (the wipe), then the card scanned at the welcome screen. ---
    kiosk->endSession();
    QTRY_COMPARE(themeObject->property("textScale").toReal(), 1.0);
    QVERIFY(!card->moreTime());
    QTRY_VERIFY(drive.find(QStringLiteral("startButton")));
    SettingsCard welsh;
    welsh.language = QStringLiteral("cy");
    welsh.textSize = 1;
    welsh.highContrast = true;
    welsh.moreTime = true;
    drive.type(welsh.code()); // a scanner: every key at once, then Enter
    drive.key(Qt::Key_Return);
    QTRY_COMPARE(card->appliedCount(), 1);
    QCOMPARE(state->language(), QStringLiteral("cy"));
    QTRY_COMPARE(themeObject->property("textScale").toReal(), 1.5);
    QCOMPARE(themeObject->property("highContrast").toBool(), true);
    QVERIFY(card->moreTime());
    QCOMPARE(idle->idleTimeoutSec(), siteIdleSec * 10); // WCAG 2.2.1: tenfold
    drive.shoot(QStringLiteral("welcome-after-scan"));

    // A mistyped code in the typed box is refused with a translated message.
    QVERIFY(!card->applyCode(QStringLiteral("KS1-CY-11001-0")));
    QVERIFY(!card->error().isEmpty());
    QVERIFY(card->applyCode(welsh.code()));

    // --- Mid-flow: the scanner types into the window while a text field has focus. ---
    kiosk->endSession();
    QCOMPARE(idle->idleTimeoutSec(), siteIdleSec); // the wipe gives the site's limit back
    QTRY_VERIFY(drive.find(QStringLiteral("startButton")));
    QVERIFY(flow->start(QStringLiteral("missed-bin")));
    QTRY_COMPARE(flow->pageId(), QStringLiteral("bin-type"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_general")));
    QVERIFY(drive.click(QStringLiteral("option_general")));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(flow->pageId(), QStringLiteral("collection-date"));
    const QDate day = QDate::currentDate().addDays(-1);
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("screenHeading"));
    drive.key(Qt::Key_Tab);
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
    QQuickItem *line1 = drive.focused();
    SettingsCard large;
    large.textSize = 2;
    drive.type(large.code());
    drive.key(Qt::Key_Return);
    QTRY_COMPARE(themeObject->property("textScale").toReal(), 2.0);
    QCOMPARE(flow->pageId(), QStringLiteral("address")); // Enter did not submit the page
    QCOMPARE(line1->property("text").toString(), QString()); // nothing typed into the field
    // A person typing "K..." slowly is not a scan: every key reaches the field.
    for (const char c : QByteArray("Kings Road")) {
        QTest::keyClick(window, c);
        QTest::qWait(90);
    }
    QTRY_COMPARE(line1->property("text").toString(), QStringLiteral("Kings Road"));
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
    themeObject->setProperty("textScale", 1.0);

    // --- The receipt: sent, its confirmation, the receipt printed with the answers. ---
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Confirmation);
    const QString reference = flow->reference();
    QTRY_VERIFY(drive.find(QStringLiteral("referenceQr")));
    QTRY_VERIFY(drive.find(QStringLiteral("printReceipt")));
    drive.shoot(QStringLiteral("confirmation"));
    QVERIFY(drive.click(QStringLiteral("printAnswersToo")));
    QVERIFY(kiosk->receipts()->includeAnswers());
    QVERIFY(drive.click(QStringLiteral("printReceipt")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk->receipts()->status(), QStringLiteral("printed"), 20000);
    QTRY_VERIFY(drive.find(QStringLiteral("printStatus")));
    drive.bringIntoView(drive.find(QStringLiteral("printStatus")));
    drive.shoot(QStringLiteral("confirmation-printed"));
    const QStringList jobs = printer.jobFiles();
    QCOMPARE(jobs.size(), 2); // the settings card, then the receipt
    const QString text = pageText(jobs.last());
    QVERIFY2(text.contains(reference), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Kings Road")), qPrintable(text)); // asked for
    QVERIFY(text.contains(QLatin1String("Phone 029 2087 2087")));
    // The service's privacy block, under the heading Check your answers gave it, every part.
    QVERIFY2(text.contains(QLatin1String("How we use your answers")), qPrintable(text));
    const FlowDefinition *missedBin = kiosk->catalogue().find(QStringLiteral("missed-bin"));
    QVERIFY(missedBin);
    for (const QString &part : missedBin->privacy().paragraphs(QStringLiteral("en")))
        QVERIFY2(text.contains(part), qPrintable(part));
    QCOMPARE(
        decodeQr(jobs.last(), QDir(shots).filePath(QStringLiteral("receipt-with-answers.png"))),
        reference);

    // --- The printer goes off: the screen says so and what to do instead. ---
    printer.stopPrinter();
    QVERIFY(drive.click(QStringLiteral("printReceipt")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk->receipts()->status(), QStringLiteral("offline"), 20000);
    QTRY_VERIFY(drive.find(QStringLiteral("printStatus")));
    QVERIFY(drive.find(QStringLiteral("printStatus"))
                ->property("text")
                .toString()
                .contains(QLatin1String("member of staff")));
    QQuickItem *qr = drive.find(QStringLiteral("referenceQr"));
    QVERIFY(qr && qr->width() >= 300); // the QR shown larger instead
    drive.bringIntoView(drive.find(QStringLiteral("printStatus")));
    drive.shoot(QStringLiteral("confirmation-printer-offline"));

    // Finish, through the shell's real wipe: the choice and the status are gone for the next
    // person.
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Welcome);
    QVERIFY(!kiosk->receipts()->includeAnswers());
    QCOMPARE(kiosk->receipts()->status(), QString());
}

QTEST_MAIN(tst_E2eReceipts)
#include "tst_e2e_receipts.moc"
