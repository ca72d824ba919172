#include "readaloud.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QQuickItem>
#include <QTextToSpeech>
#include <QTimer>

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

// Qt 6.4's flite backend can crash when an engine that has spoken is destroyed: its worker
// thread deletes the QAudioSink a second time while it winds down (seen here in about one run
// in three). So each engine is made once per process and never destroyed; the kiosk needs one
// anyway, and the operating system reclaims it at exit.
QTextToSpeech *sharedEngine(const QString &name)
{
    static QHash<QString, QTextToSpeech *> engines;
    QTextToSpeech *&engine = engines[name];
    if (!engine)
        engine = new QTextToSpeech(name); // deliberately unowned, see above
    return engine;
}

} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{ }

ReadAloud::~ReadAloud()
{
    if (m_speech) {
        m_speech->disconnect(this);
        m_speech->stop();
    }
}

QString ReadAloud::engine() const
{
    return m_speech ? m_speech->engine() : QString();
}

int ReadAloud::state() const
{
    return m_speech ? int(m_speech->state()) : int(NotLoaded);
}

QString ReadAloud::errorString() const
{
    return m_speech && m_speech->state() == QTextToSpeech::Error ? m_speech->errorString()
                                                                 : QString();
}

void ReadAloud::setEngineName(const QString &name)
{
    if (name == m_engineName)
        return;
    // A different engine only takes effect for the next engine load.
    if (m_speech) {
        m_speech->disconnect(this);
        m_speech->stop();
        m_speech = nullptr;
    }
    m_engineName = name;
    emit engineNameChanged();
    emit engineLoadedChanged();
    emit engineChanged();
    emit stateChanged();
}

void ReadAloud::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    if (m_speech) {
        m_speech->stop();
        applyLanguage();
    }
}

void ReadAloud::setReadOnArrival(bool on)
{
    if (on == m_readOnArrival)
        return;
    m_readOnArrival = on;
    emit readOnArrivalChanged();
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
    emit privateListeningChanged();
}

void ReadAloud::setRate(double rate)
{
    rate = std::clamp(rate, -1.0, 1.0);
    if (qFuzzyCompare(rate + 2.0, m_rate + 2.0))
        return;
    m_rate = rate;
    if (m_speech)
        m_speech->setRate(m_rate);
    emit rateChanged();
}

void ReadAloud::setVolume(double volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    if (qFuzzyCompare(volume + 1.0, m_volume + 1.0))
        return;
    m_volume = volume;
    if (m_speech)
        m_speech->setVolume(m_volume);
    emit volumeChanged();
}

void ReadAloud::setSiteVolume(double volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    if (qFuzzyCompare(volume + 1.0, m_siteVolume + 1.0))
        return;
    m_siteVolume = volume;
    emit siteVolumeChanged();
}

bool ReadAloud::isPersonalFieldType(const QString &fieldType)
{
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
    m_pending.clear();
    // Only while it reads: Qt 6.4's flite backend can crash after a stop() (see sharedEngine()).
    if (m_speech
        && (m_speech->state() == QTextToSpeech::Speaking
            || m_speech->state() == QTextToSpeech::Paused))
        m_speech->stop();
}

void ReadAloud::setInUse(bool used)
{
    if (used == m_inUse)
        return;
    m_inUse = used;
    emit inUseChanged();
}

void ReadAloud::wipe()
{
    stop();
    flushEngine();
    setReadOnArrival(false);
    setPrivateListening(false);
    setRate(0.0);
    setVolume(m_siteVolume);
    if (!m_lastSpoken.isEmpty()) {
        m_lastSpoken.fill(QChar(0));
        m_lastSpoken.clear();
        emit lastSpokenChanged();
    }
    setInUse(false);
}

void ReadAloud::flushEngine()
{
    if (!m_speech || !m_spokeThisSession || m_flush != Flush::None)
        return;
    m_spokeThisSession = false;
    // Qt 6.4's flite engine can crash when say() follows stop() before the engine is Ready
    // again (see sharedEngine()), so the flush waits for the stop to land.
    const bool busy =
        m_speech->state() == QTextToSpeech::Speaking || m_speech->state() == QTextToSpeech::Paused;
    m_flush = Flush::Stopping;
    emit flushingChanged();
    if (!busy)
        sendFlush();
    // Bounded: an engine that never answers is the wiper's timeout to report, not a hang here.
    QTimer::singleShot(4000, this, [this] {
        if (m_flush != Flush::None)
            endFlush();
    });
}

void ReadAloud::sendFlush()
{
    // A full stop is a pause, not a sound. (Not setVolume(0) around it: that reaches the audio
    // sink from this thread while the engine's thread may be writing to it.)
    m_flush = Flush::Sent;
    m_speech->say(QStringLiteral("."));
}

void ReadAloud::onEngineState(int state)
{
    switch (m_flush) {
    case Flush::None:
        return;
    case Flush::Stopping:
        if (state == QTextToSpeech::Ready)
            sendFlush();
        else if (state == QTextToSpeech::Error)
            endFlush();
        return;
    case Flush::Sent:
        if (state == QTextToSpeech::Speaking)
            m_flush = Flush::Speaking;
        else if (state == QTextToSpeech::Error)
            endFlush();
        return;
    case Flush::Speaking:
        if (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)
            endFlush();
        return;
    }
}

void ReadAloud::endFlush()
{
    m_flush = Flush::None;
    emit flushingChanged();
}

QStringList ReadAloud::candidateEngines() const
{
    if (!m_engineName.isEmpty())
        return {m_engineName};
    // flite first: offline, in the kiosk image, the clearest English. Then speech-dispatcher,
    // whose espeak-ng voices read Welsh, Polish and Arabic (and most other languages) that flite
    // has no voice for. Then whatever else the platform offers.
    QStringList engines = QTextToSpeech::availableEngines();
    QStringList ordered;
    for (const QString &preferred : {QStringLiteral("flite"), QStringLiteral("speechd")}) {
        if (engines.removeAll(preferred) > 0)
            ordered.append(preferred);
    }
    return ordered + engines;
}

QTextToSpeech *ReadAloud::ensureEngine()
{
    if (!m_speech)
        applyLanguage();
    return m_speech;
}

void ReadAloud::applyLanguage()
{
    const QStringList engines = candidateEngines();
    if (engines.isEmpty()) {
        emit unavailable(tr("Read aloud is not available on this kiosk."));
        return;
    }
    // The first engine with a voice for the language; without one, the first engine, which
    // then says the language has no voice rather than reading it with a wrong one.
    const QLocale wanted(m_language);
    QTextToSpeech *chosen = nullptr;
    QLocale voice;
    for (const QString &name : engines) {
        QTextToSpeech *engine = sharedEngine(name);
        const QList<QLocale> locales = engine->availableLocales();
        const auto match = std::find_if(locales.begin(), locales.end(), [&](const QLocale &l) {
            return l.language() == wanted.language();
        });
        if (match != locales.end()) {
            chosen = engine;
            voice = *match;
            break;
        }
    }
    attach(chosen ? chosen : sharedEngine(engines.first()));
    if (chosen)
        m_speech->setLocale(voice);
    if (bool(chosen) != m_languageSupported) {
        m_languageSupported = bool(chosen);
        emit languageSupportedChanged();
    }
}

void ReadAloud::attach(QTextToSpeech *engine)
{
    if (engine == m_speech)
        return;
    if (m_speech) {
        m_speech->disconnect(this);
        // Only when it is reading: Qt 6.4's flite backend can crash after a stop() (see
        // sharedEngine()), so an idle engine is left alone.
        if (m_speech->state() == QTextToSpeech::Speaking
            || m_speech->state() == QTextToSpeech::Paused)
            m_speech->stop();
    }
    m_pending.clear();
    m_speech = engine;
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State s) {
        onEngineState(int(s));
        if (s == QTextToSpeech::Ready && !m_pending.isEmpty()) {
            const QString next = std::exchange(m_pending, QString());
            m_speech->say(next);
        }
        emit stateChanged();
    });
    m_speech->setRate(m_rate);
    m_speech->setVolume(m_volume);
    emit engineLoadedChanged();
    emit engineChanged();
    emit stateChanged();
}

bool ReadAloud::speak(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    QTextToSpeech *speech = ensureEngine();
    if (!speech)
        return false;
    // A voice for another language reads words as nonsense; better to say so than to babble.
    if (!m_languageSupported) {
        emit unavailable(tr("Read aloud is not available in this language yet."));
        return false;
    }
    // Qt 6.4's flite backend races when say() lands while a stop is still unwinding its worker
    // thread, so a new text waits until the engine is Ready again.
    if (speech->state() == QTextToSpeech::Speaking || speech->state() == QTextToSpeech::Paused) {
        m_pending = text;
        speech->stop();
    } else {
        m_pending.clear();
        speech->say(text);
    }
    m_spokeThisSession = true;
    m_lastSpoken = text;
    emit lastSpokenChanged();
    setInUse(true);
    return true;
}

} // namespace ck
