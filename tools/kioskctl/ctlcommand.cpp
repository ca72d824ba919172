// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/kioskctl/ctlcommand.h"

#include "offline-cache/deliverylock.h"
#include "offline-cache/outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ck::ctl {

namespace {

QList<Command> &registry()
{
    // Function-local: registrations run from static initialisers in other files.
    static QList<Command> list;
    return list;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kioskctl", text);
}

} // namespace

void registerCommand(Command command)
{
    registry().append(std::move(command));
}

const QList<Command> &commands()
{
    return registry();
}

Context::Context() = default;
Context::~Context() = default;

const Result<KioskConfig> &Context::config()
{
    if (!m_config) {
        Result<KioskConfig> loaded = configFile.isEmpty() ? Result<KioskConfig>(KioskConfig::demo())
                                                          : KioskConfig::load(configFile);
        if (loaded) {
            if (!dataDir.isEmpty())
                loaded.value().dataDir = dataDir;
            if (!servicesDir.isEmpty())
                loaded.value().servicesDir = servicesDir;
        }
        m_config.emplace(std::move(loaded));
    }
    return *m_config;
}

Result<Outbox *> Context::outbox(Access access)
{
    if (m_outbox && (access == Access::ReadOnly || !m_outbox->readOnly()))
        return m_outbox.get();
    m_outbox.reset();
    const auto &cfg = config();
    if (!cfg)
        return cfg.error();
    OutboxOptions options = cfg->outboxOptions();
    if (access == Access::ReadOnly)
        options.access = OutboxOptions::Access::ReadOnly;
    else if (options.dataDir.isEmpty() || !QDir().mkpath(options.dataDir))
        return Error {QStringLiteral("io"),
                      tr("Cannot create the data directory %1.").arg(options.dataDir)};
    auto opened = Outbox::open(options);
    if (!opened)
        return opened.error();
    m_outbox = std::move(opened.value());
    if (!m_outbox->quarantinedFile().isEmpty()) {
        err << "civic-kioskctl: "
            << tr("the outbox was corrupt and was moved to %1; a fresh one was created.")
                   .arg(m_outbox->quarantinedFile())
            << Qt::endl;
    }
    return m_outbox.get();
}

Result<std::shared_ptr<DeliveryLock>> Context::deliveryLock(int waitMs)
{
    const auto &cfg = config();
    if (!cfg)
        return cfg.error();
    auto lock = std::make_shared<DeliveryLock>(cfg->resolvedDataDir());
    if (Status s = lock->acquire(waitMs); !s)
        return s.error();
    return lock;
}

int Context::exitCodeFor(const Error &error)
{
    if (error.code == QLatin1String("delivery-busy"))
        return ExitBusy;
    if (error.code.startsWith(QLatin1String("key-"))
        || error.code.startsWith(QLatin1String("config-")))
        return ExitInvalid;
    return ExitIo;
}

QString Context::resolvedServicesDir()
{
    if (!servicesDir.isEmpty())
        return servicesDir;
    const auto &cfg = config();
    if (cfg && !cfg->servicesDir.isEmpty())
        return cfg->servicesDir;
    // Same search as the kiosk: installed next to the binary, else the source tree.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/civic-kiosk/services"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(CK_SERVICES_SOURCE_DIR);
}

QList<DestinationConfig> Context::destinations()
{
    QList<DestinationConfig> out;
    const auto &cfg = config();
    if (!cfg)
        return out;
    for (const DestinationSettings &d : cfg->destinations) {
        DestinationConfig c;
        c.name = d.name;
        c.type = d.type;
        c.baseUrl = d.url.toString();
        c.apiKey = d.apiKey;
        if (c.apiKey.isEmpty() && !d.credentialRef.isEmpty()) {
            // systemd LoadCredential=: the key never sits in the config file.
            QFile f(QDir(qEnvironmentVariable("CREDENTIALS_DIRECTORY")).filePath(d.credentialRef));
            if (f.open(QIODevice::ReadOnly))
                c.apiKey = QString::fromUtf8(f.readAll()).trimmed();
        }
        if (d.caPin.contains(QLatin1String("-----BEGIN"))) {
            c.caCertificatesPem = d.caPin.toUtf8();
        } else if (!d.caPin.isEmpty()) {
            QFile f(d.caPin);
            // An unreadable pin must not fall back to the system CAs: the engine refuses the
            // destination (configErrors) and its rows stay queued.
            c.caCertificatesPem =
                f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArrayLiteral("unreadable");
        }
        c.timeoutMs = d.timeoutMs;
        out.append(c);
    }
    return out;
}

int Context::fail(int code, const QString &message)
{
    err << "civic-kioskctl: " << (verb.isEmpty() ? QString() : verb + QLatin1String(": "))
        << message << Qt::endl;
    return code;
}

int Context::fail(int code, const Error &error)
{
    return fail(code, error.message + QLatin1String(" [") + error.code + QLatin1Char(']'));
}

void Context::printJson(const QJsonDocument &doc)
{
    out << doc.toJson(QJsonDocument::Indented);
    out.flush();
}

std::optional<int> Context::parse(QCommandLineParser &parser, const QString &verbName,
                                  const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("civic-kioskctl ") + verbName} + args))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace ck::ctl
