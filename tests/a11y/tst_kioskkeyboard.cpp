// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The on-screen keyboard in the real kiosk window: it appears the first time a text field takes
// focus (not at start-up), follows the session language, never predicts words, types into the
// focused field, and, with read-aloud on, the kiosk names function keys while characters of a
// personal field stay silent (Qt Virtual Keyboard keys have no accessible names of their own).
#include "tests/a11y/flowwalker.h"

#include "a11y/readaloud.h"
#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> queue {root};
    while (!queue.isEmpty()) {
        QQuickItem *item = queue.takeFirst();
        if (item->objectName() == name)
            return item;
        queue.append(item->childItems());
    }
    return nullptr;
}

void press(QQuickItem *panel, Qt::Key key, const QString &text)
{
    QMetaObject::invokeMethod(panel, "pressKey", Q_ARG(QVariant, int(key)), Q_ARG(QVariant, text));
}

} // namespace

class tst_KioskKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyboard()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        KioskConfig config = KioskConfig::demo();
        config.dataDir = data.path();
        CompositionOptions options;
        options.windowed = true;
        options.startSync = false;
        auto created = KioskComposition::create(config, options);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        std::unique_ptr<KioskComposition> kiosk = std::move(created.value());
        QVERIFY(kiosk->load().ok());
        QQuickWindow *window = kiosk->window();
        window->resize(1280, 1024);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Keys reach the application's focus object, which needs an active window.
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));

        // Start-up does not pay for the keyboard.
        QQuickItem *loader = findItem(window->contentItem(), QStringLiteral("keyboardLoader"));
        QVERIFY(loader);
        QVERIFY(!loader->property("active").toBool());

        // The planning flow's first page is a text field: the focus lands on the question, and
        // Tab into the box brings the keyboard.
        FlowController *flow = kiosk->flowController();
        kiosk->appState()->setLanguage(QStringLiteral("pl"));
        QVERIFY(flow->start(QStringLiteral("planning-comment")));
        QTRY_VERIFY(window->activeFocusItem()
                    && window->activeFocusItem()->objectName() == QLatin1String("screenHeading"));
        QVERIFY(!loader->property("active").toBool());
        QTest::keyClick(window, Qt::Key_Tab);
        QTRY_VERIFY(window->activeFocusItem()
                    && window->activeFocusItem()->inherits("QQuickTextInput"));
        QQuickItem *field = window->activeFocusItem();
        QTRY_VERIFY(loader->property("active").toBool());
        QQuickItem *panel = nullptr;
        QTRY_VERIFY((panel = findItem(window->contentItem(), QStringLiteral("kioskKeyboard"))));
        QTRY_VERIFY(panel->property("active").toBool());
        // Large keys: the full window width.
        QCOMPARE(panel->width(), window->width());
        // The layout follows the session language; no word prediction at all.
        QTRY_COMPARE(panel->property("layoutLocale").toString(), QStringLiteral("pl_PL"));
        const int hints = panel->property("persistentHints").toInt();
        QVERIFY(hints & Qt::ImhNoPredictiveText);
        // The screen above shrinks so the keyboard never covers the field.
        QQuickItem *screens = findItem(window->contentItem(), QStringLiteral("screenLoader"));
        QTRY_VERIFY(screens->height() <= window->height() - panel->height() + 1);

        // A virtual key types into the focused field.
        QTRY_VERIFY(panel->property("ready").toBool());
        press(panel, Qt::Key_A, QStringLiteral("a"));
        QTRY_COMPARE(field->property("text").toString(), QStringLiteral("a"));

        // Read-aloud on: function keys are named, a personal field's characters are not.
        ReadAloud *readAloud = kiosk->readAloud();
        QVERIFY(readAloud);
        readAloud->setEngineName(QStringLiteral("flite"));
        readAloud->setLanguage(QStringLiteral("en")); // flite has English voices only
        readAloud->setReadOnArrival(true);
        press(panel, Qt::Key_B, QStringLiteral("b"));
        QTRY_COMPARE(field->property("text").toString(), QStringLiteral("ab"));
        QVERIFY(!readAloud->lastSpoken().contains(u'b'));
        press(panel, Qt::Key_Backspace, QString());
        QTRY_COMPARE(field->property("text").toString(), QStringLiteral("a"));
        // In the session's language (Polish here), from the catalogue.
        QTRY_COMPARE(readAloud->lastSpoken(),
                     QCoreApplication::translate("ck::ReadAloud", "Delete"));
        QCOMPARE(readAloud->lastSpoken(), QStringLiteral("Usuń"));

        // The end of the session hides the keyboard and silences read-aloud.
        kiosk->endSession();
        QTRY_VERIFY(!panel->property("active").toBool());
        QVERIFY(!readAloud->readOnArrival());
        QVERIFY(readAloud->lastSpoken().isEmpty());
        readAloud->stop();
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_KioskKeyboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskkeyboard.moc"
