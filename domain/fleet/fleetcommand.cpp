// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/fleetcommand.h"

#include "core/translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>
#include <QUrlQuery>

namespace ck {

namespace {

// A poll answer holds a few envelopes of a few hundred bytes each.
constexpr qint64 kMaxAnswerBytes = 256 * 1024;
constexpr qint64 kMaxSequence = qint64(1) << 53; // exact in a JSON number

QString tr(const char *text)
{
    return translateIn({"ck::FleetCommandChannel", "ck::FleetCommand", "ck"}, text);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

const QStringList &FleetCommand::actions()
{
    // "request-screenshot" is run by the composition's RemoteView: it asks the person on screen
    // first during a session, and renders the window with answers, personal fields and web
    // views hidden, so nothing they typed or chose is in the image that leaves the process.
    static const QStringList list {QStringLiteral("sync-now"), QStringLiteral("restart-when-idle"),
                                   QStringLiteral("end-session"),
                                   QStringLiteral("collect-diagnostics"),
                                   QStringLiteral("request-screenshot")};
    return list;
}

QJsonObject FleetCommand::toJson() const
{
    QJsonObject o {{QStringLiteral("schema"), kSchema},
                   {QStringLiteral("kioskId"), kioskId},
                   {QStringLiteral("sequence"), double(sequence)},
                   {QStringLiteral("action"), action},
                   {QStringLiteral("issuedAt"), iso(issuedAt)}};
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expiresAt"), iso(expiresAt));
    return o;
}

Result<FleetCommand> FleetCommand::fromJson(const QJsonObject &o)
{
    auto invalid = [](const QString &why) {
        return Result<FleetCommand>::failure(QStringLiteral("command-invalid"), why);
    };
    static const QStringList known {QStringLiteral("schema"),   QStringLiteral("kioskId"),
                                    QStringLiteral("sequence"), QStringLiteral("action"),
                                    QStringLiteral("issuedAt"), QStringLiteral("expiresAt")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(tr("Unknown member \"%1\" in the command.").arg(it.key()));
    }
    if (o.value(QStringLiteral("schema")).toInt() != kSchema)
        return invalid(tr("Unsupported command schema."));
    FleetCommand c;
    c.kioskId = o.value(QStringLiteral("kioskId")).toString();
    const double sequence = o.value(QStringLiteral("sequence")).toDouble(-1);
    c.sequence = qint64(sequence);
    c.action = o.value(QStringLiteral("action")).toString();
    c.issuedAt = QDateTime::fromString(o.value(QStringLiteral("issuedAt")).toString(), Qt::ISODate);
    if (o.contains(QStringLiteral("expiresAt"))) {
        c.expiresAt =
            QDateTime::fromString(o.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        if (!c.expiresAt.isValid())
            return invalid(tr("expiresAt is not an ISO 8601 time."));
    }
    if (c.kioskId.isEmpty())
        return invalid(tr("The command names no kiosk."));
    if (sequence < 1 || sequence >= double(kMaxSequence) || double(c.sequence) != sequence)
        return invalid(tr("The sequence must be a whole number from 1 to 2^53."));
    if (!actions().contains(c.action))
        return invalid(tr("Unknown action \"%1\".").arg(c.action));
    if (!c.issuedAt.isValid())
        return invalid(tr("issuedAt is not an ISO 8601 time."));
    return c;
}

Result<QByteArray> FleetCommand::sign(const ConfigSigner &key) const
{
    return key.signMember(QStringLiteral("command"), kSignatureContext, toJson());
}

FleetCommandChannel::FleetCommandChannel(const KioskConfig &running, QObject *parent)
    : QObject(parent)
    , m_running(running)
    , m_statePath(QDir(running.resolvedDataDir()).filePath(QStringLiteral("fleet/commands.json")))
{ }

FleetCommandChannel::~FleetCommandChannel()
{
    if (m_reply)
        m_reply->abort();
}

QDateTime FleetCommandChannel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QJsonObject FleetCommandChannel::readState() const
{
    QFile f(m_statePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(kMaxAnswerBytes)).object();
}

Status FleetCommandChannel::writeState(const QJsonObject &state)
{
    const QString dir = QFileInfo(m_statePath).absolutePath();
    if (!QDir().mkpath(dir))
        return Status::failure(QStringLiteral("io"), tr("Cannot create %1.").arg(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // QSaveFile: temp file, fsync, rename. The sequence must survive a power cut that comes
    // right after the command started.
    QSaveFile file(m_statePath);
    const QByteArray bytes = QJsonDocument(state).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QStringLiteral("io"),
                               tr("Cannot write %1: %2").arg(m_statePath, file.errorString()));
    QFile::setPermissions(m_statePath, QFile::ReadOwner | QFile::WriteOwner);
    return Status::success();
}

qint64 FleetCommandChannel::lastSequence() const
{
    return qint64(readState()
                      .value(QStringLiteral("sequences"))
                      .toObject()
                      .value(m_running.kioskId)
                      .toDouble(0));
}

QJsonValue FleetCommandChannel::lastCommand() const
{
    const QJsonValue last = readState().value(QStringLiteral("last"));
    return last.isObject() ? last : QJsonValue(QJsonValue::Null);
}

Result<FleetCommand> FleetCommandChannel::refuse(const QString &code, const QString &message,
                                                 const FleetCommand &command)
{
    QJsonObject state = readState();
    state.insert(QStringLiteral("last"),
                 QJsonObject {{QStringLiteral("sequence"), double(command.sequence)},
                              {QStringLiteral("action"), command.action},
                              {QStringLiteral("outcome"), QStringLiteral("refused")},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("at"), iso(now())}});
    (void)writeState(state);
    Q_EMIT refused(code, message);
    return Result<FleetCommand>::failure(code, message);
}

Result<FleetCommand> FleetCommandChannel::offer(const QByteArray &envelope)
{
    if (m_running.fleet.publicKey.isEmpty())
        return refuse(QStringLiteral("no-public-key"),
                      tr("This kiosk has no fleet public key: commands are never run."));
    auto key = ConfigSigner::publicKeyFromText(m_running.fleet.publicKey.toUtf8());
    if (!key)
        return refuse(key.error().code, key.error().message);
    auto object =
        key->verifyMember(QStringLiteral("command"), FleetCommand::kSignatureContext, envelope);
    if (!object)
        return refuse(object.error().code, object.error().message);
    auto command = FleetCommand::fromJson(object.value());
    if (!command)
        return refuse(command.error().code, command.error().message);
    if (command->kioskId != m_running.kioskId)
        return refuse(
            QStringLiteral("wrong-kiosk"),
            tr("The command is for kiosk %1, this is %2.").arg(command->kioskId, m_running.kioskId),
            command.value());
    const qint64 last = lastSequence();
    if (command->sequence <= last)
        return refuse(QStringLiteral("replayed"),
                      tr("Command %1 is not newer than the last one accepted (%2).")
                          .arg(command->sequence)
                          .arg(last),
                      command.value());
    if (command->expiresAt.isValid() && command->expiresAt < now())
        return refuse(
            QStringLiteral("expired"),
            tr("Command %1 expired at %2.").arg(command->sequence).arg(iso(command->expiresAt)),
            command.value());
    // Persisted before anything runs: "restart-when-idle" must not find itself again after the
    // restart, and a crash half way through a command must not repeat it.
    QJsonObject state = readState();
    QJsonObject sequences = state.value(QStringLiteral("sequences")).toObject();
    sequences.insert(m_running.kioskId, double(command->sequence));
    state.insert(QStringLiteral("sequences"), sequences);
    state.insert(QStringLiteral("last"),
                 QJsonObject {{QStringLiteral("sequence"), double(command->sequence)},
                              {QStringLiteral("action"), command->action},
                              {QStringLiteral("outcome"), QStringLiteral("started")},
                              {QStringLiteral("at"), iso(now())}});
    if (Status written = writeState(state); !written) {
        Q_EMIT refused(written.error().code, written.error().message);
        return written.error();
    }
    Q_EMIT received(command.value());
    return command;
}

void FleetCommandChannel::report(const FleetCommand &command, const QString &outcome,
                                 const QString &code)
{
    QJsonObject state = readState();
    QJsonObject last {{QStringLiteral("sequence"), double(command.sequence)},
                      {QStringLiteral("action"), command.action},
                      {QStringLiteral("outcome"), outcome},
                      {QStringLiteral("at"), iso(now())}};
    if (!code.isEmpty())
        last.insert(QStringLiteral("code"), code);
    state.insert(QStringLiteral("last"), last);
    (void)writeState(state);
}

void FleetCommandChannel::start()
{
    if (m_running.fleet.commandsUrl.isEmpty())
        return;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_running.fleet.commandPollSec * 1000);
        connect(m_timer, &QTimer::timeout, this, &FleetCommandChannel::pollNow);
    }
    m_timer->start();
    pollNow();
}

void FleetCommandChannel::pollNow()
{
    if (m_running.fleet.commandsUrl.isEmpty() || m_reply)
        return;
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QUrl url = m_running.fleet.commandsUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("kioskId"), m_running.kioskId);
    query.addQueryItem(QStringLiteral("after"), QString::number(lastSequence()));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data()] { finished(reply); });
}

void FleetCommandChannel::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Offline or a server in trouble: nothing new this time; a failed fetch is not recorded.
    if (reply->error() == QNetworkReply::NoError && status == 200
        && reply->bytesAvailable() <= kMaxAnswerBytes) {
        const QJsonArray commands = QJsonDocument::fromJson(reply->readAll())
                                        .object()
                                        .value(QStringLiteral("commands"))
                                        .toArray();
        for (const QJsonValue &envelope : commands)
            (void)offer(QJsonDocument(envelope.toObject()).toJson(QJsonDocument::Compact));
    }
    Q_EMIT pollFinished();
}

} // namespace ck
