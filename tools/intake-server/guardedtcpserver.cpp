// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/guardedtcpserver.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace ck::intake {

namespace {

QByteArray rawAnswer(int status, const char *reason, const char *code, const char *message)
{
    const QByteArray body =
        QByteArray("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message + "\"}}";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

// One per connection, a child of its socket. Connected to readyRead before the HTTP server is,
// so it sees each chunk before the server consumes it.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, ConnectionLimits limits)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::timedOut);
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::arrived);
        m_timer.start(m_limits.readTimeoutMs);
    }

    void answered()
    {
        m_bytes = 0;
        m_checkedLength = false;
        m_timer.start(m_limits.readTimeoutMs); // idle until the next request
    }

private:
    void arrived()
    {
        if (m_closing)
            return;
        if (m_bytes == 0)
            m_timer.start(m_limits.readTimeoutMs); // the whole request within the limit
        m_bytes += m_socket->bytesAvailable();
        if (!m_checkedLength) {
            const QByteArray head = m_socket->peek(m_limits.maxHeaderBytes);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end >= 0) {
                m_checkedLength = true;
                for (const QByteArray &line : head.left(end).split('\n')) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0
                        && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive)
                            == 0
                        && line.mid(colon + 1).trimmed().toLongLong() > m_limits.maxBodyBytes) {
                        refuse(413);
                        return;
                    }
                }
            } else if (head.size() >= m_limits.maxHeaderBytes) {
                refuse(413);
                return;
            }
        }
        // Chunked bodies, or more bytes than announced.
        if (m_bytes > m_limits.maxBodyBytes + m_limits.maxHeaderBytes)
            refuse(413);
    }

    void timedOut()
    {
        if (m_bytes == 0) {
            m_socket->disconnectFromHost(); // idle keep-alive connection
            return;
        }
        refuse(408);
    }

    void refuse(int status)
    {
        m_closing = true;
        m_timer.stop();
        // The HTTP server reads no more of this request: only this guard does, to throw it away.
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(m_socket, &QIODevice::readyRead, this, [this] { m_socket->readAll(); });
        m_socket->readAll();
        m_socket->write(status == 413 ? rawAnswer(413, "Payload Too Large", "too-large",
                                                  "The request is larger than this server accepts.")
                                      : rawAnswer(408, "Request Timeout", "too-slow",
                                                  "The request did not arrive in time."));
        // Closing while the client still sends would reset the connection and could destroy
        // the answer in flight: half-close (FIN after the answer), keep discarding what
        // arrives, and end the connection once the client closes or after two seconds.
        connect(m_socket, &QIODevice::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                halfClose();
        });
        m_socket->flush();
        if (m_socket->bytesToWrite() == 0)
            halfClose();
        QTimer::singleShot(2000, m_socket, [s = m_socket] { s->abort(); });
    }

    void halfClose()
    {
        if (m_halfClosed)
            return;
        m_halfClosed = true;
        if (qobject_cast<QSslSocket *>(m_socket)) {
            m_socket->disconnectFromHost(); // TLS has its own close_notify
            return;
        }
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    QTimer m_timer;
    qint64 m_bytes = 0;
    bool m_checkedLength = false;
    bool m_closing = false;
    bool m_halfClosed = false;
};

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::requestAnswered(QTcpSocket *socket)
{
    if (auto *guard = socket
            ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)
            : nullptr)
        guard->answered();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    new ConnectionGuard(socket, m_limits);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
    addPendingConnection(socket);
}

} // namespace ck::intake

#include "guardedtcpserver.moc"
