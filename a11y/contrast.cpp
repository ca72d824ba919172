// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/contrast.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

double channel(quint32 value8)
{
    // sRGB to linear, with WCAG 2.x's published knee. WCAG quotes 0.03928, IEC 61966-2-1 says
    // 0.04045; no 8-bit value lies between them, so both give the same result here.
    const double c = double(value8) / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

quint32 alphaOf(quint32 argb)
{
    return (argb >> 24) & 0xff;
}
quint32 redOf(quint32 argb)
{
    return (argb >> 16) & 0xff;
}
quint32 greenOf(quint32 argb)
{
    return (argb >> 8) & 0xff;
}
quint32 blueOf(quint32 argb)
{
    return argb & 0xff;
}

} // namespace

double Contrast::relativeLuminance(quint32 argb)
{
    return 0.2126 * channel(redOf(argb)) + 0.7152 * channel(greenOf(argb))
        + 0.0722 * channel(blueOf(argb));
}

double Contrast::ratio(quint32 argbA, quint32 argbB)
{
    const double a = relativeLuminance(argbA);
    const double b = relativeLuminance(argbB);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

quint32 Contrast::composite(quint32 foreground, quint32 background)
{
    const double alpha = double(alphaOf(foreground)) / 255.0;
    auto mix = [alpha](quint32 f, quint32 b) {
        return quint32(std::lround(double(f) * alpha + double(b) * (1.0 - alpha)));
    };
    return 0xff000000u | (mix(redOf(foreground), redOf(background)) << 16)
        | (mix(greenOf(foreground), greenOf(background)) << 8)
        | mix(blueOf(foreground), blueOf(background));
}

double Contrast::effectiveRatio(quint32 foreground, quint32 background)
{
    const quint32 opaqueBackground = background | 0xff000000u;
    return ratio(composite(foreground, opaqueBackground), opaqueBackground);
}

std::optional<quint32> Contrast::parse(const QString &text)
{
    static const QRegularExpression hex(
        QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"));
    const auto match = hex.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(1);
    if (digits.size() == 3)
        digits = QString(digits[0]) + digits[0] + digits[1] + digits[1] + digits[2] + digits[2];
    bool ok = false;
    const quint32 value = digits.toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return digits.size() == 8 ? value : (0xff000000u | value);
}

bool Contrast::isLargeText(double pixelSize, bool bold)
{
    // 18 pt and 14 pt at the CSS 96 dpi reference (1 pt = 4/3 px).
    return pixelSize >= 24.0 || (bold && pixelSize >= 18.66);
}

double Contrast::requiredTextRatio(bool highContrast)
{
    return highContrast ? kTextAAA : kTextAA;
}

} // namespace ck
