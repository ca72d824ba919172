// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <memory>

namespace ck {

class KioskComposition;
class ServiceDiscovery;

// Keeps a kiosk's discovered Open311 services fresh (destinations with "discover": true): pulls
// once the welcome screen is up when a pull is due, then every discoverEverySec, and when the
// council's definitions changed, reads the catalogue again between sessions, never while
// someone is filling in a form. One call from the composition root after load():
//
//     auto discovery = ck::DiscoveryWiring::attach(kiosk);   // nullptr: nothing discovers
class DiscoveryWiring : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<DiscoveryWiring> attach(KioskComposition &kiosk);
    ~DiscoveryWiring() override;

    ServiceDiscovery *discovery() const { return m_discovery.get(); }
    bool reloadPending() const { return m_pending; }

private:
    explicit DiscoveryWiring(KioskComposition &kiosk);
    void reloadWhenIdle();

    KioskComposition &m_kiosk;
    std::unique_ptr<ServiceDiscovery> m_discovery;
    bool m_pending = false;
};

} // namespace ck
