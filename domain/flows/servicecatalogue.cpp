// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/servicecatalogue.h"

#include "core/translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ck {

namespace {
// A flow file is a few kilobytes; anything far larger is a mistake or hostile.
constexpr qint64 kMaxFlowFileBytes = 1024 * 1024;

QString tr(const char *text)
{
    return translateIn({"ServiceCatalogue", "ck::ServiceCatalogue", "ck"}, text);
}
} // namespace

ServiceCatalogue ServiceCatalogue::load(const QString &dir)
{
    ServiceCatalogue catalogue;
    catalogue.m_directory = dir;
    const QDir directory(dir);
    if (dir.isEmpty() || !directory.exists()) {
        catalogue.m_problems.append({dir, QString(), QStringLiteral("catalogue.noDirectory"),
                                     tr("The services folder does not exist.")});
        return catalogue;
    }
    const QFileInfoList files = directory.entryInfoList({QStringLiteral("*.json")},
                                                        QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        if (info.size() > kMaxFlowFileBytes) {
            catalogue.m_problems.append({name, QString(), QStringLiteral("catalogue.tooLarge"),
                                         tr("The file is larger than 1 MB.")});
            continue;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            catalogue.m_problems.append(
                {name, QString(), QStringLiteral("catalogue.unreadable"),
                 tr("The file cannot be read: %1").arg(file.errorString())});
            continue;
        }
        FlowProblem problem;
        Result<FlowDefinition> flow =
            FlowDefinition::parse(file.read(kMaxFlowFileBytes), name, &problem);
        if (!flow) {
            catalogue.m_problems.append(problem);
            continue;
        }
        if (const FlowDefinition *other = catalogue.find(flow->id())) {
            catalogue.m_problems.append({name, QStringLiteral("id"),
                                         QStringLiteral("catalogue.duplicateId"),
                                         tr("The service id \"%1\" is already used by %2.")
                                             .arg(flow->id(), other->fileName())});
            continue;
        }
        catalogue.m_services.append(std::move(flow).value());
    }
    return catalogue;
}

ServiceCatalogue ServiceCatalogue::fromFlows(QList<FlowDefinition> flows)
{
    ServiceCatalogue catalogue;
    catalogue.m_services = std::move(flows);
    return catalogue;
}

void ServiceCatalogue::refuseWebServices(const std::function<QString(const QUrl &)> &refusal)
{
    for (qsizetype i = m_services.size() - 1; i >= 0; --i) {
        const FlowDefinition &flow = m_services.at(i);
        if (!flow.isWebService())
            continue;
        const QString reason = refusal(flow.webAddress());
        if (reason.isEmpty())
            continue;
        m_problems.append(
            {flow.fileName(), QStringLiteral("url"), QStringLiteral("catalogue.webNotAllowed"),
             tr("The address is not on this kiosk's web allow-list (%1).").arg(reason)});
        m_services.removeAt(i);
    }
}

void ServiceCatalogue::add(QList<FlowDefinition> flows, QList<CatalogueProblem> problems)
{
    m_problems.append(problems);
    for (FlowDefinition &flow : flows) {
        if (const FlowDefinition *other = find(flow.id())) {
            m_problems.append({flow.fileName(), QStringLiteral("id"),
                               QStringLiteral("catalogue.duplicateId"),
                               tr("The service id \"%1\" is already used by %2.")
                                   .arg(flow.id(), other->fileName())});
            continue;
        }
        m_services.append(std::move(flow));
    }
}

const FlowDefinition *ServiceCatalogue::find(const QString &id) const
{
    for (const FlowDefinition &flow : m_services) {
        if (flow.id() == id)
            return &flow;
    }
    return nullptr;
}

} // namespace ck
