// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the tests/fuzz targets: one QCoreApplication for the process (translations and
// some Qt classes expect it), and a check that stops the run like a crash would, so libFuzzer
// saves the input and the CTest replay fails.
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

#define CK_FUZZ_INITIALIZE()                                                                       \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        static QCoreApplication app(*argc, *argv);                                                 \
        return 0;                                                                                  \
    }

#define CK_FUZZ_ASSERT(condition)                                                                  \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__,          \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
