// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Shortcut test (label security): every blocked shortcut is sent to a real Qt Quick window that
// also has QML Shortcuts listening for the same keys; the window must stay visible, fullscreen
// and on its screen, and no shortcut may fire.
#include "kiosk-shell/admingesture.h"
#include "kiosk-shell/kiosklockdown.h"
#include "tests/unit/kiosk-shell/guitestmain.h"

#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using ck::KioskLockdown;

namespace {
const char *kScene = R"(
import QtQuick
import QtQuick.Window
Window {
    id: win
    width: 800; height: 600
    property int fired: 0
    property alias text: input.text
    TextInput { id: input; objectName: "input"; anchors.fill: parent; focus: true; text: "kept" }
    // Listeners for what the lockdown must swallow; any of them firing is a failure.
    Shortcut { sequences: [StandardKey.Close, StandardKey.Quit, StandardKey.Print,
                           StandardKey.Save, StandardKey.Open, StandardKey.New,
                           StandardKey.Refresh, StandardKey.AddTab, StandardKey.FullScreen,
                           "Ctrl+L", "Ctrl+Shift+I", "F12", "Alt+F4", "Ctrl+R", "F5", "F11",
                           "Ctrl+T", "Ctrl+N", "Ctrl+P", "Ctrl+S", "Ctrl+O", "Ctrl+W", "Ctrl+Q"]
               context: Qt.ApplicationShortcut
               onActivated: win.fired++ }
}
)";
} // namespace

class tst_KioskLockdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyShortcutIsSwallowed();
    void ordinaryTypingStillWorks();
    void closeRefusedUntilAdminAllowsExit();
    void contextMenuSwallowed();
    void adminShortcutPassesAndTriggersGesture();
    void fiveCornerTapsTriggerGesture();
    void exitKioskIsNotARestart();

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<KioskLockdown> m_lockdown;
    QQuickWindow *m_window = nullptr;
};

void tst_KioskLockdown::init()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->loadData(kScene);
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    QVERIFY(m_window);
    m_lockdown = std::make_unique<KioskLockdown>(false);
    m_lockdown->apply(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->requestActivate();
    QTRY_VERIFY(m_window->windowStates() & Qt::WindowFullScreen);
}

void tst_KioskLockdown::cleanup()
{
    m_lockdown.reset();
    m_engine.reset();
    m_window = nullptr;
}

void tst_KioskLockdown::everyShortcutIsSwallowed()
{
    QVERIFY(m_window->flags() & Qt::FramelessWindowHint);
    QVERIFY(m_window->flags() & Qt::WindowStaysOnTopHint);
    QScreen *screen = m_window->screen();
    const auto shortcuts = KioskLockdown::blockedShortcuts();
    QVERIFY(shortcuts.size() >= 30);
    int sent = 0;
    for (const QKeyCombination &combination : shortcuts) {
        QTest::keyClick(m_window, combination.key(), combination.keyboardModifiers());
        ++sent;
        QCoreApplication::processEvents();
        const QString name = QKeySequence(combination).toString();
        QVERIFY2(m_window->isVisible(), qPrintable(name));
        QVERIFY2(m_window->windowStates() & Qt::WindowFullScreen, qPrintable(name));
        QVERIFY2(m_window->screen() == screen, qPrintable(name));
        QVERIFY2(m_window->property("fired").toInt() == 0, qPrintable(name));
    }
    QCOMPARE(m_lockdown->swallowedCount(), sent);
    QCOMPARE(m_window->property("text").toString(), QStringLiteral("kept"));
    // Leaving fullscreen from outside (a window manager, xdotool) is undone.
    m_window->showNormal();
    QTRY_VERIFY(m_window->windowStates() & Qt::WindowFullScreen);
}

void tst_KioskLockdown::ordinaryTypingStillWorks()
{
    QTest::keyClick(m_window, Qt::Key_End);
    for (char c : {' ', 'A', 'B', '1'})
        QTest::keyClick(m_window, c);
    QCOMPARE(m_window->property("text").toString(), QStringLiteral("kept AB1"));
    QCOMPARE(m_lockdown->swallowedCount(), 0);
}

void tst_KioskLockdown::closeRefusedUntilAdminAllowsExit()
{
    m_window->close();
    QCoreApplication::processEvents();
    QVERIFY(m_window->isVisible());
    m_lockdown->allowExit();
    m_window->close();
    QTRY_VERIFY(!m_window->isVisible());
}

void tst_KioskLockdown::contextMenuSwallowed()
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10), QPoint(10, 10));
    QObject *input = m_window->findChild<QObject *>(QStringLiteral("input"));
    QVERIFY(input);
    QVERIFY(QCoreApplication::sendEvent(input, &event)); // filtered: handled by the lockdown
}

void tst_KioskLockdown::adminShortcutPassesAndTriggersGesture()
{
    ck::AdminGesture gesture;
    m_window->installEventFilter(&gesture);
    QSignalSpy triggered(&gesture, &ck::AdminGesture::triggered);
    QVERIFY(!KioskLockdown::isBlocked(
        QKeyCombination(Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier, Qt::Key_A)));
    QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(triggered.size(), 1);
}

void tst_KioskLockdown::fiveCornerTapsTriggerGesture()
{
    ck::AdminGesture gesture;
    m_window->installEventFilter(&gesture);
    QSignalSpy triggered(&gesture, &ck::AdminGesture::triggered);
    for (int i = 0; i < 4; ++i)
        QTest::mouseClick(m_window, Qt::LeftButton, {}, QPoint(20, 20));
    QCOMPARE(triggered.size(), 0);
    // A tap elsewhere starts the count again.
    QTest::mouseClick(m_window, Qt::LeftButton, {}, QPoint(400, 300));
    for (int i = 0; i < 4; ++i)
        QTest::mouseClick(m_window, Qt::LeftButton, {}, QPoint(10, 30));
    QCOMPARE(triggered.size(), 0);
    QTest::mouseClick(m_window, Qt::LeftButton, {}, QPoint(30, 10));
    QCOMPARE(triggered.size(), 1);
}

// Both must differ from 0, the status of a config restart, or the unit could not tell them apart.
static_assert(KioskLockdown::StopRequested != 0 && KioskLockdown::RestartRequested != 0
              && KioskLockdown::StopRequested != KioskLockdown::RestartRequested);

void tst_KioskLockdown::exitKioskIsNotARestart()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString request = data.filePath(u"exit-requested"_s);
    KioskLockdown lockdown(true);
    QList<int> exits;
    lockdown.setExitFunction([&exits](int code) { exits << code; });
    lockdown.setStopRequestFile(request);

    // "Restart": systemd brings it back, so nothing is left for the start check.
    lockdown.restartKiosk();
    QCOMPARE(exits, (QList<int> {KioskLockdown::RestartRequested}));
    QVERIFY(!QFileInfo::exists(request));

    // "Exit kiosk": its own status, and a request the unit's start check consumes.
    lockdown.exitKiosk();
    QCOMPARE(exits, (QList<int> {KioskLockdown::RestartRequested, KioskLockdown::StopRequested}));
    QVERIFY(QFileInfo::exists(request));

    // A request that cannot be written still exits (and says so in the log).
    KioskLockdown unwritable(true);
    unwritable.setExitFunction([&exits](int code) { exits << code; });
    unwritable.setStopRequestFile(data.filePath(u"missing/dir/exit-requested"_s));
    unwritable.exitKiosk();
    QCOMPARE(exits.last(), int(KioskLockdown::StopRequested));
}

CK_GUI_TEST_MAIN(tst_KioskLockdown)
#include "tst_kiosklockdown.moc"
