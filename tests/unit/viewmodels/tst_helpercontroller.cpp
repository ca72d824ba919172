// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// HelperController on a real HelperSession (real PBKDF2 PIN hashes, a real lock file) and a
// real EvidenceRecorder: the screens it moves between, refusals in words, the banner in the
// session language, the evidence it marks, and sign-out ending the session.
#include "core/passwordhash.h"
#include "domain/evidence/evidenceaggregator.h"
#include "domain/evidence/evidencerecorder.h"
#include "domain/helper/helpersession.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/helpercontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

class tst_HelperController : public QObject
{
    Q_OBJECT
    QString m_hash;

    HelperSession::Options options(const QTemporaryDir &dir)
    {
        HelperSession::Options o;
        o.helpers = {HelperAccount {QStringLiteral("H001"), QStringLiteral("Sam"), m_hash}};
        o.lockFile = dir.filePath(QStringLiteral("helperlock.json"));
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto hash = PasswordHash::hash(QStringLiteral("1357"));
        QVERIFY(hash.ok());
        m_hash = hash.value();
    }

    void signsInAndHelps()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HelperSession session(options(dir));
        AppState state({QStringLiteral("en"), QStringLiteral("cy")}, QStringLiteral("en"));
        EvidenceAggregator aggregator({dir.filePath(QStringLiteral("evidence")),
                                       QStringLiteral("k"),
                                       QStringLiteral("planning"),
                                       {},
                                       {}});
        EvidenceRecorder evidence(&aggregator);
        HelperController helper(&session, &state, &evidence);
        helper.setPlaceNames({{QStringLiteral("en"), QStringLiteral("Canton Community Hub")},
                              {QStringLiteral("cy"), QStringLiteral("Hyb Cymunedol Treganna")}});
        QCOMPARE(helper.stateName(), QStringLiteral("signedOut"));
        QVERIFY(!helper.active());

        helper.openSignIn();
        QCOMPARE(state.screen(), HelperController::SignInScreen);
        QSignalSpy errors(&helper, &HelperController::errorChanged);
        QVERIFY(!helper.signIn(QStringLiteral("H001"), QStringLiteral("0000")));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!helper.error().isEmpty());
        QCOMPARE(state.screen(), HelperController::SignInScreen);

        QSignalSpy changed(&helper, &HelperController::changed);
        QVERIFY(helper.signIn(QStringLiteral("h001"), QStringLiteral("1357")));
        QCOMPARE(helper.error(), QString());
        QVERIFY(changed.size() >= 1);
        QCOMPARE(state.screen(), HelperController::ConsentScreen);
        QCOMPARE(helper.stateName(), QStringLiteral("awaitingConsent"));
        QVERIFY(helper.active());
        QCOMPARE(helper.helperName(), QStringLiteral("Sam"));
        QCOMPARE(helper.placeName(), QStringLiteral("Canton Community Hub"));
        QCOMPARE(helper.bannerText(),
                 QStringLiteral("Sam from Canton Community Hub would like to help you."));

        // No typing for the helper before the citizen agreed: refused in words.
        helper.takeOver();
        QVERIFY(!helper.error().isEmpty());
        QVERIFY(!helper.helperTyping());

        changed.clear();
        state.setLanguage(QStringLiteral("cy"));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(helper.placeName(), QStringLiteral("Hyb Cymunedol Treganna"));
        QVERIFY(helper.bannerText().contains(QStringLiteral("Hyb Cymunedol Treganna")));

        // Agreeing from the welcome screen starts: the list of services.
        evidence.sessionStarted();
        helper.answerConsent(true);
        QCOMPARE(helper.stateName(), QStringLiteral("helping"));
        QCOMPARE(state.screen(), AppState::Services);
        QVERIFY(evidence.current().helped);
        helper.takeOver();
        QCOMPARE(helper.error(), QString());
        QVERIFY(helper.helperTyping());
        helper.giveKeyboardBack();
        QVERIFY(!helper.helperTyping());
        helper.noteTextScale(1.5);
        helper.noteReadAloud();
        QCOMPARE(evidence.current().textScalePercent, 150);
        QVERIFY(evidence.current().readAloudUsed);
        helper.handBack();
        QCOMPARE(helper.stateName(), QStringLiteral("handedBack"));
        QVERIFY(!helper.active());

        QSignalSpy end(&state, &AppState::endSessionRequested);
        helper.signOut();
        QCOMPARE(end.size(), 1);
        QCOMPARE(helper.stateName(), QStringLiteral("signedOut"));
        QCOMPARE(helper.helperName(), QString());
    }

    void cancelReturnsAndDeclineStaysOut()
    {
        QTemporaryDir dir;
        HelperSession session(options(dir));
        AppState state({QStringLiteral("en")}, QStringLiteral("en"));
        HelperController helper(&session, &state, nullptr);
        state.showServices();
        helper.openSignIn();
        QVERIFY(!helper.signIn(QStringLiteral("nobody"), QStringLiteral("1")));
        QVERIFY(!helper.error().isEmpty());
        helper.cancel();
        QCOMPARE(state.screen(), AppState::Services);
        QCOMPARE(helper.error(), QString());

        helper.openSignIn();
        QVERIFY(helper.signIn(QStringLiteral("H001"), QStringLiteral("1357")));
        helper.answerConsent(false);
        QCOMPARE(state.screen(), AppState::Services);
        QVERIFY(helper.stateName() != QStringLiteral("helping"));
        QVERIFY(!helper.looksLikeSwipe(QStringLiteral("hello")));

        helper.wipe();
        QCOMPARE(helper.stateName(), QStringLiteral("signedOut"));
    }
};

QTEST_GUILESS_MAIN(tst_HelperController)
#include "tst_helpercontroller.moc"
