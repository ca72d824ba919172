// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The accessibility audit: every screen of both demo flows, in every language, at 100/150/200 %
// text and in both palettes, walked item by item (ScreenAuditor). The kiosk is the real one
// (KioskComposition, as the civic-kiosk program builds it) driven through the same bridge types the
// screens use. Screenshots at 100 % and 200 %, in Arabic and in high contrast, go to
// <build>/screenshots/a11y/citizen-*.png.
#include "tests/a11y/auditsweep.h"
#include "tests/a11y/flowwalker.h"
#include "tests/a11y/screenauditor.h"

#include "a11y/contrast.h"
#include "a11y/readaloud.h"
#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"

#include <QDir>
#include <QGuiApplication>
#include <QMap>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqml.h>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

class tst_A11yAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditorCatchesKnownProblems();
    void themeMeetsItsOwnBars();
    void auditEveryScreen();
    void cleanupTestCase();

private:
    void auditHere(const QString &flowId, const QString &screen) { m_sweep->audit(flowId, screen); }

    QTemporaryDir m_data;
    std::unique_ptr<KioskComposition> m_kiosk;
    QQuickWindow *m_window = nullptr;
    QObject *m_theme = nullptr;
    std::unique_ptr<AuditSweep> m_sweep;
};

void tst_A11yAudit::initTestCase()
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
    m_window = m_kiosk->window();
    QVERIFY(m_window);
    m_window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The Theme singleton instance the screens use: one per engine, reached through an import.
    QString error;
    m_theme = AuditSweep::themeOf(m_kiosk->engine(), &error);
    QVERIFY2(m_theme, qPrintable(error));
    // The staff audit (tst_a11y_staff) writes staff-*.png into the same folder.
    m_sweep = std::make_unique<AuditSweep>(m_window, m_theme,
                                           AuditSweep::prepareShotsDir(QStringLiteral("citizen-")),
                                           QStringLiteral("citizen-"));
}

void tst_A11yAudit::cleanupTestCase()
{
    if (m_theme)
        QMetaObject::invokeMethod(m_theme, "resetToDefaults");
    m_sweep.reset();
    m_kiosk.reset();
}

// The auditor itself, on a scene built to fail each check once: a check that cannot fail
// proves nothing about the screens.
void tst_A11yAudit::auditorCatchesKnownProblems()
{
    QQmlComponent component(m_kiosk->engine());
    component.setData(R"(
import QtQuick
import QtQuick.Controls.Basic
Window {
    width: 800; height: 600; visible: true; color: "#ffffff"
    Column {
        spacing: 20
        Button { objectName: "tiny"; text: "OK"; width: 30; height: 30 }
        Button { objectName: "nameless"; width: 100; height: 60 }
        Text { objectName: "faint"; text: "Faint grey words"; color: "#aaaaaa"; font.pixelSize: 24 }
        Text { objectName: "squeezed"; text: "A sentence far too long for its box"; width: 60; height: 30
               font.pixelSize: 24 }
        Text { objectName: "elided"; text: "Elided sentence that will not fit"; width: 80
               elide: Text.ElideRight; font.pixelSize: 24 }
        Rectangle { width: 200; height: 60; color: "#0b0c0c"
            Text { objectName: "darkOnDark"; text: "Dark on dark"; color: "#333333"; font.pixelSize: 24 } }
        Row { spacing: 2
            Button { objectName: "left"; text: "Left"; width: 60; height: 60 }
            Button { objectName: "right"; text: "Right"; width: 60; height: 60 } }
        Item { objectName: "lonelyStop"; width: 60; height: 60; activeFocusOnTab: true
               Accessible.role: Accessible.Button; Accessible.name: "Lonely" }
        Item { width: 200; height: 60
            Button { objectName: "underOverlay"; text: "Hidden"; width: 30; height: 30 }
            Rectangle { anchors.fill: parent; color: "#ffffff" } }
    }
})",
                      QUrl(QStringLiteral("qrc:/a11y-audit/bad.qml")));
    std::unique_ptr<QObject> root(component.create());
    QVERIFY2(root, qPrintable(component.errorString()));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::qWait(50);
    const ScreenAuditor::Result r = ScreenAuditor::audit(window, 4.5);
    const QString all = r.problems.join(QLatin1Char('\n'));
    auto expect = [&](const char *what, const char *object) {
        const bool found =
            std::any_of(r.problems.cbegin(), r.problems.cend(), [&](const QString &p) {
                return p.startsWith(QLatin1String(what)) && p.contains(QLatin1String(object));
            });
        if (!found)
            QFAIL(qPrintable(QStringLiteral("expected \"%1\" for #%2 in:\n%3")
                                 .arg(QLatin1String(what), QLatin1String(object), all)));
    };
    expect("target 30x30 under 44x44", "#tiny");
    expect("interactive item without a name", "#nameless");
    expect("contrast", "#faint");
    expect("contrast", "#darkOnDark");
    expect("text needs", "#squeezed");
    expect("text elided", "#elided");
    expect("targets 2 px apart", "#left");
    QVERIFY(r.itemsChecked > 10);
    // The named, sized Tab stop is on the focus chain and draws no complaint.
    QVERIFY2(!all.contains(QLatin1String("#lonelyStop")), qPrintable(all));
    // What an opaque overlay covers is not on the screen: not judged (its size would fail).
    QVERIFY2(!all.contains(QLatin1String("#underOverlay")), qPrintable(all));
    // The faint text's background is found through the window colour: white.
    QQuickItem *faint = root->findChild<QQuickItem *>(QStringLiteral("faint"));
    QVERIFY(faint);
    QCOMPARE(ScreenAuditor::backgroundUnder(window, faint, faint->mapToScene(QPointF(1, 1))).name(),
             QStringLiteral("#ffffff"));
    QQuickItem *dark = root->findChild<QQuickItem *>(QStringLiteral("darkOnDark"));
    QVERIFY(dark);
    QCOMPARE(ScreenAuditor::backgroundUnder(window, dark, dark->mapToScene(QPointF(5, 5))).name(),
             QStringLiteral("#0b0c0c"));
}

// The palettes themselves, before any screen: every text colour on every surface it is used on.
void tst_A11yAudit::themeMeetsItsOwnBars()
{
    struct Pair
    {
        const char *fg;
        const char *bg;
        double min;
    };
    const Pair pairs[] = {
        {"text", "background", 4.5},
        {"text", "surface", 4.5},
        {"secondaryText", "background", 4.5},
        {"secondaryText", "surface", 4.5},
        {"link", "background", 4.5},
        {"headerText", "headerBackground", 4.5},
        {"primaryText", "primary", 4.5},
        {"secondaryButtonText", "secondaryButton", 4.5},
        {"error", "background", 4.5},
        {"successText", "success", 4.5},
        {"text", "selected", 4.5},
        {"text", "inputBackground", 4.5},
        // Boundaries and the focus ring: 3:1 against both neighbours (WCAG 1.4.11, 2.4.11).
        {"inputBorder", "background", 3.0},
        {"focus", "focusInner", 3.0},
    };
    QStringList failures;
    for (bool hc : {false, true}) {
        m_theme->setProperty("highContrast", hc);
        for (const Pair &p : pairs) {
            const QColor fg = m_theme->property(p.fg).value<QColor>();
            const QColor bg = m_theme->property(p.bg).value<QColor>();
            if (!fg.isValid() || !bg.isValid()) {
                failures << QStringLiteral("Theme has no %1/%2").arg(p.fg, p.bg);
                continue;
            }
            const double need = hc && p.min > 3.0 ? 7.0 : p.min;
            const double r = ck::Contrast::ratio(fg.rgba(), bg.rgba());
            if (r < need)
                failures << QStringLiteral("%1 %2 on %3: %4:1, need %5:1")
                                .arg(hc ? QStringLiteral("high contrast")
                                        : QStringLiteral("standard"),
                                     p.fg, p.bg)
                                .arg(r, 0, 'f', 2)
                                .arg(need);
        }
        // Inside the ring is the control itself: the band or its inner line must stand out
        // from every fill a focusable control can have (3:1).
        const QColor focus = m_theme->property("focus").value<QColor>();
        const QColor inner = m_theme->property("focusInner").value<QColor>();
        for (const char *fill : {"background", "surface", "primary", "secondaryButton",
                                 "inputBackground", "headerBackground", "selected"}) {
            const QColor f = m_theme->property(fill).value<QColor>();
            if (ck::Contrast::ratio(focus.rgba(), f.rgba()) < 3.0
                && ck::Contrast::ratio(inner.rgba(), f.rgba()) < 3.0)
                failures << QStringLiteral("%1: focus ring lost against %2")
                                .arg(hc ? QStringLiteral("high contrast")
                                        : QStringLiteral("standard"),
                                     QLatin1String(fill));
        }
    }
    m_theme->setProperty("highContrast", false);
    QVERIFY(m_theme->property("focusRingWidth").toInt() >= 3);
    QVERIFY(m_theme->property("minTarget").toInt() >= 44);
    QVERIFY(m_theme->property("bodySize").toInt() >= 24);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void tst_A11yAudit::auditEveryScreen()
{
    AppState *state = m_kiosk->appState();
    FlowController *flow = m_kiosk->flowController();
    const ServiceCatalogue &catalogue = m_kiosk->catalogue();
    const QStringList flows = {QStringLiteral("missed-bin"), QStringLiteral("planning-comment")};
    for (const QString &id : flows)
        QVERIFY2(catalogue.find(id), qPrintable(id));

    const QStringList languages = {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                                   QStringLiteral("ar")};
    // In Polish and Arabic (the longest labels) the header also carries the read-aloud
    // controls shown once read-aloud is in use (a wipe hides them again). An engine that does
    // not exist keeps the audit silent: read-on-arrival then only reports "unavailable".
    auto expandReadAloud = [this](const QString &lang) {
        if (lang != u"pl" && lang != u"ar")
            return;
        ReadAloud *readAloud = m_kiosk->readAloud();
        if (!readAloud)
            return;
        readAloud->setEngineName(QStringLiteral("a11y-audit-silent"));
        readAloud->setReadOnArrival(true);
    };
    for (const QString &lang : languages) {
        m_sweep->setLanguage(lang);
        state->setLanguage(lang);
        QTRY_COMPARE(state->language(), lang);
        state->showWelcome();
        expandReadAloud(lang);
        auditHere(QStringLiteral("all"), QStringLiteral("01-welcome"));
        for (const QString &id : flows) {
            state->setLanguage(lang);
            expandReadAloud(lang);
            state->showServices();
            QTRY_COMPARE(state->screen(), AppState::Services);
            auditHere(QStringLiteral("all"), QStringLiteral("02-services"));

            QVERIFY(flow->start(id));
            QTRY_COMPARE(state->screen(), AppState::Question);
            int n = 3;
            // The GOV.UK error summary on the first page, then every page answered.
            auditHere(
                id, QStringLiteral("%1-%2").arg(n++, 2, 10, QLatin1Char('0')).arg(flow->pageId()));
            if (!flow->next()) {
                QVERIFY(!flow->errors()->isEmpty());
                auditHere(id,
                          QStringLiteral("%1-%2-error")
                              .arg(n++, 2, 10, QLatin1Char('0'))
                              .arg(flow->pageId()));
            }
            for (int guard = 0; guard < 40 && !flow->onSummary(); ++guard) {
                const FlowPage *page = FlowWalker::currentPage(catalogue, flow);
                QVERIFY2(page, qPrintable(flow->pageId()));
                flow->setDraft(FlowWalker::sampleAnswer(*page));
                const QString before = flow->pageId();
                QVERIFY2(flow->next(),
                         qPrintable(before + QStringLiteral(": ") + flow->fieldError()));
                if (flow->onSummary())
                    break;
                auditHere(
                    id,
                    QStringLiteral("%1-%2").arg(n++, 2, 10, QLatin1Char('0')).arg(flow->pageId()));
            }
            QTRY_COMPARE(state->screen(), AppState::Check);
            auditHere(id, QStringLiteral("%1-check-answers").arg(n++, 2, 10, QLatin1Char('0')));
            QVERIFY2(flow->submit(), qPrintable(flow->submitError()));
            QTRY_COMPARE(state->screen(), AppState::Confirmation);
            auditHere(id, QStringLiteral("%1-confirmation").arg(n++, 2, 10, QLatin1Char('0')));
            m_kiosk->endSession();
            QTRY_COMPARE(state->screen(), AppState::Welcome);
        }
    }

    const int problems = m_sweep->report(int(languages.size()));
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
    // The kiosk has its own InputPanel: no second, desktop keyboard window.
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_A11yAudit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_a11y_audit.moc"
