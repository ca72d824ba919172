// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the integration drivers: a real civic-kiosk-intake process on 127.0.0.1 with the
// port it picked itself (--port 0), killed and reaped in the destructor so a failing test never
// leaves a server behind; and a blocking HTTP helper on QNetworkAccessManager.

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace ck::testing {

inline QString binPath(const QString &name)
{
    return QStringLiteral(CK_BIN_DIR "/") + name;
}

// Every test server gets this admin key unless the test passes its own: /v1/_admin/* answers
// 403 on a server started without one.
inline const QByteArray kTestAdminKey = QByteArrayLiteral("test-admin-key-0123456789");

inline QList<QPair<QByteArray, QByteArray>> adminHeaders()
{
    return {{QByteArrayLiteral("X-Admin-Key"), kTestAdminKey}};
}

class IntakeProcess
{
public:
    IntakeProcess() = default;
    IntakeProcess(const IntakeProcess &) = delete;
    IntakeProcess &operator=(const IntakeProcess &) = delete;
    ~IntakeProcess() { stop(); }

    // Starts the server with `--db dbPath --port 0` plus `extra`; true once it printed its port.
    bool start(const QString &dbPath, const QStringList &extra = {}, bool tls = false,
               bool withAdminKey = true)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                          dbPath};
        if (withAdminKey && !extra.contains(QStringLiteral("--admin-key"))
            && !extra.contains(QStringLiteral("--admin-key-file")))
            args << QStringLiteral("--admin-key") << QString::fromLatin1(kTestAdminKey);
        m_process->start(binPath(QStringLiteral("civic-kiosk-intake")), args + extra);
        if (!m_process->waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        QByteArray out;
        while (t.elapsed() < 15000) {
            m_process->waitForReadyRead(200);
            out += m_process->readAllStandardOutput();
            const qsizetype at = out.indexOf("listening on 127.0.0.1:");
            const qsizetype eol = at >= 0 ? out.indexOf('\n', at) : -1;
            if (eol > 0) {
                m_port = out.mid(at + 23, eol - at - 23).trimmed().toUShort();
                m_base = QStringLiteral("%1://127.0.0.1:%2")
                             .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                             .arg(m_port);
                return m_port != 0;
            }
            if (m_process->state() != QProcess::Running)
                return false;
        }
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
        m_port = 0;
    }

    quint16 port() const { return m_port; }
    QString base() const { return m_base; } // scheme://127.0.0.1:PORT
    QString url(const QString &path) const { return m_base + path; }
    QByteArray stderrText() const
    {
        return m_process ? m_process->readAllStandardError() : QByteArray();
    }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_base;
};

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection cut, TLS refused, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

inline HttpResult http(QNetworkAccessManager &nam, const QByteArray &method, const QString &url,
                       const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       const QSslConfiguration *ssl = nullptr, int timeoutMs = 15000)
{
    QNetworkRequest req {QUrl(url)};
    req.setTransferTimeout(timeoutMs);
    if (ssl)
        req.setSslConfiguration(*ssl);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 2000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->abort();
    reply->deleteLater();
    return r;
}

} // namespace ck::testing
