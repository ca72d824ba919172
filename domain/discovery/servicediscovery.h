// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/config/kioskconfig.h"
#include "domain/discovery/discoverycache.h"
#include "domain/discovery/open311documents.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace ck {

class DocumentFetcher;
struct DestinationConfig;

// Pulls the services of every destination with "discover": true: `GET services.json`, then
// `GET services/{code}.json` for each service with metadata, through the delivery stack
// (DocumentFetcher: same TLS pin, timeouts, no redirects; bodies capped), and keeps what it
// got in the data directory (DiscoveryCache). A definition that cannot be offered is refused
// with its code and reason, and the last good one, if any, is kept; the others still load.
// start() pulls when a pull is due and then every discoverEverySec (sooner after a failure).
class ServiceDiscovery : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxListBytes = Open311Documents::kMaxBytes;
    static constexpr qint64 kMaxDefinitionBytes = 512 * 1024;
    static constexpr int kRetrySec = 600; // after a failed pull

    // `destinations`: as the sync engine gets them (API key and CA pin resolved).
    ServiceDiscovery(KioskConfig config, QString servicesDir, QList<DestinationConfig> destinations,
                     QObject *parent = nullptr);
    ~ServiceDiscovery() override;

    bool enabled() const; // some destination discovers
    bool busy() const { return m_running; }
    // The results of the pull that finished last, one per discovering destination.
    const QList<DiscoveryPull> &results() const { return m_results; }

public Q_SLOTS:
    void start();
    void pullNow();

Q_SIGNALS:
    // After every discovering destination was tried; `changed`: a stored document changed, so
    // the catalogue should be rebuilt (DiscoveredServices::load).
    void pulled(bool changed);

private:
    void pullDestination(int index);
    void fetchDefinition(int index, const QList<Open311Service> &services, int position);
    void finishDestination(int index);
    void scheduleNext(bool failed);

    KioskConfig m_config;
    QString m_servicesDir;
    QList<DestinationConfig> m_destinations; // the discovering ones only
    QNetworkAccessManager *m_network = nullptr;
    QPointer<DocumentFetcher> m_fetcher;
    QTimer *m_timer = nullptr;
    QList<DiscoveryPull> m_results;
    DiscoveryPull m_current;
    bool m_running = false;
    bool m_changed = false;
};

} // namespace ck
