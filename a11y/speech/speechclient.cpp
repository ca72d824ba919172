// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/speech/speechclient.h"

#include "a11y/speech/speechprotocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSpeech, "ck.speech")

namespace ck::speech {

namespace {

constexpr qint64 kFirstBackoffMs = 250;
constexpr qint64 kMaxBackoffMs = 30000;
constexpr qint64 kStartTimeoutMs = 10000;
// What a helper gets to stop its audio cleanly at the end of a session before it is killed.
constexpr int kFlushGraceMs = 100;

QString helperProgram()
{
    const QString configured = qEnvironmentVariable("CK_SPEECH_HELPER");
    if (!configured.isEmpty())
        return configured;
    // Installed: <prefix>/lib/civic-kiosk next to <prefix>/bin/civic-kiosk; a build tree: bin/.
    const QDir programs(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {programs.filePath(QStringLiteral("../lib/civic-kiosk/civic-kiosk-speech")),
          programs.filePath(QStringLiteral("civic-kiosk-speech"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QStringLiteral(CK_SPEECH_HELPER_BUILD_PATH);
}

} // namespace

SpeechClient::SpeechClient(QObject *parent)
    : QObject(parent)
    , m_watch(new QTimer(this))
{
    m_watch->setInterval(m_timeoutMs / 4);
    connect(m_watch, &QTimer::timeout, this, &SpeechClient::onWatch);
}

SpeechClient::~SpeechClient()
{
    if (m_process) {
        m_process->disconnect(this);
        // SIGKILL ends even a stopped helper at once, so this wait is only the reaping.
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

void SpeechClient::setEngine(const QString &name)
{
    if (name == m_forced)
        return;
    m_forced = name;
    m_choice.clear();
    m_queued.reset();
    if (m_engine.size()) {
        m_engine.clear();
        Q_EMIT engineChanged();
    }
    endQuietly();
    Q_EMIT voicesChanged();
}

void SpeechClient::setResponseTimeoutMs(int ms)
{
    m_timeoutMs = std::max(ms, 100);
    m_watch->setInterval(std::max(25, m_timeoutMs / 4));
}

bool SpeechClient::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SpeechClient::pid() const
{
    return m_process ? m_process->processId() : 0;
}

std::optional<bool> SpeechClient::supports(const QString &language) const
{
    const Choice choice = choose(language);
    if (choice.kind == Choice::Unknown)
        return std::nullopt;
    return choice.kind == Choice::Engine;
}

bool SpeechClient::say(const QString &text, const QString &language, double rate, double volume)
{
    if (m_backoffMs > 0 && m_sinceFailure.isValid() && m_sinceFailure.elapsed() < m_backoffMs
        && !running()) {
        Q_EMIT unavailable(Unavailable::Restarting);
        return false;
    }
    if (!ensureStarted())
        return false;
    return dispatch({text, language, rate, volume});
}

bool SpeechClient::dispatch(const Queued &request)
{
    const Choice choice = choose(request.language);
    switch (choice.kind) {
    case Choice::Unknown:
        // Read as soon as the helper has said which voices it has; a newer text replaces it.
        m_queued = request;
        return true;
    case Choice::NoEngine:
        Q_EMIT unavailable(Unavailable::NoEngine);
        return false;
    case Choice::NoVoice:
        Q_EMIT unavailable(Unavailable::NoVoice);
        return false;
    case Choice::Engine:
        break;
    }
    if (choice.engine != m_engine) {
        m_engine = choice.engine;
        Q_EMIT engineChanged();
    }
    send({{QStringLiteral("c"), QStringLiteral("say")},
          {QStringLiteral("engine"), choice.engine},
          {QStringLiteral("locale"), choice.locale},
          {QStringLiteral("rate"), request.rate},
          {QStringLiteral("volume"), request.volume},
          {QStringLiteral("text"), request.text}});
    return true;
}

void SpeechClient::stop()
{
    m_queued.reset();
    if (running() && (m_state == Speaking || m_state == Paused))
        send({{QStringLiteral("c"), QStringLiteral("stop")}});
}

void SpeechClient::setRateVolume(double rate, double volume)
{
    if (running())
        send({{QStringLiteral("c"), QStringLiteral("set")},
              {QStringLiteral("rate"), rate},
              {QStringLiteral("volume"), volume}});
}

void SpeechClient::flush()
{
    m_queued.reset();
    if (!running())
        return;
    m_expectExit = true;
    m_flushing = true;
    Q_EMIT flushingChanged();
    send({{QStringLiteral("c"), QStringLiteral("flush")}});
    // A helper that does not end by itself at once is ended: the wipe must not wait on it. (One
    // still loading its engines reads no request until it has: speech-dispatcher starting up
    // held the wipe for 2 s in bench-endurance when this waited for the response timeout.)
    QPointer<QProcess> process = m_process;
    QTimer::singleShot(kFlushGraceMs, this, [process] {
        if (process && process->state() != QProcess::NotRunning)
            process->kill();
    });
}

bool SpeechClient::ensureStarted()
{
    if (running())
        return true;
    if (m_process) { // ended, its finished() handling still to come
        Q_EMIT unavailable(Unavailable::Restarting);
        return false;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SpeechClient::onReadable);
    connect(m_process, &QProcess::finished, this, &SpeechClient::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished();
    });
    QStringList args;
    if (!m_forced.isEmpty())
        args << QStringLiteral("--engine") << m_forced;
    m_in.clear();
    m_expectExit = false;
    m_process->start(helperProgram(), args);
    if (!m_started) {
        m_started = true;
        m_state = Ready;
        Q_EMIT stateChanged();
    }
    // Its first words (the engines) are the answer to being started.
    m_starting = true;
    m_awaiting = true;
    m_heard.restart();
    m_watch->start();
    return true;
}

void SpeechClient::send(const QJsonObject &request)
{
    if (!m_process)
        return;
    m_process->write(encodeLine(request)); // buffered by QProcess: never blocks
    if (!m_awaiting) {
        m_awaiting = true;
        m_heard.restart();
    }
}

void SpeechClient::onReadable()
{
    if (!m_process)
        return;
    m_in.append(m_process->readAllStandardOutput());
    takeLines(m_in, [this](const QJsonObject &message) { onMessage(message); });
}

void SpeechClient::onMessage(const QJsonObject &message)
{
    m_awaiting = false;
    m_heard.restart();
    const QString event = message.value(QStringLiteral("e")).toString();
    if (event == QLatin1String("engines")) {
        QStringList order;
        const QJsonArray names = message.value(QStringLiteral("names")).toArray();
        for (const QJsonValue &name : names)
            order.append(name.toString());
        m_choice.setEngines(order);
        // Each voices line re-answers what this one leaves open.
        m_awaiting = !order.isEmpty() && !m_choice.hasVoices(order.constLast());
    } else if (event == QLatin1String("voices")) {
        QStringList locales;
        const QJsonArray list = message.value(QStringLiteral("locales")).toArray();
        for (const QJsonValue &locale : list)
            locales.append(locale.toString());
        const QString engine = message.value(QStringLiteral("engine")).toString();
        m_choice.setVoices(engine, locales);
        const QStringList &order = m_choice.engines();
        m_awaiting = !order.isEmpty() && engine != order.constLast();
    } else if (event == QLatin1String("state")) {
        const int state = message.value(QStringLiteral("state")).toInt();
        if (state == Error)
            m_error = message.value(QStringLiteral("message")).toString();
        if (state == Speaking)
            m_failuresInRow = 0; // this helper works: the next failure starts a fresh back-off
        setState(state);
        return;
    }
    if (event == QLatin1String("ready"))
        m_starting = false;
    if (event == QLatin1String("engines") || event == QLatin1String("voices")
        || event == QLatin1String("ready")) {
        Q_EMIT voicesChanged();
        if (m_queued && choose(m_queued->language).kind != Choice::Unknown)
            dispatch(*std::exchange(m_queued, std::nullopt));
    }
}

void SpeechClient::onWatch()
{
    if (!running()) {
        m_watch->stop();
        return;
    }
    const qint64 silent = m_heard.elapsed();
    // Loading the engines may take a while (speech-dispatcher starting its own server).
    const qint64 limit = m_starting ? std::max<qint64>(m_timeoutMs, kStartTimeoutMs) : m_timeoutMs;
    if (m_awaiting && silent > limit) {
        qCWarning(lcSpeech) << "speech helper" << pid() << "answered nothing for" << silent
                            << "ms: ending it";
        m_process->kill(); // onFinished() counts the failure
        m_watch->stop();
    } else if (!m_awaiting && m_state == Speaking && silent > m_timeoutMs / 2) {
        // Reading a long page sends nothing for a while: a ping tells that from a hang.
        send({{QStringLiteral("c"), QStringLiteral("ping")}});
    }
}

void SpeechClient::onFinished()
{
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    const bool expected = m_expectExit;
    const bool affected = m_state == Speaking || m_state == Paused || m_queued.has_value()
        || (m_awaiting && !expected);
    if (!expected) {
        ++m_totalFailures;
        ++m_failuresInRow;
        m_backoffMs = std::min(kMaxBackoffMs, kFirstBackoffMs << std::min(m_failuresInRow - 1, 8));
        m_sinceFailure.restart();
        qCWarning(lcSpeech).nospace()
            << "speech helper ended (" << process->errorString() << ", exit " << process->exitCode()
            << "); next start in " << m_backoffMs << " ms";
    }
    process->disconnect(this);
    // Its write buffer keeps the last text sent until the QProcess is gone: a flush ends only
    // then.
    if (m_flushing) {
        connect(process, &QObject::destroyed, this, [this] {
            m_flushing = false;
            Q_EMIT flushingChanged();
        });
    }
    process->deleteLater();
    m_watch->stop();
    m_awaiting = false;
    m_starting = false;
    m_queued.reset();
    m_in.clear();
    m_expectExit = false;
    setState(Ready);
    if (!expected && affected)
        Q_EMIT unavailable(Unavailable::Restarting);
}

void SpeechClient::setState(int state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void SpeechClient::endQuietly()
{
    if (!running())
        return;
    m_expectExit = true;
    m_process->kill();
}

} // namespace ck::speech
