// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

// Walks the live QQuickItem tree of a kiosk window and reports what a person using large
// print, a keyboard, a screen reader or high contrast would trip over. Checks, on every visible
// item:
//  - interactive items (buttons, text inputs, Tab stops, MouseArea / TapHandler carriers) have
//    an accessible role and name, as the accessibility bridge (AT-SPI) exposes them;
//  - touch targets are at least 44 x 44 and at least 8 px apart;
//  - text contrast against what is actually painted beneath it (window colour, then every
//    Rectangle under the text's centre in paint order, opacity included) reaches the theme's bar;
//  - text is not clipped: not elided or truncated, its content fits its box, and it lies inside
//    every clipping ancestor short of a Flickable (scrolling reaches it) and inside the window;
//  - every item that takes focus by Tab is reachable along nextItemInFocusChain().
class ScreenAuditor
{
public:
    struct Result
    {
        QStringList problems;
        int itemsChecked = 0;
        int interactive = 0;
        int texts = 0;
    };

    // `requiredTextRatio`: 4.5 for the standard palette, 7 for high contrast.
    static Result audit(QQuickWindow *window, double requiredTextRatio);

    // What is painted under `scenePoint` just before `item` is drawn (public for the test's own
    // self-check).
    static QColor backgroundUnder(QQuickWindow *window, QQuickItem *item, QPointF scenePoint);
    static QString describe(QQuickItem *item);
};
