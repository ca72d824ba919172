// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace ck {

class AppState;
class PerformanceCache;
class ServiceCatalogue;

// "How long this usually takes" on a service's start page, from PerformanceCache. QML binds
// `performance.revision` so the text updates when fresh figures arrive or the language changes.
class PerformanceInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PerformanceInfo is created by the composition root")
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    PerformanceInfo(PerformanceCache *cache, const ServiceCatalogue *catalogue, AppState *appState,
                    QObject *parent = nullptr);

    int revision() const { return m_revision; }
    // Empty when nothing is known about the service: the page then says nothing.
    Q_INVOKABLE QString describe(const QString &serviceId) const;
    // The code the back end publishes figures under: the flow's Open311 service code, else
    // the service id in the JSON API's style ("planning-comment" -> "PLANNING_COMMENT").
    QString serviceCodeFor(const QString &serviceId) const;

Q_SIGNALS:
    void changed();

private:
    QPointer<PerformanceCache> m_cache;
    const ServiceCatalogue *m_catalogue;
    QPointer<AppState> m_appState;
    int m_revision = 0;
};

} // namespace ck
