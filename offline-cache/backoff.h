// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace ck {

// Retry schedule: exponential from 5 s, x2 per attempt, capped at 1 h, with "full jitter"
// (uniform in [0, ceiling]) so a fleet coming back online does not retry in lockstep. A
// server's Retry-After (delta-seconds or HTTP-date) is honoured as a minimum.
// Deterministic when given a fixed random source.
class Backoff
{
public:
    struct Params
    {
        std::chrono::milliseconds base {5000};
        int factor = 2;
        std::chrono::milliseconds cap {3600 * 1000};
        // Full jitter can draw ~0; a refused connection fails in microseconds, so without a
        // floor an unlucky draw becomes a hot retry loop.
        std::chrono::milliseconds floor {1000};
        // A hostile or broken Retry-After must not park a row for ever.
        std::chrono::seconds maxRetryAfter {24 * 3600};
    };

    // `random` returns uniformly distributed 64-bit values; empty: QRandomGenerator::global().
    explicit Backoff(std::function<quint64()> random = {});
    Backoff(Params params, std::function<quint64()> random);

    // Upper bound before jitter for the n-th failed attempt (attempt >= 1).
    std::chrono::milliseconds ceiling(int attempt) const;
    std::chrono::milliseconds delay(int attempt) const; // jittered, in [0, ceiling]
    // now + max(floor, delay(attempt), Retry-After clamped to maxRetryAfter)
    // now + max(floor, delay(attempt), retryAfter clamped to maxRetryAfter)
    QDateTime nextAttempt(const QDateTime &now, int attempt,
                          std::optional<std::chrono::seconds> retryAfter = std::nullopt) const;

    // RFC 9110 Retry-After: delta-seconds or an HTTP-date (relative to `now`). nullopt when
    // absent or unparsable; a date in the past gives 0.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                               const QDateTime &now);

    const Params &params() const { return m_params; }

private:
    Params m_params;
    std::function<quint64()> m_random;
};

} // namespace ck
