// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "core/passwordhash.h"
#include "domain/helper/helpersession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

namespace {
bool sameAssist(const AssistInfo &a, bool helped, std::optional<bool> consent)
{
    // Never a helper code in the payload (see helpersession.h).
    return a.helped == helped && a.consent == consent && a.helperCode.isEmpty();
}

SecureBytes pin(const char *text)
{
    return SecureBytes(QByteArray(text));
}
} // namespace

class tst_HelperSession : public QObject
{
    Q_OBJECT
private:
    QString m_hash1357;
    QString m_hash2468;
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

    HelperSession::Options options(const QTemporaryDir &dir)
    {
        HelperSession::Options o;
        o.helpers = {HelperAccount {QStringLiteral("H001"), QStringLiteral("Sam"), m_hash1357},
                     HelperAccount {QStringLiteral("H002"), QStringLiteral("Ali"), m_hash2468}};
        o.lockFile = dir.filePath(QStringLiteral("helperlock.json"));
        o.clock = [this] { return m_now; };
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Real PBKDF2 hashes, the same format the config carries.
        m_hash1357 = PasswordHash::hash(QStringLiteral("1357")).value();
        m_hash2468 = PasswordHash::hash(QStringLiteral("2468")).value();
    }

    void signInAndConsent()
    {
        QTemporaryDir dir;
        HelperSession s(options(dir));
        QSignalSpy changed(&s, &HelperSession::changed);
        QCOMPARE(s.state(), HelperSession::State::SignedOut);
        QVERIFY(sameAssist(s.assist(), false, std::nullopt));
        QVERIFY(s.bannerText().isEmpty());

        QVERIFY(s.signIn(QStringLiteral("h001"), pin("1357")).ok());
        QCOMPARE(s.state(), HelperSession::State::AwaitingConsent);
        QCOMPARE(s.helperName(), QStringLiteral("Sam"));
        QVERIFY(s.bannerText().contains(QStringLiteral("Sam")));
        // Where the kiosk stands comes from the config (placeName), never a fixed "library".
        QCOMPARE(s.bannerText(QStringLiteral("Canton Community Hub")),
                 QStringLiteral("Sam from Canton Community Hub would like to help you."));
        QCOMPARE(s.bannerText(),
                 QStringLiteral("Sam, a member of staff here, would like to help you."));
        // No typing for the citizen before they agreed.
        const Status early = s.takeOver();
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, QStringLiteral("consent-required"));
        QCOMPARE(s.assist().helped, false);

        QVERIFY(s.recordConsent(true, QStringLiteral("cy")).ok());
        QCOMPARE(s.state(), HelperSession::State::Helping);
        QCOMPARE(s.consentLanguage(), QStringLiteral("cy"));
        QVERIFY(sameAssist(s.assist(), true, true));
        QVERIFY(s.takeOver().ok());
        QVERIFY(s.helperTyping());
        QVERIFY(s.bannerText().contains(QStringLiteral("typing")));
        s.giveKeyboardBack();
        QVERIFY(!s.helperTyping());
        QVERIFY(changed.count() >= 4);

        // A second consent answer is not expected.
        QVERIFY(!s.recordConsent(false, QStringLiteral("en")).ok());
        // Another helper cannot barge in.
        QCOMPARE(s.signIn(QStringLiteral("H002"), pin("2468")).error().code,
                 QStringLiteral("helper-busy"));
    }

    void consentRefusedSignsHelperOut()
    {
        QTemporaryDir dir;
        HelperSession s(options(dir));
        QVERIFY(s.signIn(QStringLiteral("H002"), pin("2468")).ok());
        QVERIFY(s.recordConsent(false, QStringLiteral("pl")).ok());
        QCOMPARE(s.state(), HelperSession::State::SignedOut);
        QVERIFY(s.helperName().isEmpty());
        QVERIFY(sameAssist(s.assist(), false, false));
        QCOMPARE(s.consentLanguage(), QStringLiteral("pl"));
        QVERIFY(!s.takeOver().ok());
    }

    void handBackKeepsHelpedAndForgetsHelper()
    {
        QTemporaryDir dir;
        HelperSession s(options(dir));
        QVERIFY(s.signIn(QStringLiteral("H001"), pin("1357")).ok());
        QVERIFY(s.recordConsent(true, QStringLiteral("en")).ok());
        QVERIFY(s.takeOver().ok());
        s.handBack();
        QCOMPARE(s.state(), HelperSession::State::HandedBack);
        QVERIFY(!s.helperTyping());
        QVERIFY(s.helperName().isEmpty());
        QVERIFY(sameAssist(s.assist(), true, true));
        QVERIFY(!s.bannerText().contains(QStringLiteral("Sam")));
        // Once handed back, the next helper may sign in (a fresh consent is needed).
        QVERIFY(s.signIn(QStringLiteral("H002"), pin("2468")).ok());
        QCOMPARE(s.state(), HelperSession::State::AwaitingConsent);
    }

    void signOutRequestsWipeAndWipeForgetsAll()
    {
        QTemporaryDir dir;
        HelperSession s(options(dir));
        QSignalSpy endRequested(&s, &HelperSession::endSessionRequested);
        QVERIFY(s.signIn(QStringLiteral("H001"), pin("1357")).ok());
        QVERIFY(s.recordConsent(true, QStringLiteral("en")).ok());
        s.signOut();
        QCOMPARE(endRequested.count(), 1);
        QCOMPARE(s.state(), HelperSession::State::SignedOut);
        QVERIFY(sameAssist(s.assist(), false, std::nullopt));
        QVERIFY(s.consentLanguage().isEmpty());
        QVERIFY(s.helperName().isEmpty());
        QVERIFY(s.bannerText().isEmpty());

        // Idle wipe in the middle of help: the next session starts with nothing.
        QVERIFY(s.signIn(QStringLiteral("H002"), pin("2468")).ok());
        QVERIFY(s.recordConsent(true, QStringLiteral("ar")).ok());
        s.wipe();
        QCOMPARE(s.state(), HelperSession::State::SignedOut);
        QVERIFY(sameAssist(s.assist(), false, std::nullopt));
    }

    void wrongPinAndUnknownIdLookTheSame()
    {
        QTemporaryDir dir;
        HelperSession s(options(dir));
        const Status wrongPin = s.signIn(QStringLiteral("H001"), pin("0000"));
        const Status unknown = s.signIn(QStringLiteral("H999"), pin("1357"));
        QCOMPARE(wrongPin.error().code, QStringLiteral("helper-credentials"));
        QCOMPARE(unknown.error().code, QStringLiteral("helper-credentials"));
        QCOMPARE(wrongPin.error().message, unknown.error().message);
        QVERIFY(!s.signIn(QStringLiteral("H001"), SecureBytes()).ok());
        QVERIFY(!s.signIn(QString(), pin("1357")).ok());
    }

    void lockoutAfterFiveSurvivesRestart()
    {
        QTemporaryDir dir;
        {
            HelperSession s(options(dir));
            for (int i = 0; i < 4; ++i)
                QCOMPARE(s.signIn(QStringLiteral("H001"), pin("9999")).error().code,
                         QStringLiteral("helper-credentials"));
            QCOMPARE(s.signIn(QStringLiteral("H001"), pin("9999")).error().code,
                     QStringLiteral("helper-locked"));
            // Even the right PIN is refused while locked.
            QCOMPARE(s.signIn(QStringLiteral("H001"), pin("1357")).error().code,
                     QStringLiteral("helper-locked"));
            // Other helpers still work.
            QVERIFY(s.signIn(QStringLiteral("H002"), pin("2468")).ok());
        }
        {
            // Restart: a new session object on the same data dir.
            HelperSession s(options(dir));
            const Status locked = s.signIn(QStringLiteral("H001"), pin("1357"));
            QCOMPARE(locked.error().code, QStringLiteral("helper-locked"));
            QVERIFY(locked.error().message.contains(QLatin1String("1 minute")));
            m_now = m_now.addSecs(31);
            // The sixth failure doubles the wait.
            QCOMPARE(s.signIn(QStringLiteral("H001"), pin("9999")).error().code,
                     QStringLiteral("helper-locked"));
            QCOMPARE(s.lockout().lockedUntil(QStringLiteral("H001")), m_now.addSecs(60));
            m_now = m_now.addSecs(61);
            QVERIFY(s.signIn(QStringLiteral("H001"), pin("1357")).ok());
            QCOMPARE(s.lockout().failures(QStringLiteral("H001")), 0);
        }
    }

    void staffCardSignIn()
    {
        QTemporaryDir dir;
        HelperSession s(options(dir));
        QVERIFY(s.signInWithCard(QStringLiteral(";H001=1357?\n")).ok());
        QCOMPARE(s.helperName(), QStringLiteral("Sam"));
        s.wipe();
        // A card without a secret needs the PIN typed.
        QCOMPARE(s.signInWithCard(QStringLiteral(";H002?")).error().code,
                 QStringLiteral("helper-credentials"));
        QVERIFY(s.signInWithCard(QStringLiteral(";H002?"), pin("2468")).ok());
        s.wipe();
        QCOMPARE(s.signInWithCard(QStringLiteral(";E?")).error().code,
                 QStringLiteral("card-unreadable"));
        QCOMPARE(s.signInWithCard(QStringLiteral(";H001=0000?")).error().code,
                 QStringLiteral("helper-credentials"));
        QCOMPARE(s.lockout().failures(QStringLiteral("H001")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_HelperSession)
#include "tst_helpersession.moc"
