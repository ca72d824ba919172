// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/readaloud.h"

#include "a11y/keyecho.h"
#include "a11y/sentences.h"
#include "a11y/speech/speechclient.h"

#include <algorithm>
#include <utility>

namespace ck {

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
    , m_client(new speech::SpeechClient(this))
{
    using speech::SpeechClient;
    connect(m_client, &SpeechClient::stateChanged, this, [this] {
        Q_EMIT stateChanged();
        Q_EMIT engineLoadedChanged();
    });
    connect(m_client, &SpeechClient::engineChanged, this, &ReadAloud::engineChanged);
    connect(m_client, &SpeechClient::flushingChanged, this, &ReadAloud::flushingChanged);
    connect(m_client, &SpeechClient::voicesChanged, this, &ReadAloud::updateLanguageSupported);
    connect(m_client, &SpeechClient::unavailable, this, [this](SpeechClient::Unavailable why) {
        switch (why) {
        case SpeechClient::Unavailable::NoEngine:
            Q_EMIT unavailable(tr("Read aloud is not available on this kiosk."));
            break;
        case SpeechClient::Unavailable::NoVoice:
            if (m_languageSupported) {
                m_languageSupported = false;
                Q_EMIT languageSupportedChanged();
            }
            Q_EMIT unavailable(tr("Read aloud is not available in this language yet."));
            break;
        case SpeechClient::Unavailable::Restarting:
            Q_EMIT unavailable(tr("Read aloud is briefly unavailable. Try again in a moment."));
            break;
        }
    });
}

ReadAloud::~ReadAloud() = default;

bool ReadAloud::engineLoaded() const
{
    return m_client->started();
}

QString ReadAloud::engine() const
{
    return m_client->engine();
}

int ReadAloud::state() const
{
    return m_client->state();
}

QString ReadAloud::errorString() const
{
    return m_client->errorString();
}

bool ReadAloud::flushing() const
{
    return m_client->flushing();
}

qint64 ReadAloud::helperPid() const
{
    return m_client->pid();
}

int ReadAloud::helperTimeoutMs() const
{
    return m_client->responseTimeoutMs();
}

void ReadAloud::setHelperTimeoutMs(int ms)
{
    if (ms == m_client->responseTimeoutMs())
        return;
    m_client->setResponseTimeoutMs(ms);
    Q_EMIT helperTimeoutMsChanged();
}

void ReadAloud::setEngineName(const QString &name)
{
    if (name == m_engineName)
        return;
    // A different engine takes effect with the next helper.
    m_client->setEngine(name);
    m_engineName = name;
    Q_EMIT engineNameChanged();
    Q_EMIT engineLoadedChanged();
    Q_EMIT engineChanged();
    Q_EMIT stateChanged();
}

void ReadAloud::updateLanguageSupported()
{
    // Until the helper has reported its voices, a language counts as readable: the first text
    // waits for the answer, and unavailable() says so if there is no voice.
    const bool supported = m_client->supports(m_language).value_or(true);
    if (supported != m_languageSupported) {
        m_languageSupported = supported;
        Q_EMIT languageSupportedChanged();
    }
}

void ReadAloud::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    m_client->stop();
    updateLanguageSupported();
}

void ReadAloud::setReadOnArrival(bool on)
{
    if (on == m_readOnArrival)
        return;
    m_readOnArrival = on;
    Q_EMIT readOnArrivalChanged();
    if (on)
        setInUse(true);
    if (!on)
        stop();
}

void ReadAloud::setPrivateListening(bool on)
{
    if (on == m_privateListening)
        return;
    m_privateListening = on;
    // Unplugging the headset must not let the rest of a personal sentence reach the room.
    if (!on)
        stop();
    Q_EMIT privateListeningChanged();
}

void ReadAloud::setRate(double rate)
{
    rate = std::clamp(rate, -1.0, 1.0);
    if (qFuzzyCompare(rate + 2.0, m_rate + 2.0))
        return;
    m_rate = rate;
    m_client->setRateVolume(m_rate, m_volume);
    Q_EMIT rateChanged();
}

void ReadAloud::setVolume(double volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    if (qFuzzyCompare(volume + 1.0, m_volume + 1.0))
        return;
    m_volume = volume;
    m_client->setRateVolume(m_rate, m_volume);
    Q_EMIT volumeChanged();
}

void ReadAloud::setSiteVolume(double volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    if (qFuzzyCompare(volume + 1.0, m_siteVolume + 1.0))
        return;
    m_siteVolume = volume;
    Q_EMIT siteVolumeChanged();
}

bool ReadAloud::isPersonalFieldType(const QString &fieldType)
{
    // To become FieldDefinition::isPersonal() (the domain's rule) when that exists.
    static const QStringList notPersonal = {QStringLiteral("choice"), QStringLiteral("multichoice"),
                                            QStringLiteral("yesno")};
    return !notPersonal.contains(fieldType);
}

QString ReadAloud::readPage(const QString &question, const QString &hint,
                            const QStringList &options, const QString &answer,
                            bool answerIsPersonal)
{
    QString text;
    appendSentence(text, question);
    appendSentence(text, hint);
    if (!options.isEmpty()) {
        appendSentence(text, tr("The choices are:"));
        for (const QString &option : options)
            appendSentence(text, option);
    }
    if (!answer.isEmpty()) {
        if (!answerIsPersonal || m_privateListening) {
            appendSentence(text, tr("Your answer is:"));
            appendSentence(text, answer);
        } else {
            appendSentence(text, tr("You have given an answer. Use headphones to hear it."));
        }
    }
    return speak(text) ? text : QString();
}

void ReadAloud::pageArrived(const QString &question, const QString &hint,
                            const QStringList &options, const QString &answer,
                            bool answerIsPersonal)
{
    if (m_readOnArrival)
        readPage(question, hint, options, answer, answerIsPersonal);
}

bool ReadAloud::say(const QString &text)
{
    return speak(text);
}

bool ReadAloud::sayPersonal(const QString &text)
{
    return m_privateListening && speak(text);
}

bool ReadAloud::speakKey(int qtKey, const QString &text, bool personal)
{
    if (!m_readOnArrival)
        return false;
    const KeyEcho::Echo echo = KeyEcho::of(qtKey, text);
    if (echo.typed && personal && !m_privateListening)
        return false;
    const QString &name = echo.text;
    if (name.isEmpty())
        return false;
    // Key echo interrupts itself (speak() stops what is playing): fast typists want the
    // latest key, not a queue.
    return speak(name);
}

void ReadAloud::stop()
{
    m_client->stop();
}

void ReadAloud::setInUse(bool used)
{
    if (used == m_inUse)
        return;
    m_inUse = used;
    Q_EMIT inUseChanged();
}

void ReadAloud::wipe()
{
    // The helper stops and exits: what it was given to read ends with its process.
    m_client->flush();
    setReadOnArrival(false);
    setPrivateListening(false);
    setRate(0.0);
    setVolume(m_siteVolume);
    if (!m_lastSpoken.isEmpty()) {
        m_lastSpoken.fill(QChar(0));
        m_lastSpoken.clear();
        Q_EMIT lastSpokenChanged();
    }
    setInUse(false);
}

bool ReadAloud::speak(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    // A voice for another language reads words as nonsense; better to say so than to babble.
    updateLanguageSupported();
    if (!m_languageSupported) {
        Q_EMIT unavailable(tr("Read aloud is not available in this language yet."));
        return false;
    }
    if (!m_client->say(text, m_language, m_rate, m_volume))
        return false;
    m_lastSpoken = text;
    Q_EMIT lastSpokenChanged();
    setInUse(true);
    return true;
}

} // namespace ck
