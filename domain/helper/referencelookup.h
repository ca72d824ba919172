// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/helper/trackingstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ck {

// "Track a report": a citizen (or a helper for them, in a fresh session) types a reference.
//   1. ReferenceNumber::parse catches typos with the check character; the answer is the kind
//      "Enter a reference number in the correct format, like CK-7F3K-92QD-X"
//   2. If this kiosk sent it and it has not left yet (queued, sending, rejected), the local
//      receipt answers: no network needed.
//   3. Otherwise the back end: Open311 `requests/{id}.json` when the receipt says the
//      destination speaks Open311 and we have its id; while the receipt still holds the token
//      of a token-only council, `tokens/{token}.json` first (pending: the receipt answers,
//      "Received by the council"); else our JSON API `GET /v1/submissions/{reference}`
//      (which also finds Open311 submissions by reference).
//   4. Offline: the last answer seen for this reference, with "We last checked on ...".
// The last-seen answers (reference -> status kind and dates, nothing else) are kept in
// `cacheFile` for 60 days so step 4 survives restarts.
class ReferenceLookup : public QObject
{
    Q_OBJECT
public:
    using ReceiptSource = std::function<std::optional<LocalReceipt>(const QString &reference)>;
    using Clock = std::function<QDateTime()>;

    static constexpr int kCacheDays = 60;
    static constexpr int kCacheMaxEntries = 2000;
    static constexpr qint64 kMaxAnswerBytes = 256 * 1024;

    struct Options
    {
        ReceiptSource localReceipt; // empty: this kiosk keeps no receipts
        QUrl jsonApiBase; // e.g. https://intake.example/v1/ (trailing slash)
        QString jsonApiKey; // sent as X-Api-Key when set
        QUrl open311Base; // e.g. https://crm.example/open311/v2/
        QString cacheFile; // e.g. <dataDir>/tracking.json; empty: no offline memory
        int timeoutMs = 10000;
        Clock clock;
    };

    ReferenceLookup(Options options, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ReferenceLookup() override;

    // Checks the typed text now; on success the answer arrives through finished() (always
    // queued, never before this returns). Error codes: "reference.format", "reference.check".
    Status lookup(const QString &typed, const QString &language);

    bool busy() const { return !m_reply.isNull(); }

    // Drops a lookup in flight (session wipe). The cache file is kept: it holds no session data.
    void cancel();

Q_SIGNALS:
    void finished(const QString &reference, const ck::TrackingAnswer &answer);

private:
    enum class Step { JsonApi, Open311Token, Open311Request };
    void request(const QUrl &url, Step step);
    void requestOpen311(const QString &serviceRequestId);
    void onReply(QNetworkReply *reply, Step step);
    void deliver(const TrackingAnswer &answer);
    TrackingAnswer offlineAnswer() const;
    QJsonObject loadCache() const;
    void remember(const TrackingAnswer &answer);
    QDateTime now() const;

    Options m_options;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_reference;
    QString m_language;
    std::optional<LocalReceipt> m_receipt;
    quint64 m_generation = 0;
};

} // namespace ck

Q_DECLARE_METATYPE(ck::TrackingAnswer)
