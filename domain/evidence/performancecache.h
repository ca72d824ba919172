// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ck {

struct ServicePerformance
{
    QString serviceCode;
    double medianDaysToClose = 0;
    int sampleSize = 0;
    QDateTime updatedAt; // when the back end last computed it
};

// How long the council usually takes, per service, from `GET /v1/performance`:
// {"generatedAt": ..., "services": [{"serviceCode", "medianDaysToClose", "sampleSize",
// "updatedAt"}]}. Kept in `<dataDir>/performance.json` so the figure shows on a service's
// start page also when the kiosk is offline, with the date it was last updated.
class PerformanceCache : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    struct Options
    {
        QString dataDir;
        QUrl url; // full URL of GET /v1/performance; invalid: never refresh
        QString apiKey; // X-Api-Key when set
        int timeoutMs = 10000;
        Clock clock;
    };

    PerformanceCache(Options options, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PerformanceCache() override;

    Status loadFromDisk();
    // Starts a fetch; refreshed() tells how it went. A bad answer keeps the old figures.
    void refresh();

    std::optional<ServicePerformance> find(const QString &serviceCode) const;
    QDateTime fetchedAt() const { return m_fetchedAt; }
    QString filePath() const;

    // "About half of these are closed within 2 days. Figures from 3 March 2026." in `language`;
    // empty when we know nothing about the service (the page then says nothing).
    QString describe(const QString &serviceCode, const QString &language) const;

    // Parses the endpoint's body; "performance-answer" on anything else (captive portal...).
    static Result<QHash<QString, ServicePerformance>> parse(const QByteArray &body);

Q_SIGNALS:
    void changed();
    void refreshed(bool ok, const QString &errorCode);

private:
    void onReply(QNetworkReply *reply);
    Status save(const QByteArray &body) const;

    Options m_options;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QHash<QString, ServicePerformance> m_services;
    QDateTime m_fetchedAt;
};

} // namespace ck
