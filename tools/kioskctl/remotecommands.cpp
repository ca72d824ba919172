// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// civic-kioskctl sign-command: a signed remote action for one kiosk (docs/fleet.md "Remote
// actions"). The admin signs on a machine holding the fleet key and uploads the envelope to the
// server the kiosks poll (POST /v1/_admin/commands on the reference server); the kiosk checks
// the signature, its own id and the sequence before it does anything.
#include "domain/fleet/configsigner.h"
#include "domain/fleet/fleetcommand.h"
#include "tools/kioskctl/ctlcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace ck::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kioskctl", text);
}

int signCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("key"), tr("Ed25519 private key (PEM or base64 seed)."),
                 QStringLiteral("KEY")});
    p.addOption(
        {QStringLiteral("kiosk"), tr("The kiosk id the command is for."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("action"),
                 tr("One of: %1.").arg(FleetCommand::actions().join(", ")),
                 QStringLiteral("ACTION")});
    p.addOption({QStringLiteral("sequence"),
                 tr("Sequence number, higher than any earlier command for this kiosk "
                    "(default: the time in milliseconds)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("expires-in"),
                 tr("Seconds after which the kiosk refuses it (default 3600; 0 = never)."),
                 QStringLiteral("SEC"), QStringLiteral("3600")});
    p.addPositionalArgument(QStringLiteral("OUT"), tr("Signed command to write (- = stdout)."));
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    const QString usage = tr("usage: sign-command --key KEY --kiosk ID --action ACTION "
                             "[--sequence N] [--expires-in SEC] OUT");
    if (!p.isSet(QStringLiteral("key")) || !p.isSet(QStringLiteral("kiosk"))
        || !p.isSet(QStringLiteral("action")) || p.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, usage);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    FleetCommand command;
    command.kioskId = p.value(QStringLiteral("kiosk"));
    command.action = p.value(QStringLiteral("action"));
    command.issuedAt = now;
    bool ok = true;
    command.sequence = p.isSet(QStringLiteral("sequence"))
        ? p.value(QStringLiteral("sequence")).toLongLong(&ok)
        : now.toMSecsSinceEpoch();
    const qint64 expiresIn = p.value(QStringLiteral("expires-in")).toLongLong(&ok);
    if (!ok || expiresIn < 0)
        return ctx.fail(ExitUsage, usage);
    if (expiresIn > 0)
        command.expiresAt = now.addSecs(expiresIn);
    // Never sign what a kiosk would refuse as malformed.
    if (auto checked = FleetCommand::fromJson(command.toJson()); !checked)
        return ctx.fail(ExitInvalid, checked.error());

    auto signer = ConfigSigner::loadPrivateKey(p.value(QStringLiteral("key")));
    if (!signer)
        return ctx.fail(signer.error().code == QLatin1String("key-io") ? ExitIo : ExitInvalid,
                        signer.error());
    auto envelope = command.sign(signer.value());
    if (!envelope)
        return ctx.fail(ExitInvalid, envelope.error());
    const QString out = p.positionalArguments().at(0);
    if (out == QLatin1String("-")) {
        ctx.out << envelope.value();
        return ExitOk;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(envelope.value()) != envelope->size()
        || !file.commit())
        return ctx.fail(ExitIo, tr("Cannot write %1: %2").arg(out, file.errorString()));
    ctx.out << tr("Signed %1 #%2 for kiosk %3 with key %4: %5")
                   .arg(command.action)
                   .arg(command.sequence)
                   .arg(command.kioskId, signer->keyId(), out)
            << Qt::endl;
    return ExitOk;
}

const CommandRegistration signCommandRegistration(
    {QStringLiteral("sign-command"),
     QStringLiteral("sign-command --key KEY --kiosk ID --action ACTION [--sequence N] OUT"),
     QStringLiteral("sign a remote action for one kiosk with the fleet key"), signCommand});

} // namespace

} // namespace ck::ctl
