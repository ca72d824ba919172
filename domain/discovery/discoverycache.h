// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/flows/servicecatalogue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ck {

// What the last pull of one destination found (for civic-kioskctl services list/status).
struct DiscoveryPull
{
    QDateTime at; // invalid: never pulled
    bool reached = false; // services.json was read
    QString error; // why the pull failed, when it did
    QList<CatalogueProblem> refused; // definitions refused (file = "open311 <dest>/<code>")
};

// The discovered services of one destination in the data directory, so the kiosk offers them
// offline and after a restart: `<dataDir>/discovery/<destination>/` holds the council's last
// good documents as they came (services.json, definitions/<code>.json), so an overlay edit or
// a new kiosk rebuilds the flows without network, `pull.json` (DiscoveryPull) and
// `versions.json`. Files are replaced atomically (QSaveFile); the kiosk and civic-kioskctl
// may both write, so version numbers are given under a lock file.
class DiscoveryCache
{
public:
    DiscoveryCache(const QString &dataDir, const QString &destination);

    QString directory() const { return m_dir; }
    QString destination() const { return m_destination; }

    Status storeServices(const QByteArray &document);
    Status storeDefinition(const QString &serviceCode, const QByteArray &document);
    Status storePull(const DiscoveryPull &pull);

    std::optional<QByteArray> services() const;
    std::optional<QByteArray> definition(const QString &serviceCode) const;
    DiscoveryPull lastPull() const;

    // The flow version for a service whose flow (version left out) has this fingerprint: the
    // same as last time, or one more when the flow changed, so rows queued with the old flow
    // are still understood and delivered (each row records its flow version).
    int versionFor(const QString &serviceCode, const QByteArray &fingerprint);

    // "open311 council/POTHOLE": how problems name a discovered service.
    static QString label(const QString &destination, const QString &serviceCode);

private:
    QString definitionPath(const QString &serviceCode) const;
    Status write(const QString &path, const QByteArray &bytes) const;

    QString m_dir;
    QString m_destination;
};

} // namespace ck
