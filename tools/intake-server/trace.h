// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <cstdio>

namespace ck::intake {

// --trace: one line on stdout per step a crash test wants to place a SIGKILL against
// ("recv", "commit-begin", "commit-end"), flushed at once so a killed server has told
// everything it did. Off by default: the demo and most tests print only the port line.
inline bool &traceEnabled()
{
    static bool enabled = false;
    return enabled;
}

inline void trace(const QByteArray &line)
{
    if (!traceEnabled())
        return;
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace ck::intake
