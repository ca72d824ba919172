// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

class QOpenGLContext;
class QThread;

namespace ck {

// Qt WebEngine draws through Qt's global shared OpenGL context, which has to exist before the
// first window renders: Qt 6.4 crashes on the first web page without it. Qt would make it on the
// GUI thread in QGuiApplication's constructor (Qt::AA_ShareOpenGLContexts). This makes the same
// context on a worker thread while the kiosk's objects and QML load, and hands it to Qt before
// the first frame: about 3 ms off start-up (bench-startup, A/B). Qt WebEngine 5.x made its share
// context after QGuiApplication the same way. The GL driver itself (~30 ms with Mesa) still
// loads on the GUI thread, in start(): Qt probes a context there to learn whether the platform
// can render on other threads, as Qt Quick would when its first window is made.
class SharedGlContext
{
public:
    // After QGuiApplication exists and before any window renders. Platforms that cannot make
    // OpenGL contexts off the GUI thread get it made in install() instead.
    static std::unique_ptr<SharedGlContext> start();
    // Waits for the worker and makes the context Qt's global share context, which lives until
    // the application object goes. Call before the event loop runs the first frame; only the
    // first call does anything.
    void install();
    ~SharedGlContext();

    SharedGlContext(const SharedGlContext &) = delete;
    SharedGlContext &operator=(const SharedGlContext &) = delete;

private:
    SharedGlContext() = default;

    std::unique_ptr<QThread> m_worker;
    QOpenGLContext *m_context = nullptr;
    bool m_installed = false;
};

} // namespace ck
