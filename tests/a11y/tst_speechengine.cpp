// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/readaloud.h"
#include "a11y/speechengine.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextToSpeech>

using ck::SpeechEngine;
using Choice = SpeechEngine::Choice;

// SpeechEngine's choice of engine and voice per kiosk language, from the voice lists Debian's
// engines report (flite: English only; speech-dispatcher with espeak-ng: the other three), then
// the same choice made from what the real civic-kiosk-speech helper reports.
class tst_SpeechEngine : public QObject
{
    Q_OBJECT

private:
    static SpeechEngine bookworm()
    {
        SpeechEngine engine;
        engine.setEngines(
            SpeechEngine::preferredOrder({QStringLiteral("speechd"), QStringLiteral("flite")}, {}));
        engine.setVoices(QStringLiteral("flite"), {QStringLiteral("en_US")});
        engine.setVoices(QStringLiteral("speechd"),
                         {QStringLiteral("en_GB"), QStringLiteral("cy_GB"), QStringLiteral("pl_PL"),
                          QStringLiteral("ar_EG")});
        return engine;
    }

private Q_SLOTS:
    void order()
    {
        // flite first whatever order Qt lists them in, then speech-dispatcher, then the rest.
        QCOMPARE(
            SpeechEngine::preferredOrder(
                {QStringLiteral("mock"), QStringLiteral("speechd"), QStringLiteral("flite")}, {}),
            QStringList(
                {QStringLiteral("flite"), QStringLiteral("speechd"), QStringLiteral("mock")}));
        // A site's forced engine: that one only, and only if it exists.
        QCOMPARE(SpeechEngine::preferredOrder({QStringLiteral("flite"), QStringLiteral("speechd")},
                                              {QStringLiteral("speechd")}),
                 QStringList({QStringLiteral("speechd")}));
        QVERIFY(SpeechEngine::preferredOrder({QStringLiteral("flite")}, {QStringLiteral("speechd")})
                    .isEmpty());
    }

    void choicePerLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << "en" << int(Choice::Engine) << "flite"
                            << "en_US";
        QTest::newRow("en-GB") << "en_GB" << int(Choice::Engine) << "flite"
                               << "en_US";
        QTest::newRow("cy") << "cy" << int(Choice::Engine) << "speechd"
                            << "cy_GB";
        QTest::newRow("pl") << "pl" << int(Choice::Engine) << "speechd"
                            << "pl_PL";
        QTest::newRow("ar") << "ar" << int(Choice::Engine) << "speechd"
                            << "ar_EG";
        // No voice reads it: say so rather than read it with an English voice.
        QTest::newRow("unknown") << "ga" << int(Choice::NoVoice) << "flite"
                                 << "";
        QTest::newRow("nonsense") << "zz" << int(Choice::NoVoice) << "flite"
                                  << "";
    }

    void choicePerLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, kind);
        QFETCH(QString, engine);
        QFETCH(QString, locale);
        const Choice choice = bookworm().choose(language);
        QCOMPARE(int(choice.kind), kind);
        QCOMPARE(choice.engine, engine);
        QCOMPARE(choice.locale, locale);
    }

    void engineMissing()
    {
        SpeechEngine engine;
        // Before the helper has reported anything: not yet known, never a guess.
        QCOMPARE(int(engine.choose(QStringLiteral("en")).kind), int(Choice::Unknown));
        // speech-dispatcher not installed (or failed to load): Welsh has no voice, English does.
        engine.setEngines({QStringLiteral("flite")});
        engine.setVoices(QStringLiteral("flite"), {QStringLiteral("en_US")});
        QCOMPARE(int(engine.choose(QStringLiteral("en")).kind), int(Choice::Engine));
        QCOMPARE(int(engine.choose(QStringLiteral("cy")).kind), int(Choice::NoVoice));
        // No engine at all.
        engine.setEngines({});
        QCOMPARE(int(engine.choose(QStringLiteral("en")).kind), int(Choice::NoEngine));
        engine.clear();
        QCOMPARE(int(engine.choose(QStringLiteral("en")).kind), int(Choice::Unknown));
    }

    void waitsForAnEarlierEnginesVoices()
    {
        // speech-dispatcher reported before flite: English must wait for flite, the first
        // choice, but only as long as flite has not answered.
        SpeechEngine engine;
        engine.setEngines({QStringLiteral("flite"), QStringLiteral("speechd")});
        engine.setVoices(QStringLiteral("speechd"), {QStringLiteral("en_GB")});
        QCOMPARE(int(engine.choose(QStringLiteral("en")).kind), int(Choice::Unknown));
        engine.setVoices(QStringLiteral("flite"), {QStringLiteral("en_US")});
        QCOMPARE(engine.choose(QStringLiteral("en")).engine, QStringLiteral("flite"));
    }

    void realHelperChoosesFlite()
    {
        if (!QTextToSpeech::availableEngines().contains(QStringLiteral("flite")))
            QFAIL("Qt's flite engine is needed (scripts/deps.sh)");
        // The real helper with flite only: its report decides, no audio needed to choose.
        ck::ReadAloud readAloud;
        readAloud.setEngineName(QStringLiteral("flite"));
        QSignalSpy unavailable(&readAloud, &ck::ReadAloud::unavailable);
        QVERIFY(readAloud.say(QStringLiteral("Hello")));
        QTRY_COMPARE_WITH_TIMEOUT(readAloud.engine(), QStringLiteral("flite"), 10000);
        QVERIFY(readAloud.languageSupported());
        for (const QString &language :
             {QStringLiteral("cy"), QStringLiteral("pl"), QStringLiteral("ar")}) {
            readAloud.setLanguage(language);
            QVERIFY2(!readAloud.languageSupported(), qPrintable(language));
            QVERIFY(!readAloud.say(QStringLiteral("x")));
        }
        QCOMPARE(unavailable.size(), 3);
        QCOMPARE(unavailable.constLast().constFirst().toString(),
                 QStringLiteral("Read aloud is not available in this language yet."));
        readAloud.wipe();
        QTRY_VERIFY_WITH_TIMEOUT(!readAloud.flushing(), 5000);
    }

    void realHelperWithoutTheEngine()
    {
        // A site configured an engine this machine lacks: the helper reports no engines, and
        // the kiosk says read-aloud is unavailable instead of failing silently.
        ck::ReadAloud readAloud;
        readAloud.setEngineName(QStringLiteral("no-such-engine"));
        QSignalSpy unavailable(&readAloud, &ck::ReadAloud::unavailable);
        QVERIFY(readAloud.say(QStringLiteral("Hello"))); // queued until the helper answers
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 10000);
        QCOMPARE(unavailable.constFirst().constFirst().toString(),
                 QStringLiteral("Read aloud is not available on this kiosk."));
        QVERIFY(readAloud.engine().isEmpty());
        // From then on the answer is immediate.
        QVERIFY(!readAloud.say(QStringLiteral("Hello")));
        QCOMPARE(unavailable.size(), 2);
        readAloud.wipe();
        QTRY_VERIFY_WITH_TIMEOUT(!readAloud.flushing(), 5000);
    }
};

QTEST_GUILESS_MAIN(tst_SpeechEngine)
#include "tst_speechengine.moc"
