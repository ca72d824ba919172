// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "kiosk-shell/urlpolicy.h"

#include <QWebEngineUrlRequestInterceptor>

namespace ck {

// Defence in depth under the view's navigationRequested handler: server redirects and anything
// that slips past QML still cannot load a top-level document outside the allow-list.
class ContainmentInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit ContainmentInterceptor(UrlPolicy policy, QObject *parent = nullptr);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    UrlPolicy m_policy;
};

} // namespace ck
