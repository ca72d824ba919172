// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace ck {

namespace speech {
class SpeechClient;
}

// What is read aloud, and when. The speech engines run in the civic-kiosk-speech helper process
// (speech::SpeechClient), started on first use only: loading an engine costs startup time that
// most sessions never need, and Qt 6.4's engines can crash (flite) or block (speech-dispatcher)
// the process they run in. A helper that fails costs a sentence: unavailable() says read-aloud
// is briefly unavailable and the next use after a short back-off starts a new one. Privacy (EN 301
// 549 5.1.3.9 / 5.1.3.13): anything personal or masked is spoken only while listening is private (a
// headset), and each new session starts with the site's default volume and rate. The session wiper
// calls wipe(). Which engine and voice read a language is SpeechEngine's choice; reading a whole
// Qt Quick screen is ScreenReadAloud's. Free of QML macros: the CivicKiosk module registers it.
class ReadAloud : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool speaking READ speaking NOTIFY stateChanged)
    Q_PROPERTY(int state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool engineLoaded READ engineLoaded NOTIFY engineLoadedChanged)
    // Empty (the default): per language, the first engine with a voice for it (flite, then
    // speech-dispatcher). Set: that engine only.
    Q_PROPERTY(QString engineName READ engineName WRITE setEngineName NOTIFY engineNameChanged)
    // The engine reading now ("flite", "speechd"); empty before first use.
    Q_PROPERTY(QString engine READ engine NOTIFY engineChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool languageSupported READ languageSupported NOTIFY languageSupportedChanged)
    Q_PROPERTY(
        bool readOnArrival READ readOnArrival WRITE setReadOnArrival NOTIFY readOnArrivalChanged)
    Q_PROPERTY(bool privateListening READ privateListening WRITE setPrivateListening NOTIFY
                   privateListeningChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    Q_PROPERTY(double volume READ volume WRITE setVolume NOTIFY volumeChanged)
    Q_PROPERTY(double siteVolume READ siteVolume WRITE setSiteVolume NOTIFY siteVolumeChanged)
    Q_PROPERTY(QString lastSpoken READ lastSpoken NOTIFY lastSpokenChanged)
    // Read-aloud has been used in this session: the header then shows its further controls
    // (every page, speed, headphones) instead of spending a row of large print on them.
    Q_PROPERTY(bool inUse READ inUse NOTIFY inUseChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    // After wipe(): true until the speech helper can hold nothing of the session any more
    // (SessionWiper::awaitFalse waits for it): it has stopped and exited.
    Q_PROPERTY(bool flushing READ flushing NOTIFY flushingChanged)
    // The helper's process id while it runs (0 otherwise), for diagnostics and fault tests.
    Q_PROPERTY(qint64 helperPid READ helperPid NOTIFY stateChanged)
    // How long the helper may leave a request unanswered before it counts as hung.
    Q_PROPERTY(int helperTimeoutMs READ helperTimeoutMs WRITE setHelperTimeoutMs NOTIFY
                   helperTimeoutMsChanged)

public:
    // Mirrors QTextToSpeech::State, plus NotLoaded before first use.
    enum State { Ready = 0, Speaking = 1, Paused = 2, Error = 3, NotLoaded = -1 };
    Q_ENUM(State)

    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    bool speaking() const { return state() == Speaking; }
    int state() const;
    bool engineLoaded() const;
    QString engineName() const { return m_engineName; }
    QString engine() const;
    void setEngineName(const QString &name);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool languageSupported() const { return m_languageSupported; }
    bool readOnArrival() const { return m_readOnArrival; }
    void setReadOnArrival(bool on);
    bool privateListening() const { return m_privateListening; }
    void setPrivateListening(bool on);
    double rate() const { return m_rate; }
    void setRate(double rate);
    double volume() const { return m_volume; }
    void setVolume(double volume);
    double siteVolume() const { return m_siteVolume; }
    void setSiteVolume(double volume);
    QString lastSpoken() const { return m_lastSpoken; }
    bool inUse() const { return m_inUse; }
    bool flushing() const;
    qint64 helperPid() const;
    int helperTimeoutMs() const;
    void setHelperTimeoutMs(int ms);
    QString errorString() const;

    // The rule for what counts as personal: anything the person typed about themselves. Choices
    // from a printed list are not personal (everyone sees the same options). A domain rule kept
    // here only until FieldDefinition::isPersonal() exists: this must then call it, and be the
    // only place read-aloud asks.
    Q_INVOKABLE static bool isPersonalFieldType(const QString &fieldType);

    // What "Read this page" says: question, hint, the options, and the current answer when it is
    // not personal or listening is private. Returns the text (empty when nothing was spoken).
    Q_INVOKABLE QString readPage(const QString &question, const QString &hint,
                                 const QStringList &options, const QString &answer,
                                 bool answerIsPersonal);
    // Called by a screen when it appears: reads it only if the person asked for that.
    Q_INVOKABLE void pageArrived(const QString &question, const QString &hint,
                                 const QStringList &options, const QString &answer,
                                 bool answerIsPersonal);
    // Plain text that is never personal (headings, error messages, the idle warning).
    Q_INVOKABLE bool say(const QString &text);
    // Personal text: spoken only while listening is private.
    Q_INVOKABLE bool sayPersonal(const QString &text);
    // On-screen keyboard echo (KeyEcho), only when the person asked for reading: function keys
    // always; characters typed into a personal or masked field only with private listening.
    Q_INVOKABLE bool speakKey(int qtKey, const QString &text, bool personal);
    // Whatever was being read, is not any more.
    Q_INVOKABLE void stop();

public Q_SLOTS:
    // End of a session: silence, and everything a person chose goes back to the site default.
    void wipe();
    void reset() { wipe(); }

Q_SIGNALS:
    void stateChanged();
    void engineLoadedChanged();
    void engineNameChanged();
    void engineChanged();
    void languageChanged();
    void languageSupportedChanged();
    void readOnArrivalChanged();
    void privateListeningChanged();
    void rateChanged();
    void volumeChanged();
    void siteVolumeChanged();
    void lastSpokenChanged();
    void inUseChanged();
    void flushingChanged();
    void helperTimeoutMsChanged();
    // Nothing could be spoken (no engine, no voice for the language, no audio device).
    void unavailable(const QString &reason);

private:
    void updateLanguageSupported();
    bool speak(const QString &text);
    void setInUse(bool used);

    speech::SpeechClient *m_client = nullptr;
    QString m_engineName;
    QString m_language = QStringLiteral("en");
    bool m_languageSupported = true;
    bool m_readOnArrival = false;
    bool m_privateListening = false;
    double m_rate = 0.0;
    double m_siteVolume = 0.8;
    double m_volume = 0.8;
    QString m_lastSpoken;
    bool m_inUse = false;
};

} // namespace ck
