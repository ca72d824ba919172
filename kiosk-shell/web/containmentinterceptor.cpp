// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/web/containmentinterceptor.h"

namespace ck {

ContainmentInterceptor::ContainmentInterceptor(UrlPolicy policy, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_policy(std::move(policy))
{ }

void ContainmentInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const auto type = info.resourceType();
    const bool mainFrame = type == QWebEngineUrlRequestInfo::ResourceTypeMainFrame;
    const bool subFrame = type == QWebEngineUrlRequestInfo::ResourceTypeSubFrame;
    if ((mainFrame || subFrame) && !m_policy.allows(info.requestUrl(), mainFrame))
        info.block(true);
}

} // namespace ck
