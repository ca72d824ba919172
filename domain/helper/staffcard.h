// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/securebytes.h"

#include <QString>

namespace ck {

// What a staff card reader typed into the kiosk. Readers are keyboard wedges: the card arrives
// as one line of keystrokes, so it is parsed here rather than trusted as a device event.
struct StaffCard
{
    QString helperId; // upper-cased, e.g. "H001"
    SecureBytes secret; // the card's PIN-equivalent when the card carries one; may be empty
};

// Parses magstripe track 2 (`;H001=1357?`), track 1 (`%BH001^NAME^1357?`) and both tracks read
// in one swipe (`%...?;...?`, track 2 preferred because it is the one every reader emits).
// Tolerates what wedges add: surrounding white space, a trailing CR/LF and a longitudinal
// redundancy check character after the end sentinel. A reader's own read-error output (`;E?`,
// `%E?`) becomes `card-unreadable` so the screen can say "please swipe again".
class StaffCardParser
{
public:
    static constexpr int kMaxLineLength = 200; // longer than any real track: refuse, do not scan
    static constexpr int kMaxIdLength = 16;

    static Result<StaffCard> parse(const QString &line);

    // Whether a keyboard line looks like the start of a card swipe (the sign-in screen uses it
    // to hide the swipe from the visible id field as it arrives).
    static bool looksLikeSwipe(const QString &line);
};

} // namespace ck
