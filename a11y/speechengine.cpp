// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/speechengine.h"

#include <QLocale>

namespace ck {

QStringList SpeechEngine::preferredOrder(const QStringList &available, const QStringList &forced)
{
    QStringList order;
    if (!forced.isEmpty()) {
        for (const QString &engine : forced) {
            if (available.contains(engine))
                order.append(engine);
        }
        return order;
    }
    QStringList rest = available;
    for (const QString &preferred : {QStringLiteral("flite"), QStringLiteral("speechd")}) {
        if (rest.removeAll(preferred) > 0)
            order.append(preferred);
    }
    return order + rest;
}

void SpeechEngine::setEngines(const QStringList &order)
{
    m_order = order;
    m_enginesKnown = true;
}

void SpeechEngine::setVoices(const QString &engine, const QStringList &locales)
{
    m_voices.insert(engine, locales);
}

void SpeechEngine::clear()
{
    m_enginesKnown = false;
    m_order.clear();
    m_voices.clear();
}

SpeechEngine::Choice SpeechEngine::choose(const QString &language) const
{
    if (!m_enginesKnown)
        return {};
    if (m_order.isEmpty())
        return {Choice::NoEngine, {}, {}};
    const QLocale::Language wanted = QLocale(language).language();
    for (const QString &engine : m_order) {
        const auto voices = m_voices.constFind(engine);
        // An engine earlier in the order may still have the voice: wait for its report.
        if (voices == m_voices.cend())
            return {};
        for (const QString &locale : *voices) {
            if (QLocale(locale).language() == wanted)
                return {Choice::Engine, engine, locale};
        }
    }
    return {Choice::NoVoice, m_order.constFirst(), {}};
}

} // namespace ck
