// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// What a back end sends back, for both protocols (docs/api.md): any status, content type,
// Retry-After header and body classify as delivered, retry later or give up; never a crash.
// Delivered needs a server reference, and a wait the server asks for is never negative.
//
// Input: byte 0-1 the HTTP status (mod 600), byte 2 a network error, then content type,
// Retry-After and body separated by the first two newlines.
#include "offline-cache/destination.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDateTime>

#include <iterator>

CK_FUZZ_INITIALIZE()

namespace {
std::unique_ptr<ck::DestinationAdapter> adapter(const char *type)
{
    ck::DestinationConfig config;
    config.name = QStringLiteral("council");
    config.type = QString::fromLatin1(type);
    config.baseUrl = QStringLiteral("https://council.example/api/");
    auto made = ck::DestinationAdapter::create(config);
    if (!made)
        std::abort();
    return std::move(made.value());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto open311 = adapter("open311");
    static const auto json = adapter("json");
    if (size < 3)
        return 0;
    static const QNetworkReply::NetworkError errors[] = {
        QNetworkReply::NoError,
        QNetworkReply::ConnectionRefusedError,
        QNetworkReply::RemoteHostClosedError,
        QNetworkReply::HostNotFoundError,
        QNetworkReply::TimeoutError,
        QNetworkReply::SslHandshakeFailedError,
        QNetworkReply::ContentNotFoundError,
        QNetworkReply::AuthenticationRequiredError,
        QNetworkReply::InternalServerError,
        QNetworkReply::ServiceUnavailableError,
        QNetworkReply::ProtocolFailure,
        QNetworkReply::UnknownContentError,
    };
    ck::HttpAnswer answer;
    answer.status = ((data[0] << 8) | data[1]) % 600;
    answer.error = errors[data[2] % std::size(errors)];
    const QByteArray rest(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    const QList<QByteArray> parts = rest.split('\n');
    answer.contentType = parts.value(0);
    answer.retryAfter = parts.value(1);
    answer.body =
        parts.size() > 2 ? rest.mid(parts.at(0).size() + parts.at(1).size() + 2) : QByteArray();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    for (const auto *destination : {open311.get(), json.get()}) {
        const ck::DeliveryOutcome outcome = destination->classify(answer, now);
        if (outcome.kind == ck::DeliveryOutcome::Kind::Delivered)
            CK_FUZZ_ASSERT(!outcome.serverReference.isEmpty());
        else
            CK_FUZZ_ASSERT(!outcome.reason.isEmpty());
        if (outcome.retryAfter)
            CK_FUZZ_ASSERT(outcome.retryAfter->count() >= 0);
    }
    return 0;
}
