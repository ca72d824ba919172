// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// AppState: the configured languages (unknown ones dropped), switching and its signal, the
// direction, the Welsh Language Standards' bilingual welcome, the screens and the new session.
#include "qml/viewmodels/appstate.h"

#include <QSignalSpy>
#include <QTest>
#include <QVariantMap>

using namespace ck;

class tst_AppState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOnlyKnownLanguages()
    {
        AppState state({QStringLiteral("cy"), QStringLiteral("xx"), QStringLiteral("en"),
                        QStringLiteral("cy")},
                       QStringLiteral("fr"));
        QCOMPARE(state.language(), QStringLiteral("cy")); // the first one kept
        QCOMPARE(state.defaultLanguage(), QStringLiteral("cy"));
        const QVariantList languages = state.languages();
        QCOMPARE(languages.size(), 2);
        QCOMPARE(languages.at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Cymraeg"));
        QCOMPARE(languages.at(1).toMap().value(QStringLiteral("code")).toString(),
                 QStringLiteral("en"));

        AppState none({}, QString());
        QCOMPARE(none.languages().size(), 4);
        QCOMPARE(none.language(), QStringLiteral("en"));
    }

    void switchesLanguage()
    {
        AppState state({QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar")},
                       QStringLiteral("en"));
        QSignalSpy changed(&state, &AppState::languageChanged);
        state.setLanguage(QStringLiteral("pl")); // not configured here
        state.setLanguage(QStringLiteral("en")); // already
        QCOMPARE(changed.size(), 0);
        state.setLanguage(QStringLiteral("ar"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("ar"));
        QVERIFY(state.rightToLeft());
        QCOMPARE(AppState::nativeName(QStringLiteral("ar")), QStringLiteral("العربية"));
        QCOMPARE(AppState::nativeName(QStringLiteral("pl")), QStringLiteral("Polski"));
    }

    void bilingualWelcomeUnderTheWelshStandards()
    {
        AppState state({QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl")},
                       QStringLiteral("en"));
        QVERIFY(!state.bilingualWelcome());
        state.setWelshLanguageStandards(true);
        QVERIFY(state.bilingualWelcome());
        state.setLanguage(QStringLiteral("pl"));
        QVERIFY(!state.bilingualWelcome());
        AppState noWelsh({QStringLiteral("en"), QStringLiteral("pl")}, QStringLiteral("en"));
        noWelsh.setWelshLanguageStandards(true);
        QVERIFY(!noWelsh.bilingualWelcome());
    }

    void screensAndNewSession()
    {
        AppState state({QStringLiteral("en"), QStringLiteral("cy")}, QStringLiteral("en"));
        QCOMPARE(state.screen(), AppState::Welcome);
        QSignalSpy screens(&state, &AppState::screenChanged);
        state.showServices();
        state.showServices();
        QCOMPARE(screens.size(), 1);
        const QUrl first(QStringLiteral("https://www.gov.uk/benefits"));
        state.showWebService(first);
        QCOMPARE(state.screen(), AppState::Web);
        QCOMPARE(state.webAddress(), first);
        // Another service while one shows: the screen is made again (leaves and comes back).
        screens.clear();
        state.showWebService(QUrl(QStringLiteral("https://www.gov.uk/council-tax")));
        QCOMPARE(screens.size(), 2);
        state.setScreen(AppState::Question);
        QVERIFY(state.webAddress().isEmpty());

        QSignalSpy end(&state, &AppState::endSessionRequested);
        state.requestEndSession();
        QCOMPARE(end.size(), 1);
        state.setLanguage(QStringLiteral("cy"));
        QSignalSpy ended(&state, &AppState::sessionEnded);
        const int session = state.sessionNumber();
        state.resetForNewSession();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(state.sessionNumber(), session + 1);
        QCOMPARE(state.language(), QStringLiteral("en"));
        QCOMPARE(state.screen(), AppState::Welcome);
    }
};

QTEST_GUILESS_MAIN(tst_AppState)
#include "tst_appstate.moc"
