// Read-aloud in every kiosk language, with real engines and real audio servers (testaudio.h).
// With no engine pinned, each language is read by the first engine that has a voice for it:
// English by flite, Welsh, Polish and Arabic by speech-dispatcher's espeak-ng voices. Its own
// process: Qt 6.4's flite backend can crash a while after a stop() (readaloud.cpp), which the
// other read-aloud tests do on purpose.
#include "readaloud.h"
#include "testaudio.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

using ck::ReadAloud;

class TstReadAloudLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QTextToSpeech::availableEngines().contains(QStringLiteral("speechd")),
                 "qt6-speech-speechd-plugin is needed (scripts/deps.sh)");
        QVERIFY2(m_audio.startNullSink(m_dir.path()), qPrintable(m_audio.error()));
        QVERIFY2(m_audio.startSpeechDispatcher(m_dir.path()), qPrintable(m_audio.error()));
    }

    // English, then each of the others, then English again: the engine follows the language
    // both ways, and each phrase is read to the end.
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
            QCOMPARE(readAloud.engine(),
                     language == QLatin1String("en") ? QStringLiteral("flite")
                                                     : QStringLiteral("speechd"));
            QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), int(ReadAloud::Speaking), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(readAloud.state(), int(ReadAloud::Ready), 20000);
        }
    }

private:
    QTemporaryDir m_dir;
    TestAudio m_audio;
};

QTEST_MAIN(TstReadAloudLanguages)
#include "tst_readaloud_languages.moc"
