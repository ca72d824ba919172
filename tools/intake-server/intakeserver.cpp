// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/intakeserver.h"

#include "tools/intake-server/guardedtcpserver.h"
#include "tools/intake-server/trace.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QThread>

namespace ck::intake {

IntakeServer::IntakeServer(IntakeStore &store, JsonApi::Options json, Open311Api::Options open311,
                           FaultOptions faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_json(store, std::move(json))
    , m_open311(store, std::move(open311))
    , m_faults(faults)
    , m_random(faults.seed ? faults.seed : QRandomGenerator::system()->generate())
{ }

HttpReply IntakeServer::route(const HttpRequest &request)
{
    if (request.path.startsWith(QLatin1String("/v1/_admin/")) && !m_admin.authorised(request))
        return m_admin.refusal();
    if (m_fleet) {
        if (auto reply = m_fleet->handle(request))
            return *reply;
    }
    if (request.path.startsWith(QLatin1String("/v1/")))
        return m_json.handle(request);
    if (request.path.startsWith(QLatin1String("/open311/v2/")))
        return m_open311.handle(request);
    return JsonApi::error(404, QStringLiteral("not-found"),
                          QCoreApplication::translate("IntakeServer", "No such endpoint."));
}

bool IntakeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        r.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = "DELETE";
        break;
    default:
        r.method = "OTHER";
        break;
    }
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();

    // Admin endpoints are the tests' window on the store: never delayed, never faulted.
    const bool admin = r.path.startsWith(QLatin1String("/v1/_admin/"));
    if (!admin && r.method == "POST")
        trace("recv " + r.path.toUtf8());
    if (!admin && m_faults.latencyMs > 0) {
        // Blocking on purpose: the server is single-threaded, and a stall that holds every
        // connection is also what a slow back end looks like from the kiosk.
        QThread::msleep(static_cast<unsigned long>(m_faults.latencyMs));
    }
    if (!admin && m_faults.failRate > 0 && m_random.generateDouble() < m_faults.failRate) {
        HttpReply busy = JsonApi::error(
            503, QStringLiteral("injected-failure"),
            QCoreApplication::translate("IntakeServer", "Service unavailable (injected)."));
        send(request, socket, busy);
        return true;
    }
    const HttpReply reply = route(r);
    if (!admin && reply.committed && m_faults.dropAfterAccept > 0
        && m_random.generateDouble() < m_faults.dropAfterAccept) {
        // The data is durable; the client never hears so and must retry safely.
        socket->abort();
        return true;
    }
    send(request, socket, reply);
    return true;
}

void IntakeServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket,
         JsonApi::error(404, QStringLiteral("not-found"),
                        QCoreApplication::translate("IntakeServer", "No such endpoint.")));
}

void IntakeServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                        const HttpReply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(reply.body);
    GuardedTcpServer::requestAnswered(socket);
}

} // namespace ck::intake
