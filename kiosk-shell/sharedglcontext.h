// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <latch>
#include <memory>

class QOpenGLContext;
class QThread;

namespace ck {

// Qt WebEngine draws through Qt's global shared OpenGL context, which has to exist before the
// first window renders: Qt 6.4 crashes on the first web page without it. Qt would make it on the
// GUI thread in QGuiApplication's constructor (Qt::AA_ShareOpenGLContexts). This makes the same
// context on a worker thread while the kiosk's objects and QML load, and hands it to Qt before
// the first frame. The worker also loads the platform's OpenGL support first (Qt asks it whether
// contexts may be made off the GUI thread, which loads the driver: ~90 ms with Mesa's llvmpipe
// under Xvfb, the largest single cost of a start), so the GUI thread compiles the QML meanwhile
// instead of waiting for the driver (bench-startup, A/B). Qt loads that support lazily and not
// thread-safely, so the GUI thread must waitForPlatformOpenGL() before it makes any window.
class SharedGlContext
{
public:
    // After QGuiApplication exists and before any window renders. Platforms that cannot make
    // OpenGL contexts off the GUI thread get it made in install() instead.
    static std::unique_ptr<SharedGlContext> start();
    // Blocks until the worker has loaded the platform's OpenGL support. Call before the first
    // window is made (a QQuickWindow asks for that support when it is constructed); returns at
    // once after the first call.
    void waitForPlatformOpenGL();
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
    // Counted down by the worker once the platform's OpenGL support is loaded (or at once
    // when there is no worker); m_threaded is written before it and read after it.
    std::latch m_platformOpenGL {1};
    bool m_threaded = false;
    QOpenGLContext *m_context = nullptr;
    bool m_installed = false;
};

} // namespace ck
