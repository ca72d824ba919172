// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// A kiosk whose web plugin is missing or broken: choosing an online service shows "Online
// services are not available at the moment" in the session's language, with "Back to the
// kiosk", never a blank screen or a crash, and the forms still work.
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/config/kioskconfig.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "tests/e2e/kioskdriver.h"
#include "tests/e2e/web/webkiosktestmain.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_E2eWebUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenPluginSaysSo();
};

void tst_E2eWebUnavailable::brokenPluginSaysSo()
{
    QTemporaryDir data;
    QTemporaryDir services;
    QVERIFY(data.isValid() && services.isValid());
    QFile file(services.filePath(u"web.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": 1, "kind": "web", "id": "gov", "version": 1,
        "title": {"en": "An online service"}, "url": "https://www.gov.uk/"})");
    file.close();
    QVERIFY(QFile::copy(QStringLiteral(CK_SOURCE_DIR "/packaging/services/missed-bin.json"),
                        services.filePath(u"missed-bin.json"_s)));

    ck::KioskConfig config = ck::KioskConfig::demo(); // webAllowList: https://www.gov.uk/
    config.dataDir = data.path();
    ck::CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    options.servicesDir = services.path();
    auto composition = ck::KioskComposition::create(config, options);
    QVERIFY(composition.ok());
    ck::KioskComposition &kiosk = *composition.value();
    auto shell = ck::ShellWiring::install(kiosk, true);
    QVERIFY(shell.ok());
    QVERIFY(kiosk.load().ok());
    shell.value()->attachWindow(kiosk.window());
    QVERIFY(QTest::qWaitForWindowExposed(kiosk.window()));
    KioskDriver drive(kiosk.window(), QDir(KioskDriver::screenshotRoot()).filePath(u"e2e"_s));

    kiosk.appState()->showServices();
    QTRY_VERIFY(drive.find(u"service_gov"_s));
    QVERIFY(drive.click(u"service_gov"_s));
    QTRY_COMPARE(kiosk.appState()->screen(), ck::AppState::Web);
    QTRY_VERIFY(drive.find(u"friendlyPage"_s));
    QVERIFY(!drive.find(u"webView"_s));
    QVERIFY(!drive.find(u"backToService"_s)); // there is no service to go back to
    QStringList texts;
    for (QQuickItem *item : drive.find(u"friendlyPage"_s)->findChildren<QQuickItem *>())
        texts << item->property("text").toString();
    QVERIFY2(texts.contains(u"Online services are not available at the moment"_s),
             qPrintable(texts.join(u'|')));
    drive.shoot(u"web-unavailable"_s);

    // Back to the kiosk, and a form still works.
    QVERIFY(drive.click(u"backToKiosk"_s));
    QTRY_COMPARE(kiosk.appState()->screen(), ck::AppState::Services);
    QVERIFY(kiosk.flowController()->start(u"missed-bin"_s));
    QTRY_COMPARE(kiosk.appState()->screen(), ck::AppState::Question);
}

// A plugin that is not there, as after a broken install.
CK_WEB_KIOSK_TEST_MAIN(tst_E2eWebUnavailable,
                       qputenv("CIVIC_KIOSK_WEB_PLUGIN", "/nonexistent/civic-kiosk-web.so"))
#include "tst_e2e_webunavailable.moc"
