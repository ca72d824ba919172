// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "a11y/speechengine.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;
class QProcess;
class QTimer;

namespace ck::speech {

// The kiosk's end of the civic-kiosk-speech helper. Starts it on first use, never waits on it
// (requests are written into the pipe and answered by events), and treats it as untrusted: a
// helper that dies, or answers nothing within the response timeout, is killed and started again
// on the next use after a back-off that doubles with each failure in a row. Which engine reads a
// language is SpeechEngine's choice from the voices the helper reported, remembered across
// restarts, so after the first start the answer is immediate.
class SpeechClient : public QObject
{
    Q_OBJECT

public:
    // Why nothing will be read.
    enum class Unavailable { NoEngine, NoVoice, Restarting };
    Q_ENUM(Unavailable)
    // Mirrors QTextToSpeech::State, plus NotLoaded before first use.
    enum State { Ready = 0, Speaking = 1, Paused = 2, Error = 3, NotLoaded = -1 };

    explicit SpeechClient(QObject *parent = nullptr);
    ~SpeechClient() override;

    // Empty: the helper's order (flite, then speech-dispatcher, then any other). Takes effect
    // with the next helper.
    void setEngine(const QString &name);
    QString forcedEngine() const { return m_forced; }
    // How long a request may go unanswered before the helper counts as hung.
    void setResponseTimeoutMs(int ms);
    int responseTimeoutMs() const { return m_timeoutMs; }

    bool started() const { return m_started; }
    bool running() const;
    qint64 pid() const;
    int state() const { return m_started ? m_state : NotLoaded; }
    QString engine() const { return m_engine; }
    QString errorString() const { return m_state == Error ? m_error : QString(); }
    bool flushing() const { return m_flushing; }
    // Helper failures (crashes and hangs) since this client was made.
    int failures() const { return m_totalFailures; }

    // Whether a voice reads `language`; nullopt until the helper has said.
    std::optional<bool> supports(const QString &language) const;

    // Queued for the helper; false (and unavailable()) when nothing will be read.
    bool say(const QString &text, const QString &language, double rate, double volume);
    void stop();
    void setRateVolume(double rate, double volume);
    // End of a session: the helper stops and exits, holding nothing; flushing() until it has.
    void flush();

Q_SIGNALS:
    void stateChanged();
    void engineChanged();
    void voicesChanged();
    void flushingChanged();
    void unavailable(ck::speech::SpeechClient::Unavailable why);

private:
    using Choice = SpeechEngine::Choice;
    struct Queued
    {
        QString text;
        QString language;
        double rate = 0.0;
        double volume = 0.8;
    };

    Choice choose(const QString &language) const { return m_choice.choose(language); }
    bool ensureStarted();
    void send(const QJsonObject &request);
    bool dispatch(const Queued &request);
    void onReadable();
    void onMessage(const QJsonObject &message);
    void onFinished();
    void onWatch();
    void setState(int state);
    void endQuietly();

    QString m_forced;
    int m_timeoutMs = 3000;
    QProcess *m_process = nullptr;
    QTimer *m_watch = nullptr;
    QByteArray m_in;
    bool m_started = false;
    int m_state = Ready;
    QString m_engine;
    QString m_error;
    bool m_flushing = false;
    bool m_expectExit = false;

    SpeechEngine m_choice;
    std::optional<Queued> m_queued;

    bool m_starting = false;
    bool m_awaiting = false;
    QElapsedTimer m_heard;
    QElapsedTimer m_sinceFailure;
    qint64 m_backoffMs = 0;
    int m_failuresInRow = 0;
    int m_totalFailures = 0;
};

} // namespace ck::speech
