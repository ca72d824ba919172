// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/open311api.h"

#include "tools/intake-server/intakestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace ck::intake {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Open311Api", text);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// The path segment ends in ".json"; anything else (".xml") is a format we do not offer.
bool stripJson(QString &segment)
{
    if (!segment.endsWith(QLatin1String(".json")))
        return false;
    segment.chop(5);
    return !segment.isEmpty();
}

// What a replay must repeat: every field but api_key (a key rotated between two attempts does
// not make another request), in a fixed order, so clients that order or encode fields
// differently still match. It is also what is stored: the API key never reaches the database.
// Repeated names (attribute[CODE][]) keep their order among themselves.
QByteArray canonicalForm(QList<QPair<QString, QString>> fields)
{
    std::stable_sort(fields.begin(), fields.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[name, value] : std::as_const(fields)) {
        if (name == QLatin1String("api_key"))
            continue;
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

Open311Api::Open311Api(IntakeStore &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
    , m_catalogue(m_options.servicesDir)
{ }

HttpReply Open311Api::error(int status, const QString &description)
{
    return HttpReply::json(
        status,
        QJsonDocument(QJsonArray {QJsonObject {{QStringLiteral("code"), status},
                                               {QStringLiteral("description"), description}}}));
}

HttpReply Open311Api::handle(const HttpRequest &request)
{
    QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.remove(0, qMin<qsizetype>(2, parts.size())); // "open311", "v2"
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (parts.size() == 1 && parts[0] == QLatin1String("services.json") && get)
        return services();
    if (parts.size() == 1 && parts[0] == QLatin1String("requests.json") && post)
        return postRequest(request);
    if (parts.size() == 2 && get) {
        QString id = parts[1];
        if (!stripJson(id))
            return error(404, tr("Only the JSON format is offered."));
        if (parts[0] == QLatin1String("services"))
            return serviceDefinition(id);
        if (parts[0] == QLatin1String("requests"))
            return getRequest(id);
        if (parts[0] == QLatin1String("tokens"))
            return getToken(id);
    }
    return error(404, tr("No such endpoint."));
}

HttpReply Open311Api::services() const
{
    return m_catalogue.services();
}

HttpReply Open311Api::serviceDefinition(const QString &code) const
{
    return m_catalogue.definition(code);
}

HttpReply Open311Api::postRequest(const HttpRequest &request)
{
    const QList<QPair<QString, QString>> pairs = Open311Catalogue::parseForm(request.body);
    QHash<QString, QString> fields;
    for (const auto &[name, value] : pairs)
        fields.insert(name, value);
    auto field = [&fields](const QString &name) { return fields.value(name); };
    if (!m_options.apiKey.isEmpty() && field(QStringLiteral("api_key")) != m_options.apiKey)
        return error(403, tr("Invalid api_key."));
    const QString serviceCode = field(QStringLiteral("service_code"));
    if (m_options.echoRejects) {
        // What some CRMs do with a request they refuse: quote it back in the error text.
        return error(400,
                     tr("Could not accept \"%1\" at %2.")
                         .arg(field(QStringLiteral("description")),
                              field(QStringLiteral("address_string"))));
    }
    if (serviceCode.isEmpty())
        return error(400, tr("service_code is required."));
    if (!m_catalogue.knows(serviceCode))
        return error(400, tr("Unknown service_code."));
    // As a council's CRM does: required attributes answered, list answers among the values.
    if (const QString problem = m_catalogue.check(serviceCode, pairs); !problem.isEmpty())
        return error(400, problem);
    const QString kioskReference = field(QStringLiteral("attribute[kiosk_reference]"));
    if (kioskReference.size() > 128)
        return error(400, tr("attribute[kiosk_reference] is too long."));
    const QString idempotencyKey = field(QStringLiteral("attribute[kiosk_idempotency_key]"));
    if (idempotencyKey.size() > 128)
        return error(400, tr("attribute[kiosk_idempotency_key] is too long."));

    auto accepted =
        m_store.acceptOpen311(serviceCode, kioskReference, idempotencyKey, canonicalForm(pairs));
    if (!accepted)
        return error(503, accepted.error().message);
    // Same key, another request: a client bug, not a replay. Not 400, which kiosks retry (some
    // CRMs answer 400 while down): another 4xx makes it a dead letter for the admin to see.
    if (accepted->outcome == IntakeStore::Outcome::Conflict)
        return error(409, tr("This kiosk_idempotency_key was used with a different request."));
    const StoredSubmission &row = accepted->row;
    // GeoReport v2: when the id is not available at once the server answers a token, and the
    // client resolves it later with GET tokens/{token}.json.
    QJsonObject answer;
    if (m_options.tokenOnly) {
        answer.insert(QStringLiteral("token"), row.token);
    } else {
        answer.insert(QStringLiteral("service_request_id"), row.serverReference);
        answer.insert(QStringLiteral("token"), QJsonValue::Null);
        answer.insert(QStringLiteral("service_notice"), QString());
    }
    HttpReply r = HttpReply::json(200, QJsonDocument(QJsonArray {answer}));
    r.committed = true;
    return r;
}

HttpReply Open311Api::getRequest(const QString &id)
{
    const auto row = m_store.findByServerReference(id);
    if (!row || row->protocol != QLatin1String("open311"))
        return error(404, tr("No such service request."));
    const QString status =
        row->status == QLatin1String("closed") ? QStringLiteral("closed") : QStringLiteral("open");
    return HttpReply::json(200,
                           QJsonDocument(QJsonArray {QJsonObject {
                               {QStringLiteral("service_request_id"), row->serverReference},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("service_code"), row->serviceCode},
                               {QStringLiteral("requested_datetime"), iso(row->receivedAt)},
                               {QStringLiteral("updated_datetime"), iso(row->updatedAt)},
                               {QStringLiteral("status_notes"), row->statusNotes}}}));
}

HttpReply Open311Api::getToken(const QString &token)
{
    const auto row = m_store.findByToken(token);
    if (!row)
        return error(404, tr("No such token."));
    // FixMyStreet's way of saying "not yet": HTTP 400 and an empty service_request_id.
    if (++m_tokenLookups[token] <= m_options.tokenPending)
        return HttpReply::json(400,
                               QJsonDocument(QJsonArray {
                                   QJsonObject {{QStringLiteral("service_request_id"), QString()},
                                                {QStringLiteral("token"), token}}}));
    return HttpReply::json(200,
                           QJsonDocument(QJsonArray {QJsonObject {
                               {QStringLiteral("service_request_id"), row->serverReference},
                               {QStringLiteral("token"), token}}}));
}

} // namespace ck::intake
