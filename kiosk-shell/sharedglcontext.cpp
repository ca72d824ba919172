// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/sharedglcontext.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QThread>
#include <QWindow>
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/private/qopenglcontext_p.h>
#include <qpa/qplatformintegration.h>

namespace ck {

namespace {
Q_LOGGING_CATEGORY(lcSharedGl, "civickiosk.shell.gl")

QOpenGLContext *makeContext()
{
    auto *context = new QOpenGLContext;
    // As Qt makes its own (QGuiApplicationPrivate::init): a failed create() still leaves a
    // context, and WebEngine then falls back to drawing in software.
    context->setFormat(QSurfaceFormat::defaultFormat());
    if (!context->create())
        qCWarning(lcSharedGl) << "no shared OpenGL context; web pages draw in software";
    return context;
}

void deleteGlobalShareContext()
{
    QOpenGLContext *context = qt_gl_global_share_context();
    qt_gl_set_global_share_context(nullptr);
    delete context;
}
} // namespace

std::unique_ptr<SharedGlContext> SharedGlContext::start()
{
    Q_ASSERT(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    std::unique_ptr<SharedGlContext> shared(new SharedGlContext);
    if (qt_gl_global_share_context()) {
        shared->m_installed = true; // Qt made one already (AA_ShareOpenGLContexts was set)
        shared->m_platformOpenGL.count_down();
        return shared;
    }
    QThread *guiThread = QCoreApplication::instance()->thread();
    SharedGlContext *self = shared.get();
    shared->m_worker.reset(QThread::create([self, guiThread] {
        // Loads the platform's OpenGL support (the driver, with Mesa) on this thread.
        self->m_threaded = QGuiApplicationPrivate::platformIntegration()->hasCapability(
            QPlatformIntegration::ThreadedOpenGL);
        self->m_platformOpenGL.count_down();
        if (!self->m_threaded)
            return; // made on the GUI thread in install()
        QOpenGLContext *context = makeContext();
        // Qt and WebEngine use it from the GUI thread from now on.
        context->moveToThread(guiThread);
        self->m_context = context;
    }));
    shared->m_worker->setObjectName(QStringLiteral("ck-gl-share"));
    shared->m_worker->start();
    return shared;
}

void SharedGlContext::waitForPlatformOpenGL()
{
    m_platformOpenGL.wait();
}

void SharedGlContext::install()
{
    if (m_installed)
        return;
    m_installed = true;
    waitForPlatformOpenGL();
    m_worker->wait(); // also orders the worker's write of m_context before this read
    if (!m_threaded)
        m_context = makeContext();
    for (QWindow *window : QGuiApplication::allWindows()) {
        if (window->isExposed())
            qCWarning(lcSharedGl) << "shared OpenGL context installed after" << window
                                  << "was shown; web pages there may not draw";
    }
    // Qt Quick's window contexts and WebEngine's share with this one from here on; it goes with
    // the application object, as the one Qt makes itself does. (Not AA_ShareOpenGLContexts as
    // well: Qt warns when it is set this late, and only Qt Widgets read it.)
    qt_gl_set_global_share_context(m_context);
    qAddPostRoutine(deleteGlobalShareContext);
}

SharedGlContext::~SharedGlContext()
{
    // A start-up that fails half-way must not leave the worker running.
    install();
}

} // namespace ck
