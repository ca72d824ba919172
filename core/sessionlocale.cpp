// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "core/sessionlocale.h"

namespace ck {

QLocale sessionLocale(const QString &language)
{
    const QString base = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    if (base == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (base == QLatin1String("cy"))
        return QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    if (base == QLatin1String("pl"))
        return QLocale(QLocale::Polish, QLocale::Poland);
    if (base == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    return QLocale(language);
}

} // namespace ck
