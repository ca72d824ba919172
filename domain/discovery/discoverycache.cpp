// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/discovery/discoverycache.h"

#include "core/translate.h"
#include "domain/discovery/open311documents.h"
#include "domain/discovery/serviceoverlay.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"DiscoveryCache", "ck::DiscoveryCache", "ck"}, text);
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.read(Open311Documents::kMaxBytes + 1);
}

} // namespace

DiscoveryCache::DiscoveryCache(const QString &dataDir, const QString &destination)
    : m_dir(QDir(dataDir).filePath(QStringLiteral("discovery/") + destination))
    , m_destination(destination)
{ }

QString DiscoveryCache::label(const QString &destination, const QString &serviceCode)
{
    return QStringLiteral("open311 %1/%2").arg(destination, serviceCode);
}

QString DiscoveryCache::definitionPath(const QString &serviceCode) const
{
    return m_dir + QStringLiteral("/definitions/") + ServiceOverlay::fileNameFor(serviceCode);
}

Status DiscoveryCache::write(const QString &path, const QByteArray &bytes) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(
            QStringLiteral("io"),
            tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QStringLiteral("io"),
                               tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

Status DiscoveryCache::storeServices(const QByteArray &document)
{
    return write(m_dir + QStringLiteral("/services.json"), document);
}

Status DiscoveryCache::storeDefinition(const QString &serviceCode, const QByteArray &document)
{
    return write(definitionPath(serviceCode), document);
}

std::optional<QByteArray> DiscoveryCache::services() const
{
    return readFile(m_dir + QStringLiteral("/services.json"));
}

std::optional<QByteArray> DiscoveryCache::definition(const QString &serviceCode) const
{
    return readFile(definitionPath(serviceCode));
}

Status DiscoveryCache::storePull(const DiscoveryPull &pull)
{
    QJsonArray refused;
    for (const CatalogueProblem &p : pull.refused)
        refused.append(QJsonObject {{QStringLiteral("file"), p.file},
                                    {QStringLiteral("path"), p.path},
                                    {QStringLiteral("code"), p.code},
                                    {QStringLiteral("reason"), p.reason}});
    const QJsonObject o {{QStringLiteral("at"), pull.at.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("reached"), pull.reached},
                         {QStringLiteral("error"), pull.error},
                         {QStringLiteral("refused"), refused}};
    return write(m_dir + QStringLiteral("/pull.json"), QJsonDocument(o).toJson());
}

DiscoveryPull DiscoveryCache::lastPull() const
{
    DiscoveryPull pull;
    const auto bytes = readFile(m_dir + QStringLiteral("/pull.json"));
    if (!bytes)
        return pull;
    const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
    pull.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
    pull.reached = o.value(QStringLiteral("reached")).toBool();
    pull.error = o.value(QStringLiteral("error")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("refused")).toArray()) {
        const QJsonObject p = v.toObject();
        pull.refused.append({p.value(QStringLiteral("file")).toString(),
                             p.value(QStringLiteral("path")).toString(),
                             p.value(QStringLiteral("code")).toString(),
                             p.value(QStringLiteral("reason")).toString()});
    }
    return pull;
}

int DiscoveryCache::versionFor(const QString &serviceCode, const QByteArray &fingerprint)
{
    QDir().mkpath(m_dir);
    // The kiosk (on a refresh) and civic-kioskctl (services pull) can both get here: without
    // the lock two changed flows could be given the same new version.
    QLockFile lock(m_dir + QStringLiteral("/versions.lock"));
    lock.setStaleLockTime(30000);
    const bool locked = lock.tryLock(10000);
    const QString path = m_dir + QStringLiteral("/versions.json");
    QJsonObject versions = QJsonDocument::fromJson(readFile(path).value_or(QByteArray())).object();
    QJsonObject entry = versions.value(serviceCode).toObject();
    const QString hex = QString::fromLatin1(fingerprint.toHex());
    int version = entry.value(QStringLiteral("version")).toInt(0);
    if (version >= 1 && entry.value(QStringLiteral("fingerprint")).toString() == hex)
        return version;
    version = qMax(version, 0) + 1;
    entry.insert(QStringLiteral("version"), version);
    entry.insert(QStringLiteral("fingerprint"), hex);
    versions.insert(serviceCode, entry);
    if (locked)
        (void)write(path, QJsonDocument(versions).toJson());
    return version;
}

} // namespace ck
