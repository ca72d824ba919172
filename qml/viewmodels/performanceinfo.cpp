// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/performanceinfo.h"

#include "domain/evidence/performancecache.h"
#include "domain/flows/servicecatalogue.h"
#include "qml/viewmodels/appstate.h"

namespace ck {

PerformanceInfo::PerformanceInfo(PerformanceCache *cache, const ServiceCatalogue *catalogue,
                                 AppState *appState, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_catalogue(catalogue)
    , m_appState(appState)
{
    const auto bump = [this] {
        ++m_revision;
        Q_EMIT changed();
    };
    connect(cache, &PerformanceCache::changed, this, bump);
    connect(appState, &AppState::languageChanged, this, bump);
}

QString PerformanceInfo::serviceCodeFor(const QString &serviceId) const
{
    if (m_catalogue) {
        if (const FlowDefinition *flow = m_catalogue->find(serviceId);
            flow && !flow->destination().serviceCode.isEmpty())
            return flow->destination().serviceCode;
    }
    return QString(serviceId).replace(QLatin1Char('-'), QLatin1Char('_')).toUpper();
}

QString PerformanceInfo::describe(const QString &serviceId) const
{
    if (!m_cache || !m_appState || serviceId.isEmpty())
        return {};
    return m_cache->describe(serviceCodeFor(serviceId), m_appState->language());
}

} // namespace ck
