// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace ck {

// How much of an answer the kiosk reads, and for how long it waits for all of it.
struct ReplyLimits
{
    qint64 maxBytes = 256 * 1024;
    int deadlineMs = 30000; // the whole exchange, first byte to last
};

// Reads one QNetworkReply's body with a size cap and a time limit: every answer the kiosk
// reads from the network (delivery, Open311 tokens, tracking, fleet config, figures) goes
// through it. QNetworkRequest's transfer timeout alone is not a limit: it restarts with every
// byte, so a server dripping one byte a second holds a request (and the sync slot) for ever;
// and a reply buffers its whole body in memory unless someone reads it as it arrives.
//
// Created right after get()/post(), as a child of the reply (it goes when the reply goes).
// Aborts the reply when the body (after decompression) or its Content-Length grows past
// maxBytes, or when deadlineMs pass; finished() follows as for any aborted reply, and cut()
// says why. Read the body through body(), never with reply->readAll().
class BoundedReply : public QObject
{
    Q_OBJECT
public:
    enum class Cut { None, TooLarge, TooSlow };

    static BoundedReply *watch(QNetworkReply *reply, ReplyLimits limits);
    // The watcher of `reply`, or nullptr.
    static BoundedReply *of(QNetworkReply *reply);

    // Everything read (call once the reply has finished); empty when cut.
    QByteArray body();
    Cut cut() const { return m_cut; }
    const ReplyLimits &limits() const { return m_limits; }

private:
    BoundedReply(QNetworkReply *reply, ReplyLimits limits);
    void drain();
    void stop(Cut why);

    QPointer<QNetworkReply> m_reply;
    ReplyLimits m_limits;
    QByteArray m_body;
    QTimer *m_deadline = nullptr; // child
    Cut m_cut = Cut::None;
};

} // namespace ck
