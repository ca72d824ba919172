// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// main() for the shell's GUI tests: offscreen when there is no display (a developer's ctest),
// the real xcb platform under xvfb-run (scripts/test.sh). WebEngine is not initialised here:
// like the kiosk, the tests get it from the web plugin when a web screen first needs it.
#include <QGuiApplication>
#include <QTest>

#define CK_GUI_TEST_MAIN(TestClass)                                                                \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        if (qEnvironmentVariableIsEmpty("DISPLAY")                                                 \
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")                                      \
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                     \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                               \
        QGuiApplication app(argc, argv);                                                           \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
