// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tools/intake-server/adminauth.h"
#include "tools/intake-server/fleetapi.h"
#include "tools/intake-server/httpexchange.h"
#include "tools/intake-server/jsonapi.h"
#include "tools/intake-server/open311api.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>

namespace ck::intake {

// Faults the reference server can inject, so clients are tested against the failures they will
// meet in the field.
struct FaultOptions
{
    double failRate = 0.0; // answer 503 (nothing stored) with this probability
    double dropAfterAccept = 0.0; // commit, then cut the connection without an answer
    int latencyMs = 0; // wait before handling each request
    quint32 seed = 0; // 0: random
};

// The transport: QAbstractHttpServer (not QHttpServer) because the fault injector needs the raw
// socket to abort a connection after a commit, which the 6.4 QHttpServer router hides.
class IntakeServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    IntakeServer(IntakeStore &store, JsonApi::Options json, Open311Api::Options open311,
                 FaultOptions faults, QObject *parent = nullptr);

    // Guards every /v1/_admin/ path (without a key they all answer 403), and adds the fleet
    // endpoints (FleetApi, not owned; may be null).
    void setAdmin(AdminAuth auth, FleetApi *fleet)
    {
        m_admin = std::move(auth);
        m_fleet = fleet;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply route(const HttpRequest &request);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply);

    JsonApi m_json;
    Open311Api m_open311;
    FaultOptions m_faults;
    QRandomGenerator m_random;
    AdminAuth m_admin;
    FleetApi *m_fleet = nullptr;
};

} // namespace ck::intake
