// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QLocale>
#include <QString>

namespace ck {

// The one place that says how numbers and dates look in each session language, so the screens,
// the validator's messages and "Check your answers" never disagree.
//
// Arabic uses Latin digits and the month names يناير … ديسمبر (ar_AE in Qt 6.4's CLDR data).
// Why: QLocale("ar") is ar_EG, which writes Arabic-Indic digits (١٢٫٥) while reference numbers,
// postcodes and phone numbers stay in Latin digits; one screen then mixes two digit systems, and
// the validator's own limits ("between ١ and ١٠") could not be typed back on the kiosk keyboard.
// The Levantine names (كانون الثاني …) of ar_SY/ar_IQ and the Maghreb names (جانفي …) are
// regional; يناير … ديسمبر are read across the Arabic-speaking world.
// Welsh and English are cy_GB and en_GB (day month year, 24-hour clock).
QLocale sessionLocale(const QString &language);

// Unicode isolates (UAX #9, 6.3+): LRI … PDI shows a left-to-right run (reference CK-7F3K-92QD-X,
// planning number 26/01234/FUL, phone 01632 960 001) in its own order inside right-to-left text,
// without reordering the sentence around it. FSI … PDI lets the run pick its own direction (a
// name typed by staff may be Arabic or Latin).
inline constexpr QChar kLri = QChar(0x2066);
inline constexpr QChar kRli = QChar(0x2067);
inline constexpr QChar kFsi = QChar(0x2068);
inline constexpr QChar kPdi = QChar(0x2069);
inline QString isolateLtr(const QString &text)
{
    return kLri + text + kPdi;
}
inline QString isolateAuto(const QString &text)
{
    return kFsi + text + kPdi;
}

} // namespace ck
