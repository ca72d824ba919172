// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <cstdio>

namespace ck::intake {

// --trace FILE: one line per step a crash test wants to place a SIGKILL against ("recv",
// "commit-begin", "commit-end"), flushed at once so a killed server has told everything it
// did. A file, not stdout: a pipe nobody reads fills up and would stall the server.
inline std::FILE *&traceFile()
{
    static std::FILE *file = nullptr;
    return file;
}

inline void trace(const QByteArray &line)
{
    std::FILE *file = traceFile();
    if (!file)
        return;
    std::fwrite(line.constData(), 1, size_t(line.size()), file);
    std::fputc('\n', file);
    std::fflush(file);
}

} // namespace ck::intake
