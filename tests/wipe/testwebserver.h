// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// A tiny HTTP/1.1 file server on 127.0.0.1 (port chosen by the system) for the shell's web
// tests: serves tests/data/web, sets a cookie from the server side, and has two generated
// routes (a forced download and a redirect out of the allow-list). Enough HTTP for Chromium:
// one request per connection, Connection: close.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class TestWebServer : public QObject
{
public:
    explicit TestWebServer(const QString &root, QObject *parent = nullptr)
        : QObject(parent)
        , m_root(root)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { serve(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int requests(const QString &path) const { return m_hits.value(path); }
    // Cookie headers the browser sent for a path, one entry per request that carried any.
    QStringList cookies(const QString &path) const { return m_cookies.value(path); }
    void resetCounters()
    {
        m_hits.clear();
        m_cookies.clear();
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QString path = QUrl(QString::fromLatin1(requestLine.value(1))).path();
        m_hits[path] += 1;
        for (const QByteArray &line : buffer.split('\n')) {
            if (line.toLower().startsWith("cookie:"))
                m_cookies[path] << QString::fromLatin1(line.mid(7).trimmed());
        }

        m_buffers.remove(socket);
        QByteArray status = "200 OK";
        QByteArray type = "text/html; charset=utf-8";
        QByteArray extra;
        QByteArray body;
        if (path == QLatin1String("/allowed/attachment")) {
            type = "application/octet-stream";
            extra = "Content-Disposition: attachment; filename=\"report.pdf\"\r\n";
            body = "%PDF-1.4 not really\n";
        } else if (path == QLatin1String("/allowed/redirect-out")) {
            status = "302 Found";
            extra = "Location: /outside/page.html\r\n";
        } else {
            QFile file(QDir(m_root).filePath(path.mid(1)));
            if (path.contains(QLatin1String("..")) || !file.open(QIODevice::ReadOnly)) {
                status = "404 Not Found";
                body = "<!doctype html><title>404</title>";
            } else {
                body = file.readAll();
                if (!path.endsWith(QLatin1String(".html")))
                    type = "application/octet-stream";
            }
        }
        if (path.startsWith(QLatin1String("/allowed/state")))
            extra += "Set-Cookie: ck_server=server-side; Path=/\r\n";
        QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nCache-Control: max-age=3600\r\nConnection: close\r\n" + extra + "\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QString m_root;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_hits;
    QHash<QString, QStringList> m_cookies;
};
