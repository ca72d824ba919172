// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/open311adapter.h"

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

constexpr char kTokenPrefix[] = "token:";

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

    const Result<Open311Document> doc = Open311Document::parse(a.body);
    if (a.status == 200 || a.status == 201) {
        if (!doc || doc->kind != Open311Document::Kind::Requests || !doc->list
            || doc->records.isEmpty()) {
            const QString why = looksLikeHtml(a)
                ? tr("\"%1\" answered with a web page instead of Open311 (captive portal?).")
                      .arg(config().name)
                : tr("\"%1\" answered with malformed Open311 JSON (%2).")
                      .arg(config().name, doc ? tr("not a request list") : doc.error().code);
            qCWarning(lcSync) << "open311: not a GeoReport answer, will retry:" << why;
            return DeliveryOutcome::retryable(why);
        }
        const QString id = doc->first(QStringLiteral("service_request_id"));
        if (!id.isEmpty())
            return DeliveryOutcome::delivered(id);
        // GeoReport v2: token-only answers mean the id comes later (GET tokens/{token}.json).
        const QString token = doc->first(QStringLiteral("token"));
        if (!token.isEmpty())
            return DeliveryOutcome::delivered(QLatin1String(kTokenPrefix) + token);
        return DeliveryOutcome::retryable(
            tr("\"%1\" answered without a request id or token.").arg(config().name));
    }

    // Only the error code travels on: a CRM may quote the citizen's answers back in its
    // description, and last_error is shown to staff and kept for months.
    const bool errorDocument = doc && doc->kind == Open311Document::Kind::Errors;
    const QString code = errorDocument ? serverCode(doc->first(QStringLiteral("code"))) : QString();
    if (a.status == 400) {
        // Some CRMs dedup on their own and refuse the replay: the first copy arrived.
        if (doc && isDuplicateAnswer(a.status, doc.value())) {
            const QString id = doc->first(QStringLiteral("service_request_id"));
            return DeliveryOutcome::delivered(id.isEmpty() ? QStringLiteral("duplicate") : id);
        }
        // Some endpoints answer 400 when their CRM is down: retry a few times, at least an hour
        // apart, before declaring a dead letter.
        DeliveryOutcome o =
            DeliveryOutcome::retryable(refusal(a.status, code), std::chrono::hours(1));
        o.giveUpAfterAttempts = BadRequestAttempts;
        return o;
    }
    if (a.status >= 400 && a.status < 500)
        return DeliveryOutcome::permanent(refusal(a.status, code));
    return DeliveryOutcome::retryable(
        tr("\"%1\" answered unexpected HTTP %2.").arg(config().name).arg(a.status));
}

bool Open311Adapter::isDuplicateAnswer(int status, const Open311Document &document)
{
    // Any 400 document: an error list that also names the existing request's id counts too.
    if (status != 400)
        return false;
    // Word for word, case and final full stop aside. Each form names the server it was seen
    // on; a new one joins only with a captured answer in tests/data/open311 (a look-alike that
    // is taken for proof loses the citizen's request without a trace).
    static const QStringList forms {
        // Boston mayors24 (Connected Bits, Rails): the whole request (`base`) is a duplicate.
        QStringLiteral("invalid service request: base is a duplicate"),
        QStringLiteral("base is a duplicate"),
    };
    for (const auto &record : document.records) {
        const QString code = record.value(QStringLiteral("code")).trimmed();
        if (!code.isEmpty() && code != QLatin1String("400"))
            continue;
        QString description = record.value(QStringLiteral("description")).simplified().toLower();
        if (description.endsWith(QLatin1Char('.')))
            description.chop(1);
        if (forms.contains(description))
            return true;
    }
    return false;
}

QString Open311Adapter::pendingToken(const QString &serverReference)
{
    if (!serverReference.startsWith(QLatin1String(kTokenPrefix)))
        return {};
    return serverReference.mid(int(qstrlen(kTokenPrefix)));
}

QNetworkRequest Open311Adapter::tokenRequest(const QString &token) const
{
    QNetworkRequest request = baseRequest(
        QStringLiteral("tokens/%1.json").arg(QString::fromLatin1(QUrl::toPercentEncoding(token))));
    request.setRawHeader("Accept", "application/json, text/xml;q=0.9");
    return request;
}

Open311Adapter::TokenAnswer Open311Adapter::classifyToken(const QString &token,
                                                          const HttpAnswer &a) const
{
    if (a.cut != HttpAnswer::Cut::None || a.status == 0)
        return {{}, QStringLiteral("network")};
    const QString id = resolvedId(token, a.status, a.body);
    if (!id.isEmpty())
        return {id, {}};
    return {{},
            a.status == 200 ? QStringLiteral("pending") : QStringLiteral("http-%1").arg(a.status)};
}

QString Open311Adapter::resolvedId(const QString &token, int status, const QByteArray &body)
{
    // FixMyStreet answers a pending token with an empty id and HTTP 400; others with 404
    // until the CRM knows it: only an id in a 200 answer counts.
    if (status != 200 && status != 201)
        return {};
    const Result<Open311Document> doc = Open311Document::parse(body);
    if (!doc || doc->kind != Open311Document::Kind::Requests)
        return {}; // an error document, a captive portal, garbage: ask again later
    for (const auto &record : doc->records) {
        // A record about another token is not ours to take (Merton's answer echoes none).
        const QString echoed = record.value(QStringLiteral("token"));
        if (!echoed.isEmpty() && echoed != token)
            continue;
        const QString id = record.value(QStringLiteral("service_request_id")).trimmed();
        if (!id.isEmpty())
            return id;
    }
    return {};
}

} // namespace ck
