// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace ck {

// A submission reference as printed on the confirmation screen: `CK-XXXX-XXXX-C`.
// 8 Crockford base32 symbols carry 40 bits; the last symbol is a check character computed in
// GF(32) that catches every single mistyped symbol and every swap of two neighbours (the
// reasoning is in referencenumber.cpp). Generated offline, unique across the fleet.
class ReferenceNumber
{
public:
    static constexpr int PayloadSymbols = 8;
    static constexpr quint64 PayloadMask = (quint64(1) << 40) - 1;

    ReferenceNumber() = default; // null
    static ReferenceNumber fromPayload(quint64 payload40);

    // Builds the reference for one submission (see the split described in the .cpp):
    // kiosk offset from SHA-256(kioskId), plus the per-kiosk counter, plus 2 random bits, then
    // a fixed 40-bit permutation so neighbouring references do not look sequential.
    // Without a kiosk number two kiosks can collide (rarely: see the .cpp).
    static ReferenceNumber generate(const QString &kioskId, quint64 counter, quint32 randomBits);

    // For fleets that number their kiosks (config fleet.kioskNumber): kiosk n owns the block of
    // the space whose top KioskNumberBits bits are n, so references from two numbered kiosks
    // can never be equal. Each block holds MaxBlockCounter submissions (2 random bits each).
    // Errors: "reference.kioskNumber" (out of range), "reference.exhausted" (counter past the
    // block: the kiosk must not spill into its neighbour's numbers).
    static constexpr int KioskNumberBits = 12;
    static constexpr int MinKioskNumber = 1;
    static constexpr int MaxKioskNumber = (1 << KioskNumberBits) - 1;
    static constexpr quint64 MaxBlockCounter = (quint64(1) << (40 - KioskNumberBits - 2)) - 1;
    static Result<ReferenceNumber> generateInBlock(int kioskNumber, quint64 counter,
                                                   quint32 randomBits);

    // Accepts lower case, missing or extra dashes and spaces, with or without the "CK" prefix,
    // and Crockford's aliases I/L -> 1, O -> 0. Error codes: "reference.format" (wrong length or
    // characters), "reference.check" (check character does not match: probably a typo).
    // Messages are translated with context "ReferenceNumber".
    static Result<ReferenceNumber> parse(const QString &text);

    QString format() const; // "CK-XXXX-XXXX-C"; empty when null
    QString toString() const { return format(); }
    quint64 payload() const { return m_payload; }
    bool isNull() const { return !m_valid; }

    static QChar checkSymbol(quint64 payload40);
    static QString alphabet(); // "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

    bool operator==(const ReferenceNumber &other) const = default;

private:
    quint64 m_payload = 0;
    bool m_valid = false;
};

// Hands out references for one kiosk. `nextCounter` must return a durable, strictly increasing
// per-kiosk counter (the outbox provides it; tests pass a lambda). `random` defaults to
// QRandomGenerator::system(). With a `kioskNumber` (config fleet.kioskNumber) references come
// from that kiosk's own block (generateInBlock); without one, from the kiosk id's hash-based
// stretch (generate), and a warning says so once per process.
class ReferenceGenerator
{
public:
    using CounterSource = std::function<Result<quint64>()>;
    using RandomSource = std::function<quint32()>;

    ReferenceGenerator(QString kioskId, std::optional<int> kioskNumber, CounterSource nextCounter,
                       RandomSource random = {});
    ReferenceGenerator(QString kioskId, CounterSource nextCounter, RandomSource random = {});

    Result<ReferenceNumber> next();
    QString kioskId() const { return m_kioskId; }
    std::optional<int> kioskNumber() const { return m_kioskNumber; }

private:
    QString m_kioskId;
    std::optional<int> m_kioskNumber;
    CounterSource m_nextCounter;
    RandomSource m_random;
};

} // namespace ck
