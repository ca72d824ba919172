// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

class QSocketNotifier;
class QTextToSpeech;

namespace ck::speech {

// The civic-kiosk-speech process: reads requests on stdin, drives Qt's speech engines, writes
// events on stdout. It reports its engines and their voices one engine at a time, so English
// (flite) can be read while speech-dispatcher is still connecting. The Qt 6.4 workarounds for
// the engines (SpeechEngine::Qt64 names them) act here, where a failure costs this process only.
class SpeechHelper : public QObject
{
    Q_OBJECT

public:
    // `engines`: the engines to load, in order of preference; empty: every available one.
    explicit SpeechHelper(QStringList engines, QObject *parent = nullptr);

    // Reports the engines, then loads them one by one from the event loop.
    void start();

private:
    void onReadable();
    void handle(const QJsonObject &request);
    void loadNext();
    QTextToSpeech *engine(const QString &name) const { return m_engines.value(name); }
    void say(const QJsonObject &request);
    void stop();
    void flushAndExit();
    void send(const QJsonObject &event);
    void onState(QTextToSpeech *engine, int state);

    QStringList m_order;
    int m_loaded = 0;
    QHash<QString, QTextToSpeech *> m_engines;
    QTextToSpeech *m_current = nullptr;
    QString m_pending; // said once the current engine is Ready again
    QTextToSpeech *m_pendingEngine = nullptr;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_in;
};

} // namespace ck::speech
