// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/jsonapiadapter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ck::JsonApiAdapter", text);
}
} // namespace

JsonApiAdapter::JsonApiAdapter(DestinationConfig config)
    : DestinationAdapter(std::move(config))
{ }

Result<PreparedRequest> JsonApiAdapter::prepare(const OutboxRow &row,
                                                const SecureBytes &payload) const
{
    if (payload.isEmpty() || payload.constData()[0] != '{')
        return Result<PreparedRequest>::failure(
            QStringLiteral("payload-invalid"),
            tr("The saved submission is not a JSON document; it cannot be sent."));
    // The document goes as it was sealed: the server compares bodies for the same
    // Idempotency-Key, so a replay must be byte-identical.
    // Everything the kiosk sends travels through the outbox; the kind picks the endpoint.
    // The destination URL carries the API version (docs/api.md: ".../v1/").
    static const QHash<QString, QString> endpoints {
        {QStringLiteral("submission"), QStringLiteral("submissions")},
        {QStringLiteral("feedback"), QStringLiteral("feedback")},
        {QStringLiteral("evidence"), QStringLiteral("evidence")},
        {QStringLiteral("heartbeat"), QStringLiteral("heartbeat")},
        // What a signed fleet command asked for (docs/fleet.md "Remote actions").
        {QStringLiteral("diagnostics"), QStringLiteral("diagnostics")},
        {QStringLiteral("screenshot"), QStringLiteral("screenshots")}};
    const QString endpoint =
        endpoints.value(row.kind.isEmpty() ? QStringLiteral("submission") : row.kind);
    if (endpoint.isEmpty())
        return Result<PreparedRequest>::failure(
            QStringLiteral("payload-invalid"),
            tr("The JSON API has no endpoint for items of kind \"%1\".").arg(row.kind));
    PreparedRequest prepared {baseRequest(endpoint),
                              QByteArray(payload.constData(), payload.size())};
    prepared.request.setHeader(QNetworkRequest::ContentTypeHeader,
                               QStringLiteral("application/json"));
    prepared.request.setRawHeader("Idempotency-Key", row.idempotencyKey.toLatin1());
    if (!config().apiKey.isEmpty())
        prepared.request.setRawHeader("Authorization", "Bearer " + config().apiKey.toUtf8());
    return prepared;
}

DeliveryOutcome JsonApiAdapter::classify(const HttpAnswer &a, const QDateTime &now) const
{
    if (auto transport = classifyTransport(a, now))
        return *transport;
    QJsonParseError err {};
    const QJsonObject body = QJsonDocument::fromJson(a.body, &err).object();
    if (a.status == 201 || a.status == 200) {
        const QString serverRef = body.value(QLatin1String("serverReference")).toString();
        if (err.error == QJsonParseError::NoError && !serverRef.isEmpty())
            return DeliveryOutcome::delivered(serverRef);
        const QString why =
            tr("\"%1\" answered %2 without the API's JSON (%3).")
                .arg(config().name)
                .arg(a.status)
                .arg(err.error != QJsonParseError::NoError ? err.errorString()
                                                           : tr("no serverReference"));
        qCWarning(lcSync) << "json api: unexpected answer, will retry:" << why;
        return DeliveryOutcome::retryable(why);
    }
    // docs/api.md: errors are {"error": {"code", "message"}}; older servers sent a bare string.
    // Only the code is kept (DestinationAdapter::serverCode): the message may quote answers.
    const QJsonValue error = body.value(QLatin1String("error"));
    const QString code =
        serverCode(error.isObject() ? error.toObject().value(QLatin1String("code")).toString()
                                    : error.toString());
    if (a.status == 409)
        return DeliveryOutcome::permanent(
            tr("\"%1\" already holds different content under this submission's idempotency "
               "key (409).")
                .arg(config().name));
    if (a.status >= 400 && a.status < 500)
        return DeliveryOutcome::permanent(refusal(a.status, code));
    return DeliveryOutcome::retryable(
        tr("\"%1\" answered unexpected HTTP %2.").arg(config().name).arg(a.status));
}

} // namespace ck
