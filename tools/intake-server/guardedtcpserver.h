// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

namespace ck::intake {

// What one connection may cost the server: how many bytes a request may carry, and how long a
// client may take to send one (and may sit idle between them).
struct ConnectionLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    int readTimeoutMs = 10000;
};

// A QTcpServer that watches every connection before QAbstractHttpServer reads from it
// (QAbstractHttpServer in Qt 6.4 buffers a whole body, however large, and waits for a slow
// client for ever). Each socket gets a ConnectionGuard that sees the bytes first: a request
// whose Content-Length or bytes exceed the limits is answered 413, a client that does not
// finish a request within readTimeoutMs 408, an idle one is closed; then the connection ends.
// With a TLS configuration the sockets are QSslSockets and the guard counts decrypted bytes.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }

    // The server answered the request on `socket`: its guard starts over for the next one.
    static void requestAnswered(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace ck::intake
