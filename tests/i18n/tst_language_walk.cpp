// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The language walk: in each of the four languages, both demo flows end to end on the real
// kiosk (KioskComposition, real QML, real outbox). Each walk starts in another language and
// switches with the header's language button in the middle of a page with typed text, then
// checks that what is on screen changed language (flow texts from the flow file, UI strings
// from the compiled catalogue, right-to-left mirroring for Arabic) and that nothing answered
// or typed was lost; on "Check your answers" the service's privacy notice is there in the new
// language, reachable by Tab and in what "Read aloud" reads, and does not clip at 200 % text;
// it then finishes and sends the form in the new language.
#include "tests/a11y/flowwalker.h"
#include "tests/e2e/kioskdriver.h"

#include "a11y/readaloud.h"
#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "domain/flows/flowsession.h"
#include "domain/flows/privacynotice.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

QString ui(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// The first text input under `root` (a field's own TextField), else nullptr.
QQuickItem *textInputIn(QQuickItem *root)
{
    if (!root)
        return nullptr;
    if (root->inherits("QQuickTextInput") || root->inherits("QQuickTextEdit"))
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = textInputIn(child))
            return found;
    }
    return nullptr;
}

} // namespace

class tst_LanguageWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walk_data();
    void walk();
    void errorSummaryFollowsTheLanguage();
    void readAloudSaysWhenALanguageHasNoVoice();
    void cleanupTestCase() { m_kiosk.reset(); }

private:
    void checkPrivacyNotice(KioskDriver &drive, const FlowDefinition &def, const QString &flowId,
                            const QString &language);

private:
    QTemporaryDir m_data;
    std::unique_ptr<KioskComposition> m_kiosk;
    int m_sent = 0;
};

void tst_LanguageWalk::initTestCase()
{
    QVERIFY(m_data.isValid());
    KioskConfig config = KioskConfig::demo();
    config.dataDir = m_data.path();
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto kiosk = KioskComposition::create(config, options);
    QVERIFY2(kiosk.ok(), kiosk.ok() ? "" : qPrintable(kiosk.error().message));
    m_kiosk = std::move(kiosk.value());
    const Status loaded = m_kiosk->load();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    m_kiosk->window()->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    QCOMPARE(m_kiosk->appState()->languageCodes(),
             QStringList({QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                          QStringLiteral("ar")}));
}

void tst_LanguageWalk::walk_data()
{
    QTest::addColumn<QString>("flowId");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    for (const char *flow : {"missed-bin", "planning-comment"}) {
        for (const char *to : {"en", "cy", "pl", "ar"}) {
            const char *from = qstrcmp(to, "en") == 0 ? "cy" : "en";
            QTest::addRow("%s %s->%s", flow, from, to) << flow << from << to;
        }
    }
}

void tst_LanguageWalk::walk()
{
    QFETCH(QString, flowId);
    QFETCH(QString, from);
    QFETCH(QString, to);
    AppState *state = m_kiosk->appState();
    FlowController *flow = m_kiosk->flowController();
    FlowSession *session = m_kiosk->flowSession();
    const ServiceCatalogue &catalogue = m_kiosk->catalogue();
    KioskDriver drive(m_kiosk->window(),
                      QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("i18n")));

    m_kiosk->endSession();
    QTRY_COMPARE(state->screen(), AppState::Welcome);
    // Start in `from`, chosen on the welcome screen like a person would.
    QTRY_VERIFY(drive.find(QStringLiteral("language_") + from));
    QVERIFY(drive.click(QStringLiteral("language_") + from));
    QTRY_COMPARE(state->language(), from);
    QTRY_COMPARE(drive.find(QStringLiteral("startButton"))->property("text").toString(),
                 ui("WelcomeScreen", "Start"));
    QVERIFY(drive.click(QStringLiteral("startButton")));
    QTRY_VERIFY(drive.find(QStringLiteral("service_") + flowId));
    QVERIFY(drive.click(QStringLiteral("service_") + flowId));
    QTRY_COMPARE(state->screen(), AppState::Question);

    // Two pages answered in `from`.
    QStringList answered;
    for (int i = 0; i < 2; ++i) {
        const FlowPage *page = FlowWalker::currentPage(catalogue, flow);
        QVERIFY(page);
        flow->setDraft(FlowWalker::sampleAnswer(*page));
        answered << page->id;
        QVERIFY2(flow->next(), qPrintable(flow->fieldError()));
    }
    const FlowDefinition *def = catalogue.find(flowId);
    QVERIFY(def);

    // Third page: the focus is on the question; Tab to its first box, type, then switch
    // language mid-typing.
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("screenHeading"));
    drive.key(Qt::Key_Tab);
    QTRY_VERIFY(drive.focused() && textInputIn(drive.focused()));
    const QString typed = QStringLiteral("1 High Street");
    drive.type(typed);
    QQuickItem *input = textInputIn(drive.focused());
    QVERIFY(input);
    QCOMPARE(input->property("text").toString(), typed);
    // The box's name, to find it again after the switch (the click moves focus to the button).
    QString boxName;
    for (QQuickItem *i = input; i && boxName.isEmpty(); i = i->parentItem())
        boxName = i->objectName();
    QVERIFY(!boxName.isEmpty());
    const QString pageId = flow->pageId();
    QQuickItem *heading = drive.find(QStringLiteral("screenHeading"));
    QVERIFY(heading);
    const QString headingBefore = heading->property("text").toString();
    const QString continueBefore =
        drive.find(QStringLiteral("primaryButton"))->property("text").toString();
    QCOMPARE(continueBefore, ui("QuestionScreen", "Continue"));
    drive.shoot(QStringLiteral("%1-%2-before-switch-%3").arg(flowId, from, pageId));

    QVERIFY(drive.click(QStringLiteral("language_") + to));
    QTRY_COMPARE(state->language(), to);
    // UI strings come from the new catalogue, flow texts from the flow file's `to` texts.
    QTRY_COMPARE(drive.find(QStringLiteral("primaryButton"))->property("text").toString(),
                 ui("QuestionScreen", "Continue"));
    const QString continueAfter =
        drive.find(QStringLiteral("primaryButton"))->property("text").toString();
    QVERIFY2(continueAfter != continueBefore, qPrintable(continueAfter));
    QCOMPARE(flow->pageId(), pageId);
    const FlowPage *page = FlowWalker::currentPage(catalogue, flow);
    QVERIFY(page);
    heading = drive.find(QStringLiteral("screenHeading"));
    QTRY_COMPARE(heading->property("text").toString(), page->question.text(to));
    QVERIFY2(heading->property("text").toString() != headingBefore, qPrintable(headingBefore));
    // Text C++ formats for the page ("Question 3 of 5") is in the new language too.
    QQuickItem *progress = drive.find(QStringLiteral("progressText"));
    QVERIFY(progress);
    QTRY_COMPARE(progress->property("text").toString(), flow->progressText());
    if (to != u"en")
        QVERIFY2(!flow->progressText().contains(QLatin1String("Question")),
                 qPrintable(flow->progressText()));
    // Right-to-left mirrors the layout: Continue sits left of Back in Arabic only.
    QQuickItem *primary = drive.find(QStringLiteral("primaryButton"));
    QQuickItem *secondary = drive.find(QStringLiteral("secondaryButton"));
    QVERIFY(primary && secondary);
    const qreal primaryX = primary->mapToScene(QPointF(0, 0)).x();
    const qreal secondaryX = secondary->mapToScene(QPointF(0, 0)).x();
    if (to == u"ar")
        QTRY_VERIFY2(primary->mapToScene(QPointF(0, 0)).x()
                         < secondary->mapToScene(QPointF(0, 0)).x(),
                     "Arabic is not mirrored");
    else
        QVERIFY(primaryX > secondaryX);
    drive.shoot(QStringLiteral("%1-%2-after-switch-%3").arg(flowId, to, pageId));

    // Nothing lost: the typed text is still in its box, earlier answers are still held.
    input = textInputIn(drive.find(boxName));
    QVERIFY2(input, qPrintable(boxName));
    QCOMPARE(input->property("text").toString(), typed);
    for (const QString &id : std::as_const(answered))
        QVERIFY2(!session->answer(id).isNull() && !session->answer(id).isUndefined(),
                 qPrintable(id));

    // Back shows the earlier answer in the new language; then on to the end.
    flow->back();
    QTRY_COMPARE(flow->pageId(), answered.last());
    QVERIFY(!flow->draft().isNull());
    QVERIFY(flow->next());
    QTRY_COMPARE(flow->pageId(), pageId);
    for (int guard = 0; guard < 40 && !flow->onSummary(); ++guard) {
        const FlowPage *current = FlowWalker::currentPage(catalogue, flow);
        QVERIFY(current);
        flow->setDraft(FlowWalker::sampleAnswer(*current));
        QVERIFY2(flow->next(), qPrintable(current->id + QStringLiteral(": ") + flow->fieldError()));
    }
    QTRY_COMPARE(state->screen(), AppState::Check);
    QTRY_COMPARE(drive.find(QStringLiteral("screenHeading"))->property("text").toString(),
                 ui("CheckAnswersScreen", "Check your answers before sending"));
    for (const QString &id : std::as_const(answered))
        QVERIFY2(drive.find(QStringLiteral("answer_") + id), qPrintable(id));
    drive.shoot(QStringLiteral("%1-%2-check").arg(flowId, to));
    checkPrivacyNotice(drive, *def, flowId, to);

    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Confirmation);
    ++m_sent;
    QTRY_COMPARE(drive.find(QStringLiteral("screenHeading"))->property("text").toString(),
                 ui("ConfirmationScreen", "Your form has been sent"));
    QVERIFY(!flow->reference().isEmpty());
    drive.shoot(QStringLiteral("%1-%2-confirmation").arg(flowId, to));
    if (to != u"en")
        QVERIFY(ui("ConfirmationScreen", "Your form has been sent")
                != QLatin1String("Your form has been sent"));
}

// "How we use your answers" on Check your answers: the flow's privacy block in the session's
// language, above "Accept and send", every part reachable from the keyboard, all of it in what
// "Read aloud" reads (none of it is personal), and nothing clipped at 200 % text.
void tst_LanguageWalk::checkPrivacyNotice(KioskDriver &drive, const FlowDefinition &def,
                                          const QString &flowId, const QString &language)
{
    QVERIFY(!def.privacy().isEmpty());
    QQuickItem *heading = drive.find(QStringLiteral("privacyHeading"));
    QVERIFY(heading);
    QTRY_COMPARE(heading->property("text").toString(),
                 ui("CheckAnswersScreen", "How we use your answers"));
    if (language != u"en")
        QVERIFY(heading->property("text").toString() != QLatin1String("How we use your answers"));
    const QStringList keys = PrivacyNotice::keys();
    QList<QQuickItem *> parts;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QQuickItem *part = drive.find(QStringLiteral("privacy_%1").arg(i));
        QVERIFY2(part, qPrintable(keys[i]));
        QCOMPARE(part->property("text").toString(), def.privacy().text(keys[i]).text(language));
        parts << part;
    }
    QQuickItem *send = drive.find(QStringLiteral("primaryButton"));
    QVERIFY(send);
    QCOMPARE(send->property("text").toString(), ui("CheckAnswersScreen", "Accept and send"));

    // Tab from the page heading reaches each part, in order, before the button.
    drive.find(QStringLiteral("screenHeading"))->forceActiveFocus(Qt::TabFocusReason);
    qsizetype next = 0;
    for (int guard = 0; guard < 80 && next < parts.size() && drive.focused() != send; ++guard) {
        drive.key(Qt::Key_Tab);
        if (drive.focused() == parts[next])
            ++next;
    }
    QCOMPARE(next, parts.size());

    // What "Read aloud" reads for the page (the same walk over the page's visible text).
    QObject *speech = m_kiosk->readAloud();
    QVERIFY(speech);
    QString spoken;
    QVERIFY(QMetaObject::invokeMethod(speech, "pageText", Q_RETURN_ARG(QString, spoken),
                                      Q_ARG(QQuickItem *, m_kiosk->window()->contentItem())));
    QVERIFY2(spoken.contains(heading->property("text").toString()), qPrintable(spoken));
    for (const QString &key : keys)
        QVERIFY2(spoken.contains(def.privacy().text(key).text(language)), qPrintable(key));

    // 200 % text: every part wraps inside the page; nothing is cut off or runs past its side.
    QQmlExpression expr(qmlContext(m_kiosk->window()), m_kiosk->window(), QStringLiteral("Theme"));
    QObject *theme = expr.evaluate().value<QObject *>();
    QVERIFY(theme);
    theme->setProperty("textScale", 2.0);
    const qreal windowWidth = m_kiosk->window()->width();
    for (QQuickItem *part : std::as_const(parts)) {
        QTRY_VERIFY(part->property("contentHeight").toReal() <= part->height() + 1);
        QVERIFY(!part->property("truncated").toBool());
        QVERIFY(part->property("contentWidth").toReal() <= part->width() + 1);
        const QRectF inScene = part->mapRectToScene(QRectF(0, 0, part->width(), part->height()));
        QVERIFY2(inScene.left() >= 0 && inScene.right() <= windowWidth + 1,
                 qPrintable(QStringLiteral("%1..%2").arg(inScene.left()).arg(inScene.right())));
    }
    // The page reflows first; then the last part is scrolled to, and is on screen.
    QTest::qWait(200);
    drive.bringIntoView(parts.last());
    QTRY_VERIFY(parts.last()->mapRectToScene(QRectF(0, 0, 1, 1)).top() >= 0
                && parts.last()->mapRectToScene(QRectF(0, 0, 1, 1)).top()
                    < m_kiosk->window()->height());
    drive.shoot(QStringLiteral("%1-%2-check-privacy-200").arg(flowId, language));
    theme->setProperty("textScale", 1.0);
    drive.bringIntoView(parts.first());
    drive.shoot(QStringLiteral("%1-%2-check-privacy").arg(flowId, language));
}

int main(int argc, char **argv)
{
    // Under xvfb-run (scripts/test.sh) DISPLAY is set and xcb is used; bare ctest: offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_LanguageWalk test;
    return QTest::qExec(&test, argc, argv);
}

// A person who meets an error and then switches language must read the error in the new
// language, in the summary and beside the field (the screenshot audit once showed an English
// "Select an option" under an Arabic heading).
void tst_LanguageWalk::errorSummaryFollowsTheLanguage()
{
    AppState *state = m_kiosk->appState();
    FlowController *flow = m_kiosk->flowController();
    KioskDriver drive(m_kiosk->window(),
                      QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("i18n")));
    m_kiosk->endSession();
    QTRY_COMPARE(state->screen(), AppState::Welcome);
    QVERIFY(drive.click(QStringLiteral("language_en")));
    QTRY_COMPARE(state->language(), QStringLiteral("en"));
    QVERIFY(drive.click(QStringLiteral("startButton")));
    QTRY_VERIFY(drive.find(QStringLiteral("service_missed-bin")));
    QVERIFY(drive.click(QStringLiteral("service_missed-bin")));
    QTRY_COMPARE(state->screen(), AppState::Question);

    QVERIFY(!flow->next()); // the first page is a required choice, nothing chosen
    QCOMPARE(flow->errors()->rowCount(), 1);
    const QString english = flow->errors()->rows().first().message;
    QVERIFY(!english.isEmpty());
    QCOMPARE(flow->fieldError(), english);

    for (const char *lang : {"cy", "pl", "ar"}) {
        QVERIFY(drive.click(QStringLiteral("language_") + QLatin1String(lang)));
        QTRY_COMPARE(state->language(), QLatin1String(lang));
        QCOMPARE(flow->errors()->rowCount(), 1);
        const QString now = flow->errors()->rows().first().message;
        QVERIFY2(!now.isEmpty() && now != english, qPrintable(now));
        QCOMPARE(flow->fieldError(), now);
    }
    drive.shoot(QStringLiteral("error-summary-after-switch-ar"));
}

// flite has English voices only: in Polish the Read button says, in Polish, that it cannot read
// this language, rather than reading Polish as English nonsense or doing nothing at all.
void tst_LanguageWalk::readAloudSaysWhenALanguageHasNoVoice()
{
    AppState *state = m_kiosk->appState();
    KioskDriver drive(m_kiosk->window(),
                      QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("i18n")));
    QObject *speech = m_kiosk->readAloud();
    QVERIFY(speech);
    speech->setProperty("engineName", QStringLiteral("flite"));
    m_kiosk->endSession();
    QTRY_COMPARE(state->screen(), AppState::Welcome);

    QVERIFY(drive.click(QStringLiteral("language_pl")));
    QTRY_COMPARE(state->language(), QStringLiteral("pl"));
    QVERIFY(!drive.find(QStringLiteral("readAloudUnavailable")));
    QVERIFY(drive.click(QStringLiteral("readAloudButton")));
    QTRY_VERIFY(drive.find(QStringLiteral("readAloudUnavailable")));
    const QString polish =
        drive.find(QStringLiteral("readAloudUnavailable"))->property("text").toString();
    QVERIFY(!polish.isEmpty());
    QVERIFY2(polish != QStringLiteral("Read aloud is not available in this language yet."),
             qPrintable(polish));
    QVERIFY(!speech->property("speaking").toBool());
    drive.shoot(QStringLiteral("read-aloud-unavailable-pl"));

    // Back in English the note goes and the page is read.
    QVERIFY(drive.click(QStringLiteral("language_en")));
    QTRY_COMPARE(state->language(), QStringLiteral("en"));
    QTRY_VERIFY(!drive.find(QStringLiteral("readAloudUnavailable")));
    QVERIFY(drive.click(QStringLiteral("readAloudButton")));
    QTRY_VERIFY(!speech->property("lastSpoken").toString().isEmpty());
    QVERIFY(!drive.find(QStringLiteral("readAloudUnavailable")));
    QMetaObject::invokeMethod(speech, "stop");
}

#include "tst_language_walk.moc"
