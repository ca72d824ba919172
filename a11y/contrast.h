// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace ck {

// WCAG 2.x contrast arithmetic (relative luminance and contrast ratio, WCAG 2.2 "Understanding
// SC 1.4.3"). Plain QtCore on purpose: the audit test, the Theme check and kioskctl can all use
// it without a GUI. Colours are 0xAARRGGBB like QRgb so a QColor::rgba() passes straight in.
class Contrast
{
public:
    // Thresholds the kiosk holds itself to. High contrast uses AAA for all text (7:1) so that
    // large-print users who also have low vision get the same guarantee at every size.
    static constexpr double kTextAA = 4.5;
    static constexpr double kLargeTextAA = 3.0;
    static constexpr double kTextAAA = 7.0;
    static constexpr double kNonText = 3.0; // SC 1.4.11: boundaries, focus rings, icons

    // Relative luminance of an sRGB colour (alpha ignored), 0 = black, 1 = white.
    static double relativeLuminance(quint32 argb);
    // (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1.0 .. 21.0, symmetric.
    static double ratio(quint32 argbA, quint32 argbB);
    // A translucent foreground as it actually appears over an opaque background (source-over),
    // because contrast must be measured on what reaches the eye.
    static quint32 composite(quint32 foreground, quint32 background);
    // Contrast of a possibly translucent foreground over an opaque background.
    static double effectiveRatio(quint32 foreground, quint32 background);
    // "#rgb", "#rrggbb" or "#aarrggbb" (Qt's order), nothing else; nullopt when malformed.
    static std::optional<quint32> parse(const QString &text);
    // WCAG "large scale" text: at least 18 pt (24 px) or 14 pt (18.66 px) bold.
    static bool isLargeText(double pixelSize, bool bold);
    // The kiosk's own bar for text of any size: AA for normal text (4.5:1) even though most
    // kiosk text is "large", AAA (7:1) in high contrast. Stricter than WCAG on purpose: the
    // screen stands in daylight and glare.
    static double requiredTextRatio(bool highContrast);
};

} // namespace ck
