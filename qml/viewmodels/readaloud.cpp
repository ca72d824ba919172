// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/readaloud.h"

#include "a11y/speech/speechclient.h"

#include "domain/flows/fielddefinition.h"

#include <QQuickItem>

#include <algorithm>
#include <utility>

namespace ck {

namespace {

// Sentences joined so a synthesiser pauses between them, without doubling a final stop.
void appendSentence(QString &out, const QString &sentence)
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

} // namespace

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
    // The domain's rule, so what is spoken only into a headset and what needs a privacy notice
    // never drift apart. A type this kiosk does not know is treated as personal.
    const auto type = fieldTypeFromName(fieldType);
    return !type || FieldDefinition::isPersonalType(*type);
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

QString ReadAloud::pageText(QQuickItem *root) const
{
    QStringList parts;
    if (root)
        collectText(root, parts);
    QString text;
    for (const QString &part : parts)
        appendSentence(text, part);
    return text;
}

QString ReadAloud::readItems(QQuickItem *root)
{
    const QString text = pageText(root);
    return speak(text) ? text : QString();
}

void ReadAloud::collectText(QQuickItem *item, QStringList &out) const
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    if (!m_privateListening && item->property("personal").toBool())
        return;
    // Typed answers are personal by default: a text box's content never reaches the room.
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return;
    if (item->inherits("QQuickText")) {
        const QString text = item->property("text").toString().trimmed();
        if (!text.isEmpty() && (out.isEmpty() || out.constLast() != text))
            out.append(text);
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectText(child, out);
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
    QString name;
    switch (qtKey) {
    case Qt::Key_Backspace:
        name = tr("Delete");
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        name = tr("Enter");
        break;
    case Qt::Key_Shift:
        name = tr("Shift");
        break;
    case Qt::Key_Space:
        name = tr("Space");
        break;
    case Qt::Key_Left:
        name = tr("Left");
        break;
    case Qt::Key_Right:
        name = tr("Right");
        break;
    default:
        if (personal && !m_privateListening)
            return false;
        name = text;
    }
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
