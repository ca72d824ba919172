// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ck {

// What a key of the on-screen keyboard says when pressed (its keys have no accessible names).
// Whether it may be said is ReadAloud's rule: a typed character can be personal, a function key
// never is.
class KeyEcho
{
public:
    struct Echo
    {
        QString text;
        // A character the person typed (not a function key): personal in a personal field.
        bool typed = false;
    };

    // Function keys by their translated name, any other key by its text.
    static Echo of(int qtKey, const QString &text);
};

} // namespace ck
