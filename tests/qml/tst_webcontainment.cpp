// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Web refusal test (label security): against a real page on a loopback server, every action a
// kiosk must refuse is refused (leaving the list, frames from outside the lists, pop-ups and new
// tabs, print, downloads, permissions, file pickers, chrome:, view-source:, devtools), the
// friendly page shows where it should, and the view never leaves the allow-list.
#include "kiosk-shell/websession.h"
#include "tests/unit/kiosk-shell/guitestmain.h"
#include "tests/wipe/testwebserver.h"
#include "tests/wipe/webharness.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWebEngineProfile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}
} // namespace

class tst_WebContainment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void navigationOutsideShowsFriendlyPage();
    void redirectOutsideIsBlocked();
    void windowOpenOutsideRefused();
    void popUpsAndNewTabsRefused_data();
    void popUpsAndNewTabsRefused();
    void newTabOnTheListOpensHere();
    void subframesObeyTheLists();
    void printRefused();
    void devToolsAndViewSourceRefused();
    void downloadsRefused();
    void permissionRequestsRefused();
    void filePickerRefused();
    void dangerousTopLevelSchemesRefused_data();
    void dangerousTopLevelSchemesRefused();
    void cleanupTestCase();

private:
    QUrl currentUrl() const;
    bool friendlyVisible() const;
    void dismissFriendly();

    std::unique_ptr<TestWebServer> m_server;
    std::unique_ptr<ck::WebSession> m_web;
    std::unique_ptr<WebHarness> m_harness;
    QTemporaryDir m_downloads;
    QStringList m_refusals;
};

void tst_WebContainment::initTestCase()
{
    m_server = std::make_unique<TestWebServer>(QStringLiteral(CK_TEST_DATA_DIR "/web"));
    QVERIFY(m_server->start());
    auto policy = ck::UrlPolicy::fromList({m_server->url(u"/allowed/"_s).toString()},
                                          {m_server->url(u"/frames/"_s).toString()});
    QVERIFY(policy.ok());
    m_web = std::make_unique<ck::WebSession>(*policy);
    connect(m_web.get(), &ck::WebSession::refused, this,
            [this](const QString &kind) { m_refusals << kind; });
    m_harness = std::make_unique<WebHarness>();
    QVERIFY(m_harness->load(
        QStringLiteral(CK_SOURCE_DIR "/tests/qml/WebRefusalHarness.qml"),
        {{u"webSession"_s, QVariant::fromValue(m_web.get())},
         {u"serviceUrl"_s, m_server->url(u"/allowed/refusals.html"_s)}}));
    QVERIFY(QTest::qWaitForWindowExposed(m_harness->window));
    qobject_cast<QQuickWebEngineProfile *>(m_web->sessionProfile())
        ->setDownloadPath(m_downloads.path());
}

void tst_WebContainment::init()
{
    // Every case starts on the allowed page with nothing refused yet.
    dismissFriendly();
    m_harness->js(u"window.oldPage = true; location.href = '/allowed/refusals.html'; true"_s);
    QVERIFY(m_harness->waitFor(u"window.oldPage ? '' : document.title"_s, u"Refusals"_s));
    m_refusals.clear();
}

QUrl tst_WebContainment::currentUrl() const
{
    QObject *view = m_harness->window->findChild<QObject *>(u"webView"_s);
    return view ? view->property("url").toUrl() : QUrl();
}

bool tst_WebContainment::friendlyVisible() const
{
    QObject *friendly = m_harness->window->findChild<QObject *>(u"friendlyPage"_s);
    return friendly && friendly->property("visible").toBool();
}

void tst_WebContainment::dismissFriendly()
{
    QObject *screen = m_harness->window->findChild<QObject *>(u"webServiceScreen"_s);
    if (screen)
        screen->setProperty("blockedReason", QString());
}

void tst_WebContainment::navigationOutsideShowsFriendlyPage()
{
    m_harness->js(u"document.getElementById('outside').click(); true"_s);
    QTRY_VERIFY(friendlyVisible());
    QVERIFY(m_refusals.contains(u"outside-list"_s));
    QTest::qWait(300);
    QCOMPARE(currentUrl(), m_server->url(u"/allowed/refusals.html"_s));
    QCOMPARE(m_server->requests(u"/outside/page.html"_s), 0);
    // The way back is always on screen.
    QObject *back = m_harness->window->findChild<QObject *>(u"backToKiosk"_s);
    QVERIFY(back && back->property("visible").toBool());
    QObject *toService = m_harness->window->findChild<QObject *>(u"backToService"_s);
    QVERIFY(toService && toService->property("visible").toBool());
}

void tst_WebContainment::redirectOutsideIsBlocked()
{
    m_harness->js(u"document.getElementById('redirect').click(); true"_s);
    QTRY_VERIFY(friendlyVisible());
    QTest::qWait(300);
    QCOMPARE(m_server->requests(u"/outside/page.html"_s), 0);
    QVERIFY(!currentUrl().path().startsWith(u"/outside"_s));
}

void tst_WebContainment::windowOpenOutsideRefused()
{
    m_harness->js(u"openOutside(); true"_s);
    QTRY_VERIFY(m_refusals.contains(u"new-window"_s));
    QTest::qWait(300);
    QCOMPARE(m_server->requests(u"/outside/page.html"_s), 0);
    QCOMPARE(currentUrl(), m_server->url(u"/allowed/refusals.html"_s));
    QCOMPARE(m_harness->engine.rootObjects().size(), 1); // no second window
}

void tst_WebContainment::popUpsAndNewTabsRefused_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("pop-up window") << u"popUpOutside(); true"_s;
    QTest::newRow("target=_blank link")
        << u"document.getElementById('blank-outside').click(); true"_s;
}

void tst_WebContainment::popUpsAndNewTabsRefused()
{
    QFETCH(QString, script);
    const int windows = QGuiApplication::topLevelWindows().size();
    m_harness->js(script);
    QTRY_VERIFY(m_refusals.contains(u"new-window"_s));
    QTest::qWait(300);
    QCOMPARE(m_server->requests(u"/outside/page.html"_s), 0);
    QCOMPARE(currentUrl(), m_server->url(u"/allowed/refusals.html"_s));
    QCOMPARE(QGuiApplication::topLevelWindows().size(), windows);
}

void tst_WebContainment::newTabOnTheListOpensHere()
{
    // A service's "opens in a new tab" link to its own pages still works, in this one view.
    const int windows = QGuiApplication::topLevelWindows().size();
    m_harness->js(u"document.getElementById('blank-allowed').click(); true"_s);
    QTRY_COMPARE(currentUrl(), m_server->url(u"/allowed/state.html"_s));
    QVERIFY(m_harness->waitFor(u"document.title"_s, u"Civic Kiosk test service"_s));
    QCOMPARE(QGuiApplication::topLevelWindows().size(), windows);
    QVERIFY(!friendlyVisible());
}

void tst_WebContainment::subframesObeyTheLists()
{
    m_server->resetCounters();
    m_harness->js(u"location.href = '/allowed/frames.html'; true"_s);
    QVERIFY(m_harness->waitFor(u"document.title"_s, u"Frames"_s));
    // On the page list, and on the frame list: both load.
    QVERIFY(m_harness->waitFor(u"frameTitle('inside')"_s, u"Inside"_s));
    QVERIFY(m_harness->waitFor(u"frameTitle('widget')"_s, u"Widget"_s));
    // From outside both lists: refused before any request leaves the kiosk, the frame stays
    // empty, and the page itself stays (no friendly page for a frame).
    QTRY_VERIFY(m_refusals.contains(u"frame"_s));
    QTest::qWait(300);
    QCOMPARE(m_server->requests(u"/outside/frame.html"_s), 0);
    QVERIFY(m_harness->js(u"frameTitle('outside')"_s).toString() != u"Outside"_s);
    QVERIFY(!friendlyVisible());
    QCOMPARE(currentUrl(), m_server->url(u"/allowed/frames.html"_s));

    // A frame added later, and an allowed frame sent elsewhere, are refused the same way.
    m_refusals.clear();
    m_harness->js(u"addFrame('late', '/outside/frame.html'); true"_s);
    QTRY_VERIFY(m_refusals.contains(u"frame"_s));
    m_refusals.clear();
    m_harness->js(
        u"document.getElementById('inside').contentWindow.location = '/outside/frame.html'; true"_s);
    QTRY_VERIFY(m_refusals.contains(u"frame"_s));
    QTest::qWait(300);
    QCOMPARE(m_server->requests(u"/outside/frame.html"_s), 0);
    QCOMPARE(m_harness->js(u"frameTitle('inside')"_s).toString(), u"Inside"_s);

    // The frame list never opens as a page.
    m_harness->js(u"location.href = '/frames/widget.html'; true"_s);
    QTRY_VERIFY(friendlyVisible());
    QVERIFY(m_refusals.contains(u"outside-list"_s));
}

void tst_WebContainment::printRefused()
{
    const int windows = QGuiApplication::topLevelWindows().size();
    m_harness->js(u"printPage(); true"_s);
    QTRY_VERIFY(m_refusals.contains(u"print"_s));
    // The page carries on (no dialog holds it) and nothing else opened.
    QVERIFY(m_harness->waitFor(u"window.results.printed || ''"_s, u"returned"_s));
    QCOMPARE(QGuiApplication::topLevelWindows().size(), windows);
    QCOMPARE(currentUrl(), m_server->url(u"/allowed/refusals.html"_s));
}

void tst_WebContainment::devToolsAndViewSourceRefused()
{
    const int windows = QGuiApplication::topLevelWindows().size();
    QObject *view = m_harness->window->findChild<QObject *>(u"webView"_s);
    QVERIFY(view);
    // A browser's shortcuts for developer tools, page source and printing, typed into the page.
    m_harness->call("focusWeb");
    QTest::keyClick(m_harness->window, Qt::Key_F12);
    QTest::keyClick(m_harness->window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_harness->window, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_harness->window, Qt::Key_U, Qt::ControlModifier);
    QTest::keyClick(m_harness->window, Qt::Key_P, Qt::ControlModifier);
    // "View page source", as a browser's menu would ask for it. (InspectElement is reachable only
    // from a context menu, which the view never shows; asked for without one, Qt 6.4 crashes
    // reading the missing menu's position, so it is not asked here.)
    QVariant ignored;
    QMetaObject::invokeMethod(m_harness->window, "webAction", Q_RETURN_ARG(QVariant, ignored),
                              Q_ARG(QVariant, u"ViewSource"_s));
    QTRY_VERIFY(m_refusals.contains(u"new-window"_s)); // view-source: asks for a window
    QTest::qWait(500);
    QCOMPARE(QGuiApplication::topLevelWindows().size(), windows);
    QCOMPARE(view->property("devToolsView").value<QObject *>(), nullptr);
    QCOMPARE(currentUrl(), m_server->url(u"/allowed/refusals.html"_s));
    QVERIFY(!friendlyVisible());
    QCOMPARE(m_harness->js(u"document.title"_s).toString(), u"Refusals"_s);
}

void tst_WebContainment::downloadsRefused()
{
    m_harness->js(u"document.getElementById('download').click(); true"_s);
    QTRY_VERIFY(m_refusals.contains(u"download"_s));
    m_refusals.clear();
    m_harness->js(u"document.getElementById('attachment').click(); true"_s);
    QTRY_VERIFY(m_refusals.contains(u"download"_s));
    QTest::qWait(500);
    QCOMPARE(QDir(m_downloads.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(currentUrl(), m_server->url(u"/allowed/refusals.html"_s));
}

void tst_WebContainment::permissionRequestsRefused()
{
    m_harness->js(u"askNotifications(); askGeolocation(); askCamera(); true"_s);
    QVERIFY(m_harness->waitFor(u"window.results.notifications || ''"_s, u"denied"_s));
    QVERIFY(m_harness->waitFor(u"(window.results.geolocation || '').startsWith('denied')"_s, true));
    QVERIFY(m_harness->waitFor(u"(window.results.camera || '').startsWith('denied')"_s, true));
    QVERIFY(m_refusals.contains(u"permission"_s));
}

void tst_WebContainment::filePickerRefused()
{
    // A real click (file inputs need a user gesture) in the middle of the file input.
    const QVariant rect = m_harness->js(
        u"(function(){const r=document.getElementById('file').getBoundingClientRect();"
        "return [r.left + r.width/2, r.top + r.height/2];})()"_s);
    const QVariantList xy = rect.toList();
    QCOMPARE(xy.size(), 2);
    auto *view = qobject_cast<QQuickItem *>(m_harness->window->findChild<QObject *>(u"webView"_s));
    QVERIFY(view);
    // CSS pixels to item pixels: the kiosk zooms pages for large print.
    const double zoom = view->property("zoomFactor").toDouble();
    const QPointF inWindow = view->mapToScene(QPointF(xy[0].toDouble(), xy[1].toDouble()) * zoom);
    m_harness->call("focusWeb");
    QTest::mouseClick(m_harness->window, Qt::LeftButton, {}, inWindow.toPoint());
    QTRY_VERIFY_WITH_TIMEOUT(m_refusals.contains(u"file-picker"_s), 10000);
}

void tst_WebContainment::dangerousTopLevelSchemesRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("javascript") << u"javascript:document.title='pwned'"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("data") << u"data:text/html,<title>pwned</title>"_s;
    QTest::newRow("credentials") << u"http://127.0.0.1@example.org/"_s;
    QTest::newRow("chrome") << u"chrome://settings/"_s;
    QTest::newRow("chrome gpu") << u"chrome://gpu/"_s;
    QTest::newRow("view-source") << u"view-source:http://127.0.0.1/allowed/refusals.html"_s;
    QTest::newRow("devtools") << u"devtools://devtools/bundled/inspector.html"_s;
}

void tst_WebContainment::dangerousTopLevelSchemesRefused()
{
    QFETCH(QString, address);
    // From the kiosk side (a service link, a typed address) ...
    QVariant opened;
    QMetaObject::invokeMethod(m_harness->window, "open", Q_RETURN_ARG(QVariant, opened),
                              Q_ARG(QVariant, address));
    QCOMPARE(opened.toBool(), false);
    QVERIFY(friendlyVisible());
    QVERIFY(!m_refusals.isEmpty());
    dismissFriendly();
    // ... and from inside the page (a page's own javascript: link only runs its own script,
    // which it could anyway: not a navigation, so not a containment question).
    if (address.startsWith(u"javascript:"_s))
        return;
    m_harness->js(u"location.href = %1; true"_s.arg(jsString(address)));
    QTest::qWait(500);
    QCOMPARE(currentUrl(), m_server->url(u"/allowed/refusals.html"_s));
    QCOMPARE(m_harness->js(u"document.title"_s).toString(), u"Refusals"_s);
}

void tst_WebContainment::cleanupTestCase()
{
    // View first, then the profile, while the loop runs.
    bool finished = false;
    m_web->wipeThen([&] { finished = true; });
    QTRY_VERIFY(finished);
    m_harness.reset();
    m_web.reset();
}

CK_GUI_TEST_MAIN(tst_WebContainment)
#include "tst_webcontainment.moc"
