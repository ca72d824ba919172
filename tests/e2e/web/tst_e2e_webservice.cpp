// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// An online government service opened from the service list of the real kiosk (composition,
// shell, Main.qml), served from 127.0.0.1: Qt WebEngine is not in the process until the
// citizen opens it; "Back to the kiosk" returns to the list and the page keeps its state for
// the rest of the session only; a wipe gives the next person a clean web profile; quitting
// with the page open tears it down while the event loop still runs.
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/config/kioskconfig.h"
#include "qml/viewmodels/appstate.h"
#include "tests/e2e/kioskdriver.h"
#include "tests/e2e/web/webkiosktestmain.h"
#include "tests/wipe/testwebserver.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Whether Chromium's library is mapped into this process.
bool webEngineLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class tst_E2eWebService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void webServiceFromTheList();
    void serviceOutsideTheAllowListIsNotOffered();
    void quittingWithThePageOpenTearsItDown();
    void cleanupTestCase();

private:
    bool compose(const QStringList &allowList);
    QObject *webView() const { return m_driver->find(u"webView"_s); }
    QString title() const
    {
        QObject *view = webView();
        return view ? view->property("title").toString() : QString();
    }
    bool openFromList();

    QTemporaryDir m_data;
    QTemporaryDir m_services;
    std::unique_ptr<TestWebServer> m_server;
    std::unique_ptr<ck::KioskComposition> m_kiosk;
    ck::ShellWiring *m_shell = nullptr;
    std::unique_ptr<KioskDriver> m_driver;
};

void tst_E2eWebService::initTestCase()
{
    QVERIFY(m_data.isValid() && m_services.isValid());
    m_server = std::make_unique<TestWebServer>(QStringLiteral(CK_TEST_DATA_DIR "/web"));
    QVERIFY(m_server->start());
    const QString service = uR"({"schema": 1, "kind": "web", "id": "test-online", "version": 1,
        "title": {"en": "Test online service", "cy": "Gwasanaeth ar-lein prawf"},
        "url": "%1"})"_s.arg(m_server->url(u"/allowed/state-visit.html"_s).toString());
    QVERIFY(writeFile(m_services.filePath(u"web-test.json"_s), service.toUtf8()));
    QVERIFY(QFile::copy(QStringLiteral(CK_SOURCE_DIR "/packaging/services/missed-bin.json"),
                        m_services.filePath(u"missed-bin.json"_s)));
    // Nothing so far may have brought WebEngine in: the kiosk's own start-up does not.
    QVERIFY(!webEngineLoaded());
}

bool tst_E2eWebService::compose(const QStringList &allowList)
{
    m_driver.reset();
    m_kiosk.reset();
    ck::KioskConfig config = ck::KioskConfig::demo();
    config.dataDir = m_data.path();
    config.webAllowList = allowList;
    ck::CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    options.servicesDir = m_services.path();
    auto composition = ck::KioskComposition::create(config, options);
    if (!composition)
        return false;
    m_kiosk = std::move(composition.value());
    auto shell = ck::ShellWiring::install(*m_kiosk, true);
    if (!shell || !m_kiosk->load())
        return false;
    m_shell = shell.value();
    m_shell->attachWindow(m_kiosk->window());
    m_driver = std::make_unique<KioskDriver>(
        m_kiosk->window(), QDir(KioskDriver::screenshotRoot()).filePath(u"e2e"_s));
    return QTest::qWaitForWindowExposed(m_kiosk->window());
}

bool tst_E2eWebService::openFromList()
{
    m_kiosk->appState()->showServices();
    if (!QTest::qWaitFor([this] { return m_driver->find(u"service_test-online"_s); }, 5000))
        return false;
    return m_driver->click(u"service_test-online"_s);
}

void tst_E2eWebService::webServiceFromTheList()
{
    QVERIFY(compose({m_server->url(u"/allowed/"_s).toString()}));
    QVERIFY(!webEngineLoaded()); // the welcome screen is up without Chromium
    QVERIFY(!m_kiosk->catalogue().find(u"test-online"_s)->pages().size());

    // The list says it is a website before anyone touches it.
    m_kiosk->appState()->showServices();
    QTRY_VERIFY(m_driver->find(u"serviceOnline"_s));
    m_driver->shoot(u"web-01-service-list"_s);

    QVERIFY(openFromList());
    QTRY_COMPARE(m_kiosk->appState()->screen(), ck::AppState::Web);
    QTRY_COMPARE_WITH_TIMEOUT(title(), u"Visit 1"_s, 20000);
    QVERIFY(webEngineLoaded());
    QVERIFY(m_shell->webSession()->hasProfile());
    QVERIFY(m_driver->find(u"backToKiosk"_s));
    m_driver->shoot(u"web-02-online-service"_s);

    // Touching a text box in the page brings up the kiosk's own on-screen keyboard.
    QQuickItem *keyboard = m_driver->find(u"keyboardLoader"_s);
    QVERIFY(keyboard);
    QVERIFY(!keyboard->property("active").toBool());
    auto *viewItem = qobject_cast<QQuickItem *>(webView());
    const double zoom = viewItem->property("zoomFactor").toDouble();
    // The field sits after the heading; find it by walking down the page's left edge.
    bool typedInPage = false;
    for (int y = 60; y < 400 && !typedInPage; y += 10) {
        // A finger, not a mouse: Chromium asks for a virtual keyboard only on a tap.
        static QPointingDevice *finger = QTest::createTouchDevice();
        const QPoint at = viewItem->mapToScene(QPointF(160 * zoom, y)).toPoint();
        QTest::touchEvent(m_kiosk->window(), finger).press(0, at);
        QTest::touchEvent(m_kiosk->window(), finger).release(0, at);
        typedInPage = QTest::qWaitFor([&] { return keyboard->property("active").toBool(); }, 150);
    }
    QVERIFY(typedInPage);
    m_driver->shoot(u"web-03-keyboard"_s);

    // Back to the kiosk: the list again, the view gone, the profile kept for this session.
    QPointer<QObject> view = webView();
    QVERIFY(m_driver->click(u"backToKiosk"_s));
    QTRY_COMPARE(m_kiosk->appState()->screen(), ck::AppState::Services);
    QTRY_VERIFY(view.isNull());
    QVERIFY(m_shell->webSession()->hasProfile());

    // The same person comes back to it: the page still sees its own storage (and comes from
    // the session's memory cache, so the server may not even be asked).
    const QString path = u"/allowed/state-visit.html"_s;
    QVERIFY(openFromList());
    QTRY_COMPARE_WITH_TIMEOUT(title(), u"Visit 2"_s, 20000);

    // The session ends (here from the web page itself): the next person starts clean.
    QSignalSpy wiped(m_shell->wiper(), &ck::SessionWiper::wiped);
    m_kiosk->appState()->requestEndSession();
    QTRY_COMPARE_WITH_TIMEOUT(wiped.count(), 1, 10000);
    QCOMPARE(m_kiosk->appState()->screen(), ck::AppState::Welcome);
    QVERIFY(!m_shell->webSession()->hasProfile());
    QVERIFY(!webView());

    m_server->resetCounters();
    QVERIFY(openFromList());
    QTRY_COMPARE_WITH_TIMEOUT(title(), u"Visit 1"_s, 20000);
    QCOMPARE(m_server->requests(path), 1); // nothing cached from the last session either
    QVERIFY(m_server->cookies(path).isEmpty()); // and no cookie carried into it
    QVERIFY(m_driver->click(u"backToKiosk"_s));
    QTRY_COMPARE(m_kiosk->appState()->screen(), ck::AppState::Services);
}

void tst_E2eWebService::serviceOutsideTheAllowListIsNotOffered()
{
    // The same file on a kiosk whose allow-list does not cover it: refused at load like a
    // broken file, and not in the list; the form next to it still is.
    QVERIFY(compose({u"https://www.gov.uk/"_s}));
    QVERIFY(!m_kiosk->catalogue().find(u"test-online"_s));
    QVERIFY(m_kiosk->catalogue().find(u"missed-bin"_s));
    bool reported = false;
    for (const ck::CatalogueProblem &p : m_kiosk->catalogue().problems())
        reported = reported || p.code == u"catalogue.webNotAllowed"_s;
    QVERIFY(reported);
    m_kiosk->appState()->showServices();
    QTRY_VERIFY(m_driver->find(u"service_missed-bin"_s));
    QVERIFY(!m_driver->find(u"service_test-online"_s));
}

void tst_E2eWebService::quittingWithThePageOpenTearsItDown()
{
    QVERIFY(compose({m_server->url(u"/allowed/"_s).toString()}));
    QVERIFY(openFromList());
    QTRY_VERIFY_WITH_TIMEOUT(title().startsWith(u"Visit"_s), 20000);
    QPointer<QObject> view = webView();
    QVERIFY(view);
    // What main.cpp's aboutToQuit does: the page and its profile go while a loop still runs.
    m_shell->endSessionBeforeQuit();
    QVERIFY(view.isNull());
    QVERIFY(!m_shell->webSession()->hasProfile());
    QCOMPARE(m_kiosk->appState()->screen(), ck::AppState::Welcome);
}

void tst_E2eWebService::cleanupTestCase()
{
    m_driver.reset();
    m_kiosk.reset();
}

CK_WEB_KIOSK_TEST_MAIN(tst_E2eWebService, (void)0)
#include "tst_e2e_webservice.moc"
