// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace ck {

// Failed helper sign-ins, per helper, kept in the data dir so that switching the kiosk off and on
// again does not reset the count (the same rule as the admin gate). After kFreeAttempts failures
// each further failure locks that helper out for a growing time: 30 s, 1 min, 2 min ... capped
// at one hour. Other helpers are not affected, so one person's forgotten PIN does not close
// the desk.
//
// The file stores a SHA-256 of the typed helper id, never the id itself: ids typed by mistake
// (or by a stranger trying ids) are not kept in clear on a public machine.
class HelperLockout
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstLockSec = 30;
    static constexpr qint64 kMaxLockSec = 3600;
    static constexpr int kMaxEntries = 500; // bounds the file if someone tries many ids

    using Clock = std::function<QDateTime()>;

    explicit HelperLockout(QString filePath, Clock clock = {});

    // Reads the file. A missing file is a clean start; an unreadable one is reported (the caller
    // logs the code) and treated as a clean start rather than locking every helper out.
    Status load();

    // When `helperId` may try again, or an invalid QDateTime when it may try now.
    QDateTime lockedUntil(const QString &helperId) const;
    int failures(const QString &helperId) const;

    // Both persist before returning (QSaveFile: write, fsync, rename).
    Status recordFailure(const QString &helperId);
    Status recordSuccess(const QString &helperId);

    static qint64 lockSecondsAfter(int failures);

private:
    struct Entry
    {
        int failures = 0;
        QDateTime lockedUntil;
    };

    static QString keyFor(const QString &helperId);
    Status save() const;
    QDateTime now() const;

    QString m_filePath;
    Clock m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace ck
