// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The privacy wipe, proved at the byte level (labels wipe, security). The real kiosk (the same
// object graph as the civic-kiosk program: KioskComposition, HelperComposition, ShellWiring,
// Main.qml) runs here under Xvfb with accessibility on and a real AT-SPI bus, delivering to the
// real intake server. People's sessions follow each other in this one process, as on a kiosk:
// a citizen, then a helper typing for a citizen, each ended by the idle timeout, by Finish and
// by the admin's "End session". Each session types its own markers the way people do: key
// events into text boxes, the on-screen keyboard, a date, an address, a long text, a wrong
// answer that brings up the error summary, "Check your answers", read-aloud of that page with
// headphones on. gcore then dumps this process and the dump is searched for every marker in
// UTF-8, UTF-16LE and Latin-1: all of them before the first wipe (so the search sees what it
// looks for), none of any session after each wipe.
#include "tests/wipe/coredump.h"
#include "tests/wipe/marker.h"

#include "tests/a11y/testaudio.h"
#include "tests/e2e/kioskdriver.h"
#include "tests/integration/common/intakeprocess.h"

#include "a11y/readaloud.h"
#include "app/composition/helpercomposition.h"
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/config/kioskconfig.h"
#include "domain/flows/flowsession.h"
#include "domain/helper/helpersession.h"
#include "kiosk-shell/webenginebackend.h"
#include "offline-cache/outbox.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/helpercontroller.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

// What one session typed, and how the kiosk shows it back.
struct SessionMarkers
{
    QString name; // "citizen/idle"
    Marker line1; // address line 1, key events
    Marker line2; // address line 2, the on-screen keyboard
    Marker town; // key events
    Marker notes; // long text, key events
    Marker wrongEmail; // typed, refused (error summary), then deleted
    Marker dateShown; // "23 April 1937" on Check your answers
    Marker dateIso; // "1937-04-23", the stored answer
    QDate date;

    QList<std::pair<const char *, const Marker *>> all() const
    {
        return {{"line1", &line1},    {"line2", &line2},           {"town", &town},
                {"notes", &notes},    {"wrongEmail", &wrongEmail}, {"dateShown", &dateShown},
                {"dateIso", &dateIso}};
    }
};

struct Counts
{
    int utf8 = 0;
    int utf16le = 0;
    int latin1 = 0;
    int total() const { return utf8 + utf16le + latin1; }
};

} // namespace

class tst_WipeMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sessionsLeaveNothingInMemory();

private:
    bool startAccessibilityBus();
    SessionMarkers newSession(const QString &name);
    void typeKeys(const Marker &text);
    void typeOnScreenKeyboard(const Marker &text);
    bool continueOn();
    bool tabTo(QLatin1String name);
    void answerMissedBin(const SessionMarkers &s);
    void readCheckAnswersAloud(const SessionMarkers &s);
    void signInHelper();
    void endBy(const QString &trigger);
    // Dumps this process and counts each marker of `sessions` in each encoding.
    QMap<QString, Counts> countInDump(const QList<SessionMarkers> &sessions, const QString &when);

    QTemporaryDir m_dir;
    ck::testing::IntakeProcess m_intake;
    TestAudio m_audio;
    Marker m_tag;
    QDate m_date;
    std::unique_ptr<QTemporaryDir> m_dumpDir;
    std::unique_ptr<KioskComposition> m_kiosk;
    std::unique_ptr<HelperComposition> m_helper;
    ShellWiring *m_shell = nullptr;
    QQuickWindow *m_window = nullptr;
    std::unique_ptr<KioskDriver> m_drive;
};

void tst_WipeMemory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(qEnvironmentVariable("GLIBC_TUNABLES").contains(u"glibc.malloc.perturb"),
             "runs as the kiosk unit does: freed memory scrubbed (main() sets this)");
    QVERIFY(startAccessibilityBus());
    QVERIFY2(m_audio.startNullSink(m_dir.filePath(QStringLiteral("audio"))),
             qPrintable(m_audio.error()));
    QVERIFY2(m_audio.startSpeechDispatcher(m_dir.filePath(QStringLiteral("audio"))),
             qPrintable(m_audio.error()));

    QVERIFY(m_intake.start(m_dir.filePath(QStringLiteral("intake.sqlite"))));
    qputenv("CIVIC_KIOSK_DEMO_INTAKE_URL", m_intake.base().toUtf8());

    KioskConfig config = KioskConfig::demo(); // admin PIN 2468, helper H001 / 1357
    config.dataDir = m_dir.filePath(QStringLiteral("data"));
    config.minFreeMb = 1;
    CompositionOptions options;
    options.windowed = true;
    auto created = KioskComposition::create(config, options);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    m_kiosk = std::move(created.value());
    // As the civic-kiosk program wires it (the civic-kiosk program).
    m_helper = HelperComposition::attach(*m_kiosk);
    auto shell = ShellWiring::install(*m_kiosk, true);
    QVERIFY(shell.ok());
    m_shell = shell.value();
    m_shell->wiper()->addObject(m_helper.get(), "wipe");
    const Status loaded = m_kiosk->load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    m_window = m_kiosk->window();
    QVERIFY(m_window);
    m_shell->attachWindow(m_window);
    m_window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // Read-aloud through speech-dispatcher, the engine of the kiosk's other languages. Not flite:
    // gdb stopping the process while Qt 6.4's flite engine plays sends it down an error path
    // that crashes it (a QAudioSink stopped from the wrong thread), which ends this test.
    m_kiosk->readAloud()->setProperty("engineName", QStringLiteral("speechd"));
    m_drive = std::make_unique<KioskDriver>(
        m_window, QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("wipe-memory")));
    // Nobody walks away in the middle of this test except on purpose (endBy("idle")).
    m_shell->idleWatcher()->setTimeoutsMs(600000, 600000);
    m_tag = Marker::randomCapitals(6);
    auto *random = QRandomGenerator::global();
    m_date = QDate(1901 + random->bounded(98), 1 + random->bounded(12), 10 + random->bounded(18));
    // Dumps go to memory (tmpfs) when there is one: written there in a fraction of the time.
    // A run that crashed could not delete its dump: those of processes that are gone go now.
    const QString shm = QStringLiteral("/dev/shm");
    const QStringList stale =
        QDir(shm).entryList({QStringLiteral("ck-wipe-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : stale) {
        const qint64 owner = name.section(QLatin1Char('-'), 2, 2).toLongLong();
        if (owner > 0 && ::kill(pid_t(owner), 0) != 0 && errno == ESRCH)
            QDir(QDir(shm).filePath(name)).removeRecursively();
    }
    if (QFileInfo(shm).isDir() && QFileInfo(shm).isWritable())
        m_dumpDir = std::make_unique<QTemporaryDir>(
            shm + QStringLiteral("/ck-wipe-%1-XXXXXX").arg(QCoreApplication::applicationPid()));
    if (!m_dumpDir || !m_dumpDir->isValid())
        m_dumpDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dumpDir->isValid());
}

void tst_WipeMemory::cleanupTestCase()
{
    m_drive.reset();
    m_kiosk.reset(); // the shell wiring goes with it
    m_helper.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("ck-screen-reader"));
}

// The AT-SPI bus of the private session bus main() started (D-Bus activation launches it, as on
// a desktop), with a listener registered for text and name changes, as a screen reader does:
// Qt's AT-SPI bridge then sends every change of a text box over D-Bus. The listener is only
// registered; its connection asks the bus for none of those signals, so they never arrive in
// this process the way they would arrive in the screen reader's.
bool tst_WipeMemory::startAccessibilityBus()
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected()) {
        qWarning("no D-Bus session bus (dbus-daemon, scripts/deps.sh)");
        return false;
    }
    const QDBusReply<QString> address = session.call(QDBusMessage::createMethodCall(
        QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
        QStringLiteral("org.a11y.Bus"), QStringLiteral("GetAddress")));
    if (!address.isValid() || address.value().isEmpty()) {
        qWarning() << "no AT-SPI bus (at-spi2-core, scripts/deps.sh):" << address.error().message();
        return false;
    }
    QDBusConnection a11y =
        QDBusConnection::connectToBus(address.value(), QStringLiteral("ck-screen-reader"));
    if (!a11y.isConnected())
        return false;
    for (const char *event : {"object:text-changed", "object:text-caret-moved",
                              "object:property-change:accessible-name", "object:state-changed"}) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.a11y.atspi.Registry"), QStringLiteral("/org/a11y/atspi/registry"),
            QStringLiteral("org.a11y.atspi.Registry"), QStringLiteral("RegisterEvent"));
        call << QString::fromLatin1(event);
        const QDBusMessage reply = a11y.call(call);
        if (reply.type() != QDBusMessage::ReplyMessage) {
            qWarning() << "cannot register an AT-SPI listener:" << reply.errorMessage();
            return false;
        }
    }
    return true;
}

SessionMarkers tst_WipeMemory::newSession(const QString &name)
{
    SessionMarkers s;
    s.name = name;
    s.line1 = Marker::withTag(m_tag, 5);
    s.line2 = Marker::withTag(m_tag, 5);
    s.town = Marker::withTag(m_tag, 5);
    s.notes = Marker::withTag(m_tag, 5);
    s.wrongEmail = Marker::withTag(m_tag, 5);
    // One date for the whole run, so that a dump is searched for it once, whatever the number
    // of sessions: the date cannot carry the tag.
    s.date = m_date;
    s.dateIso = Marker::fromText(s.date.toString(Qt::ISODate));
    s.dateShown = Marker::fromText(
        QLocale(QStringLiteral("en_GB")).toString(s.date, QStringLiteral("d MMMM yyyy")));
    return s;
}

void tst_WipeMemory::typeKeys(const Marker &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80)
            QTest::keyClick(m_window, char(c.unicode()));
        else // Latin-1 letters have the key code of their capital (Qt::Key_Ediaeresis)
            QTest::sendKeyEvent(QTest::Click, m_window, Qt::Key(c.toUpper().unicode()), QString(c),
                                Qt::NoModifier);
    }
    QTest::qWait(10);
}

void tst_WipeMemory::typeOnScreenKeyboard(const Marker &text)
{
    QQuickItem *panel = m_drive->find(QStringLiteral("kioskKeyboard"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->property("ready").toBool());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        QMetaObject::invokeMethod(panel, "pressKey", Q_ARG(QVariant, int(c.toUpper().unicode())),
                                  Q_ARG(QVariant, QString(c)));
    }
    QTest::qWait(10);
}

// Under the on-screen keyboard Main.qml's screen does not shrink (its Loader sizes the keyboard
// to a height of 0), so the footer's Continue is covered: people put the keyboard away first.
bool tst_WipeMemory::continueOn()
{
    if (QGuiApplication::inputMethod()->isVisible()) {
        QGuiApplication::inputMethod()->hide();
        QTest::qWait(50);
    }
    return m_drive->click(QStringLiteral("primaryButton"));
}

// A new page gives its heading the focus (as GOV.UK does for a screen reader); a keyboard user
// then tabs to the first box. `name` is the focused item's or its field's objectName.
bool tst_WipeMemory::tabTo(QLatin1String name)
{
    const auto there = [&] {
        QQuickItem *f = m_drive->focused();
        return f
            && (f->objectName() == name
                || (f->parentItem() && f->parentItem()->objectName() == name));
    };
    for (int i = 0; i < 8 && !there(); ++i) {
        if (i == 0) // the heading takes focus once the page is laid out
            QTest::qWait(50);
        m_drive->key(Qt::Key_Tab);
        QTest::qWait(20);
    }
    return there();
}

// Welcome -> services -> every page of "Report a missed bin collection" -> Check your answers.
void tst_WipeMemory::answerMissedBin(const SessionMarkers &s)
{
    FlowController *flow = m_kiosk->flowController();
    KioskDriver &drive = *m_drive;
    if (m_kiosk->appState()->screen() == AppState::Welcome) {
        QTRY_VERIFY(drive.find(QStringLiteral("startButton")));
        QVERIFY(drive.click(QStringLiteral("startButton")));
    }
    QTRY_VERIFY(drive.find(QStringLiteral("service_missed-bin")));
    QVERIFY(drive.click(QStringLiteral("service_missed-bin")));

    QTRY_COMPARE(flow->pageId(), QStringLiteral("bin-type"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_general")));
    QVERIFY(drive.click(QStringLiteral("option_general")));
    QVERIFY(continueOn());

    QTRY_COMPARE(flow->pageId(), QStringLiteral("collection-date"));
    QVERIFY(tabTo(QLatin1String("dateDay")));
    drive.type(QString::number(s.date.day()));
    drive.key(Qt::Key_Tab);
    drive.type(QString::number(s.date.month()));
    drive.key(Qt::Key_Tab);
    drive.type(QString::number(s.date.year()));
    QTRY_COMPARE(drive.focused()->property("text").toString(), QString::number(s.date.year()));
    QVERIFY(continueOn());

    QTRY_COMPARE(flow->pageId(), QStringLiteral("address"));
    QVERIFY(tabTo(QLatin1String("addressLine1")));
    typeKeys(s.line1);
    QTRY_VERIFY(s.line1.equals(drive.focused()->property("text").toString()));
    // A finger on the second box brings up the on-screen keyboard.
    QQuickItem *line2 =
        drive.find(QStringLiteral("addressLine2"))->property("input").value<QQuickItem *>();
    QVERIFY(line2);
    QGuiApplication::inputMethod()->hide(); // see continueOn(): it would cover the box
    drive.bringIntoView(line2);
    QTest::mouseClick(
        m_window, Qt::LeftButton, {},
        line2->mapToScene(QPointF(line2->width() / 2, line2->height() / 2)).toPoint());
    QTRY_VERIFY(line2->hasActiveFocus());
    typeOnScreenKeyboard(s.line2);
    if (QTest::currentTestFailed())
        return;
    drive.key(Qt::Key_Tab); // leaving the box commits what the keyboard may still compose
    QTRY_VERIFY(s.line2.equals(
        drive.find(QStringLiteral("addressLine2"))->property("inputText").toString()));
    typeKeys(s.town);
    QTRY_VERIFY(s.town.equals(drive.focused()->property("text").toString()));
    drive.key(Qt::Key_Tab);
    drive.type(QStringLiteral("CF10 1AA"));
    QTRY_COMPARE(drive.focused()->property("text").toString(), QStringLiteral("CF10 1AA"));
    QVERIFY(continueOn());

    QTRY_COMPARE(flow->pageId(), QStringLiteral("more-info"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_yes")));
    QVERIFY(drive.click(QStringLiteral("option_yes")));
    QVERIFY(continueOn());

    QTRY_COMPARE(flow->pageId(), QStringLiteral("notes"));
    QVERIFY(tabTo(QLatin1String("fieldInput")));
    drive.type(QStringLiteral("The lorry did not stop at "));
    typeKeys(s.notes);
    QTRY_VERIFY(s.notes.containedIn(drive.focused()->property("text").toString()));
    QVERIFY(continueOn());

    QTRY_COMPARE(flow->pageId(), QStringLiteral("contact"));
    QTRY_VERIFY(drive.find(QStringLiteral("option_yes")));
    QVERIFY(drive.click(QStringLiteral("option_yes")));
    QVERIFY(continueOn());

    // A wrong email address: the error summary takes focus; its link leads back to the box,
    // where the person deletes what they typed (the email is optional).
    QTRY_COMPARE(flow->pageId(), QStringLiteral("email"));
    QVERIFY(tabTo(QLatin1String("fieldInput")));
    typeKeys(s.wrongEmail);
    QTRY_VERIFY(s.wrongEmail.equals(drive.focused()->property("text").toString()));
    QVERIFY(continueOn());
    QTRY_VERIFY(drive.find(QStringLiteral("errorSummary")));
    QTRY_VERIFY(drive.find(QStringLiteral("errorLink_email")));
    QVERIFY(drive.click(QStringLiteral("errorLink_email")));
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("fieldInput"));
    drive.key(Qt::Key_A, Qt::ControlModifier);
    drive.key(Qt::Key_Backspace);
    QTRY_VERIFY(drive.focused()->property("text").toString().isEmpty());
    QVERIFY(continueOn());

    QTRY_COMPARE(flow->pageId(), QStringLiteral("phone"));
    QVERIFY(continueOn());

    QTRY_VERIFY(flow->onSummary());
    QTRY_COMPARE(m_kiosk->appState()->screen(), AppState::Check);
    QTRY_VERIFY(drive.find(QStringLiteral("answer_address")));
    QVERIFY(s.town.containedIn(
        drive.find(QStringLiteral("answer_address"))->property("text").toString()));
    QVERIFY(s.dateShown.equals(
        drive.find(QStringLiteral("answer_collection-date"))->property("text").toString()));
}

// "Read aloud" on Check your answers, then "Headphones" and "Read aloud" again: the answers
// themselves are spoken (to the headset), so they pass through the speech engine.
void tst_WipeMemory::readCheckAnswersAloud(const SessionMarkers &s)
{
    KioskDriver &drive = *m_drive;
    QObject *speech = m_kiosk->readAloud();
    QVERIFY(speech);
    QVERIFY(drive.click(QStringLiteral("readAloudButton")));
    QTRY_VERIFY(speech->property("inUse").toBool());
    QVERIFY(!s.line1.containedIn(speech->property("lastSpoken").toString()));
    QTRY_VERIFY(drive.find(QStringLiteral("headphones")));
    QVERIFY(drive.click(QStringLiteral("headphones")));
    QVERIFY(speech->property("privateListening").toBool());
    if (speech->property("speaking").toBool()) {
        QVERIFY(drive.click(QStringLiteral("readAloudButton"))); // "Stop reading"
        QTRY_VERIFY(!speech->property("speaking").toBool());
    }
    QVERIFY(drive.click(QStringLiteral("readAloudButton")));
    QTRY_VERIFY(s.line1.containedIn(speech->property("lastSpoken").toString()));
    QTRY_VERIFY_WITH_TIMEOUT(speech->property("speaking").toBool(), 10000);
}

void tst_WipeMemory::signInHelper()
{
    KioskDriver &drive = *m_drive;
    AppState *state = m_kiosk->appState();
    QTRY_VERIFY(drive.find(QStringLiteral("helperSignInLink")));
    QVERIFY(drive.click(QStringLiteral("helperSignInLink")));
    QTRY_COMPARE(state->screen(), HelperController::SignInScreen);
    QTRY_VERIFY(drive.focused() && drive.focused()->objectName() == QLatin1String("helperIdInput"));
    drive.type(QStringLiteral("H001"));
    drive.key(Qt::Key_Return);
    QTRY_VERIFY(drive.focused()
                && drive.focused()->objectName() == QLatin1String("helperPinInput"));
    drive.type(QStringLiteral("1357"));
    drive.key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(state->screen(), HelperController::ConsentScreen, 10000);
    QTRY_VERIFY(drive.find(QStringLiteral("consentText")));
    QVERIFY(drive.click(QStringLiteral("primaryButton")));
    QTRY_COMPARE(state->screen(), AppState::Services);
    QVERIFY(drive.click(QStringLiteral("helperTypeButton")));
    QTRY_VERIFY(m_helper->session()->helperTyping());
}

void tst_WipeMemory::endBy(const QString &trigger)
{
    KioskDriver &drive = *m_drive;
    QSignalSpy wiped(m_shell->wiper(), &SessionWiper::wiped);
    if (trigger == QLatin1String("idle")) {
        m_shell->idleWatcher()->setTimeoutsMs(300, 300);
        QVERIFY(wiped.wait(10000));
        m_shell->idleWatcher()->setTimeoutsMs(600000, 600000);
    } else if (trigger == QLatin1String("finish")) {
        // Send; the confirmation shows once the row is durable. The sync engine delivers it
        // (decrypting it to do so) before the person presses Finish.
        QVERIFY(drive.click(QStringLiteral("primaryButton")));
        QTRY_COMPARE(m_kiosk->appState()->screen(), AppState::Confirmation);
        const QString reference = m_kiosk->flowController()->reference();
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->outbox()->receipt(reference).ok()
                                     && m_kiosk->outbox()->receipt(reference)->state
                                         == QLatin1String("delivered"),
                                 20000);
        QTRY_VERIFY(drive.find(QStringLiteral("referenceGroup")));
        QVERIFY(drive.click(QStringLiteral("primaryButton"))); // Finish
        QVERIFY(wiped.count() > 0 || wiped.wait(10000));
    } else {
        QTest::keyClick(m_window, Qt::Key_A,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QTRY_VERIFY(drive.find(QStringLiteral("pinPadScreen")));
        QTRY_VERIFY(drive.focused());
        drive.type(QStringLiteral("2468"));
        drive.key(Qt::Key_Return);
        QTRY_VERIFY(drive.find(QStringLiteral("endSession")));
        QVERIFY(drive.click(QStringLiteral("endSession")));
        QVERIFY(wiped.count() > 0 || wiped.wait(10000));
    }
    QTRY_COMPARE(m_kiosk->appState()->screen(), AppState::Welcome);
    QVERIFY(!m_kiosk->flowSession()->isActive());
    qInfo("wipe by %s took %d ms", qPrintable(trigger), wiped.constFirst().constFirst().toInt());
}

QMap<QString, Counts> tst_WipeMemory::countInDump(const QList<SessionMarkers> &sessions,
                                                  const QString &when)
{
    QMap<QString, Counts> out;
    // The wipe has stopped any reading; a dump taken before it waits for the page to be read.
    if (QObject *speech = m_kiosk->readAloud())
        (void)QTest::qWaitFor([speech] { return !speech->property("speaking").toBool(); }, 30000);
    QElapsedTimer clock;
    clock.start();
    CoreDump dump;
    const QString error = dump.take(m_dumpDir->path());
    if (!error.isEmpty()) {
        qWarning().noquote() << error;
        return out;
    }
    const qint64 dumpMs = clock.restart();
    const bool showAddresses = qEnvironmentVariableIsSet("CK_WIPE_MEMORY_ADDRESSES");
    auto report = [&](const QString &key, const char *encoding, quint64 address) {
        if (showAddresses)
            qInfo("%s %s %s at 0x%llx", qPrintable(when), qPrintable(key), encoding,
                  static_cast<unsigned long long>(address));
    };

    // One pass per encoding of the tag every typed marker starts with; each hit is then
    // matched against every marker in full. A hit that matches none is a part of one (what a
    // box held while someone was typing, a word cut off): counted too. The run's one date has
    // passes of its own.
    QByteArray tagAscii = m_tag.latin1();
    QByteArray tagUtf16 = m_tag.utf16le();
    const QList<quint64> asciiHits = dump.find(tagAscii);
    const QList<quint64> utf16Hits = dump.find(tagUtf16);
    Marker::wipe(tagAscii);
    Marker::wipe(tagUtf16);
    QSet<quint64> asciiWhole;
    QSet<quint64> utf16Whole;
    int whole = 0;
    for (const SessionMarkers &s : sessions) {
        for (const auto &[field, marker] : s.all()) {
            const QString key = s.name + QLatin1Char(':') + QLatin1String(field);
            Counts &c = out[key];
            QByteArray utf8 = marker->utf8();
            QByteArray latin1 = marker->latin1();
            QByteArray utf16 = marker->utf16le();
            const bool tagged = marker != &s.dateIso && marker != &s.dateShown;
            for (quint64 at : tagged ? asciiHits : dump.find(utf8)) {
                if (dump.bytesAt(at, utf8.size()) == utf8) {
                    ++c.utf8;
                    asciiWhole.insert(at);
                    report(key, "utf8", at);
                }
                if (latin1 != utf8 && dump.bytesAt(at, latin1.size()) == latin1) {
                    ++c.latin1;
                    asciiWhole.insert(at);
                    report(key, "latin1", at);
                }
            }
            if (latin1 == utf8)
                c.latin1 = c.utf8; // plain ASCII (a date): the same bytes in both
            for (quint64 at : tagged ? utf16Hits : dump.find(utf16)) {
                if (dump.bytesAt(at, utf16.size()) == utf16) {
                    ++c.utf16le;
                    utf16Whole.insert(at);
                    report(key, "utf16le", at);
                }
            }
            whole += c.total();
            Marker::wipe(utf8);
            Marker::wipe(latin1);
            Marker::wipe(utf16);
        }
    }
    Counts partial;
    for (quint64 at : asciiHits) {
        if (!asciiWhole.contains(at)) {
            ++partial.utf8;
            report(QStringLiteral("(part of a marker)"), "ascii", at);
        }
    }
    for (quint64 at : utf16Hits) {
        if (!utf16Whole.contains(at)) {
            ++partial.utf16le;
            report(QStringLiteral("(part of a marker)"), "utf16le", at);
        }
    }
    out[QStringLiteral("(part of a marker)")] = partial;
    qInfo("dump %s: %.0f MB of memory, gcore %lld ms, search %lld ms, %d whole markers, "
          "%d parts",
          qPrintable(when), dump.memoryBytes() / 1048576.0, dumpMs, clock.elapsed(), whole,
          partial.total());
    return out;
}

void tst_WipeMemory::sessionsLeaveNothingInMemory()
{
    struct Run
    {
        const char *mode;
        const char *trigger;
    };
    const QList<Run> runs = {{"citizen", "idle"}, {"citizen", "finish"}, {"citizen", "admin"},
                             {"helper", "idle"},  {"helper", "finish"},  {"helper", "admin"}};
    QList<SessionMarkers> done;
    bool firstRun = true;
    for (const Run &run : runs) {
        const QString name =
            QLatin1String(run.mode) + QLatin1Char('/') + QLatin1String(run.trigger);
        SessionMarkers s = newSession(name);
        if (QLatin1String(run.mode) == QLatin1String("helper"))
            signInHelper();
        if (QTest::currentTestFailed())
            return;
        answerMissedBin(s);
        if (QTest::currentTestFailed())
            return;
        done.append(s);

        if (firstRun) {
            // The method sees what it looks for: every marker of the session is in the dump.
            const QMap<QString, Counts> before = countInDump({s}, name + QStringLiteral(" before"));
            QVERIFY(!before.isEmpty());
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                qInfo("before %s: utf8=%d utf16le=%d latin1=%d", qPrintable(it.key()), it->utf8,
                      it->utf16le, it->latin1);
                if (it.key() != QLatin1String("(part of a marker)"))
                    QVERIFY2(it->total() > 0, qPrintable(it.key()));
            }
            firstRun = false;
        }
        // Read-aloud of Check your answers with headphones, interrupted by the wipe.
        readCheckAnswersAloud(s);
        if (QTest::currentTestFailed())
            return;

        endBy(QLatin1String(run.trigger));
        if (QTest::currentTestFailed())
            return;
        const QMap<QString, Counts> after = countInDump(done, name + QStringLiteral(" after"));
        QVERIFY(!after.isEmpty());
        QStringList left;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (it->total() == 0)
                continue;
            left << QStringLiteral("%1 utf8=%2 utf16le=%3 latin1=%4")
                        .arg(it.key())
                        .arg(it->utf8)
                        .arg(it->utf16le)
                        .arg(it->latin1);
        }
        qInfo("after %s: %s", qPrintable(name),
              left.isEmpty() ? "nothing left" : qPrintable(left.join(QStringLiteral("; "))));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }
}

// Runs itself again as the kiosk's systemd unit runs the kiosk, with glibc scrubbing freed
// memory, and inside a private D-Bus session (for the AT-SPI bus), so that a developer's plain
// `build/tests/tst_wipememory` and ctest test the same thing.
int main(int argc, char **argv)
{
    const QByteArray tunables = qgetenv("GLIBC_TUNABLES");
    if (!tunables.contains("glibc.malloc.perturb") || !qEnvironmentVariableIsSet("CK_WIPE_DBUS")) {
        qputenv("GLIBC_TUNABLES", CK_KIOSK_GLIBC_TUNABLES);
        qputenv("CK_WIPE_DBUS", "1");
        char self[4096] = {};
        if (readlink("/proc/self/exe", self, sizeof self - 1) <= 0)
            return 2;
        std::vector<char *> args {const_cast<char *>("dbus-run-session"), const_cast<char *>("--"),
                                  self};
        for (int i = 1; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        execvp("dbus-run-session", args.data());
        std::perror("dbus-run-session (dbus-daemon, scripts/deps.sh)");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    WebEngineBackend::prepareApplication();
    QGuiApplication app(argc, argv);
    tst_WipeMemory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wipememory.moc"
