// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "kiosk-shell/urlpolicy.h"

#include <QObject>
#include <QtPlugin>

namespace ck {

// What the shell needs from Qt WebEngine, behind a plugin (civic-kiosk-web) that is loaded the
// first time a citizen opens a web service. Linking WebEngine into the kiosk made every start
// pay ~20 ms of dynamic linking before the welcome screen could draw (bench-startup). The
// shared OpenGL context WebEngine needs is SharedGlContext's job.
class WebEngineBackend
{
public:
    virtual ~WebEngineBackend() = default;

    // A new off-the-record profile (cookies, storage, cache and history only in memory) whose
    // top-level and frame requests are held to `policy`. The caller owns it; it is a
    // QQuickWebEngineProfile, handed over as QObject so the shell never includes WebEngine.
    virtual QObject *createSessionProfile(const UrlPolicy &policy) = 0;

    // Before QGuiApplication exists: the environment WebEngine reads when it arrives later as a
    // plugin, with no DevTools port whatever the environment of the service manager says. (It
    // also needs SharedGlContext once the application object exists.)
    static void prepareApplication();

    // The plugin next to the kiosk: <bin>/../lib/civic-kiosk/, which holds for the build tree
    // (bin/ and tests/) and the installed package (/usr/bin, /usr/lib/civic-kiosk). Loaded once
    // per process; error code "web-unavailable" with the loader's reason.
    static Result<WebEngineBackend *> load();
};

} // namespace ck

#define CK_WEBENGINE_BACKEND_IID "org.civickiosk.WebEngineBackend/1"
Q_DECLARE_INTERFACE(ck::WebEngineBackend, CK_WEBENGINE_BACKEND_IID)
