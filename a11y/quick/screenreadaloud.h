// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "a11y/readaloud.h"

class QQuickItem;

namespace ck {

// ReadAloud for Qt Quick screens: adds reading a whole screen from its item tree (PageText),
// for screens that have no single question. QML knows it as ReadAloud.
class ScreenReadAloud : public ReadAloud
{
    Q_OBJECT

public:
    explicit ScreenReadAloud(QObject *parent = nullptr);

    // PageText::of() with this session's privacy.
    Q_INVOKABLE QString pageText(QQuickItem *root) const;
    // pageText() spoken. Returns what was said (empty when nothing was).
    Q_INVOKABLE QString readItems(QQuickItem *root);
};

} // namespace ck
