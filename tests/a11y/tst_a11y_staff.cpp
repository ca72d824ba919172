// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The accessibility audit of the staff and follow-up screens: helper sign-in (and its error),
// consent, the helper banner, "check on a report" (empty, typo, answer), "how was this?"
// (before and after sending), the admin PIN pad (empty, wrong PIN) and the admin screen, each
// in every language, at 100/150/200 % text and in both palettes (AuditSweep). The kiosk is the
// real one: KioskComposition and HelperComposition as the civic-kiosk program builds them, with a
// real AdminGate (the demo PIN hash) and AdminStatus handed to Main.qml as ShellWiring hands them.
// Screenshots go to <build>/screenshots/a11y/staff-*.png.
#include "tests/a11y/auditsweep.h"
#include "tests/a11y/flowwalker.h"

#include "app/composition/helpercomposition.h"
#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "domain/evidence/feedbackhold.h"
#include "kiosk-shell/admingate.h"
#include "kiosk-shell/adminstatus.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/feedbackcontroller.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/helpercontroller.h"
#include "qml/viewmodels/trackcontroller.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

class tst_A11yStaff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditStaffScreens();
    void cleanupTestCase();

private:
    QQuickItem *find(const QString &name) const;
    void enterPin(const QString &digits);
    QString submitOneReport();

    QTemporaryDir m_data;
    std::unique_ptr<KioskComposition> m_kiosk;
    std::unique_ptr<HelperComposition> m_helperMode;
    std::unique_ptr<AdminGate> m_gate;
    std::unique_ptr<AdminStatus> m_status;
    QQuickWindow *m_window = nullptr;
    QObject *m_theme = nullptr;
    std::unique_ptr<AuditSweep> m_sweep;
};

void tst_A11yStaff::initTestCase()
{
    QVERIFY(m_data.isValid());
    KioskConfig config = KioskConfig::demo(); // admin PIN 2468, helper H001 with PIN 1357
    config.dataDir = m_data.path();
    config.minFreeMb = 1;
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false; // the report stays queued: tracking answers from the receipt
    auto kiosk = KioskComposition::create(config, options);
    QVERIFY2(kiosk.ok(), kiosk.ok() ? "" : qPrintable(kiosk.error().message));
    m_kiosk = std::move(kiosk.value());
    m_helperMode = HelperComposition::attach(*m_kiosk);
    m_gate = std::make_unique<AdminGate>(config.adminPinHash, m_data.path());
    m_status = std::make_unique<AdminStatus>(QStringLiteral("1.0.0-a11y"), config.kioskId);
    m_kiosk->setInitialProperty(QStringLiteral("adminGate"), QVariant::fromValue(m_gate.get()));
    m_kiosk->setInitialProperty(QStringLiteral("adminStatus"), QVariant::fromValue(m_status.get()));
    m_helperMode->observeAdminStatus(m_status.get()); // the evidence rows, as KioskGraph hands them
    const Status loaded = m_kiosk->load();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    m_window = m_kiosk->window();
    QVERIFY(m_window);
    m_window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    // Figures as a busy day would show them, the longest rows included.
    m_status->setDepthByState({{QStringLiteral("queued"), 12},
                               {QStringLiteral("sending"), 1},
                               {QStringLiteral("delivered"), 340},
                               {QStringLiteral("rejected"), 2}});
    m_status->setLastSync(QDateTime::currentDateTime());
    m_status->setLastError(QStringLiteral("planning: HTTP 503 Service Unavailable"));

    QString error;
    m_theme = AuditSweep::themeOf(m_kiosk->engine(), &error);
    QVERIFY2(m_theme, qPrintable(error));
    m_sweep = std::make_unique<AuditSweep>(m_window, m_theme,
                                           AuditSweep::prepareShotsDir(QStringLiteral("staff-")),
                                           QStringLiteral("staff-"));
}

void tst_A11yStaff::cleanupTestCase()
{
    if (m_theme)
        QMetaObject::invokeMethod(m_theme, "resetToDefaults");
    m_sweep.reset();
    if (m_helperMode)
        (void)m_helperMode->feedbackHold()->releaseAll(); // while the outbox is still there
    // The engine goes first: the screens bind to the helper controllers, gate and status.
    m_kiosk.reset();
    m_helperMode.reset();
    m_gate.reset();
    m_status.reset();
}

namespace {

// Items made by a Loader have a visual parent but not always a QObject parent: walk the items.
QQuickItem *findVisible(QQuickItem *item, const QString &name)
{
    if (!item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisible(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

QQuickItem *tst_A11yStaff::find(const QString &name) const
{
    return findVisible(m_window->contentItem(), name);
}

void tst_A11yStaff::enterPin(const QString &digits)
{
    for (QChar c : digits)
        m_gate->appendDigit(c.digitValue());
    m_gate->submit();
}

// One real report, so that "check on a report" has a receipt to answer from.
QString tst_A11yStaff::submitOneReport()
{
    FlowController *flow = m_kiosk->flowController();
    const ServiceCatalogue &catalogue = m_kiosk->catalogue();
    if (!flow->start(QStringLiteral("missed-bin")))
        return {};
    for (int guard = 0; guard < 40 && !flow->onSummary(); ++guard) {
        const FlowPage *page = FlowWalker::currentPage(catalogue, flow);
        if (!page)
            return {};
        flow->setDraft(FlowWalker::sampleAnswer(*page));
        if (!flow->next())
            return {};
    }
    if (!flow->submit())
        return {};
    const QString reference = flow->reference();
    m_kiosk->endSession();
    return reference;
}

void tst_A11yStaff::auditStaffScreens()
{
    AppState *state = m_kiosk->appState();
    HelperController *helper = m_helperMode->helperController();
    TrackController *track = m_helperMode->trackController();
    FeedbackController *feedback = m_helperMode->feedbackController();
    QVERIFY(helper && track && feedback);
    const QString reference = submitOneReport();
    QVERIFY(!reference.isEmpty());
    QTRY_COMPARE(state->screen(), AppState::Welcome);

    const QStringList languages = {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                                   QStringLiteral("ar")};
    // The on-screen keyboard opens with the first text field this window focuses, wherever
    // that is; it is judged by itself (KioskKeyboard, tst_kioskkeyboard), not here, so each
    // screen is audited as it looks without it.
    const auto audit = [this](const QString &screen) {
        QGuiApplication::inputMethod()->hide();
        QTRY_VERIFY(!find(QStringLiteral("kioskKeyboard")));
        m_sweep->audit(QStringLiteral("staff"), screen);
    };
    for (const QString &lang : languages) {
        m_sweep->setLanguage(lang);
        state->setLanguage(lang);
        QTRY_COMPARE(state->language(), lang);

        // Helper sign-in, then its error, then consent and the banner over a screen.
        helper->openSignIn();
        QTRY_COMPARE(state->screen(), HelperController::SignInScreen);
        audit(QStringLiteral("01-helper-sign-in"));
        QVERIFY(!helper->signIn(QStringLiteral("H001"), QStringLiteral("9999")));
        QTRY_VERIFY(find(QStringLiteral("helperError")));
        audit(QStringLiteral("02-helper-sign-in-error"));
        QVERIFY(helper->signIn(QStringLiteral("H001"), QStringLiteral("1357")));
        QTRY_COMPARE(state->screen(), HelperController::ConsentScreen);
        state->setLanguage(lang); // the consent screen keeps the person's language
        audit(QStringLiteral("03-consent"));
        helper->answerConsent(true);
        QTRY_VERIFY(find(QStringLiteral("helperSignOutButton")));
        audit(QStringLiteral("04-helper-banner"));
        helper->takeOver();
        state->showServices();
        QTRY_COMPARE(state->screen(), AppState::Services);
        audit(QStringLiteral("05-helper-banner-typing"));
        // What the helper sees after pressing "Staff options" at 150 % and 200 % text.
        QQuickItem *banner = find(QStringLiteral("helperBanner"));
        QVERIFY(banner);
        banner->setProperty("optionsOpen", true);
        audit(QStringLiteral("06-helper-banner-options"));
        helper->signOut();
        QTRY_COMPARE(state->screen(), AppState::Welcome);
        QTRY_VERIFY(!find(QStringLiteral("helperSignOutButton")));

        // Check on a report: empty, a typo, an answer.
        state->setLanguage(lang);
        track->open();
        QTRY_COMPARE(state->screen(), TrackController::Screen);
        audit(QStringLiteral("07-track"));
        QString typo = reference;
        const int at = typo.size() - 3;
        typo[at] = typo[at] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        QVERIFY(!track->lookup(typo));
        QTRY_VERIFY(find(QStringLiteral("trackError")));
        audit(QStringLiteral("08-track-typo"));
        QVERIFY(track->lookup(reference));
        QTRY_VERIFY(find(QStringLiteral("trackStatusText")));
        audit(QStringLiteral("09-track-answer"));
        track->close();

        // How was this? Before and after sending.
        state->setLanguage(lang);
        feedback->open();
        QTRY_COMPARE(state->screen(), FeedbackController::Screen);
        QTRY_VERIFY(find(QStringLiteral("face5")));
        audit(QStringLiteral("10-feedback"));
        QVERIFY(feedback->send(4, QStringLiteral("Clear and easy")));
        QTRY_VERIFY(find(QStringLiteral("feedbackThanks")));
        audit(QStringLiteral("11-feedback-sent"));
        feedback->finish();
        QTRY_COMPARE(state->screen(), AppState::Welcome);

        // Staff only: the PIN pad (empty, a wrong PIN) and the admin screen.
        state->setLanguage(lang);
        m_gate->requestOpen();
        QTRY_VERIFY(find(QStringLiteral("pinPadScreen")));
        audit(QStringLiteral("12-admin-pin"));
        enterPin(QStringLiteral("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_gate->isChecking() && m_gate->failures() > 0, 20000);
        QTRY_VERIFY(find(QStringLiteral("pinMessage")));
        audit(QStringLiteral("13-admin-pin-wrong"));
        enterPin(QStringLiteral("2468"));
        QTRY_VERIFY_WITH_TIMEOUT(m_gate->isOpen(), 20000);
        QTRY_VERIFY(find(QStringLiteral("adminScreen")));
        audit(QStringLiteral("14-admin"));
        m_gate->close();
        QTRY_VERIFY(!find(QStringLiteral("adminScreen")));
        m_kiosk->endSession();
        QTRY_COMPARE(state->screen(), AppState::Welcome);
    }
    const int problems = m_sweep->report(int(languages.size()));
    QCOMPARE(m_sweep->screens(), 14);
    QVERIFY2(problems == 0, qPrintable(QStringLiteral("%1 accessibility problems").arg(problems)));
}

int main(int argc, char **argv)
{
    // Under xvfb-run (scripts/test.sh) DISPLAY is set and xcb is used; bare ctest: offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // As the civic-kiosk program: the on-screen keyboard is part of the audited window.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_A11yStaff test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_a11y_staff.moc"
