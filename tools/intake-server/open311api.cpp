#include "open311api.h"

#include "intakestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace ck::intake {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Open311Api", text);
}

struct ServiceInfo
{
    const char *code;
    const char *name;
    const char *group;
};
// The demo council's catalogue; MISSED_BIN is what packaging/services/missed-bin.json targets.
constexpr ServiceInfo kServices[] = {
    {"MISSED_BIN", "Missed bin collection", "Waste"},
    {"FLY_TIPPING", "Fly-tipping", "Waste"},
    {"POTHOLE", "Pothole", "Roads"},
    {"STREET_LIGHT", "Street light fault", "Roads"},
};

const ServiceInfo *findService(const QString &code)
{
    for (const auto &s : kServices) {
        if (code == QLatin1String(s.code))
            return &s;
    }
    return nullptr;
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

// application/x-www-form-urlencoded by hand: QUrlQuery keeps "[" and "]" (gen-delims) encoded
// and does not turn '+' into a space, so "attribute%5Bkiosk_reference%5D" would not be found.
QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (QByteArray pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.insert(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value));
    }
    return out;
}

// What a replay must repeat: every field but api_key (a key rotated between two attempts does
// not make another request), in a fixed order, so clients that order or encode fields
// differently still match. It is also what is stored: the API key never reaches the database.
QByteArray canonicalForm(const QHash<QString, QString> &fields)
{
    QStringList names = fields.keys();
    names.removeAll(QStringLiteral("api_key"));
    names.sort();
    QByteArray out;
    for (const QString &name : std::as_const(names)) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(fields.value(name));
    }
    return out;
}

} // namespace

Open311Api::Open311Api(IntakeStore &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
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
    QJsonArray list;
    for (const auto &s : kServices) {
        list.append(QJsonObject {{QStringLiteral("service_code"), QLatin1String(s.code)},
                                 {QStringLiteral("service_name"), QLatin1String(s.name)},
                                 {QStringLiteral("description"), QLatin1String(s.name)},
                                 {QStringLiteral("metadata"), true},
                                 {QStringLiteral("type"), QStringLiteral("realtime")},
                                 {QStringLiteral("keywords"), QString()},
                                 {QStringLiteral("group"), QLatin1String(s.group)}});
    }
    return HttpReply::json(200, QJsonDocument(list));
}

HttpReply Open311Api::serviceDefinition(const QString &code) const
{
    if (!findService(code))
        return error(404, tr("Unknown service_code."));
    // Two attributes every kiosk sends: the reference the citizen was given, and the key that
    // makes a retry recognisable (dedup is on the key, never on the reference alone).
    const auto attribute = [](const char *attrCode, const char *format, int order,
                              const char *description) {
        return QJsonObject {{QStringLiteral("variable"), true},
                            {QStringLiteral("code"), QLatin1String(attrCode)},
                            {QStringLiteral("datatype"), QStringLiteral("string")},
                            {QStringLiteral("required"), false},
                            {QStringLiteral("datatype_description"), QLatin1String(format)},
                            {QStringLiteral("order"), order},
                            {QStringLiteral("description"), QLatin1String(description)}};
    };
    const QJsonArray attributes {
        attribute("kiosk_reference", "CK-XXXX-XXXX-X", 1, "Kiosk reference"),
        attribute("kiosk_idempotency_key", "UUID, the same on every retry", 2,
                  "Kiosk idempotency key")};
    return HttpReply::json(200,
                           QJsonDocument(QJsonObject {{QStringLiteral("service_code"), code},
                                                      {QStringLiteral("attributes"), attributes}}));
}

HttpReply Open311Api::postRequest(const HttpRequest &request)
{
    const QHash<QString, QString> fields = parseForm(request.body);
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
    if (!findService(serviceCode))
        return error(400, tr("Unknown service_code."));
    const QString kioskReference = field(QStringLiteral("attribute[kiosk_reference]"));
    if (kioskReference.size() > 128)
        return error(400, tr("attribute[kiosk_reference] is too long."));
    const QString idempotencyKey = field(QStringLiteral("attribute[kiosk_idempotency_key]"));
    if (idempotencyKey.size() > 128)
        return error(400, tr("attribute[kiosk_idempotency_key] is too long."));

    auto accepted =
        m_store.acceptOpen311(serviceCode, kioskReference, idempotencyKey, canonicalForm(fields));
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
