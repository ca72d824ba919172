// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/keyecho.h"
#include "a11y/quick/pagetext.h"
#include "a11y/quick/screenreadaloud.h"
#include "a11y/readaloud.h"
#include "tests/a11y/testaudio.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

#include <QtQml/qqmlextensionplugin.h>
#include <csignal>
#include <sys/types.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using ck::ReadAloud;

// Read-aloud against the real flite engine. CI machines have no sound card, and Qt 6.4's flite
// backend plays through Qt Multimedia (PulseAudio): with no audio server the engine goes
// straight to Error after say(). So the test runs its own PulseAudio with a null sink
// (testaudio.h), which makes the whole path real: synthesis, the audio sink, state Speaking,
// then Ready.
class tst_ReadAloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_audio.startNullSink(m_dir.path()), qPrintable(m_audio.error()));
        QVERIFY(QTextToSpeech::availableEngines().contains(QStringLiteral("flite")));
    }

    void loadsNothingUntilUsed()
    {
        ReadAloud readAloud;
        QVERIFY(!readAloud.engineLoaded());
        QCOMPARE(readAloud.state(), int(ReadAloud::NotLoaded));
        readAloud.setRate(0.4);
        readAloud.setReadOnArrival(true);
        readAloud.wipe();
        // Settings and wipes alone must not pay for a speech engine.
        QVERIFY(!readAloud.engineLoaded());
    }

    void readButtonSpeaksAndWipeStops()
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.loadData(R"(
import QtQuick
import CivicKiosk
Window {
    width: 900; height: 300; visible: true
    property alias readAloud: speech
    ReadAloud { id: speech; engineName: "flite" }
    ReadAloudButton {
        readAloud: speech
        question: "Which bin was missed?"
        hint: "Choose one."
        options: ["General waste", "Recycling", "Garden waste"]
    }
})");
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *readAloud = window->property("readAloud").value<ReadAloud *>();
        QVERIFY(readAloud);
        QVERIFY(!readAloud->engineLoaded());
        QVERIFY(!readAloud->inUse());
        auto *button = window->findChild<QQuickItem *>(QStringLiteral("readAloudButton"));
        QVERIFY(button);

        const QPointF centre =
            button->mapToScene(QPointF(button->width() / 2, button->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QVERIFY(readAloud->engineLoaded());
        QVERIFY(readAloud->inUse()); // the header now offers every page, speed, headphones
        QTRY_COMPARE_WITH_TIMEOUT(readAloud->state(), int(ReadAloud::Speaking), 10000);
        QVERIFY(readAloud->lastSpoken().contains(QStringLiteral("Which bin was missed?")));
        QVERIFY(readAloud->lastSpoken().contains(QStringLiteral("Garden waste")));
        // The button now offers to stop, in words.
        QTRY_COMPARE(button->property("text").toString(), QStringLiteral("Stop reading"));

        // The session wiper ends the session mid-sentence: silence, and defaults come back.
        readAloud->setVolume(0.3);
        readAloud->setRate(0.4);
        QMetaObject::invokeMethod(readAloud, "wipe");
        QTRY_COMPARE_WITH_TIMEOUT(readAloud->state(), int(ReadAloud::Ready), 5000);
        QCOMPARE(readAloud->volume(), readAloud->siteVolume());
        QCOMPARE(readAloud->rate(), 0.0);
        QVERIFY(readAloud->lastSpoken().isEmpty());
        QVERIFY(!readAloud->inUse());

        // Pressing the button while it speaks stops it.
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(readAloud->state(), int(ReadAloud::Speaking), 10000);
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(readAloud->state(), int(ReadAloud::Ready), 5000);
    }

    void personalAnswersNeedHeadphones()
    {
        ReadAloud readAloud;
        readAloud.setEngineName(QStringLiteral("flite"));
        const QString email = QStringLiteral("jo@example.org");
        QString said =
            readAloud.readPage(QStringLiteral("What is your email address?"), {}, {}, email, true);
        QVERIFY(!said.isEmpty());
        QVERIFY2(!said.contains(email), qPrintable(said));
        QVERIFY(!readAloud.sayPersonal(email));

        readAloud.setPrivateListening(true);
        said =
            readAloud.readPage(QStringLiteral("What is your email address?"), {}, {}, email, true);
        QVERIFY(said.contains(email));
        QVERIFY(readAloud.sayPersonal(email));

        // A choice from the printed list is not personal: it is read without headphones.
        readAloud.wipe();
        QVERIFY(!readAloud.privateListening());
        said = readAloud.readPage(QStringLiteral("Which bin?"), {}, {QStringLiteral("Recycling")},
                                  QStringLiteral("Recycling"),
                                  ReadAloud::isPersonalFieldType(QStringLiteral("choice")));
        QVERIFY(said.contains(QStringLiteral("Your answer is: Recycling")));
        QVERIFY(ReadAloud::isPersonalFieldType(QStringLiteral("email")));
        QVERIFY(ReadAloud::isPersonalFieldType(QStringLiteral("postcode-address")));
        readAloud.stop();
    }

    void keyEchoNames()
    {
        // Function keys reveal nothing and are always named; any other key is what was typed.
        QCOMPARE(ck::KeyEcho::of(Qt::Key_Backspace, QString()).text, QStringLiteral("Delete"));
        QVERIFY(!ck::KeyEcho::of(Qt::Key_Backspace, QString()).typed);
        QCOMPARE(ck::KeyEcho::of(Qt::Key_Enter, QString()).text, QStringLiteral("Enter"));
        QCOMPARE(ck::KeyEcho::of(Qt::Key_Return, QString()).text, QStringLiteral("Enter"));
        QCOMPARE(ck::KeyEcho::of(Qt::Key_Space, QStringLiteral(" ")).text, QStringLiteral("Space"));
        QCOMPARE(ck::KeyEcho::of(Qt::Key_A, QStringLiteral("a")).text, QStringLiteral("a"));
        QVERIFY(ck::KeyEcho::of(Qt::Key_A, QStringLiteral("a")).typed);
    }

    void wipeFlushesTheHelper()
    {
        ReadAloud readAloud;
        readAloud.setEngineName(QStringLiteral("flite"));
        readAloud.setSiteVolume(0.6);
        readAloud.setPrivateListening(true);
        readAloud.setReadOnArrival(true);
        readAloud.setRate(0.5);
        QVERIFY(readAloud.sayPersonal(QStringLiteral("jo@example.org")));
        QTRY_VERIFY_WITH_TIMEOUT(readAloud.helperPid() > 0, 10000);
        const qint64 pid = readAloud.helperPid();
        readAloud.wipe();
        // The helper held the personal text: it must have ended, not merely gone quiet.
        QVERIFY(readAloud.flushing());
        QTRY_VERIFY_WITH_TIMEOUT(!readAloud.flushing(), 5000);
        QCOMPARE(readAloud.helperPid(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 5000);
        QVERIFY(readAloud.lastSpoken().isEmpty());
        QVERIFY(!readAloud.privateListening());
        QVERIFY(!readAloud.readOnArrival());
        QVERIFY(!readAloud.inUse());
        QCOMPARE(readAloud.rate(), 0.0);
        QCOMPARE(readAloud.volume(), 0.6);
        // Without the headset again, personal text stays unsaid.
        QVERIFY(!readAloud.sayPersonal(QStringLiteral("jo@example.org")));
    }

    void keyEcho()
    {
        ReadAloud readAloud;
        readAloud.setEngineName(QStringLiteral("flite"));
        // Off unless read-aloud is on.
        QVERIFY(!readAloud.speakKey(Qt::Key_A, QStringLiteral("a"), false));
        readAloud.setReadOnArrival(true);
        QVERIFY(readAloud.speakKey(Qt::Key_A, QStringLiteral("a"), false));
        QCOMPARE(readAloud.lastSpoken(), QStringLiteral("a"));
        // Characters of a personal field stay silent; function keys are still named.
        QVERIFY(!readAloud.speakKey(Qt::Key_B, QStringLiteral("b"), true));
        QVERIFY(readAloud.speakKey(Qt::Key_Backspace, QString(), true));
        QCOMPARE(readAloud.lastSpoken(), QStringLiteral("Delete"));
        readAloud.setPrivateListening(true);
        QVERIFY(readAloud.speakKey(Qt::Key_B, QStringLiteral("b"), true));
        readAloud.wipe();
        QVERIFY(!readAloud.speakKey(Qt::Key_A, QStringLiteral("a"), false));
    }

    void pageTextSkipsTypedAndPersonal()
    {
        QQmlApplicationEngine engine;
        engine.loadData(R"(
import QtQuick
Window {
    width: 600; height: 400; visible: true
    Column {
        objectName: "root"
        Text { text: "Check your answers" }
        Text { text: "Email" }
        Text { property bool personal: true; text: "jo@example.org" }
        TextInput { text: "typed secret" }
        Text { visible: false; text: "hidden text" }
        Text { text: "Send" }
    }
})");
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *root = engine.rootObjects().first()->findChild<QQuickItem *>(QStringLiteral("root"));
        QVERIFY(root);
        QCOMPARE(ck::PageText::of(root, false), QStringLiteral("Check your answers. Email. Send."));
        QCOMPARE(ck::PageText::of(root, true),
                 QStringLiteral("Check your answers. Email. jo@example.org. Send."));
        // QML's ReadAloud applies the session's privacy to it.
        ck::ScreenReadAloud readAloud;
        QCOMPARE(readAloud.pageText(root), QStringLiteral("Check your answers. Email. Send."));
        readAloud.setPrivateListening(true);
        QVERIFY(readAloud.pageText(root).contains(QStringLiteral("jo@example.org")));
        QVERIFY(!readAloud.pageText(root).contains(QStringLiteral("typed secret")));
        QVERIFY(!readAloud.engineLoaded());
    }

    void languageWithoutVoiceSaysSo()
    {
        ReadAloud readAloud;
        readAloud.setEngineName(QStringLiteral("flite"));
        readAloud.setLanguage(QStringLiteral("en"));
        QVERIFY(readAloud.say(QStringLiteral("Hello")));
        QVERIFY(readAloud.languageSupported());
        // The speech helper reports its voices once started; from then on the answer is
        // immediate.
        QTRY_COMPARE(readAloud.engine(), QStringLiteral("flite"));
        QSignalSpy unavailable(&readAloud, &ReadAloud::unavailable);
        // flite ships English voices only: Polish text must not be read as English nonsense.
        readAloud.setLanguage(QStringLiteral("pl"));
        QVERIFY(!readAloud.languageSupported());
        QVERIFY(!readAloud.say(QStringLiteral("Dzień dobry")));
        QCOMPARE(unavailable.size(), 1);
        readAloud.setLanguage(QStringLiteral("en"));
        QVERIFY(readAloud.languageSupported());
        readAloud.stop();
    }

private:
    QTemporaryDir m_dir;
    TestAudio m_audio;
};

int main(int argc, char **argv)
{
    // Under scripts/test.sh xvfb-run provides a display; a bare ctest run has none.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tst_ReadAloud test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_readaloud.moc"
