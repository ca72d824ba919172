// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/boundedreply.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBounded, "ck.net")

namespace ck {

BoundedReply *BoundedReply::watch(QNetworkReply *reply, ReplyLimits limits)
{
    if (!reply)
        return nullptr;
    return new BoundedReply(reply, limits);
}

BoundedReply *BoundedReply::of(QNetworkReply *reply)
{
    return reply ? reply->findChild<BoundedReply *>(QString(), Qt::FindDirectChildrenOnly)
                 : nullptr;
}

BoundedReply::BoundedReply(QNetworkReply *reply, ReplyLimits limits)
    : QObject(reply)
    , m_reply(reply)
    , m_limits(limits)
{
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { stop(Cut::TooSlow); });
    if (m_limits.deadlineMs > 0)
        m_deadline->start(m_limits.deadlineMs);
    // A Content-Length past the cap is refused before a byte of the body is buffered.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply)
            return;
        bool known = false;
        const qint64 length =
            m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > m_limits.maxBytes)
            stop(Cut::TooLarge);
    });
    connect(reply, &QIODevice::readyRead, this, &BoundedReply::drain);
    connect(reply, &QNetworkReply::finished, m_deadline, &QTimer::stop);
}

void BoundedReply::drain()
{
    if (!m_reply || m_cut != Cut::None)
        return;
    // One byte past the cap is enough to know the answer is too large.
    const qint64 room = m_limits.maxBytes + 1 - m_body.size();
    if (room > 0)
        m_body += m_reply->read(room);
    if (m_body.size() > m_limits.maxBytes)
        stop(Cut::TooLarge);
}

void BoundedReply::stop(Cut why)
{
    if (m_cut != Cut::None || !m_reply)
        return;
    // Set before abort(): the reply's finished() handlers run inside it and ask cut().
    m_cut = why;
    m_body.clear();
    m_deadline->stop();
    if (m_reply->isFinished())
        return;
    qCInfo(lcBounded) << "answer from" << m_reply->url().host()
                      << (why == Cut::TooLarge ? "larger than" : "slower than")
                      << (why == Cut::TooLarge ? m_limits.maxBytes : m_limits.deadlineMs)
                      << (why == Cut::TooLarge ? "bytes" : "ms") << ": aborted";
    m_reply->abort();
}

QByteArray BoundedReply::body()
{
    drain();
    return m_cut == Cut::None ? m_body : QByteArray();
}

} // namespace ck
