// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The shell wired into the real kiosk (KioskComposition + ShellWiring + Main.qml, labels wipe,
// e2e): a citizen answers a page and leaves; the idle warning appears, the session is wiped,
// the kiosk is back on the welcome screen with no answer left anywhere in the QML tree; the
// admin shortcut opens the PIN pad; the lockdown swallows Ctrl+Q.
#include "a11y/readaloud.h"
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/config/kioskconfig.h"
#include "domain/flows/flowsession.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "tests/unit/kiosk-shell/guitestmain.h"

#include <QMetaProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

void collectStrings(QObject *object, QStringList &out, QSet<QObject *> &seen)
{
    if (!object || seen.contains(object))
        return;
    seen.insert(object);
    const QMetaObject *meta = object->metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QVariant value = meta->property(i).read(object);
        if (value.metaType().id() == QMetaType::QString
            || value.metaType().id() == QMetaType::QVariant)
            out << value.toString();
    }
    for (QObject *child : object->children())
        collectStrings(child, out, seen);
    if (auto *item = qobject_cast<QQuickItem *>(object))
        for (QQuickItem *child : item->childItems())
            collectStrings(child, out, seen);
}
} // namespace

class tst_KioskWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleSessionIsWipedEndToEnd();
    void idleWarningIsSpokenToListeners();
};

void tst_KioskWipe::idleSessionIsWipedEndToEnd()
{
    QTemporaryDir dataDir;
    ck::KioskConfig config = ck::KioskConfig::demo();
    config.dataDir = dataDir.path();
    config.idleTimeoutSec = 1;
    config.idleWarningSec = 2;
    ck::CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto composition = ck::KioskComposition::create(config, options);
    QVERIFY2(composition.ok(), composition.ok() ? "" : qPrintable(composition.error().message));
    ck::KioskComposition &kiosk = *composition.value();
    auto shell = ck::ShellWiring::install(kiosk, true);
    QVERIFY(shell.ok());
    QVERIFY(kiosk.load().ok());
    QQuickWindow *window = kiosk.window();
    QVERIFY(window);
    shell.value()->attachWindow(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!shell.value()->webSession()->hasProfile()); // no WebEngine profile at start-up

    // The lockdown holds in the real window.
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(window->isVisible());
    QVERIFY(shell.value()->lockdown()->swallowedCount() >= 1);

    // A citizen starts a service and answers the first page.
    const QString marker = u"answer-MX81QZ"_s;
    QVERIFY(kiosk.flowController()->start(u"missed-bin"_s));
    QTRY_VERIFY(kiosk.appState()->screen() != ck::AppState::Welcome);
    QVERIFY(shell.value()->idleWatcher()->isActive());
    kiosk.flowController()->setDraft(marker);
    QCOMPARE(kiosk.flowController()->draft().toString(), marker);

    // ... and walks away.
    QSignalSpy wiped(shell.value()->wiper(), &ck::SessionWiper::wiped);
    QTRY_VERIFY_WITH_TIMEOUT(shell.value()->idleWatcher()->isWarning(), 5000);
    QTRY_VERIFY(findItem(window->contentItem(), u"idleWarning"_s)
                && findItem(window->contentItem(), u"idleWarning"_s)->isVisible());
    QVERIFY(wiped.wait(8000));
    qInfo("kiosk wipe took %d ms", wiped.first().first().toInt());

    QCOMPARE(kiosk.appState()->screen(), ck::AppState::Welcome);
    QVERIFY(!kiosk.flowController()->active());
    QVERIFY(!shell.value()->idleWatcher()->isActive());
    QTest::qWait(100);
    QStringList strings;
    QSet<QObject *> seen;
    collectStrings(window, strings, seen);
    collectStrings(window->contentItem(), strings, seen);
    for (const QString &s : std::as_const(strings))
        QVERIFY2(!s.contains(marker), qPrintable(s));

    // The admin shortcut opens the PIN pad over the welcome screen.
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QTRY_VERIFY(findItem(window->contentItem(), u"pinPadScreen"_s));
}

void tst_KioskWipe::idleWarningIsSpokenToListeners()
{
    QTemporaryDir dataDir;
    ck::KioskConfig config = ck::KioskConfig::demo();
    config.dataDir = dataDir.path();
    config.idleTimeoutSec = 1;
    config.idleWarningSec = 3;
    ck::CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto composition = ck::KioskComposition::create(config, options);
    QVERIFY(composition.ok());
    ck::KioskComposition &kiosk = *composition.value();
    auto shell = ck::ShellWiring::install(kiosk, true);
    QVERIFY(shell.ok());
    QVERIFY(kiosk.load().ok());
    QQuickWindow *window = kiosk.window();
    shell.value()->attachWindow(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QObject *speech = kiosk.readAloud();
    QVERIFY(speech);

    // Someone who has not used read-aloud gets the warning on screen only ...
    QVERIFY(kiosk.flowController()->start(u"missed-bin"_s));
    QTRY_VERIFY_WITH_TIMEOUT(shell.value()->idleWatcher()->isWarning(), 5000);
    QTRY_VERIFY(findItem(window->contentItem(), u"idleWarning"_s));
    QVERIFY(!speech->property("lastSpoken").toString().contains(u"still there"_s));
    QSignalSpy wiped(shell.value()->wiper(), &ck::SessionWiper::wiped);
    QVERIFY(wiped.wait(8000));

    // ... someone listening to the pages hears it too.
    QVERIFY(kiosk.flowController()->start(u"missed-bin"_s));
    bool said = false;
    QMetaObject::invokeMethod(speech, "say", Q_RETURN_ARG(bool, said),
                              Q_ARG(QString, u"Which bin was missed?"_s));
    QVERIFY(speech->property("inUse").toBool());
    QTRY_VERIFY_WITH_TIMEOUT(shell.value()->idleWatcher()->isWarning(), 5000);
    QTRY_VERIFY(speech->property("lastSpoken").toString().contains(u"still there"_s));
    // Focus is on "I need more time", so one key press keeps the session.
    QTRY_VERIFY(window->activeFocusItem()
                && window->activeFocusItem()->objectName() == u"moreTime"_s);
}

CK_GUI_TEST_MAIN(tst_KioskWipe)
#include "tst_kioskwipe.moc"
