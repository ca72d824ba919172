// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/config/kioskconfig.h"
#include "domain/fleet/configsigner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ck {

// One remote action for one kiosk, signed with the fleet key (docs/fleet.md "Remote actions"):
//   {"command": {"schema": 1, "kioskId": "...", "sequence": 17, "action": "sync-now",
//                "issuedAt": "...", "expiresAt": "..."}, "signature": "...", "keyId": "..."}
// The signature covers "civic-kiosk-command\n" + the compact JSON of "command", so no signed
// configuration can pass for a command or the other way round.
struct FleetCommand
{
    static constexpr int kSchema = 1;
    static inline const QByteArray kSignatureContext = QByteArrayLiteral("civic-kiosk-command\n");

    qint64 sequence = 0;
    QString kioskId;
    QString action;
    QDateTime issuedAt;
    QDateTime expiresAt; // invalid: never

    // sync-now, restart-when-idle, end-session, collect-diagnostics, request-screenshot
    static const QStringList &actions();
    QJsonObject toJson() const;
    // Error code "command-invalid" with the reason.
    static Result<FleetCommand> fromJson(const QJsonObject &object);
    Result<QByteArray> sign(const ConfigSigner &key) const;
};

// Pulls signed commands from fleet.commandsUrl (GET ?kioskId=ID&after=LAST) every
// fleet.commandPollSec; nothing is ever pushed into the kiosk. A command is accepted only if its
// signature verifies against the pinned fleet.publicKey, it names this kiosk, its sequence is
// above the last one accepted for this kiosk id (persisted in dataDir/fleet/commands.json before
// anything runs, so neither a replay nor a crash and restart runs a command twice) and it has
// not expired. Refusals are recorded there too, with a stable code: signature-invalid,
// signature-missing, key-mismatch, envelope-invalid, command-invalid, wrong-kiosk, replayed,
// expired, no-public-key.
class FleetCommandChannel : public QObject
{
    Q_OBJECT
public:
    explicit FleetCommandChannel(const KioskConfig &running, QObject *parent = nullptr);
    ~FleetCommandChannel() override;

    // Checks and accepts one envelope (the poll path ends here too); emits `received`.
    Result<FleetCommand> offer(const QByteArray &envelope);
    // What came of an accepted command: "done", "declined" (the person at the screen said no),
    // "failed"; shown on the fleet page through the heartbeat.
    void report(const FleetCommand &command, const QString &outcome, const QString &code = {});

    qint64 lastSequence() const;
    // {sequence, action, outcome, code, at} of the newest command, or null.
    QJsonValue lastCommand() const;
    QString statePath() const { return m_statePath; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

public Q_SLOTS:
    void start(); // polls now, then every fleet.commandPollSec; no-op without a commandsUrl
    void pollNow();

Q_SIGNALS:
    void received(const ck::FleetCommand &command);
    void refused(const QString &code, const QString &message);
    void pollFinished();

private:
    void finished(QNetworkReply *reply);
    Result<FleetCommand> refuse(const QString &code, const QString &message,
                                const FleetCommand &command = {});
    QJsonObject readState() const;
    Status writeState(const QJsonObject &state);
    QDateTime now() const;

    KioskConfig m_running;
    QString m_statePath;
    std::function<QDateTime()> m_clock;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace ck
