// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "kiosk-shell/webenginebackend.h"

#include <QObject>

namespace ck {

// The only code of the kiosk that links Qt WebEngine (see webenginebackend.h for why).
class WebEngineBackendPlugin : public QObject, public WebEngineBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CK_WEBENGINE_BACKEND_IID)
    Q_INTERFACES(ck::WebEngineBackend)

public:
    QObject *createSessionProfile(const UrlPolicy &policy) override;
};

} // namespace ck
