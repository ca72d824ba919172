// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/jsonapi.h"

#include "tools/intake-server/intakestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

namespace ck::intake {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonApi", text);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A reference or key travels in URLs and logs: keep it short and printable.
bool plausibleToken(const QString &s)
{
    if (s.isEmpty() || s.size() > 128)
        return false;
    for (const QChar c : s) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString apiStatus(const QString &stored)
{
    return stored.isEmpty() ? QStringLiteral("received") : stored;
}

} // namespace

JsonApi::JsonApi(IntakeStore &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
{ }

HttpReply JsonApi::error(int status, const QString &code, const QString &message)
{
    return HttpReply::json(
        status,
        QJsonDocument(QJsonObject {
            {QStringLiteral("error"),
             QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}));
}

bool JsonApi::authorised(const HttpRequest &request) const
{
    if (m_options.apiKey.isEmpty())
        return true;
    const QByteArray key = m_options.apiKey.toUtf8();
    return request.header("X-Api-Key") == key || request.header("Authorization") == "Bearer " + key;
}

HttpReply JsonApi::handle(const HttpRequest &request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // parts[0] == "v1"
    const QString head = parts.value(1);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    if (head == QLatin1String("_admin")) {
        if (get && parts.size() == 3 && parts[2] == QLatin1String("stats"))
            return HttpReply::json(200, QJsonDocument(m_store.stats()));
        if (get && parts.size() == 4 && parts[2] == QLatin1String("heartbeats")) {
            if (auto hb = m_store.heartbeat(parts[3]))
                return HttpReply::json(200, QJsonDocument(*hb));
            return error(404, QStringLiteral("not-found"), tr("No heartbeat from this kiosk."));
        }
        if (post && parts.size() == 3 && parts[2] == QLatin1String("status"))
            return adminStatus(request);
        // What the server holds for one kiosk reference, byte for byte (the crash tests compare
        // it with what was submitted).
        if (get && parts.size() == 4 && parts[2] == QLatin1String("submissions"))
            return HttpReply::json(
                200,
                QJsonDocument(QJsonObject {{QStringLiteral("reference"), parts[3]},
                                           {QStringLiteral("copies"), m_store.bodies(parts[3])}}));
        return error(404, QStringLiteral("not-found"), tr("No such endpoint."));
    }

    if (!authorised(request))
        return error(401, QStringLiteral("unauthorised"), tr("Missing or wrong API key."));

    if (head == QLatin1String("submissions")) {
        if (post && parts.size() == 2)
            return postSubmission(request, QStringLiteral("submission"));
        if (get && parts.size() == 3)
            return getSubmission(parts[2]);
    } else if (parts.size() == 2) {
        if (post && head == QLatin1String("feedback"))
            return postSubmission(request, QStringLiteral("feedback"));
        if (post && head == QLatin1String("evidence"))
            return postSubmission(request, QStringLiteral("evidence"));
        if (post && head == QLatin1String("heartbeat"))
            return postHeartbeat(request);
        if (get && head == QLatin1String("performance"))
            return getPerformance();
        if (get && head == QLatin1String("config"))
            return getConfig();
    }
    if (get || post)
        return error(404, QStringLiteral("not-found"), tr("No such endpoint."));
    return error(405, QStringLiteral("method-not-allowed"), tr("Method not allowed."));
}

HttpReply JsonApi::postSubmission(const HttpRequest &request, const QString &kind)
{
    const QString key = QString::fromUtf8(request.header("Idempotency-Key")).trimmed();
    const bool isSubmission = kind == QLatin1String("submission");
    if (m_options.echoRejects && isSubmission) {
        // What some CRMs do with a request they refuse: quote it back in the error text.
        const QJsonObject answers = QJsonDocument::fromJson(request.body)
                                        .object()
                                        .value(QStringLiteral("answers"))
                                        .toObject();
        QStringList quoted;
        for (auto it = answers.begin(); it != answers.end(); ++it)
            quoted << it.value().toVariant().toString();
        return error(422, QStringLiteral("rejected"),
                     tr("Could not accept: %1").arg(quoted.join(QStringLiteral(", "))));
    }
    if (isSubmission && key.isEmpty()) {
        return error(400, QStringLiteral("idempotency-key-missing"),
                     tr("The Idempotency-Key header is required."));
    }
    if (!key.isEmpty() && !plausibleToken(key)) {
        return error(400, QStringLiteral("idempotency-key-invalid"),
                     tr("The Idempotency-Key header must be 1 to 128 printable characters."));
    }
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        return error(400, QStringLiteral("malformed-json"),
                     tr("The body must be one JSON object."));
    }
    const QJsonObject body = doc.object();
    const QString reference = body.value(QStringLiteral("reference")).toString();
    if (isSubmission && !plausibleToken(reference)) {
        return error(400, QStringLiteral("reference-missing"),
                     tr("The submission must carry its kiosk reference."));
    }
    const QString serviceCode = body.value(QStringLiteral("destination"))
                                    .toObject()
                                    .value(QStringLiteral("serviceCode"))
                                    .toString(body.value(QStringLiteral("serviceId")).toString());
    // Canonical bytes (keys sorted, compact) so a replay that only differs in whitespace or key
    // order is still "the same body".
    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto accepted = m_store.acceptJson(kind, key, reference, serviceCode, canonical);
    if (!accepted)
        return error(503, accepted.error().code, accepted.error().message);
    if (accepted->outcome == IntakeStore::Outcome::Conflict) {
        HttpReply r = error(409, QStringLiteral("idempotency-conflict"),
                            tr("This Idempotency-Key was used with a different body."));
        r.committed = true; // the reception was counted
        return r;
    }
    const StoredSubmission &row = accepted->row;
    QJsonObject out {{QStringLiteral("serverReference"), row.serverReference},
                     {QStringLiteral("receivedAt"), iso(row.receivedAt)}};
    if (!row.reference.isEmpty())
        out.insert(QStringLiteral("reference"), row.reference);
    HttpReply r = HttpReply::json(accepted->outcome == IntakeStore::Outcome::Created ? 201 : 200,
                                  QJsonDocument(out));
    r.committed = true;
    return r;
}

HttpReply JsonApi::getSubmission(const QString &reference)
{
    auto row = m_store.findByReference(reference);
    if (!row)
        row = m_store.findByServerReference(reference);
    if (!row || row->kind != QLatin1String("submission"))
        return error(404, QStringLiteral("not-found"), tr("No submission with this reference."));
    return HttpReply::json(
        200,
        QJsonDocument(QJsonObject {{QStringLiteral("reference"), row->reference},
                                   {QStringLiteral("serverReference"), row->serverReference},
                                   {QStringLiteral("serviceCode"), row->serviceCode},
                                   {QStringLiteral("protocol"), row->protocol},
                                   {QStringLiteral("status"), apiStatus(row->status)},
                                   {QStringLiteral("receivedAt"), iso(row->receivedAt)},
                                   {QStringLiteral("updatedAt"), iso(row->updatedAt)}}));
}

HttpReply JsonApi::postHeartbeat(const HttpRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QString kioskId = doc.object().value(QStringLiteral("kioskId")).toString();
    if (!doc.isObject() || !plausibleToken(kioskId)) {
        return error(400, QStringLiteral("malformed-heartbeat"),
                     tr("A heartbeat is a JSON object with a kioskId."));
    }
    if (auto st = m_store.storeHeartbeat(kioskId, doc.toJson(QJsonDocument::Compact)); !st)
        return error(503, st.error().code, st.error().message);
    const auto stored = m_store.heartbeat(kioskId);
    const QString receivedAt =
        stored ? stored->value(QStringLiteral("receivedAt")).toString() : QString();
    HttpReply r =
        HttpReply::json(200,
                        QJsonDocument(QJsonObject {
                            {QStringLiteral("kioskId"), kioskId},
                            {QStringLiteral("serverReference"), QStringLiteral("HB-") + kioskId},
                            {QStringLiteral("receivedAt"), receivedAt}}));
    r.committed = true;
    return r;
}

HttpReply JsonApi::getPerformance()
{
    return HttpReply::json(
        200,
        QJsonDocument(QJsonObject {{QStringLiteral("generatedAt"),
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("services"), m_store.performance()}}));
}

HttpReply JsonApi::getConfig()
{
    // Served verbatim and re-read on every request, so a test can swap the file between polls.
    // The signature lives inside the envelope ({"config", "signature", "keyId"}); the server
    // never re-encodes it, which would break the signed bytes.
    if (m_options.configFile.isEmpty())
        return error(404, QStringLiteral("no-config"), tr("This server has no kiosk config."));
    QFile f(m_options.configFile);
    if (!f.open(QIODevice::ReadOnly))
        return error(404, QStringLiteral("no-config"), tr("The kiosk config cannot be read."));
    HttpReply r;
    r.status = 200;
    r.body = f.readAll();
    return r;
}

HttpReply JsonApi::adminStatus(const HttpRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(request.body).object();
    const QString status = o.value(QStringLiteral("status")).toString();
    static const QStringList allowed {QStringLiteral("received"), QStringLiteral("in-progress"),
                                      QStringLiteral("closed")};
    if (!allowed.contains(status)) {
        return error(400, QStringLiteral("bad-status"),
                     tr("status must be received, in-progress or closed."));
    }
    if (auto st = m_store.setStatus(o.value(QStringLiteral("reference")).toString(), status,
                                    o.value(QStringLiteral("notes")).toString());
        !st)
        return error(404, st.error().code, st.error().message);
    HttpReply r =
        HttpReply::json(200, QJsonDocument(QJsonObject {{QStringLiteral("status"), status}}));
    r.committed = true;
    return r;
}

} // namespace ck::intake
