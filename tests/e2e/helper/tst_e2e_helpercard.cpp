// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// End to end, helper mode and settings cards: a member of staff signs in with a staff card, the
// citizen agrees, then hands over their settings card. The helper scans it (a USB scanner in
// keyboard mode: every key at once, then Enter) while helping, and later types its short code
// into the settings card screen for another citizen; the settings apply in one step each time.
// Signing out is the full wipe: text size, contrast, language and "more time" go back to the
// site's defaults. The real kiosk (KioskComposition + HelperComposition + the shell's wipe).
// Screenshots land in <build>/screenshots/helper-card/.
#include "tests/e2e/kioskdriver.h"

#include "app/composition/helpercomposition.h"
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/config/kioskconfig.h"
#include "domain/helper/helpersession.h"
#include "kiosk-shell/idlewatcher.h"
#include "print/settingscard.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/helpercontroller.h"
#include "qml/viewmodels/settingscardcontroller.h"

#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlExpression>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

class TestE2eHelperCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helperAppliesACitizensCard();
};

void TestE2eHelperCard::helperAppliesACitizensCard()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    KioskConfig config = KioskConfig::demo(); // helper H001, PIN 1357
    config.dataDir = data.path();
    config.minFreeMb = 1;
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto created = KioskComposition::create(config, options);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    std::unique_ptr<KioskComposition> kiosk = std::move(created.value());
    const auto helperMode = HelperComposition::attach(*kiosk);
    // The shell too: its SessionWiper runs the wipe, its IdleWatcher takes "more time".
    auto shell = ShellWiring::install(*kiosk, true);
    QVERIFY(shell.ok());
    std::unique_ptr<ShellWiring> shellOwner(shell.value());
    const Status loaded = kiosk->load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QQuickWindow *window = kiosk->window();
    shell.value()->attachWindow(window);
    IdleWatcher *idle = shell.value()->idleWatcher();
    const int siteIdleSec = idle->idleTimeoutSec();
    window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    KioskDriver drive(window,
                      QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("helper-card")));
    AppState *state = kiosk->appState();
    HelperSession *helper = helperMode->session();
    SettingsCardController *card = kiosk->settingsCard();
    QQmlExpression expr(qmlContext(window), window, QStringLiteral("Theme"));
    QObject *theme = expr.evaluate().value<QObject *>();
    QVERIFY(theme);
    const QString siteLanguage = state->language();
    QCOMPARE(theme->property("textScale").toReal(), 1.0);
    QCOMPARE(theme->property("highContrast").toBool(), false);

    // --- Staff sign-in with the staff card (its reader types into the focused box). ---
    QTRY_VERIFY(drive.find(QStringLiteral("helperSignInLink")));
    QVERIFY(drive.click(QStringLiteral("helperSignInLink")));
    QTRY_COMPARE(state->screen(), HelperController::SignInScreen);
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("helperIdInput"));
    drive.type(QStringLiteral(";H001=1357?"));
    QTRY_COMPARE_WITH_TIMEOUT(state->screen(), HelperController::ConsentScreen, 10000);
    // A staff card is not a settings card: nothing was applied.
    QCOMPARE(card->appliedCount(), 0);
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Services);
    QCOMPARE(helper->state(), HelperSession::State::Helping);

    // --- The citizen's card, scanned by the helper while helping. ---
    SettingsCard citizens;
    citizens.language = QStringLiteral("cy");
    citizens.textSize = 2;
    citizens.highContrast = true;
    citizens.moreTime = true;
    drive.type(citizens.code()); // a scanner: every key at once, then Enter
    drive.key(Qt::Key_Return);
    QTRY_COMPARE(card->appliedCount(), 1);
    QCOMPARE(state->language(), QStringLiteral("cy"));
    QTRY_COMPARE(theme->property("textScale").toReal(), 2.0);
    QCOMPARE(theme->property("highContrast").toBool(), true);
    QVERIFY(card->moreTime());
    QCOMPARE(idle->idleTimeoutSec(), siteIdleSec * 10); // WCAG 2.2.1
    // Still helping the same citizen: applying a card is not a new session.
    QCOMPARE(helper->state(), HelperSession::State::Helping);
    QTRY_VERIFY(drive.find(QStringLiteral("helperBanner")));
    QCOMPARE(state->screen(), AppState::Services);
    drive.shoot(QStringLiteral("01-services-after-scan-welsh-200"));

    // --- Signing out is the wipe: everything back to the site's defaults. ---
    // At 200 % text the banner's controls fold behind "Staff options" (HelperBanner).
    QVERIFY(!drive.find(QStringLiteral("helperSignOutButton")));
    QVERIFY(drive.click(QStringLiteral("helperOptionsButton")));
    QTRY_VERIFY(drive.find(QStringLiteral("helperSignOutButton")));
    drive.shoot(QStringLiteral("02-staff-options-welsh-200"));
    QVERIFY(drive.click(QStringLiteral("helperSignOutButton")));
    QTRY_COMPARE(state->screen(), AppState::Welcome);
    QCOMPARE(helper->state(), HelperSession::State::SignedOut);
    QTRY_COMPARE(theme->property("textScale").toReal(), 1.0);
    QCOMPARE(theme->property("highContrast").toBool(), false);
    QCOMPARE(state->language(), siteLanguage);
    QVERIFY(!card->moreTime());
    QCOMPARE(idle->idleTimeoutSec(), siteIdleSec);
    drive.shoot(QStringLiteral("03-welcome-after-sign-out"));

    // --- Next citizen, no scanner to hand: the helper types the card's short code. ---
    QVERIFY(drive.click(QStringLiteral("helperSignInLink")));
    QTRY_COMPARE(state->screen(), HelperController::SignInScreen);
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("helperIdInput"));
    drive.type(QStringLiteral(";H001=1357?"));
    QTRY_COMPARE_WITH_TIMEOUT(state->screen(), HelperController::ConsentScreen, 10000);
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Services);
    card->open(); // the settings card screen, as its welcome-screen button opens it
    QTRY_VERIFY(drive.find(QStringLiteral("settingsCodeInput")));
    SettingsCard polish;
    polish.language = QStringLiteral("pl");
    polish.textSize = 1;
    QVERIFY(drive.click(QStringLiteral("settingsCodeInput")));
    QTRY_VERIFY(drive.focused());
    QQuickItem *box = drive.focused();
    const QString typed = polish.code();
    for (const QChar c : typed) { // a person, key by key: never taken for a scan
        QTest::keyClick(window, c.toLatin1());
        QTest::qWait(90);
    }
    QTRY_COMPARE(box->property("text").toString(), typed);
    drive.key(Qt::Key_Return);
    QTRY_COMPARE(card->appliedCount(), 2);
    QCOMPARE(state->language(), QStringLiteral("pl"));
    QTRY_COMPARE(theme->property("textScale").toReal(), 1.5);
    QCOMPARE(theme->property("highContrast").toBool(), false);
    QCOMPARE(helper->state(), HelperSession::State::Helping);
    drive.shoot(QStringLiteral("04-typed-code-polish"));

    helperMode->helperController()->signOut();
    QTRY_COMPARE(state->screen(), AppState::Welcome);
    QTRY_COMPARE(theme->property("textScale").toReal(), 1.0);
    QCOMPARE(state->language(), siteLanguage);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    TestE2eHelperCard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_helpercard.moc"
