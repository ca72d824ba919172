// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/documentfetcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace ck {

DocumentFetcher::DocumentFetcher(DestinationConfig config, QNetworkAccessManager *network,
                                 QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(network)
{
    auto adapter = DestinationAdapter::create(m_config);
    if (adapter)
        m_adapter = std::move(adapter).value();
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_late = true;
        if (m_reply)
            m_reply->abort();
    });
}

DocumentFetcher::~DocumentFetcher()
{
    m_done = nullptr;
    abort();
}

void DocumentFetcher::abort()
{
    if (m_reply)
        m_reply->abort();
}

void DocumentFetcher::fetch(const QString &path, qint64 maxBytes, Done done)
{
    m_done = std::move(done);
    if (!m_adapter) {
        const auto why = DestinationAdapter::create(m_config);
        QMetaObject::invokeMethod(
            this, [this, e = why.error()] { finish(e); }, Qt::QueuedConnection);
        return;
    }
    m_body.clear();
    m_sslErrors.clear();
    m_tooLarge = false;
    m_late = false;
    m_maxBytes = maxBytes;
    QNetworkRequest request = m_adapter->baseRequest(path);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    // The transfer timeout stops a silent server; this stops one that drips a byte at a time.
    m_deadline->start(2 * (m_config.timeoutMs > 0 ? m_config.timeoutMs : 30000));
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_body += reply->read(m_maxBytes + 1 - m_body.size());
        if (m_body.size() > m_maxBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_deadline->stop();
        if (!m_tooLarge)
            m_body += reply->read(m_maxBytes + 1 - m_body.size());
        if (m_tooLarge || m_body.size() > m_maxBytes) {
            finish(Error {QStringLiteral("fetch-too-large"),
                          tr("\"%1\" sent more than %2 kB for %3.")
                              .arg(m_config.name)
                              .arg(m_maxBytes / 1024)
                              .arg(reply->url().path())});
            return;
        }
        HttpAnswer answer = DestinationAdapter::answerFrom(reply, m_body);
        if (!m_sslErrors.isEmpty())
            answer.errorString += QStringLiteral(": ") + m_sslErrors.join(QStringLiteral("; "));
        if (m_late) {
            finish(Error {
                QStringLiteral("fetch-network"),
                tr("\"%1\" did not send %2 in time.").arg(m_config.name, reply->url().path())});
            return;
        }
        if (answer.status == 200 && answer.error == QNetworkReply::NoError) {
            finish(m_body);
            return;
        }
        if (const auto transport =
                m_adapter->classifyTransport(answer, QDateTime::currentDateTimeUtc())) {
            finish(Error {QStringLiteral("fetch-network"), transport->reason});
            return;
        }
        if (answer.error != QNetworkReply::NoError && answer.status == 200) {
            finish(Error {QStringLiteral("fetch-network"),
                          tr("\"%1\" broke off %2: %3.")
                              .arg(m_config.name, reply->url().path(), answer.errorString)});
            return;
        }
        finish(Error {QStringLiteral("fetch-http"),
                      tr("\"%1\" answered HTTP %2 for %3.")
                          .arg(m_config.name)
                          .arg(answer.status)
                          .arg(reply->url().path())});
    });
}

void DocumentFetcher::finish(const Result<QByteArray> &result)
{
    m_reply.clear();
    m_body.clear();
    if (Done done = std::move(m_done))
        done(result);
}

} // namespace ck
