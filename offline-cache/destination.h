// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/securebytes.h"
#include "offline-cache/boundedreply.h"
#include "offline-cache/outboxitem.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace ck {

// One named back end from the config's "destinations".
struct DestinationConfig
{
    QString name; // what OutboxItem::destination refers to
    QString type; // "open311" | "json"
    QString baseUrl; // e.g. https://council.example/open311/v2/ or https://x/
    QString apiKey; // Open311 api_key / JSON API bearer token; may be empty
    QByteArray caCertificatesPem; // optional pin: only these CAs are trusted for this host
    int timeoutMs = 30000;
};

// The request to send, built from a decrypted payload. `body` holds personal data: the engine
// wipes it once the reply is finished.
struct PreparedRequest
{
    QNetworkRequest request;
    QByteArray body;
};

// What came back, detached from QNetworkReply so classification is a pure function (tests feed
// it edge cases directly as well as through a real socket).
struct HttpAnswer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString; // Qt's text; for TLS failures the engine adds the sslErrors()
    int status = 0; // HTTP status, 0 when no HTTP answer arrived
    QByteArray contentType;
    QByteArray retryAfter; // raw Retry-After header
    QByteArray body;
    // The kiosk stopped reading (BoundedReply): too large or too slow. Never a delivery.
    enum class Cut { None, TooLarge, TooSlow };
    Cut cut = Cut::None;
};

struct DeliveryOutcome
{
    enum class Kind { Delivered, Retryable, Permanent };
    Kind kind = Kind::Retryable;
    QString serverReference; // Delivered
    QString reason; // Retryable / Permanent: admin-visible, no PII
    std::optional<std::chrono::seconds> retryAfter; // Retryable: server's or adapter's minimum
    int giveUpAfterAttempts = 0; // Retryable: >0 means dead-letter once attempts reach this

    static DeliveryOutcome delivered(QString serverRef);
    static DeliveryOutcome retryable(QString reason,
                                     std::optional<std::chrono::seconds> after = std::nullopt);
    static DeliveryOutcome permanent(QString reason);
};

// Turns a decrypted payload (docs/payload.md) into a protocol request and a protocol answer
// into an outcome. Stateless and thread-agnostic; the SyncEngine owns one per destination.
class DestinationAdapter
{
public:
    explicit DestinationAdapter(DestinationConfig config);
    virtual ~DestinationAdapter();
    DestinationAdapter(const DestinationAdapter &) = delete;
    DestinationAdapter &operator=(const DestinationAdapter &) = delete;

    // "open311" -> Open311Adapter, "json" -> JsonApiAdapter; "destination-config" otherwise
    // (also for a bad URL or an unreadable CA pin).
    static Result<std::unique_ptr<DestinationAdapter>> create(const DestinationConfig &config);

    const DestinationConfig &config() const { return m_config; }

    // "payload-invalid" when the payload is not the documented JSON (a permanent failure).
    virtual Result<PreparedRequest> prepare(const OutboxRow &row,
                                            const SecureBytes &payload) const = 0;
    virtual DeliveryOutcome classify(const HttpAnswer &answer, const QDateTime &now) const = 0;

    static HttpAnswer answerFrom(QNetworkReply *reply, const QByteArray &body);
    // The same, with the body as its BoundedReply read it (or the reason it was cut).
    static HttpAnswer answerFrom(QNetworkReply *reply, BoundedReply *bounded);
    // What the kiosk reads of a destination's answer: a GeoReport or JSON API answer is a
    // few hundred bytes; the time limit is the destination's timeout, for the whole exchange.
    ReplyLimits replyLimits() const;

protected:
    // DocumentFetcher reads discovery documents with the same request rules and failures.
    friend class DocumentFetcher;
    // Sets timeout, TLS pin and common headers.
    QNetworkRequest baseRequest(const QString &path) const;
    // Shared rules: transport/TLS errors, 5xx, 408, 429 -> Retryable (Retry-After honoured);
    // returns nullopt when the protocol-specific part must decide.
    std::optional<DeliveryOutcome> classifyTransport(const HttpAnswer &answer,
                                                     const QDateTime &now) const;

    // A short, single-line, length-limited excerpt of one of Qt's own error texts (network,
    // TLS). Never for a server's text: that can quote a citizen's answers.
    static QString excerpt(const QString &text);
    // A server's error code when it is a short token ("400", "idempotency-conflict"), else
    // empty. Its description is never kept: a CRM may echo the request back in it, and
    // last_error is shown to staff and kept with the row.
    static QString serverCode(const QString &code);
    // "\"council\" refused the request (HTTP 400, server code 400)."
    QString refusal(int status, const QString &serverCode) const;

private:
    DestinationConfig m_config;
    QList<QSslCertificate> m_pinnedCas;
};

} // namespace ck
