// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QString>

namespace ck {

// Failed-attempt counter and lock time for a PIN gate, kept in a small JSON file in the data
// dir so that pulling the plug does not reset the lockout. Written atomically (QSaveFile:
// temporary file, fsync, rename).
class LockoutStore
{
public:
    struct State
    {
        int failures = 0;
        qint64 lockedUntilMs = 0; // wall clock, ms since the epoch; 0 = not locked
        bool recoveredFromDamage = false;
    };

    explicit LockoutStore(QString filePath);

    // A missing file is a clean state; an unreadable or damaged one is treated as "at the
    // threshold", because deleting or corrupting the file must not buy more guesses.
    State load(int threshold) const;
    Status save(const State &state) const;

    QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
};

} // namespace ck
