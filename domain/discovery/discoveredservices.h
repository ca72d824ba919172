// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/config/kioskconfig.h"
#include "domain/discovery/open311documents.h"
#include "domain/flows/servicecatalogue.h"

#include <QList>
#include <QString>

#include <optional>

namespace ck {

// One service a discovering destination lists, as the kiosk will (or will not) offer it.
struct DiscoveredService
{
    QString destination;
    Open311Service service;
    std::optional<FlowDefinition> flow; // the flow offered; empty when not offered
    bool hidden = false; // the site's overlay hides it
    QString replacedBy; // a hand-written flow file for the same service code
    std::optional<CatalogueProblem> problem; // why it is refused
};

// Builds the flows of every destination with "discover": true from what its last pull left in
// the data directory (DiscoveryCache) and the site's overlays (ServiceOverlay), giving each
// its flow version. Used by the kiosk at start and after each refresh, and by civic-kioskctl
// (services list/preview, submit), so both offer the same services.
class DiscoveredServices
{
public:
    // Services of one destination taken from its list (Boston lists 118): the rest are left
    // out, so a hostile list cannot make every start build thousands of flows.
    static constexpr int kMaxServices = 500;

    // `handWritten`: the services folder's catalogue; a flow file for the same destination and
    // service code wins over the discovered one.
    static QList<DiscoveredService> build(const KioskConfig &config, const QString &servicesDir,
                                          const ServiceCatalogue &handWritten);

    // The services folder plus every discovered service, with every refusal as a problem.
    static ServiceCatalogue load(const KioskConfig &config, const QString &servicesDir);

    // One service of one destination; `overlay` and `definition` errors are refused like a
    // broken flow file (the pull uses it to decide whether a new definition can be kept).
    static DiscoveredService buildOne(const KioskConfig &config, const QString &servicesDir,
                                      const QString &destination, const Open311Service &service,
                                      const std::optional<QByteArray> &definition,
                                      bool assignVersion);

    static QString overlayPath(const QString &servicesDir, const QString &destination,
                               const QString &serviceCode);
};

} // namespace ck
