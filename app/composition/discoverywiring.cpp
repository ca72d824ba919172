// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "app/composition/discoverywiring.h"

#include "app/composition/kioskcomposition.h"
#include "domain/discovery/servicediscovery.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"

#include <QQuickWindow>
#include <QTimer>

namespace ck {

std::unique_ptr<DiscoveryWiring> DiscoveryWiring::attach(KioskComposition &kiosk)
{
    std::unique_ptr<DiscoveryWiring> wiring(new DiscoveryWiring(kiosk));
    if (!wiring->m_discovery->enabled())
        return nullptr;
    ServiceDiscovery *discovery = wiring->m_discovery.get();
    // Like delivery, the first pull waits for the first frame: on a two-core kiosk the network
    // start-up would otherwise compete with the welcome screen.
    if (QQuickWindow *window = kiosk.window())
        QObject::connect(window, &QQuickWindow::frameSwapped, discovery, &ServiceDiscovery::start,
                         Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, discovery, &ServiceDiscovery::start);
    return wiring;
}

DiscoveryWiring::DiscoveryWiring(KioskComposition &kiosk)
    : m_kiosk(kiosk)
    , m_discovery(std::make_unique<ServiceDiscovery>(
          kiosk.config(), kiosk.servicesDir(), KioskComposition::destinationsFrom(kiosk.config())))
{
    connect(m_discovery.get(), &ServiceDiscovery::pulled, this, [this](bool changed) {
        m_pending = m_pending || changed;
        reloadWhenIdle();
    });
    connect(kiosk.appState(), &AppState::screenChanged, this, &DiscoveryWiring::reloadWhenIdle);
    connect(kiosk.appState(), &AppState::sessionEnded, this, &DiscoveryWiring::reloadWhenIdle);
}

DiscoveryWiring::~DiscoveryWiring() = default;

void DiscoveryWiring::reloadWhenIdle()
{
    // Only on the welcome screen with no form open: the service list someone is reading, or
    // the flow they are in, never changes under them.
    if (!m_pending || m_kiosk.appState()->screen() != AppState::Welcome
        || m_kiosk.flowController()->active())
        return;
    m_pending = false;
    m_kiosk.reloadServices();
}

} // namespace ck
