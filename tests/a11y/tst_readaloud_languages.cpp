// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Read-aloud in every kiosk language with the engines a kiosk picks by default, and real audio
// servers (testaudio.h): flite for English, speech-dispatcher's espeak-ng voices for Welsh,
// Polish and Arabic; and "Stop reading" mid-sentence, again and again. Its own process: Qt 6.4's
// flite backend can crash a process a while after say() and stop() in quick succession, which
// tst_readaloud's key echo test does on purpose.
#include "a11y/readaloud.h"
#include "tests/a11y/testaudio.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

using ck::ReadAloud;

class tst_ReadAloudLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QTextToSpeech::availableEngines().contains(QStringLiteral("speechd")),
                 "qt6-speech-speechd-plugin is needed (scripts/deps.sh)");
        QVERIFY2(m_audio.startNullSink(m_dir.path()), qPrintable(m_audio.error()));
        QVERIFY2(m_audio.startSpeechDispatcher(m_dir.path()), qPrintable(m_audio.error()));
    }

    // English, then each of the others, then English again, each read to the end.
    void everyKioskLanguageHasAVoice()
    {
        ReadAloud readAloud;
        QVERIFY(readAloud.engineName().isEmpty());
        const QList<std::pair<QString, QString>> phrases {
            {QStringLiteral("en"), QStringLiteral("Which bin was missed? Choose one.")},
            {QStringLiteral("cy"), QStringLiteral("Pa fin a gafodd ei fethu? Dewiswch un.")},
            {QStringLiteral("pl"), QStringLiteral("Który pojemnik nie został opróżniony?")},
            {QStringLiteral("ar"), QStringLiteral("أي صندوق لم يتم إفراغه؟ اختر واحدا.")},
            {QStringLiteral("en"), QStringLiteral("Which bin was missed? Choose one.")},
        };
        for (const auto &[language, phrase] : phrases) {
            readAloud.setLanguage(language);
            QSignalSpy unavailable(&readAloud, &ReadAloud::unavailable);
            QVERIFY2(readAloud.say(phrase), qPrintable(language));
            QVERIFY2(readAloud.languageSupported(), qPrintable(language));
            QCOMPARE(unavailable.size(), 0);
            // Chosen from the voices the speech helper reports once it has started.
            QTRY_COMPARE(readAloud.engine(),
                         language == QLatin1String("en") ? QStringLiteral("flite")
                                                         : QStringLiteral("speechd"));
            QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), int(ReadAloud::Speaking), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), int(ReadAloud::Ready), 20000);
        }
    }

    // What "Stop reading" and the session wipe do, at any moment of a sentence, and a new text
    // straight after: the engine stops, reads the new text, and the process lives on.
    void stopMidSentenceAgainAndAgain()
    {
        ReadAloud readAloud;
        readAloud.setLanguage(QStringLiteral("cy"));
        const QString longText = QStringLiteral(
            "Pa fin a gafodd ei fethu? Dewiswch un. Gwastraff cyffredinol, ailgylchu, gwastraff "
            "gardd. Pryd oedd y casgliad i fod i ddigwydd?");
        for (int round = 0; round < 6; ++round) {
            QVERIFY(readAloud.say(longText));
            if (round % 2 == 0)
                QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), int(ReadAloud::Speaking), 10000);
            QTest::qWait(100 * round);
            if (round % 3 == 2)
                QVERIFY(readAloud.say(QStringLiteral("Diolch."))); // replaces the one under way
            else
                readAloud.stop();
            QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), int(ReadAloud::Ready), 20000);
        }
        readAloud.wipe();
        QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), int(ReadAloud::Ready), 10000);
        QVERIFY(readAloud.lastSpoken().isEmpty());
    }

    void cleanupTestCase() { m_audio.stop(); }

private:
    QTemporaryDir m_dir;
    TestAudio m_audio;
};

QTEST_MAIN(tst_ReadAloudLanguages)
#include "tst_readaloud_languages.moc"
