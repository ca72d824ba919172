// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/kioskctl/fleetcommands.h"

#include "core/passwordhash.h"
#include "core/securebytes.h"
#include "domain/fleet/configsigner.h"
#include "domain/fleet/metricswriter.h"
#include "offline-cache/outbox.h"
#include "tools/kioskctl/ctlcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace ck::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kioskctl", text);
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("io"), tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > 1024 * 1024)
        return Error {QStringLiteral("config-invalid"), tr("%1 is too large.").arg(path)};
    return file.readAll();
}

// Same permissions as the file it replaces (or 0600 for a new one: configs hold API keys).
Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const bool existed = QFileInfo::exists(path);
    const QFile::Permissions old = QFileInfo(path).permissions();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QStringLiteral("io"),
                               tr("Cannot write %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, existed ? old : (QFile::ReadOwner | QFile::WriteOwner));
    return Status::success();
}

bool isEnvelope(const QJsonObject &o)
{
    return o.contains(QStringLiteral("config")) && o.contains(QStringLiteral("signature"));
}

int exitFor(const Error &e)
{
    return e.code == QLatin1String("io") || e.code == QLatin1String("key-io") ? ExitIo
                                                                              : ExitInvalid;
}

} // namespace

Status checkPin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
    if (!digits.match(pin).hasMatch())
        return Status::failure(QStringLiteral("pin-invalid"),
                               tr("The PIN must be 4 to 12 digits."));
    return Status::success();
}

int signConfig(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("key"), tr("Ed25519 private key (PEM or base64 seed)."),
                 QStringLiteral("KEY")});
    p.addPositionalArgument(QStringLiteral("IN"), tr("Config file (plain, or signed to re-sign)."));
    p.addPositionalArgument(QStringLiteral("OUT"), tr("Signed config to write."));
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    if (!p.isSet(QStringLiteral("key")) || p.positionalArguments().size() != 2)
        return ctx.fail(ExitUsage, tr("usage: sign-config --key KEY IN OUT"));
    const QString in = p.positionalArguments().at(0);
    const QString outPath = p.positionalArguments().at(1);

    auto signer = ConfigSigner::loadPrivateKey(p.value(QStringLiteral("key")));
    if (!signer)
        return ctx.fail(exitFor(signer.error()), signer.error());
    auto bytes = readFile(in);
    if (!bytes)
        return ctx.fail(exitFor(bytes.error()), bytes.error());
    auto parsed = KioskConfig::parse(bytes.value(), QFileInfo(in).fileName());
    QJsonObject object = QJsonDocument::fromJson(bytes.value()).object();
    if (!parsed && isEnvelope(object)) {
        // Re-signing a signed file (say after a key rotation): sign its "config" member.
        object = object.value(QStringLiteral("config")).toObject();
        parsed = KioskConfig::parseObject(object, QFileInfo(in).fileName());
    }
    // Never sign something the kiosks would refuse: the error names the key path.
    if (!parsed)
        return ctx.fail(ExitInvalid, parsed.error());
    auto envelope = signer->sign(object);
    if (!envelope)
        return ctx.fail(ExitInvalid, envelope.error());
    if (Status s = writeFileAtomically(outPath, envelope.value()); !s)
        return ctx.fail(ExitIo, s.error());
    ctx.out << tr("Signed configuration version %1 for kiosk %2 with key %3: %4")
                   .arg(parsed->version)
                   .arg(parsed->kioskId, signer->keyId(), outPath)
            << Qt::endl;
    return ExitOk;
}

int verifyConfig(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("pubkey"), tr("Ed25519 public key (PEM or base64 raw)."),
                 QStringLiteral("KEY")});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Signed config to check."));
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    if (!p.isSet(QStringLiteral("pubkey")) || p.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, tr("usage: verify-config --pubkey KEY FILE"));
    const QString path = p.positionalArguments().at(0);
    auto signer = ConfigSigner::loadPublicKey(p.value(QStringLiteral("pubkey")));
    if (!signer)
        return ctx.fail(exitFor(signer.error()), signer.error());
    auto bytes = readFile(path);
    if (!bytes)
        return ctx.fail(exitFor(bytes.error()), bytes.error());
    auto config = signer->verify(bytes.value());
    if (!config)
        return ctx.fail(ExitInvalid, config.error());
    // A good signature over values the kiosk would refuse is still not deployable.
    auto parsed = KioskConfig::parseObject(config.value(), QFileInfo(path).fileName());
    if (!parsed)
        return ctx.fail(ExitInvalid, parsed.error());
    ctx.out << tr("OK: %1 is signed by key %2 (configuration version %3 for kiosk %4)")
                   .arg(path, signer->keyId())
                   .arg(parsed->version)
                   .arg(parsed->kioskId)
            << Qt::endl;
    return ExitOk;
}

int setAdminPin(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Reads the new admin PIN from standard input (one line). With --config, writes "
           "its hash into that file; otherwise prints the hash."));
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(ExitUsage, tr("usage: set-admin-pin [--config FILE] < pin"));

    // Read before touching any file, so a failed read leaves everything as it was.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(ExitIo, tr("Cannot read the PIN from standard input."));
    SecureBytes line(in.readLine(64));
    QString pin = QString::fromLatin1(line.view()).trimmed();
    const Status valid = checkPin(pin);
    if (!valid) {
        secureWipe(pin);
        return ctx.fail(ExitInvalid, valid.error());
    }
    auto hash = PasswordHash::hash(SecureBytes(pin.toLatin1()));
    secureWipe(pin);
    if (!hash)
        return ctx.fail(ExitInvalid, hash.error());
    if (ctx.configFile.isEmpty()) {
        ctx.out << hash.value() << Qt::endl;
        return ExitOk;
    }

    auto bytes = readFile(ctx.configFile);
    if (!bytes)
        return ctx.fail(exitFor(bytes.error()), bytes.error());
    QJsonObject object = QJsonDocument::fromJson(bytes.value()).object();
    if (isEnvelope(object))
        return ctx.fail(ExitInvalid,
                        tr("%1 is a signed configuration: change the unsigned source and sign it "
                           "again with sign-config.")
                            .arg(ctx.configFile));
    auto before = KioskConfig::parse(bytes.value(), QFileInfo(ctx.configFile).fileName());
    if (!before)
        return ctx.fail(ExitInvalid, before.error());
    object.insert(QStringLiteral("adminPinHash"), hash.value());
    auto after = KioskConfig::parseObject(object, QFileInfo(ctx.configFile).fileName());
    if (!after)
        return ctx.fail(ExitInvalid, after.error());
    if (Status s = writeFileAtomically(ctx.configFile,
                                       QJsonDocument(object).toJson(QJsonDocument::Indented));
        !s)
        return ctx.fail(ExitIo, s.error());
    ctx.out << tr("The admin PIN of %1 was changed.").arg(ctx.configFile) << Qt::endl;
    return ExitOk;
}

int metrics(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("textfile"),
                 tr("Write atomically to this file (node_exporter textfile collector) instead of "
                    "printing."),
                 QStringLiteral("PATH")});
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    const auto &cfg = ctx.config();
    if (!cfg)
        return ctx.fail(ExitInvalid, cfg.error());
    auto box = ctx.outbox(Context::Access::ReadOnly);
    if (!box)
        return ctx.fail(Context::exitCodeFor(box.error()), box.error());
    MetricsWriter writer;
    writer.setConfigVersion(cfg->version);
    if (Status s = writer.sample(**box); !s)
        return ctx.fail(ExitIo, s.error());
    if (p.isSet(QStringLiteral("textfile"))) {
        if (Status s = writer.writeTo(p.value(QStringLiteral("textfile"))); !s)
            return ctx.fail(ExitIo, s.error());
        return ExitOk;
    }
    ctx.out << writer.render();
    return ExitOk;
}

namespace {

const CommandRegistration
    signRegistration({QStringLiteral("sign-config"), QStringLiteral("sign-config --key KEY IN OUT"),
                      QStringLiteral("sign a kiosk config with an Ed25519 key"), signConfig});
const CommandRegistration verifyRegistration(
    {QStringLiteral("verify-config"), QStringLiteral("verify-config --pubkey KEY FILE"),
     QStringLiteral("check a signed config's signature and values"), verifyConfig});
const CommandRegistration pinRegistration(
    {QStringLiteral("set-admin-pin"), QStringLiteral("set-admin-pin < PIN"),
     QStringLiteral("hash a new admin PIN (into --config FILE, or print it)"), setAdminPin});
const CommandRegistration
    metricsRegistration({QStringLiteral("metrics"), QStringLiteral("metrics [--textfile PATH]"),
                         QStringLiteral("print Prometheus metrics for the data dir"), metrics});

} // namespace

} // namespace ck::ctl
