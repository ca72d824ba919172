// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QQuickItem;

namespace ck {

// The text of a screen for read-aloud, from its Qt Quick item tree: every visible text in item
// order (how layouts place them top to bottom). What a person typed (text inputs) is skipped,
// and so is any subtree marked `property bool personal: true` unless listening is private.
class PageText
{
public:
    static QString of(QQuickItem *root, bool privateListening);
};

} // namespace ck
