// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// SharedGlContext: the platform's OpenGL support is loaded, and the global shared OpenGL context
// WebEngine needs is made, on a worker thread while the GUI thread compiles QML; the context is
// handed to Qt before the first frame, and the window's own context really shares with it, as it
// would with the one Qt makes for AA_ShareOpenGLContexts.
#include "kiosk-shell/sharedglcontext.h"
#include "tests/unit/kiosk-shell/guitestmain.h"

#include <QOpenGLContext>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QThread>

class tst_SharedGlContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowSharesWithTheContextMadeOffThread();
    void aSecondStartKeepsTheInstalledContext();
};

void tst_SharedGlContext::windowSharesWithTheContextMadeOffThread()
{
    QVERIFY2(!QOpenGLContext::globalShareContext(), "nothing has made one yet");
    const auto shared = ck::SharedGlContext::start();
    // While the worker loads the driver, the GUI thread compiles the window's QML, as
    // KioskComposition::load() does; nothing here may touch OpenGL yet.
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nWindow { width: 320; height: 240; visible: true\n"
                      "Rectangle { anchors.fill: parent; color: \"green\" } }",
                      QUrl(QStringLiteral("window.qml")));
    QCOMPARE(component.status(), QQmlComponent::Ready);
    shared->waitForPlatformOpenGL();
    shared->waitForPlatformOpenGL(); // a second wait returns at once
    {
        QOpenGLContext probe;
        if (!probe.create())
            QSKIP("no OpenGL on this platform (run under xvfb-run, as scripts/test.sh does)");
    }
    std::unique_ptr<QObject> root(component.create());
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    QVERIFY2(window, qPrintable(component.errorString()));

    shared->install();
    QOpenGLContext *global = QOpenGLContext::globalShareContext();
    QVERIFY(global);
    QVERIFY(global->isValid());
    QCOMPARE(global->thread(), QCoreApplication::instance()->thread());

    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    QVERIFY(swapped.wait(10000));
    QCOMPARE(window->rendererInterface()->graphicsApi(), QSGRendererInterface::OpenGL);
    auto *windowContext = static_cast<QOpenGLContext *>(window->rendererInterface()->getResource(
        window, QSGRendererInterface::OpenGLContextResource));
    QVERIFY(windowContext);
    QVERIFY(QOpenGLContext::areSharing(windowContext, global));
}

void tst_SharedGlContext::aSecondStartKeepsTheInstalledContext()
{
    QOpenGLContext *global = QOpenGLContext::globalShareContext();
    if (!global)
        QSKIP("no OpenGL on this platform (see the first test)");
    ck::SharedGlContext::start()->install();
    QCOMPARE(QOpenGLContext::globalShareContext(), global);
}

CK_GUI_TEST_MAIN(tst_SharedGlContext)
#include "tst_sharedglcontext.moc"
