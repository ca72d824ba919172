// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// main() for tests that run the kiosk the way the civic-kiosk program starts it: WebEngine not
// linked but prepared for its plugin, and the kiosk's on-screen keyboard as the input method.
// `setUp` runs first, before the application object exists (environment for the test's own case).
#include "kiosk-shell/sharedglcontext.h"
#include "kiosk-shell/webenginebackend.h"

#include <QGuiApplication>
#include <QTest>

#define CK_WEB_KIOSK_TEST_MAIN(TestClass, setUp)                                                   \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        if (qEnvironmentVariableIsEmpty("DISPLAY")                                                 \
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                     \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                               \
        setUp;                                                                                     \
        ck::WebEngineBackend::prepareApplication();                                                \
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");                                              \
        qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");                                        \
        QGuiApplication app(argc, argv);                                                           \
        ck::SharedGlContext::start()->install();                                                   \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
