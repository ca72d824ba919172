// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Remote view over a web page (labels fleet, e2e, security): the real kiosk, linked as
// civic-kiosk is (WebEngine loads as a plugin), shows an online service from 127.0.0.1; a
// signed "request-screenshot" asks the person, and the picture that leaves has the whole web
// view covered, while the same region of a grab of the window shows the page's text. The
// picture lands in <build>/screenshots/fleet/remote-view-web.png.
#include "tests/e2e/kioskdriver.h"
#include "tests/e2e/web/webkiosktestmain.h"
#include "tests/integration/fleet/fleettestutil.h"
#include "tests/wipe/testwebserver.h"

#include "app/composition/fleetwiring.h"
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/fleet/fleetservices.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/remoteview.h"

#include <QQuickItemGrabResult>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;
using namespace ck::testing;

namespace {

const QColor kCover(0x6f, 0x77, 0x7b); // RemoteViewCapture's box colour

int pixelsNot(const QImage &image, const QRect &rect, const QColor &colour)
{
    int n = 0;
    const QRect inner = rect.adjusted(4, 4, -4, -4).intersected(image.rect());
    for (int y = inner.top(); y <= inner.bottom(); ++y)
        for (int x = inner.left(); x <= inner.right(); ++x)
            n += QColor(image.pixel(x, y)) != colour;
    return n;
}

int darkPixels(const QImage &image, const QRect &rect)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += qGray(image.pixel(x, y)) < 100;
    return n;
}

} // namespace

class tst_E2eRemoteViewWeb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webViewIsCovered();

private:
    QTemporaryDir m_data;
    QTemporaryDir m_services;
};

void tst_E2eRemoteViewWeb::webViewIsCovered()
{
    QVERIFY(m_data.isValid() && m_services.isValid());
    TestWebServer server(QStringLiteral(CK_TEST_DATA_DIR "/web"));
    QVERIFY(server.start());
    const QString service =
        QStringLiteral(R"({"schema": 1, "kind": "web", "id": "test-online", "version": 1,
        "title": {"en": "Test online service", "cy": "Gwasanaeth ar-lein prawf"},
        "url": "%1"})")
            .arg(server.url(QStringLiteral("/allowed/state-visit.html")).toString());
    QVERIFY(writeFile(m_services.filePath(QStringLiteral("web-test.json")), service.toUtf8()));
    KioskConfig config = KioskConfig::demo();
    config.dataDir = m_data.path();
    config.webAllowList = {server.url(QStringLiteral("/allowed/")).toString()};
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    options.servicesDir = m_services.path();
    auto created = KioskComposition::create(config, options);
    QVERIFY(created.ok());
    std::unique_ptr<KioskComposition> kiosk = std::move(created.value());
    auto shell = ShellWiring::install(*kiosk, true);
    QVERIFY(shell.ok());
    QVERIFY(kiosk->load().ok());
    QQuickWindow *window = kiosk->window();
    shell.value()->attachWindow(window);
    window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    FleetServices fleet(kiosk->config(), kiosk->outbox(), QStringLiteral("test"));
    auto wiring = FleetWiring::attach(*kiosk, *shell.value(), fleet);
    KioskDriver drive(window,
                      QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("fleet")));

    kiosk->appState()->showServices();
    QTRY_VERIFY(drive.find(QStringLiteral("service_test-online")));
    QVERIFY(drive.click(QStringLiteral("service_test-online")));
    QTRY_COMPARE(kiosk->appState()->screen(), AppState::Web);
    QQuickItem *view = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((view = drive.find(QStringLiteral("webView")))
                                 && view->property("title").toString() == QLatin1String("Visit 1"),
                             20000);
    QTest::qWait(500);
    const QRect viewRect =
        view->mapRectToScene(QRectF(0, 0, view->width(), view->height())).toAlignedRect();
    // What the page shows, as the window's root item renders it (WebEngine content included
    // under Xvfb): the heading's dark text is there.
    auto grab = window->contentItem()->grabToImage();
    QVERIFY(grab);
    QSignalSpy ready(grab.data(), &QQuickItemGrabResult::ready);
    QVERIFY(ready.wait(10000));
    const QImage onScreen = grab->image().convertToFormat(QImage::Format_RGB32);
    QVERIFY2(darkPixels(onScreen, viewRect) > 50, "the page's text should be on screen");

    QSignalSpy captured(wiring->remoteView(), &RemoteView::captured);
    FleetCommand c;
    c.kioskId = kiosk->config().kioskId;
    c.sequence = 1;
    c.action = QStringLiteral("request-screenshot");
    c.issuedAt = QDateTime::currentDateTimeUtc();
    auto signer = ConfigSigner::loadPrivateKey(kDemoKey);
    QVERIFY(signer.ok());
    QVERIFY(fleet.commands()->offer(c.sign(signer.value()).value()).ok());
    QTRY_VERIFY(drive.find(QStringLiteral("remoteViewYes")));
    QCOMPARE(captured.count(), 0);
    QVERIFY(drive.click(QStringLiteral("remoteViewYes")));
    QTRY_COMPARE_WITH_TIMEOUT(captured.count(), 1, 10000);

    const QJsonObject document =
        QJsonDocument::fromJson(captured.at(0).at(1).toByteArray()).object();
    QCOMPARE(document["consent"].toString(), QStringLiteral("accepted-on-screen"));
    bool web = false;
    for (const QJsonValue &h : document["hidden"].toArray())
        web |= h["reason"].toString() == QLatin1String("web-view");
    QVERIFY(web);
    QVERIFY(!captured.at(0).at(1).toByteArray().contains("Visit 1"));
    const QImage sent =
        QImage::fromData(QByteArray::fromBase64(document["image"].toString().toLatin1()), "PNG")
            .convertToFormat(QImage::Format_RGB32);
    QVERIFY(!sent.isNull());
    sent.save(QDir(QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("fleet")))
                  .filePath(QStringLiteral("remote-view-web.png")));
    QCOMPARE(pixelsNot(sent, viewRect, kCover), 0);
    // So is the page's title in the kiosk's own bar (a signed-in page can name the person).
    QQuickItem *title = drive.find(QStringLiteral("webPageTitle"));
    QVERIFY(title);
    QCOMPARE(title->property("text").toString(), QStringLiteral("Visit 1"));
    const QRect titleRect =
        title->mapRectToScene(QRectF(0, 0, title->width(), title->height())).toAlignedRect();
    QCOMPARE(pixelsNot(sent, titleRect, kCover), 0);
    // The page is still there for the person.
    QCOMPARE(view->opacity(), 1.0);
    QCOMPARE(view->property("title").toString(), QStringLiteral("Visit 1"));
    shell.value()->endSessionBeforeQuit();
    wiring.reset();
}

CK_WEB_KIOSK_TEST_MAIN(tst_E2eRemoteViewWeb, (void)0)
#include "tst_e2e_remoteview_web.moc"
