// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/destination.h"

#include "offline-cache/backoff.h"
#include "offline-cache/jsonapiadapter.h"
#include "offline-cache/open311adapter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrl>

namespace ck {

namespace {
// Far above any real answer (a GeoReport receipt or error is well under 1 KB), far below what
// would hurt a kiosk's memory.
constexpr qint64 kMaxAnswerBytes = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("ck::DestinationAdapter", text);
}
} // namespace

DeliveryOutcome DeliveryOutcome::delivered(QString serverRef)
{
    DeliveryOutcome o;
    o.kind = Kind::Delivered;
    o.serverReference = std::move(serverRef);
    return o;
}

DeliveryOutcome DeliveryOutcome::retryable(QString reason,
                                           std::optional<std::chrono::seconds> after)
{
    DeliveryOutcome o;
    o.kind = Kind::Retryable;
    o.reason = std::move(reason);
    o.retryAfter = after;
    return o;
}

DeliveryOutcome DeliveryOutcome::permanent(QString reason)
{
    DeliveryOutcome o;
    o.kind = Kind::Permanent;
    o.reason = std::move(reason);
    return o;
}

DestinationAdapter::DestinationAdapter(DestinationConfig config)
    : m_config(std::move(config))
{
    if (!m_config.caCertificatesPem.isEmpty())
        m_pinnedCas = QSslCertificate::fromData(m_config.caCertificatesPem, QSsl::Pem);
}

DestinationAdapter::~DestinationAdapter() = default;

Result<std::unique_ptr<DestinationAdapter>>
DestinationAdapter::create(const DestinationConfig &config)
{
    using R = Result<std::unique_ptr<DestinationAdapter>>;
    const QUrl url(config.baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return R::failure(QStringLiteral("destination-config"),
                          tr("Destination \"%1\" has no valid http(s) address.").arg(config.name));
    if (!config.caCertificatesPem.isEmpty()
        && QSslCertificate::fromData(config.caCertificatesPem, QSsl::Pem).isEmpty())
        return R::failure(
            QStringLiteral("destination-config"),
            tr("Destination \"%1\": the pinned CA certificate cannot be read.").arg(config.name));
    if (config.type == QLatin1String("open311"))
        return std::unique_ptr<DestinationAdapter>(new Open311Adapter(config));
    if (config.type == QLatin1String("json"))
        return std::unique_ptr<DestinationAdapter>(new JsonApiAdapter(config));
    return R::failure(QStringLiteral("destination-config"),
                      tr("Destination \"%1\" has an unknown type \"%2\" (open311 or json).")
                          .arg(config.name, config.type));
}

QNetworkRequest DestinationAdapter::baseRequest(const QString &path) const
{
    QUrl base(m_config.baseUrl);
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setTransferTimeout(m_config.timeoutMs > 0 ? m_config.timeoutMs : 30000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("CivicKiosk/0.1"));
    // Redirects could carry a form to a captive portal: never follow them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_pinnedCas.isEmpty()) {
        // Pin: only the configured CAs, not the system store, may vouch for this host.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_pinnedCas);
        request.setSslConfiguration(tls);
    }
    return request;
}

HttpAnswer DestinationAdapter::answerFrom(QNetworkReply *reply, const QByteArray &body)
{
    HttpAnswer a;
    a.error = reply->error();
    a.errorString = reply->errorString();
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.contentType = reply->rawHeader("Content-Type");
    a.retryAfter = reply->rawHeader("Retry-After");
    a.body = body;
    return a;
}

HttpAnswer DestinationAdapter::answerFrom(QNetworkReply *reply, BoundedReply *bounded)
{
    if (!bounded)
        return answerFrom(reply, reply->readAll());
    HttpAnswer a = answerFrom(reply, bounded->body());
    switch (bounded->cut()) {
    case BoundedReply::Cut::None:
        break;
    case BoundedReply::Cut::TooLarge:
        a.cut = HttpAnswer::Cut::TooLarge;
        break;
    case BoundedReply::Cut::TooSlow:
        a.cut = HttpAnswer::Cut::TooSlow;
        break;
    }
    return a;
}

ReplyLimits DestinationAdapter::replyLimits() const
{
    return ReplyLimits {kMaxAnswerBytes, m_config.timeoutMs > 0 ? m_config.timeoutMs : 30000};
}

QString DestinationAdapter::excerpt(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 120)
        line = line.left(117) + QStringLiteral("...");
    return line;
}

QString DestinationAdapter::serverCode(const QString &code)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    const QString trimmed = code.trimmed();
    return token.match(trimmed).hasMatch() ? trimmed : QString();
}

QString DestinationAdapter::refusal(int status, const QString &code) const
{
    if (code.isEmpty())
        return tr("\"%1\" refused the request (HTTP %2).").arg(m_config.name).arg(status);
    return tr("\"%1\" refused the request (HTTP %2, server code %3).")
        .arg(m_config.name)
        .arg(status)
        .arg(code);
}

std::optional<DeliveryOutcome> DestinationAdapter::classifyTransport(const HttpAnswer &a,
                                                                     const QDateTime &now) const
{
    switch (a.cut) {
    case HttpAnswer::Cut::None:
        break;
    case HttpAnswer::Cut::TooLarge:
        // The request may have been taken: the retry is deduplicated on the idempotency key.
        return DeliveryOutcome::retryable(
            tr("\"%1\" sent a larger answer than the kiosk accepts; will retry.")
                .arg(m_config.name));
    case HttpAnswer::Cut::TooSlow:
        return DeliveryOutcome::retryable(tr("\"%1\" did not answer in time.").arg(m_config.name));
    }
    if (a.status == 0) {
        switch (a.error) {
        case QNetworkReply::SslHandshakeFailedError:
            return DeliveryOutcome::retryable(
                tr("TLS: the certificate of \"%1\" is not trusted (%2). Check the "
                   "destination's CA pin and the server certificate's dates.")
                    .arg(m_config.name, excerpt(a.errorString)));
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return DeliveryOutcome::retryable(
                tr("\"%1\" did not answer in time.").arg(m_config.name));
        default:
            return DeliveryOutcome::retryable(
                tr("Network: %1 (%2).").arg(excerpt(a.errorString)).arg(int(a.error)));
        }
    }
    if (a.status >= 500 || a.status == 408 || a.status == 429)
        return DeliveryOutcome::retryable(
            tr("\"%1\" answered HTTP %2; will retry.").arg(m_config.name).arg(a.status),
            Backoff::parseRetryAfter(a.retryAfter, now));
    return std::nullopt;
}

} // namespace ck
