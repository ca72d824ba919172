// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/localizedtext.h"

#include <algorithm>

namespace ck {

QString LocalizedText::text(const QString &lang) const
{
    const auto it = m_texts.constFind(lang);
    if (it != m_texts.constEnd())
        return *it;
    // "cy-GB" -> "cy": a regional language tag still finds the base language's text.
    const qsizetype dash = lang.indexOf(QLatin1Char('-'));
    if (dash > 0) {
        const auto base = m_texts.constFind(lang.left(dash));
        if (base != m_texts.constEnd())
            return *base;
    }
    return m_texts.value(defaultLanguage());
}

QStringList LocalizedText::languages() const
{
    QStringList langs = m_texts.keys();
    std::sort(langs.begin(), langs.end());
    return langs;
}

} // namespace ck
