// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ck {

// Sentences joined so a synthesiser pauses between them, without doubling a final stop.
inline void appendSentence(QString &out, const QString &sentence)
{
    const QString s = sentence.trimmed();
    if (s.isEmpty())
        return;
    if (!out.isEmpty())
        out += QLatin1Char(' ');
    out += s;
    if (!s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('?'))
        && !s.endsWith(QLatin1Char('!')) && !s.endsWith(QLatin1Char(':')))
        out += QLatin1Char('.');
}

} // namespace ck
