// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// A site under the Welsh Language Standards (config welshLanguageStandards): the real kiosk
// starts in Welsh, lists Welsh first, and its welcome screen shows Welsh and English side by
// side, Welsh first; a Polish or Arabic session sees its own language only; every new session
// starts in Welsh again.
#include "tests/e2e/kioskdriver.h"

#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "qml/viewmodels/appstate.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

class tst_WelshStandards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        KioskConfig config = KioskConfig::demo();
        config.dataDir = m_data.path();
        config.languages = {QStringLiteral("cy"), QStringLiteral("en"), QStringLiteral("pl"),
                            QStringLiteral("ar")};
        config.defaultLanguage = QStringLiteral("cy");
        config.welshLanguageStandards = true;
        // The strict parser accepts exactly this (and refuses the same with English first).
        QVERIFY(KioskConfig::parseObject(config.toJson(), QStringLiteral("site.json")).ok());
        CompositionOptions options;
        options.windowed = true;
        options.startSync = false;
        auto kiosk = KioskComposition::create(config, options);
        QVERIFY2(kiosk.ok(), kiosk.ok() ? "" : qPrintable(kiosk.error().message));
        m_kiosk = std::move(kiosk.value());
        QVERIFY(m_kiosk->load().ok());
        m_kiosk->window()->resize(1280, 1024);
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    }

    void welcomeIsBilingualWelshFirst()
    {
        AppState *state = m_kiosk->appState();
        QCOMPARE(state->language(), QStringLiteral("cy"));
        QCOMPARE(state->languageCodes().first(), QStringLiteral("cy"));
        QVERIFY(state->bilingualWelcome());
        KioskDriver drive(m_kiosk->window(),
                          QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("i18n")));
        QTRY_VERIFY(drive.find(QStringLiteral("welcomeHeading_en")));
        QQuickItem *welsh = drive.find(QStringLiteral("screenHeading"));
        QQuickItem *english = drive.find(QStringLiteral("welcomeHeading_en"));
        QVERIFY(welsh && english);
        QCOMPARE(welsh->property("text").toString(),
                 QStringLiteral("Croeso i wasanaethau'r cyngor"));
        QCOMPARE(english->property("text").toString(),
                 QStringLiteral("Welcome to council services"));
        // Side by side at this width, Welsh on the left; never English above Welsh.
        const QPointF w = welsh->mapToScene(QPointF(0, 0));
        const QPointF e = english->mapToScene(QPointF(0, 0));
        QVERIFY2(w.x() < e.x() && qAbs(w.y() - e.y()) < 1.0,
                 qPrintable(QStringLiteral("cy at %1,%2; en at %3,%4")
                                .arg(w.x())
                                .arg(w.y())
                                .arg(e.x())
                                .arg(e.y())));
        drive.shoot(QStringLiteral("welsh-standards-welcome"));

        // Switching to English keeps Welsh first; Polish shows Polish only.
        state->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(drive.find(QStringLiteral("screenHeading"))->property("text").toString(),
                     QStringLiteral("Croeso i wasanaethau'r cyngor"));
        state->setLanguage(QStringLiteral("pl"));
        QTRY_VERIFY(!drive.find(QStringLiteral("welcomeHeading_en")));
        QTRY_COMPARE(drive.find(QStringLiteral("screenHeading"))->property("text").toString(),
                     QStringLiteral("Witamy w usługach urzędu"));
        // The next person starts in Welsh again.
        m_kiosk->endSession();
        QTRY_COMPARE(state->language(), QStringLiteral("cy"));
        QTRY_VERIFY(drive.find(QStringLiteral("welcomeHeading_en")));
    }

    void cleanupTestCase() { m_kiosk.reset(); }

private:
    QTemporaryDir m_data;
    std::unique_ptr<KioskComposition> m_kiosk;
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_WelshStandards test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_welshstandards.moc"
