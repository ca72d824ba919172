// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "offline-cache/destination.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ck {

// GETs small documents from a destination (Open311 service discovery) through the delivery
// stack: the destination adapter's request (timeout, CA pin, no redirects, user agent), Qt
// Network, and its way of naming transport and TLS failures. A body is read with a size cap
// (the download is cut as soon as it is passed) and within an overall deadline, so a hostile or
// broken server can neither fill memory nor hold a pull open.
//
// Error codes: "destination-config" (bad URL or pin), "fetch-network" (no answer, TLS, time),
// "fetch-http" (an answer other than 200), "fetch-too-large".
class DocumentFetcher : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<QByteArray> &)>;

    DocumentFetcher(DestinationConfig config, QNetworkAccessManager *network,
                    QObject *parent = nullptr);
    ~DocumentFetcher() override;

    // One fetch at a time; `done` is always called later, from the event loop.
    void fetch(const QString &path, qint64 maxBytes, Done done);
    void abort();
    bool busy() const { return !m_reply.isNull(); }

private:
    void finish(const Result<QByteArray> &result);

    DestinationConfig m_config;
    QNetworkAccessManager *m_network;
    std::unique_ptr<DestinationAdapter> m_adapter;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QByteArray m_body;
    QStringList m_sslErrors;
    qint64 m_maxBytes = 0;
    bool m_tooLarge = false;
    bool m_late = false;
    Done m_done;
};

} // namespace ck
