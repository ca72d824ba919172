// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/discovery/discoveredservices.h"

#include "core/translate.h"
#include "domain/discovery/discoverycache.h"
#include "domain/discovery/open311flowbuilder.h"
#include "domain/discovery/serviceoverlay.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"DiscoveredServices", "ck::DiscoveredServices", "ck"}, text);
}

} // namespace

QString DiscoveredServices::overlayPath(const QString &servicesDir, const QString &destination,
                                        const QString &serviceCode)
{
    return QDir(servicesDir)
        .filePath(QStringLiteral("overlays/%1/%2")
                      .arg(destination, ServiceOverlay::fileNameFor(serviceCode)));
}

DiscoveredService
DiscoveredServices::buildOne(const KioskConfig &config, const QString &servicesDir,
                             const QString &destination, const Open311Service &service,
                             const std::optional<QByteArray> &definition, bool assignVersion)
{
    DiscoveredService out;
    out.destination = destination;
    out.service = service;
    const QString label = DiscoveryCache::label(destination, service.code);
    const auto refuse = [&out, &label](const QString &path, const QString &code,
                                       const QString &reason) {
        out.problem = CatalogueProblem {label, path, code, reason};
        return out;
    };
    std::optional<ServiceOverlay> overlay;
    QFile overlayFile(overlayPath(servicesDir, destination, service.code));
    if (overlayFile.exists()) {
        if (!overlayFile.open(QIODevice::ReadOnly))
            return refuse(overlayFile.fileName(), QStringLiteral("overlay.unreadable"),
                          tr("The overlay cannot be read: %1").arg(overlayFile.errorString()));
        auto parsed = ServiceOverlay::parse(overlayFile.read(1024 * 1024));
        if (!parsed)
            return refuse(overlayFile.fileName(), parsed.error().code, parsed.error().message);
        overlay = std::move(parsed).value();
        out.hidden = overlay->hidden;
        if (out.hidden)
            return out;
    }
    std::optional<Open311Definition> parsedDefinition;
    if (service.metadata) {
        if (!definition)
            return refuse(
                QString(), QStringLiteral("open311.noDefinition"),
                tr("Its questions (services/%1.json) have not been pulled yet.").arg(service.code));
        auto d = Open311Documents::definition(*definition);
        if (!d)
            return refuse(QString(), d.error().code, d.error().message);
        parsedDefinition = std::move(d).value();
    }
    auto flow = Open311FlowBuilder::build(destination, service, parsedDefinition, overlay, 1);
    if (!flow)
        return refuse(QString(), flow.error().code, flow.error().message);
    QJsonObject json = flow.value();
    if (assignVersion) {
        // The fingerprint leaves the version out: the same questions keep the same version.
        json.remove(QStringLiteral("version"));
        const QByteArray fingerprint = QCryptographicHash::hash(
            QJsonDocument(json).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
        DiscoveryCache cache(config.resolvedDataDir(), destination);
        json.insert(QStringLiteral("version"), cache.versionFor(service.code, fingerprint));
    }
    FlowProblem problem;
    auto def =
        FlowDefinition::parse(QJsonDocument(json).toJson(QJsonDocument::Compact), label, &problem);
    if (!def)
        return refuse(problem.path, problem.code, problem.reason);
    out.flow = std::move(def).value();
    return out;
}

QList<DiscoveredService> DiscoveredServices::build(const KioskConfig &config,
                                                   const QString &servicesDir,
                                                   const ServiceCatalogue &handWritten)
{
    QList<DiscoveredService> out;
    for (const DestinationSettings &d : config.destinations) {
        if (!d.discover)
            continue;
        const DiscoveryCache cache(config.resolvedDataDir(), d.name);
        const auto document = cache.services();
        if (!document)
            continue; // never pulled: nothing to offer yet (the pull reports why)
        const auto services = Open311Documents::services(*document);
        if (!services) {
            DiscoveredService broken;
            broken.destination = d.name;
            broken.problem =
                CatalogueProblem {DiscoveryCache::label(d.name, QStringLiteral("*")), QString(),
                                  services.error().code, services.error().message};
            out.append(broken);
            continue;
        }
        const DiscoveryPull pull = cache.lastPull();
        for (const Open311Service &service : services.value().mid(0, kMaxServices)) {
            DiscoveredService s;
            for (const FlowDefinition &flow : handWritten.services()) {
                if (flow.destination().name == d.name
                    && flow.destination().serviceCode == service.code)
                    s.replacedBy = flow.fileName();
            }
            if (!s.replacedBy.isEmpty()) {
                s.destination = d.name;
                s.service = service;
                out.append(s);
                continue;
            }
            s = buildOne(config, servicesDir, d.name, service, cache.definition(service.code),
                         true);
            // A definition refused at the last pull (none kept): its reason, not "not pulled".
            if (s.problem && s.problem->code == QLatin1String("open311.noDefinition")) {
                for (const CatalogueProblem &p : pull.refused) {
                    if (p.file == s.problem->file)
                        s.problem = p;
                }
            }
            out.append(s);
        }
    }
    return out;
}

ServiceCatalogue DiscoveredServices::load(const KioskConfig &config, const QString &servicesDir)
{
    ServiceCatalogue catalogue = ServiceCatalogue::load(servicesDir);
    QList<FlowDefinition> flows;
    QList<CatalogueProblem> problems;
    for (const DiscoveredService &s : build(config, servicesDir, catalogue)) {
        if (s.flow)
            flows.append(*s.flow);
        if (s.problem)
            problems.append(*s.problem);
    }
    catalogue.add(std::move(flows), std::move(problems));
    return catalogue;
}

} // namespace ck
