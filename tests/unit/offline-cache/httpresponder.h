// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// A tiny scripted HTTP/1.1 responder on 127.0.0.1 (port chosen by the OS) for classification
// edge cases the reference intake server does not produce on purpose: captive-portal HTML,
// truncated bodies, Retry-After, odd status codes. One request per connection.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace ck::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class HttpResponder : public QObject
{
public:
    // Returns the raw bytes to write back (status line, headers, body); the connection is
    // closed after writing. An empty answer leaves the request hanging.
    using Handler = std::function<QByteArray(const HttpRequest &)>;

    explicit HttpResponder(Handler handler)
        : m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl(const QString &path = QString()) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(port()).arg(path);
    }
    QList<HttpRequest> requests() const
    {
        QMutexLocker l(&m_mutex);
        return m_requests;
    }
    void setHandler(Handler h) { m_handler = std::move(h); }
    // Writes each answer one byte every `ms` milliseconds: a server (or a hostile middlebox)
    // that keeps a connection alive without ever finishing. 0: all at once.
    void setDripMs(int ms) { m_dripMs = ms; }

    static QByteArray reply(int status, const QByteArray &body,
                            const QByteArray &contentType = "application/json",
                            const QByteArray &extraHeaders = QByteArray())
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        out += "Content-Type: " + contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += extraHeaders;
        out += "Connection: close\r\n\r\n";
        return out + body;
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequest req;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = req.headers.value("content-length", "0").toLongLong();
        if (buf.size() < end + 4 + length)
            return;
        req.body = buf.mid(end + 4, length);
        m_buffers.remove(s);
        {
            QMutexLocker l(&m_mutex);
            m_requests.append(req);
        }
        const QByteArray answer = m_handler(req);
        if (answer.isEmpty())
            return; // hang: keep the connection open and say nothing
        if (m_dripMs <= 0) {
            s->write(answer);
            s->disconnectFromHost();
            return;
        }
        auto *drip = new QTimer(s);
        QObject::connect(drip, &QTimer::timeout, s, [s, drip, answer, at = qsizetype(0)]() mutable {
            if (at >= answer.size()) {
                drip->stop();
                s->disconnectFromHost();
                return;
            }
            s->write(answer.mid(at++, 1));
        });
        drip->start(m_dripMs);
    }

    QTcpServer m_server;
    Handler m_handler;
    int m_dripMs = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    mutable QMutex m_mutex;
    QList<HttpRequest> m_requests;
};

} // namespace ck::test
