// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/web/webenginebackendplugin.h"

#include "kiosk-shell/web/containmentinterceptor.h"

#include <QQuickWebEngineProfile>

namespace ck {

QObject *WebEngineBackendPlugin::createSessionProfile(const UrlPolicy &policy)
{
    // No storage name = off the record: nothing of the session reaches the disk.
    auto *profile = new QQuickWebEngineProfile();
    profile->setOffTheRecord(true);
    profile->setHttpCacheType(QQuickWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QQuickWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false); // the spell checker learns words
    // A child of the profile, so it lives exactly as long as the profile that calls it: Qt
    // deletes children after the profile's own destructor has let go of the interceptor.
    auto *interceptor = new ContainmentInterceptor(policy, profile);
    profile->setUrlRequestInterceptor(interceptor);
    return profile;
}

} // namespace ck
