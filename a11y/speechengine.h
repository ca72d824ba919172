// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ck {

// Which engine and which voice read a language. Both ends of the speech helper's pipe use it:
// civic-kiosk-speech orders its engines with preferredOrder(), and speech::SpeechClient, fed
// the engines and voices the helper reported, picks one per language with choose(). Knowledge
// of Qt 6.4's engines is kept here (Qt64) so that an upgrade deletes it in one place.
class SpeechEngine
{
public:
    struct Choice
    {
        // Unknown: the helper has not yet reported enough to tell.
        enum Kind { Unknown, Engine, NoEngine, NoVoice } kind = Unknown;
        QString engine;
        QString locale;
    };

    // The behaviour of Qt 6.4's QTextToSpeech backends that the helper works around. Each can
    // go (and its branch in speech::SpeechHelper with it) once the kiosk runs a Qt without the
    // fault and tst_speechhelper and tst_readaloud_languages pass without it.
    struct Qt64
    {
        // flite crashes when an engine that has spoken is destroyed: engines live as long as
        // the helper, which ends with _exit().
        static constexpr bool keepEnginesAlive = true;
        // flite races when say() lands while a stop() still unwinds its worker thread: a new
        // text waits until the engine is Ready again.
        static constexpr bool sayOnlyWhenReady = true;
        // flite can crash after stop() of an idle engine: stop only what is reading.
        static constexpr bool stopOnlyWhileReading = true;
    };

    // The helper's order of preference among the `available` engines: `forced` (those only,
    // in that order) when given, otherwise flite first (offline, the clearest English), then
    // speech-dispatcher (its espeak-ng voices read Welsh, Polish and Arabic), then the rest.
    static QStringList preferredOrder(const QStringList &available, const QStringList &forced);

    // What the helper reported: its engines in order, then each engine's voice locales.
    void setEngines(const QStringList &order);
    void setVoices(const QString &engine, const QStringList &locales);
    // Forget everything (a different helper is coming).
    void clear();

    bool enginesKnown() const { return m_enginesKnown; }
    const QStringList &engines() const { return m_order; }
    bool hasVoices(const QString &engine) const { return m_voices.contains(engine); }

    // The first engine, in order of preference, with a voice for `language` (a BCP 47 or
    // QLocale name; only the language counts).
    Choice choose(const QString &language) const;

private:
    bool m_enginesKnown = false;
    QStringList m_order;
    QHash<QString, QStringList> m_voices;
};

} // namespace ck
