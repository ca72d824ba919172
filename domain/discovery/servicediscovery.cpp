// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/discovery/servicediscovery.h"

#include "core/translate.h"
#include "domain/discovery/discoveredservices.h"
#include "offline-cache/documentfetcher.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcDiscovery, "ck.discovery")

namespace ck {

ServiceDiscovery::ServiceDiscovery(KioskConfig config, QString servicesDir,
                                   QList<DestinationConfig> destinations, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_servicesDir(std::move(servicesDir))
{
    for (const DestinationConfig &d : destinations) {
        const auto settings = m_config.destinations.constFind(d.name);
        if (settings != m_config.destinations.cend() && settings->discover)
            m_destinations.append(d);
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ServiceDiscovery::pullNow);
}

ServiceDiscovery::~ServiceDiscovery() = default;

bool ServiceDiscovery::enabled() const
{
    return !m_destinations.isEmpty();
}

void ServiceDiscovery::start()
{
    if (!enabled())
        return;
    // Due when some destination's last pull is older than its interval (or never happened).
    qint64 wait = std::numeric_limits<qint64>::max();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DestinationConfig &d : std::as_const(m_destinations)) {
        const DiscoveryPull last = DiscoveryCache(m_config.resolvedDataDir(), d.name).lastPull();
        const int every = m_config.destinations.value(d.name).discoverEverySec;
        const qint64 due =
            last.at.isValid() && last.reached ? now.secsTo(last.at.addSecs(every)) : 0;
        wait = std::min(wait, std::max<qint64>(due, 0));
    }
    m_timer->start(int(std::min<qint64>(wait, 7 * 24 * 3600) * 1000));
}

void ServiceDiscovery::scheduleNext(bool failed)
{
    int every = 7 * 24 * 3600;
    for (const DestinationConfig &d : std::as_const(m_destinations))
        every = std::min(every, m_config.destinations.value(d.name).discoverEverySec);
    m_timer->start((failed ? std::min(every, kRetrySec) : every) * 1000);
}

void ServiceDiscovery::pullNow()
{
    if (m_running || !enabled())
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_running = true;
    m_changed = false;
    m_results.clear();
    pullDestination(0);
}

void ServiceDiscovery::pullDestination(int index)
{
    if (index >= m_destinations.size()) {
        m_running = false;
        bool failed = false;
        for (const DiscoveryPull &p : std::as_const(m_results))
            failed = failed || !p.reached;
        scheduleNext(failed);
        Q_EMIT pulled(m_changed);
        return;
    }
    const DestinationConfig &d = m_destinations.at(index);
    m_current = DiscoveryPull();
    m_current.at = QDateTime::currentDateTimeUtc();
    // Later, not now: this may run inside the previous fetcher's own callback.
    if (m_fetcher)
        m_fetcher->deleteLater();
    m_fetcher = new DocumentFetcher(d, m_network, this);
    m_fetcher->fetch(
        QStringLiteral("services.json"), kMaxListBytes,
        [this, index](const Result<QByteArray> &list) {
            if (!list) {
                m_current.error = list.error().message;
                finishDestination(index);
                return;
            }
            const auto services = Open311Documents::services(list.value());
            if (!services) {
                m_current.error = tr("services.json was refused: %1").arg(services.error().message);
                finishDestination(index);
                return;
            }
            m_current.reached = true;
            DiscoveryCache cache(m_config.resolvedDataDir(), m_destinations.at(index).name);
            if (cache.services() != list.value()) {
                if (Status s = cache.storeServices(list.value()); !s)
                    m_current.error = s.error().message;
                m_changed = true;
            }
            fetchDefinition(index, services.value().mid(0, DiscoveredServices::kMaxServices), 0);
        });
}

void ServiceDiscovery::fetchDefinition(int index, const QList<Open311Service> &services,
                                       int position)
{
    while (position < services.size() && !services.at(position).metadata)
        ++position;
    if (position >= services.size()) {
        finishDestination(index);
        return;
    }
    const Open311Service service = services.at(position);
    const QString destination = m_destinations.at(index).name;
    const QString path = QStringLiteral("services/%1.json")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(service.code)));
    m_fetcher->fetch(path, kMaxDefinitionBytes, [=, this](const Result<QByteArray> &document) {
        DiscoveryCache cache(m_config.resolvedDataDir(), destination);
        const auto previous = cache.definition(service.code);
        const QString label = DiscoveryCache::label(destination, service.code);
        if (!document) {
            m_current.refused.append(
                {label, QString(), document.error().code,
                 previous
                     ? tr("%1 The last definition pulled is kept.").arg(document.error().message)
                     : document.error().message});
        } else if (previous != document.value()) {
            // Kept only when the kiosk can offer it; otherwise the last good one stays.
            const DiscoveredService built = DiscoveredServices::buildOne(
                m_config, m_servicesDir, destination, service, document.value(), false);
            if (built.flow || built.hidden) {
                if (Status s = cache.storeDefinition(service.code, document.value()); !s)
                    m_current.refused.append({label, QString(), s.error().code, s.error().message});
                m_changed = true;
            } else {
                const bool keep = previous
                    && DiscoveredServices::buildOne(m_config, m_servicesDir, destination, service,
                                                    previous, false)
                           .flow;
                CatalogueProblem problem = *built.problem;
                if (keep)
                    problem.reason = tr("%1 The last good definition is offered until it is "
                                        "fixed.")
                                         .arg(problem.reason);
                m_current.refused.append(problem);
                qCWarning(lcDiscovery).noquote() << "definition refused:" << problem.toString();
            }
        }
        fetchDefinition(index, services, position + 1);
    });
}

void ServiceDiscovery::finishDestination(int index)
{
    const QString name = m_destinations.at(index).name;
    DiscoveryCache cache(m_config.resolvedDataDir(), name);
    if (!m_current.reached)
        qCWarning(lcDiscovery).noquote() << "pull failed for" << name << ":" << m_current.error;
    (void)cache.storePull(m_current);
    m_results.append(m_current);
    pullDestination(index + 1);
}

} // namespace ck
