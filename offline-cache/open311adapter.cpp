#include "open311adapter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ck::Open311Adapter", text);
}

void addField(QByteArray &form, const QString &key, const QString &value)
{
    if (!form.isEmpty())
        form += '&';
    // toPercentEncoding leaves only unreserved characters, so '+', '&' and '=' in answers
    // cannot be misread by a form decoder (QUrlQuery would leave '+' alone).
    form += QUrl::toPercentEncoding(key);
    form += '=';
    form += QUrl::toPercentEncoding(value);
}

QString jsonString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool looksLikeHtml(const HttpAnswer &a)
{
    return a.contentType.toLower().contains("html")
        || a.body.trimmed().left(15).toLower().startsWith("<!doctype html")
        || a.body.trimmed().left(6).toLower().startsWith("<html");
}
} // namespace

Open311Adapter::Open311Adapter(DestinationConfig config)
    : DestinationAdapter(std::move(config))
{ }

Result<PreparedRequest> Open311Adapter::prepare(const OutboxRow &row,
                                                const SecureBytes &payload) const
{
    if (!row.kind.isEmpty() && row.kind != QLatin1String("submission"))
        return Result<PreparedRequest>::failure(
            QStringLiteral("payload-invalid"),
            tr("Open311 carries service requests only, not items of kind \"%1\".").arg(row.kind));
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(payload.view(), &err);
    const QJsonObject root = doc.object();
    const QJsonObject o311 = root.value(QLatin1String("open311")).toObject();
    const QString serviceCode = root.value(QLatin1String("destination"))
                                    .toObject()
                                    .value(QLatin1String("serviceCode"))
                                    .toString();
    if (err.error != QJsonParseError::NoError || !doc.isObject() || serviceCode.isEmpty())
        return Result<PreparedRequest>::failure(
            QStringLiteral("payload-invalid"),
            tr("The saved submission has no Open311 service code; it cannot be sent."));

    QByteArray form;
    if (!config().apiKey.isEmpty())
        addField(form, QStringLiteral("api_key"), config().apiKey);
    addField(form, QStringLiteral("service_code"), serviceCode);
    for (const char *field : {"description", "address_string", "lat", "long", "first_name",
                              "last_name", "email", "phone"}) {
        const QString value = jsonString(o311.value(QLatin1String(field)));
        if (!value.isEmpty())
            addField(form, QString::fromLatin1(field), value);
    }
    const QJsonObject attributes = o311.value(QLatin1String("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (it.key() == QLatin1String("kiosk_reference")
            || it.key() == QLatin1String("kiosk_idempotency_key"))
            continue;
        // GeoReport v2: a multivaluelist answer is one attribute[CODE][] field per value.
        if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                addField(form, QStringLiteral("attribute[%1][]").arg(it.key()), jsonString(v));
            continue;
        }
        addField(form, QStringLiteral("attribute[%1]").arg(it.key()), jsonString(it.value()));
    }
    // The idempotency key (a UUID, the same on every retry of this row) lets servers (ours
    // included) recognise a replay after a lost answer: at-least-once with dedup. The reference
    // travels too, for tracking, but is no dedup key: two kiosks can (rarely) make the same one.
    addField(form, QStringLiteral("attribute[kiosk_reference]"), row.reference);
    addField(form, QStringLiteral("attribute[kiosk_idempotency_key]"), row.idempotencyKey);

    PreparedRequest prepared {baseRequest(QStringLiteral("requests.json")), std::move(form)};
    prepared.request.setHeader(QNetworkRequest::ContentTypeHeader,
                               QStringLiteral("application/x-www-form-urlencoded"));
    return prepared;
}

DeliveryOutcome Open311Adapter::classify(const HttpAnswer &a, const QDateTime &now) const
{
    if (auto transport = classifyTransport(a, now))
        return *transport;

    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(a.body, &err);
    const bool validJson = err.error == QJsonParseError::NoError;
    const QJsonObject first = doc.array().at(0).toObject();

    if (a.status == 200 || a.status == 201) {
        if (!validJson || !doc.isArray() || first.isEmpty()) {
            const QString why = looksLikeHtml(a)
                ? tr("\"%1\" answered with a web page instead of Open311 (captive portal?).")
                      .arg(config().name)
                : tr("\"%1\" answered with malformed Open311 JSON (%2).")
                      .arg(config().name, validJson ? tr("not a request list") : err.errorString());
            qCWarning(lcSync) << "open311: not a GeoReport answer, will retry:" << why;
            return DeliveryOutcome::retryable(why);
        }
        const QString id = jsonString(first.value(QLatin1String("service_request_id")));
        if (!id.isEmpty())
            return DeliveryOutcome::delivered(id);
        // GeoReport v2: token-only answers mean the id comes later (GET tokens/{token}.json).
        const QString token = jsonString(first.value(QLatin1String("token")));
        if (!token.isEmpty())
            return DeliveryOutcome::delivered(QStringLiteral("token:") + token);
        return DeliveryOutcome::retryable(
            tr("\"%1\" answered without a request id or token.").arg(config().name));
    }

    const QString description = excerpt(jsonString(first.value(QLatin1String("description"))));
    if (a.status == 400) {
        // Some CRMs dedup on their own and refuse the replay: the first copy arrived.
        if (description.contains(QLatin1String("duplicate"), Qt::CaseInsensitive)) {
            const QString id = jsonString(first.value(QLatin1String("service_request_id")));
            return DeliveryOutcome::delivered(id.isEmpty() ? QStringLiteral("duplicate") : id);
        }
        // Some endpoints answer 400 when their CRM is down: retry a few times, at least an hour
        // apart, before declaring a dead letter.
        DeliveryOutcome o = DeliveryOutcome::retryable(
            tr("\"%1\" refused the request (400: %2).")
                .arg(config().name, description.isEmpty() ? tr("no description") : description),
            std::chrono::hours(1));
        o.giveUpAfterAttempts = BadRequestAttempts;
        return o;
    }
    if (a.status >= 400 && a.status < 500)
        return DeliveryOutcome::permanent(tr("\"%1\" refused the request (%2: %3).")
                                              .arg(config().name)
                                              .arg(a.status)
                                              .arg(description));
    return DeliveryOutcome::retryable(
        tr("\"%1\" answered unexpected HTTP %2.").arg(config().name).arg(a.status));
}

} // namespace ck
