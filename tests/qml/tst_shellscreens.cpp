// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The shell's QML under a real window: the idle warning appears after the timeout, takes the
// focus (announced), "I need more time" resets it and otherwise the session ends; the PIN pad
// never holds the digits in QML; the admin screen shows the outbox figures. Screenshots of the
// warning and the admin screen go to <build>/screenshots/.
#include "core/passwordhash.h"
#include "kiosk-shell/admingate.h"
#include "kiosk-shell/adminstatus.h"
#include "kiosk-shell/idlewatcher.h"
#include "kiosk-shell/sessionwiper.h"
#include "tests/unit/kiosk-shell/guitestmain.h"

#include <QDir>
#include <QMetaProperty>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
QString screenshotDir()
{
    const QString dir =
        qEnvironmentVariable("CK_BUILD_DIR", QStringLiteral(CK_BIN_DIR "/..")) + u"/screenshots"_s;
    QDir().mkpath(dir);
    return dir;
}

bool grab(QQuickWindow *window, const QString &name)
{
    auto result = window->contentItem()->grabToImage();
    if (!result)
        return false;
    QSignalSpy ready(result.data(), &QQuickItemGrabResult::ready);
    if (!ready.wait(5000))
        return false;
    return result->saveToFile(screenshotDir() + u'/' + name);
}

void collectStrings(QObject *object, QStringList &out)
{
    const QMetaObject *meta = object->metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QVariant value = meta->property(i).read(object);
        if (value.metaType().id() == QMetaType::QString)
            out << value.toString();
    }
    for (QObject *child : object->children())
        collectStrings(child, out);
    if (auto *item = qobject_cast<QQuickItem *>(object))
        for (QQuickItem *child : item->childItems())
            collectStrings(child, out);
}

// Items made by a Loader have a visual parent but not always a QObject parent: walk both.
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

QQuickItem *visibleItem(QQuickWindow *window, const QString &name)
{
    QQuickItem *item = findItem(window->contentItem(), name);
    return item && item->isVisible() ? item : nullptr;
}

void clickItem(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}
} // namespace

class tst_ShellScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idleWarningMoreTimeThenWipe();
    void pinPadKeepsDigitsOutOfQml();
    void adminScreenShowsStatus();
    void cleanupTestCase();

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<ck::IdleWatcher> m_watcher;
    std::unique_ptr<ck::AdminGate> m_gate;
    std::unique_ptr<ck::AdminStatus> m_status;
    ck::SessionWiper m_wiper;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

void tst_ShellScreens::initTestCase()
{
    auto hash = ck::PasswordHash::hash(u"2468"_s);
    QVERIFY(hash.ok());
    m_watcher = std::make_unique<ck::IdleWatcher>();
    m_watcher->setTimeoutsMs(600, 3000);
    m_watcher->setPollInterval(50);
    m_gate = std::make_unique<ck::AdminGate>(*hash, m_dataDir.path());
    m_status = std::make_unique<ck::AdminStatus>(u"0.1.0"_s, u"kiosk-library-01"_s);
    m_status->setDepthByState(
        {{u"queued"_s, 3}, {u"sending"_s, 1}, {u"delivered"_s, 42}, {u"rejected"_s, 1}});
    m_status->setLastSync(QDateTime::currentDateTime().addSecs(-300));
    m_status->setLastError(u"council: HTTP 503 (will retry)"_s);
    connect(m_watcher.get(), &ck::IdleWatcher::expired, &m_wiper,
            [this] { m_wiper.endSession(u"idle"_s); });
    m_wiper.addCallback(u"admin-gate"_s, [this] { m_gate->close(); });

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/"_s);
    m_engine->setInitialProperties({{u"watcher"_s, QVariant::fromValue(m_watcher.get())},
                                    {u"gate"_s, QVariant::fromValue(m_gate.get())},
                                    {u"status"_s, QVariant::fromValue(m_status.get())}});
    m_engine->load(QUrl::fromLocalFile(
        QStringLiteral(CK_SOURCE_DIR "/tests/qml/ShellScreensHarness.qml")));
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCoreApplication::instance()->installEventFilter(m_watcher.get());
}

void tst_ShellScreens::idleWarningMoreTimeThenWipe()
{
    QSignalSpy wiped(&m_wiper, &ck::SessionWiper::wiped);
    m_watcher->setActive(true);
    QVERIFY(!visibleItem(m_window, u"idleWarning"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_watcher->isWarning(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(visibleItem(m_window, u"idleWarning"_s), 3000);
    // Announced by moving the focus onto it.
    QQuickItem *moreTime = visibleItem(m_window, u"moreTime"_s);
    QVERIFY(moreTime);
    QTRY_VERIFY(moreTime->hasActiveFocus());
    QVERIFY(grab(m_window, u"idle-warning.png"_s));

    clickItem(m_window, moreTime);
    QTRY_VERIFY(!visibleItem(m_window, u"idleWarning"_s));
    QVERIFY(m_watcher->isActive());
    QCOMPARE(wiped.size(), 0);

    // Nobody answers this time: the warning comes back and the session ends.
    QTRY_VERIFY_WITH_TIMEOUT(visibleItem(m_window, u"idleWarning"_s), 3000);
    QVERIFY(wiped.wait(6000));
    QVERIFY(!visibleItem(m_window, u"idleWarning"_s));
    QVERIFY(!m_watcher->isActive());
}

void tst_ShellScreens::pinPadKeepsDigitsOutOfQml()
{
    m_window->setProperty("showPin", true);
    QTRY_VERIFY(visibleItem(m_window, u"pinPadScreen"_s));
    for (const char *digit : {"digit2", "digit4", "digit6", "digit9"})
        clickItem(m_window, visibleItem(m_window, QString::fromLatin1(digit)));
    QCOMPARE(m_gate->enteredLength(), 4);
    QStringList strings;
    collectStrings(m_window, strings);
    for (const QString &s : std::as_const(strings))
        QVERIFY2(!s.contains(u"2469"_s), qPrintable(s));
    QQuickItem *display = visibleItem(m_window, u"pinDisplay"_s);
    QVERIFY(display);
    QVERIFY(grab(m_window, u"admin-pin.png"_s));

    // Wrong PIN: a message, no admin screen.
    clickItem(m_window, visibleItem(m_window, u"submitPin"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_gate->isChecking(), 10000);
    QVERIFY(!m_gate->isOpen());
    QTRY_VERIFY(visibleItem(m_window, u"pinMessage"_s));

    // Typed on a keyboard this time.
    QQuickItem *pad = visibleItem(m_window, u"pinPad"_s);
    QVERIFY(pad);
    pad->forceActiveFocus();
    for (char c : {'2', '4', '6', '8'})
        QTest::keyClick(m_window, c);
    QCOMPARE(m_gate->enteredLength(), 4);
    QTest::keyClick(m_window, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_gate->isOpen(), 10000);
}

void tst_ShellScreens::adminScreenShowsStatus()
{
    QTRY_VERIFY(visibleItem(m_window, u"adminScreen"_s));
    QStringList strings;
    collectStrings(visibleItem(m_window, u"adminScreen"_s), strings);
    const QString all = strings.join(u'\n');
    QVERIFY(all.contains(u"council: HTTP 503"_s));
    QVERIFY(all.contains(u"0.1.0"_s));
    QVERIFY(all.contains(u"42"_s));
    QVERIFY(grab(m_window, u"admin-screen.png"_s));
    QSignalSpy syncRequested(m_status.get(), &ck::AdminStatus::syncNowRequested);
    clickItem(m_window, visibleItem(m_window, u"syncNow"_s));
    QCOMPARE(syncRequested.size(), 1);
    clickItem(m_window, visibleItem(m_window, u"closeAdmin"_s));
    QTRY_VERIFY(!m_gate->isOpen());
}

void tst_ShellScreens::cleanupTestCase()
{
    QCoreApplication::instance()->removeEventFilter(m_watcher.get());
    m_engine.reset();
}

CK_GUI_TEST_MAIN(tst_ShellScreens)
#include "tst_shellscreens.moc"
