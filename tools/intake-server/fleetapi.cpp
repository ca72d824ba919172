// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/fleetapi.h"

#include "tools/intake-server/adminauth.h"
#include "tools/intake-server/fleetpage.h"
#include "tools/intake-server/fleetstore.h"
#include "tools/intake-server/jsonapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ck::intake {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FleetApi", text);
}

// A screenshot of a full-HD screen as PNG is ~0.5-3 MB, base64 a third more.
constexpr qsizetype kMaxUpload = 16 * 1024 * 1024;

bool plausibleKioskId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-')
            && c != QLatin1Char('_'))
            return false;
        if (c.unicode() > 0x7e)
            return false;
    }
    return true;
}

HttpReply withPageHeaders(HttpReply r)
{
    // The page holds the fleet's state: never cached, never framed, never leaked by referrer.
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    r.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    r.headers.append(qMakePair(QByteArray("Referrer-Policy"), QByteArray("no-referrer")));
    r.headers.append(
        qMakePair(QByteArray("Content-Security-Policy"),
                  QByteArray("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                             "frame-ancestors 'none'")));
    return r;
}

} // namespace

FleetApi::FleetApi(FleetStore &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
{ }

bool FleetApi::authorised(const HttpRequest &request) const
{
    if (m_options.apiKey.isEmpty())
        return true;
    const QByteArray key = m_options.apiKey.toUtf8();
    const QByteArray bearer = request.header("Authorization");
    return AdminAuth::sameKey(request.header("X-Api-Key"), key)
        | (bearer.startsWith("Bearer ") && AdminAuth::sameKey(bearer.mid(7), key));
}

std::optional<HttpReply> FleetApi::handle(const HttpRequest &request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (parts.value(0) != QLatin1String("v1"))
        return std::nullopt;
    const QString head = parts.value(1);
    if (head == QLatin1String("_admin")) {
        const QString what = parts.value(2);
        if (parts.size() == 3 && what == QLatin1String("fleet") && get)
            return fleet(true);
        if (parts.size() == 3 && what == QLatin1String("fleet.json") && get)
            return fleet(false);
        if (parts.size() == 3 && what == QLatin1String("commands") && post)
            return postCommand(request);
        if (parts.size() == 4 && get
            && (what == QLatin1String("diagnostics") || what == QLatin1String("screenshots"))) {
            QString id = parts.at(3);
            const bool metadata = id.endsWith(QLatin1String(".json"));
            if (metadata)
                id.chop(5);
            return getUpload(id,
                             what == QLatin1String("diagnostics") ? QStringLiteral("diagnostics")
                                                                  : QStringLiteral("screenshot"),
                             metadata);
        }
        return std::nullopt;
    }
    const bool ours = parts.size() == 2
        && (head == QLatin1String("commands") || head == QLatin1String("diagnostics")
            || head == QLatin1String("screenshots"));
    if (!ours)
        return std::nullopt;
    if (!authorised(request))
        return JsonApi::error(401, QStringLiteral("unauthorised"), tr("Missing or wrong API key."));
    if (head == QLatin1String("commands") && get)
        return getCommands(request);
    if (head == QLatin1String("diagnostics") && post)
        return postUpload(request, QStringLiteral("diagnostics"));
    if (head == QLatin1String("screenshots") && post)
        return postUpload(request, QStringLiteral("screenshot"));
    return JsonApi::error(405, QStringLiteral("method-not-allowed"), tr("Method not allowed."));
}

HttpReply FleetApi::getCommands(const HttpRequest &request)
{
    const QString kioskId = request.query.queryItemValue(QStringLiteral("kioskId"));
    bool ok = true;
    const QString afterText = request.query.queryItemValue(QStringLiteral("after"));
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
    if (!plausibleKioskId(kioskId) || !ok || after < 0)
        return JsonApi::error(400, QStringLiteral("bad-query"),
                              tr("Give kioskId and, optionally, after (a sequence number)."));
    auto commands = m_store.commands(kioskId, after);
    if (!commands)
        return JsonApi::error(503, commands.error().code, commands.error().message);
    return HttpReply::json(
        200,
        QJsonDocument(QJsonObject {{QStringLiteral("kioskId"), kioskId},
                                   {QStringLiteral("commands"), commands.value()}}));
}

HttpReply FleetApi::postUpload(const HttpRequest &request, const QString &kind)
{
    if (request.body.size() > kMaxUpload)
        return JsonApi::error(413, QStringLiteral("too-large"), tr("The upload is too large."));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QString kioskId = doc.object().value(QStringLiteral("kioskId")).toString();
    if (!doc.isObject() || !plausibleKioskId(kioskId))
        return JsonApi::error(400, QStringLiteral("malformed-upload"),
                              tr("An upload is a JSON object with a kioskId."));
    if (kind == QLatin1String("screenshot")
        && QByteArray::fromBase64(doc.object().value(QStringLiteral("image")).toString().toLatin1())
                .left(8)
            != QByteArray("\x89PNG\r\n\x1a\n", 8))
        return JsonApi::error(400, QStringLiteral("malformed-upload"),
                              tr("A screenshot carries a base64 PNG in \"image\"."));
    if (auto st = m_store.storeUpload(kioskId, kind, request.body); !st)
        return JsonApi::error(503, st.error().code, st.error().message);
    HttpReply r = HttpReply::json(
        201,
        QJsonDocument(QJsonObject {
            {QStringLiteral("serverReference"),
             (kind == QLatin1String("screenshot") ? QStringLiteral("SS-") : QStringLiteral("DG-"))
                 + kioskId},
            {QStringLiteral("receivedAt"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}));
    r.committed = true;
    return r;
}

HttpReply FleetApi::postCommand(const HttpRequest &request)
{
    // Only the shape is checked here: the kiosk verifies the signature with its pinned key,
    // so a server that was tampered with can withhold commands but never forge one.
    const QJsonObject envelope = QJsonDocument::fromJson(request.body).object();
    const QJsonObject command = envelope.value(QStringLiteral("command")).toObject();
    const QString kioskId = command.value(QStringLiteral("kioskId")).toString();
    const double sequence = command.value(QStringLiteral("sequence")).toDouble(-1);
    if (!plausibleKioskId(kioskId) || sequence < 1 || sequence != double(qint64(sequence))
        || !envelope.value(QStringLiteral("signature")).isString())
        return JsonApi::error(400, QStringLiteral("malformed-command"),
                              tr("Send the signed envelope from civic-kioskctl sign-command."));
    if (auto st = m_store.addCommand(kioskId, qint64(sequence),
                                     QJsonDocument(envelope).toJson(QJsonDocument::Compact));
        !st) {
        const bool duplicate = st.error().code == QLatin1String("duplicate-sequence");
        return JsonApi::error(duplicate ? 409 : 503, st.error().code, st.error().message);
    }
    HttpReply r = HttpReply::json(
        201,
        QJsonDocument(QJsonObject {{QStringLiteral("kioskId"), kioskId},
                                   {QStringLiteral("sequence"), qint64(sequence)}}));
    r.committed = true;
    return r;
}

HttpReply FleetApi::fleet(bool html)
{
    auto heartbeats = m_store.heartbeats();
    if (!heartbeats)
        return JsonApi::error(503, heartbeats.error().code, heartbeats.error().message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<FleetRow> rows;
    for (const FleetStore::Heartbeat &hb : std::as_const(heartbeats.value())) {
        FleetRow row = fleetRow(hb, now);
        row.hasScreenshot = m_store.upload(hb.kioskId, QStringLiteral("screenshot")).has_value();
        row.hasDiagnostics = m_store.upload(hb.kioskId, QStringLiteral("diagnostics")).has_value();
        rows.append(row);
    }
    sortByAttention(rows);
    if (!html)
        return HttpReply::json(
            200,
            QJsonDocument(QJsonObject {{QStringLiteral("generatedAt"), now.toString(Qt::ISODate)},
                                       {QStringLiteral("kiosks"), fleetJson(rows)}}));
    HttpReply r;
    r.status = 200;
    r.contentType = "text/html; charset=utf-8";
    r.body = fleetPageHtml(rows, now);
    return withPageHeaders(r);
}

HttpReply FleetApi::getUpload(const QString &kioskId, const QString &kind, bool metadataOnly)
{
    const auto upload = m_store.upload(kioskId, kind);
    if (!upload)
        return JsonApi::error(404, QStringLiteral("not-found"), tr("Nothing uploaded yet."));
    QJsonObject o = QJsonDocument::fromJson(upload->body).object();
    o.insert(QStringLiteral("receivedAt"), upload->receivedAt.toString(Qt::ISODateWithMs));
    if (kind == QLatin1String("screenshot") && !metadataOnly) {
        HttpReply r;
        r.status = 200;
        r.contentType = "image/png";
        r.body = QByteArray::fromBase64(o.value(QStringLiteral("image")).toString().toLatin1());
        return withPageHeaders(r);
    }
    o.remove(QStringLiteral("image"));
    return withPageHeaders(HttpReply::json(200, QJsonDocument(o)));
}

} // namespace ck::intake
