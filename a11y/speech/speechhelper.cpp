// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/speech/speechhelper.h"

#include "a11y/speech/speechprotocol.h"
#include "a11y/speechengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSocketNotifier>
#include <QTextToSpeech>
#include <QTimer>

#include <cerrno>
#include <unistd.h>

namespace ck::speech {

SpeechHelper::SpeechHelper(QStringList engines, QObject *parent)
    : QObject(parent)
    , m_order(std::move(engines))
{ }

void SpeechHelper::start()
{
    m_order = SpeechEngine::preferredOrder(QTextToSpeech::availableEngines(), m_order);
    send({{QStringLiteral("e"), QStringLiteral("engines")},
          {QStringLiteral("names"), QJsonArray::fromStringList(m_order)}});

    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &SpeechHelper::onReadable);
    QTimer::singleShot(0, this, &SpeechHelper::loadNext);
}

void SpeechHelper::loadNext()
{
    if (m_loaded >= m_order.size()) {
        send({{QStringLiteral("e"), QStringLiteral("ready")}});
        return;
    }
    const QString name = m_order.at(m_loaded++);
    // Parented to this helper and never deleted: the process ends with _exit()
    // (SpeechEngine::Qt64::keepEnginesAlive).
    auto *tts = new QTextToSpeech(name, this);
    m_engines.insert(name, tts);
    connect(tts, &QTextToSpeech::stateChanged, this,
            [this, tts](QTextToSpeech::State s) { onState(tts, int(s)); });
    QJsonArray locales;
    const QList<QLocale> available = tts->availableLocales();
    for (const QLocale &locale : available)
        locales.append(locale.name());
    send({{QStringLiteral("e"), QStringLiteral("voices")},
          {QStringLiteral("engine"), name},
          {QStringLiteral("locales"), locales}});
    QTimer::singleShot(0, this, &SpeechHelper::loadNext);
}

void SpeechHelper::onReadable()
{
    char chunk[16384];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
        // The kiosk has gone: so does everything this process was given to read.
        ::_exit(0);
    }
    if (n < 0)
        return;
    m_in.append(chunk, n);
    takeLines(m_in, [this](const QJsonObject &request) { handle(request); });
}

void SpeechHelper::handle(const QJsonObject &request)
{
    const QString command = request.value(QStringLiteral("c")).toString();
    const QJsonValue id = request.value(QStringLiteral("id"));
    if (command == QLatin1String("flush")) {
        flushAndExit();
        return;
    }
    if (command == QLatin1String("say"))
        say(request);
    else if (command == QLatin1String("stop"))
        stop();
    else if (command == QLatin1String("set")) {
        for (QTextToSpeech *tts : std::as_const(m_engines)) {
            tts->setRate(request.value(QStringLiteral("rate")).toDouble());
            tts->setVolume(request.value(QStringLiteral("volume")).toDouble(0.8));
        }
    }
    send({{QStringLiteral("e"), QStringLiteral("ack")}, {QStringLiteral("id"), id}});
}

void SpeechHelper::say(const QJsonObject &request)
{
    QTextToSpeech *tts = engine(request.value(QStringLiteral("engine")).toString());
    const QString text = request.value(QStringLiteral("text")).toString();
    if (!tts || text.isEmpty()) {
        send({{QStringLiteral("e"), QStringLiteral("error")},
              {QStringLiteral("message"), QStringLiteral("no such engine")}});
        return;
    }
    if (m_current && m_current != tts)
        stop(); // the other engine's Ready is not reported: onState() follows m_current
    m_current = tts;
    const QLocale locale(request.value(QStringLiteral("locale")).toString());
    if (tts->locale() != locale)
        tts->setLocale(locale);
    tts->setRate(request.value(QStringLiteral("rate")).toDouble());
    tts->setVolume(request.value(QStringLiteral("volume")).toDouble(0.8));
    const bool busy =
        tts->state() == QTextToSpeech::Speaking || tts->state() == QTextToSpeech::Paused;
    if (SpeechEngine::Qt64::sayOnlyWhenReady && busy) {
        m_pending = text;
        m_pendingEngine = tts;
        tts->stop();
    } else {
        m_pending.clear();
        tts->say(text);
    }
}

void SpeechHelper::stop()
{
    m_pending.clear();
    m_pendingEngine = nullptr;
    for (QTextToSpeech *tts : std::as_const(m_engines)) {
        const bool reading =
            tts->state() == QTextToSpeech::Speaking || tts->state() == QTextToSpeech::Paused;
        if (reading || !SpeechEngine::Qt64::stopOnlyWhileReading)
            tts->stop();
    }
}

void SpeechHelper::onState(QTextToSpeech *tts, int state)
{
    if (state == QTextToSpeech::Ready && m_pendingEngine == tts && !m_pending.isEmpty()) {
        m_pendingEngine = nullptr;
        tts->say(std::exchange(m_pending, QString()));
        return; // Speaking follows
    }
    if (tts != m_current)
        return;
    QJsonObject event {{QStringLiteral("e"), QStringLiteral("state")},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("engine"), tts->engine()}};
    if (state == QTextToSpeech::Error)
        event.insert(QStringLiteral("message"), tts->errorString());
    send(event);
}

void SpeechHelper::flushAndExit()
{
    // The end of a session: nothing that was read may outlive it, and the simplest holder of
    // nothing is a process that has ended. _exit(): no engine destructors (SpeechEngine::Qt64).
    stop();
    send({{QStringLiteral("e"), QStringLiteral("flushed")}});
    ::_exit(0);
}

void SpeechHelper::send(const QJsonObject &event)
{
    const QByteArray line = encodeLine(event);
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.constData() + done, line.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ::_exit(0); // the kiosk has gone
        done += n;
    }
}

} // namespace ck::speech
