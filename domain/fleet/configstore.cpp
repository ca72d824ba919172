// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/configstore.h"

#include "core/translate.h"

#include "domain/fleet/configsigner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"ConfigStore", "ck::ConfigStore", "ck"}, text);
}

const QString kCurrent = QStringLiteral("current.json");
const QString kPrevious = QStringLiteral("previous.json");
const QString kRejected = QStringLiteral("rejected.json");
const QString kPending = QStringLiteral("pending");
const QString kStatus = QStringLiteral("status.json");
const QString kRolledBack = QStringLiteral("rolled-back.json");

// The version an envelope claims, without checking the signature: only ever used to refuse
// more (a rolled-back version), never to accept anything.
int claimedVersion(const QByteArray &envelope)
{
    return QJsonDocument::fromJson(envelope)
        .object()
        .value(QStringLiteral("config"))
        .toObject()
        .value(QStringLiteral("version"))
        .toInt();
}

// Signature, validation and identity, but not the version: shared by check() (an offered
// update must be newer) and startup (an installed file is compared with the base separately).
Result<KioskConfig> verifyEnvelope(const QByteArray &envelope, const KioskConfig &running)
{
    if (running.fleet.publicKey.isEmpty())
        return Result<KioskConfig>::failure(
            QStringLiteral("no-public-key"),
            tr("No fleet.publicKey is configured, so no signed configuration is accepted."));
    auto signer = ConfigSigner::publicKeyFromText(running.fleet.publicKey.toUtf8());
    if (!signer)
        return signer.error();
    auto object = signer->verify(envelope);
    if (!object)
        return object.error();
    QJsonObject config = object.value();
    // A fleet-wide file may leave dataDir and outboxKey out: the kiosk keeps its own.
    if (!config.contains(QStringLiteral("dataDir")))
        config.insert(QStringLiteral("dataDir"), running.dataDir);
    if (!config.contains(QStringLiteral("outboxKey"))) {
        const QJsonValue own = running.toJson().value(QStringLiteral("outboxKey"));
        if (!own.isUndefined())
            config.insert(QStringLiteral("outboxKey"), own);
    }
    auto parsed = KioskConfig::parseObject(config, tr("signed configuration"));
    if (!parsed)
        return parsed.error();
    if (parsed->kioskId != running.kioskId)
        return Result<KioskConfig>::failure(
            QStringLiteral("wrong-kiosk"),
            tr("The signed configuration is for kiosk \"%1\", not \"%2\".")
                .arg(parsed->kioskId, running.kioskId));
    if (parsed->dataDir != running.dataDir)
        return Result<KioskConfig>::failure(
            QStringLiteral("data-dir-change"),
            tr("A signed configuration cannot move the data directory; change it on the "
               "kiosk itself."));
    // Where the outbox key lives is the machine's business (its unit and credential store),
    // like the data directory: a remote file that moves it would strand the queued rows.
    if (!(parsed->outboxKey == running.outboxKey))
        return Result<KioskConfig>::failure(
            QStringLiteral("key-location-change"),
            tr("A signed configuration cannot change where the outbox key is (outboxKey); "
               "change it on the kiosk itself."));
    return parsed;
}

} // namespace

ConfigStore::ConfigStore(QString dataDir)
    : m_dir(QDir(dataDir).filePath(QStringLiteral("config")))
{ }

QString ConfigStore::currentPath() const
{
    return QDir(m_dir).filePath(kCurrent);
}

QString ConfigStore::previousPath() const
{
    return QDir(m_dir).filePath(kPrevious);
}

Result<KioskConfig> ConfigStore::check(const QByteArray &envelope, const KioskConfig &running)
{
    auto parsed = verifyEnvelope(envelope, running);
    if (!parsed)
        return parsed;
    if (parsed->version <= running.version)
        return Result<KioskConfig>::failure(
            QStringLiteral("version-not-newer"),
            tr("The signed configuration has version %1, not newer than the running %2.")
                .arg(parsed->version)
                .arg(running.version));
    return parsed;
}

KioskConfig ConfigStore::startupConfig(const KioskConfig &base)
{
    if (!QFile::exists(currentPath())) {
        if (QFile::exists(QDir(m_dir).filePath(kPending)))
            QFile::remove(QDir(m_dir).filePath(kPending));
        return base;
    }
    const QByteArray marker = readFile(kPending).trimmed();
    if (marker == "starting") {
        rollBack(tr("The last start with this configuration did not complete."),
                 claimedVersion(readFile(kCurrent)));
    } else if (marker == "applied") {
        // From here until markStarted(), a crash or kill means this config is to blame.
        if (!writeFile(kPending, "starting\n"))
            rollBack(tr("The pending marker cannot be written."), 0);
    }
    for (int attempt = 0; attempt < 2 && QFile::exists(currentPath()); ++attempt) {
        auto installed = verifyEnvelope(readFile(kCurrent), base);
        if (installed) {
            if (installed->version <= base.version) {
                // The local file is newer (say a package upgrade shipped one): it wins.
                QFile::remove(QDir(m_dir).filePath(kPending));
                return base;
            }
            return installed.value();
        }
        record({QStringLiteral("refused"), installed.error().code, installed.error().message, 0,
                QDateTime::currentDateTimeUtc()});
        if (!rollBack(installed.error().message, 0))
            break;
    }
    return base;
}

Status ConfigStore::install(const QByteArray &envelope, int version)
{
    if (const int failed = highestRolledBackVersion(); version <= failed)
        return Status::failure(
            QStringLiteral("version-rolled-back"),
            tr("Configuration version %1 is not installed: version %2 failed to start on this "
               "kiosk and was rolled back, so only a version higher than %2 is tried.")
                .arg(version)
                .arg(failed));
    if (!QDir().mkpath(m_dir))
        return Status::failure(QStringLiteral("io"),
                               tr("Cannot create %1.").arg(QDir::toNativeSeparators(m_dir)));
    // The config may hold API keys: only the kiosk user reads this directory.
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (QFile::exists(currentPath())) {
        if (Status s = writeFile(kPrevious, readFile(kCurrent)); !s)
            return s;
    }
    // The marker goes down before the new file, so there is never a new current.json that a
    // crash could leave in use without rollback protection.
    if (Status s = writeFile(kPending, "applied\n"); !s)
        return s;
    if (Status s = writeFile(kCurrent, envelope); !s)
        return s;
    record({QStringLiteral("applied"), QString(),
            tr("Configuration version %1 was installed; it takes effect at the next start.")
                .arg(version),
            version, QDateTime::currentDateTimeUtc()});
    return Status::success();
}

Status ConfigStore::markStarted()
{
    const QString marker = QDir(m_dir).filePath(kPending);
    if (QFile::exists(marker) && !QFile::remove(marker))
        return Status::failure(QStringLiteral("io"), tr("Cannot clear the pending marker."));
    return Status::success();
}

int ConfigStore::highestRolledBackVersion() const
{
    return QJsonDocument::fromJson(readFile(kRolledBack))
        .object()
        .value(QStringLiteral("highestVersion"))
        .toInt();
}

bool ConfigStore::rollBack(const QString &why, int failedVersion)
{
    const QDir dir(m_dir);
    if (failedVersion > highestRolledBackVersion()) {
        // Written before anything moves: a crash in the middle of the rollback must not
        // forget which version to keep away from.
        const QJsonObject o {
            {QStringLiteral("highestVersion"), failedVersion},
            {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        (void)writeFile(kRolledBack, QJsonDocument(o).toJson());
    }
    QFile::remove(dir.filePath(kRejected));
    // Kept, not deleted: the admin (and whoever signed it) will want to see what failed.
    if (!QFile::rename(dir.filePath(kCurrent), dir.filePath(kRejected)))
        QFile::remove(dir.filePath(kCurrent));
    const bool havePrevious = QFile::rename(dir.filePath(kPrevious), dir.filePath(kCurrent));
    QFile::remove(dir.filePath(kPending));
    record({QStringLiteral("rolled-back"), QStringLiteral("rolled-back"),
            havePrevious ? tr("Went back to the previous configuration: %1").arg(why)
                         : tr("Went back to the local configuration: %1").arg(why),
            failedVersion, QDateTime::currentDateTimeUtc()});
    return havePrevious;
}

void ConfigStore::record(const Event &event)
{
    const QJsonObject o {{QStringLiteral("kind"), event.kind},
                         {QStringLiteral("code"), event.code},
                         {QStringLiteral("message"), event.message},
                         {QStringLiteral("version"), event.version},
                         {QStringLiteral("at"), event.at.toString(Qt::ISODate)}};
    QDir().mkpath(m_dir);
    (void)writeFile(kStatus, QJsonDocument(o).toJson());
}

ConfigStore::Event ConfigStore::lastEvent() const
{
    const QJsonObject o = QJsonDocument::fromJson(readFile(kStatus)).object();
    return Event {
        o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("code")).toString(),
        o.value(QStringLiteral("message")).toString(), o.value(QStringLiteral("version")).toInt(),
        QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate)};
}

Status ConfigStore::writeFile(const QString &name, const QByteArray &bytes)
{
    QSaveFile file(QDir(m_dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QStringLiteral("io"),
                               tr("Cannot write %1: %2").arg(name, file.errorString()));
    QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    return Status::success();
}

QByteArray ConfigStore::readFile(const QString &name) const
{
    QFile file(QDir(m_dir).filePath(name));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return {};
    return file.readAll();
}

} // namespace ck
