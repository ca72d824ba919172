// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/referencenumber.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <atomic>
#include <cstring>

Q_LOGGING_CATEGORY(lcReference, "ck.reference")

namespace ck {

// ---- Check character ------------------------------------------------------------------------
// The check symbol is a weighted sum in the finite field GF(32) = GF(2)[x]/(x^5 + x^2 + 1):
//     check = sum over payload positions i of  w_i * d_i,   w_i = x^(8+i), i = 0..7
// and the check symbol itself has weight 1 (x^0). Because x has order 31, the nine weights are
// distinct and non-zero, and a field has no zero divisors, so:
//  * one wrong symbol (value d -> d', e = d + d' != 0) moves the sum by w_i * e != 0;
//  * swapping two symbols a != b at positions i, j (neighbours, or any two, including the check
//    symbol) moves it by (w_i + w_j) * (a + b), a product of two non-zero elements.
// So every single substitution and every transposition is caught, which the brief requires.
// Crockford's own mod-37 check would also do that, but needs five extra symbols (* ~ $ = U) that
// are hard to read aloud or type on a phone keypad; Luhn mod N misses some transpositions.
// Weights start at x^8 so that the DESIGN document's example CK-7F3K-92QD-X is a valid number.
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr unsigned kPoly = 0x25; // x^5 + x^2 + 1, primitive

unsigned gfMul(unsigned a, unsigned b)
{
    unsigned r = 0;
    while (b) {
        if (b & 1)
            r ^= a;
        b >>= 1;
        a <<= 1;
        if (a & 0x20)
            a ^= kPoly;
    }
    return r;
}

unsigned weight(int position)
{
    unsigned w = 1;
    for (int k = 0; k < 8 + position; ++k)
        w = gfMul(w, 2);
    return w;
}

// Symbol values of the payload, most significant first.
unsigned symbolAt(quint64 payload, int position)
{
    return unsigned(payload >> (5 * (ReferenceNumber::PayloadSymbols - 1 - position))) & 0x1F;
}

unsigned checkValue(quint64 payload)
{
    unsigned sum = 0;
    for (int i = 0; i < ReferenceNumber::PayloadSymbols; ++i)
        sum ^= gfMul(weight(i), symbolAt(payload, i));
    return sum;
}

int symbolValue(QChar c)
{
    // Crockford: I and L read as 1, O as 0 (people mistake them); U is never used.
    switch (c.toUpper().unicode()) {
    case u'I':
    case u'L':
        return 1;
    case u'O':
        return 0;
    default:
        break;
    }
    const char *pos =
        c.unicode() < 128 ? std::strchr(kAlphabet, char(c.toUpper().unicode())) : nullptr;
    return (pos && *pos) ? int(pos - kAlphabet) : -1;
}

// ---- Uniqueness across the fleet -----------------------------------------------------------
// 40 bits are too few for purely random numbers (a fleet making a million submissions would
// have a ~40 % chance of a collision), so each kiosk counts through its own stretch of the
// space instead:
//     x = offset(kioskId) + counter * 4 + (random & 3)   (mod 2^40)
//     payload = P(x), P a fixed 40-bit Feistel permutation
// - offset: the first 40 bits of SHA-256("civic-kiosk/reference/" + kioskId);
// - counter: the outbox's durable per-kiosk counter, so one kiosk never repeats itself (for the
//   first 2^38 submissions, i.e. forever); 1,000,000 in a row are distinct by construction;
// - 2 random bits: the next number cannot be predicted exactly from the last one, and if a
//   kiosk's counter were ever reset only one in four re-issued numbers would repeat;
// - P is a bijection, so it keeps uniqueness, and makes consecutive numbers look unrelated.
// Two kiosks can only collide if their stretches (4 x submissions long) overlap: for K kiosks
// making N submissions each the chance is below K^2 x 4N / 2^40, e.g. 200 kiosks x 100,000
// submissions (ten busy years) = 1.5 %; without the random bits it would be 4 times smaller,
// which is the price of unpredictability. More kiosks than that: make references longer
// (a new format, e.g. 12 symbols) rather than shrink these margins.
//
// Fleets that cannot accept any chance of a collision give each kiosk a number (config
// fleet.kioskNumber, assigned once by the fleet admin, never reused) and the input becomes
//     x = kioskNumber << 28 | (counter * 4 + (random & 3))      counter < 2^26
// so the kiosks' blocks are disjoint and, P being a bijection, so are their references.
// 12 bits give 4,095 kiosks (0 is never assigned, so a missing number cannot pass for one);
// 26 bits of counter give each 67 million submissions, over a century at one a minute, day
// and night. A numbered block and an unnumbered kiosk's stretch can overlap: a fleet numbers
// all its kiosks or none (docs/fleet.md).
constexpr quint64 kMask = ReferenceNumber::PayloadMask;

quint32 roundFunction(quint32 half, int round)
{
    quint64 z = (quint64(half) << 8) ^ (quint64(round) * 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return quint32(z ^ (z >> 31)) & 0xFFFFF;
}

quint64 permute(quint64 x)
{
    quint32 left = quint32(x >> 20) & 0xFFFFF;
    quint32 right = quint32(x) & 0xFFFFF;
    for (int round = 0; round < 4; ++round) {
        const quint32 next = left ^ roundFunction(right, round);
        left = right;
        right = next;
    }
    return ((quint64(left) << 20) | right) & kMask;
}

quint64 kioskOffset(const QString &kioskId)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayLiteral("civic-kiosk/reference/") + kioskId.toUtf8(), QCryptographicHash::Sha256);
    quint64 offset = 0;
    for (int i = 0; i < 5; ++i)
        offset = (offset << 8) | quint8(digest.at(i));
    return offset;
}

} // namespace

QString ReferenceNumber::alphabet()
{
    return QString::fromLatin1(kAlphabet);
}

QChar ReferenceNumber::checkSymbol(quint64 payload40)
{
    return QLatin1Char(kAlphabet[checkValue(payload40 & PayloadMask)]);
}

ReferenceNumber ReferenceNumber::fromPayload(quint64 payload40)
{
    ReferenceNumber ref;
    ref.m_payload = payload40 & PayloadMask;
    ref.m_valid = true;
    return ref;
}

ReferenceNumber ReferenceNumber::generate(const QString &kioskId, quint64 counter,
                                          quint32 randomBits)
{
    const quint64 x = (kioskOffset(kioskId) + (counter << 2) + (randomBits & 3u)) & kMask;
    return fromPayload(permute(x));
}

Result<ReferenceNumber> ReferenceNumber::generateInBlock(int kioskNumber, quint64 counter,
                                                         quint32 randomBits)
{
    if (kioskNumber < MinKioskNumber || kioskNumber > MaxKioskNumber)
        return Result<ReferenceNumber>::failure(
            QStringLiteral("reference.kioskNumber"),
            QCoreApplication::translate("ReferenceNumber",
                                        "The kiosk number %1 is outside 1 to %2.")
                .arg(kioskNumber)
                .arg(MaxKioskNumber));
    // The admin sees it in the logs; the fix is a new, unused kiosk number.
    if (counter > MaxBlockCounter)
        return Result<ReferenceNumber>::failure(
            QStringLiteral("reference.exhausted"),
            QCoreApplication::translate("ReferenceNumber",
                                        "This kiosk cannot give reference numbers to new forms any "
                                        "more. Ask a member of staff."));
    constexpr int blockShift = 40 - KioskNumberBits;
    const quint64 x = (quint64(kioskNumber) << blockShift) | (counter << 2) | (randomBits & 3u);
    return fromPayload(permute(x));
}

QString ReferenceNumber::format() const
{
    if (!m_valid)
        return {};
    QString out = QStringLiteral("CK-");
    for (int i = 0; i < PayloadSymbols; ++i) {
        if (i == 4)
            out += QLatin1Char('-');
        out += QLatin1Char(kAlphabet[symbolAt(m_payload, i)]);
    }
    return out + QLatin1Char('-') + checkSymbol(m_payload);
}

Result<ReferenceNumber> ReferenceNumber::parse(const QString &text)
{
    const auto formatError = [] {
        return Result<ReferenceNumber>::failure(
            QStringLiteral("reference.format"),
            QCoreApplication::translate("ReferenceNumber",
                                        "A reference number looks like CK-7F3K-92QD-X: CK and "
                                        "then 9 letters and numbers."));
    };
    if (text.size() > 64)
        return formatError();
    QString compact;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            compact.append(c.toUpper());
    }
    if (compact.size() == PayloadSymbols + 3 && compact.startsWith(QLatin1String("CK")))
        compact = compact.mid(2);
    if (compact.size() != PayloadSymbols + 1)
        return formatError();
    quint64 payload = 0;
    for (int i = 0; i < PayloadSymbols; ++i) {
        const int v = symbolValue(compact.at(i));
        if (v < 0)
            return formatError();
        payload = (payload << 5) | unsigned(v);
    }
    const int check = symbolValue(compact.at(PayloadSymbols));
    if (check < 0)
        return formatError();
    if (unsigned(check) != checkValue(payload))
        return Result<ReferenceNumber>::failure(
            QStringLiteral("reference.check"),
            QCoreApplication::translate(
                "ReferenceNumber",
                "Enter a reference number in the correct format, like CK-7F3K-92QD-X"));
    return fromPayload(payload);
}

ReferenceGenerator::ReferenceGenerator(QString kioskId, std::optional<int> kioskNumber,
                                       CounterSource nextCounter, RandomSource random)
    : m_kioskId(std::move(kioskId))
    , m_kioskNumber(kioskNumber)
    , m_nextCounter(std::move(nextCounter))
    , m_random(std::move(random))
{
    static std::atomic_bool warned {false};
    if (!m_kioskNumber && !warned.exchange(true))
        qCWarning(lcReference) << "fleet.kioskNumber is not set: references are drawn from a "
                                  "stretch derived from the kiosk id, which can (rarely) collide "
                                  "with another kiosk's. Assign kiosk numbers (docs/fleet.md).";
}

ReferenceGenerator::ReferenceGenerator(QString kioskId, CounterSource nextCounter,
                                       RandomSource random)
    : ReferenceGenerator(std::move(kioskId), std::nullopt, std::move(nextCounter),
                         std::move(random))
{ }

Result<ReferenceNumber> ReferenceGenerator::next()
{
    if (!m_nextCounter)
        return Result<ReferenceNumber>::failure(
            QStringLiteral("reference.noCounter"),
            QCoreApplication::translate("ReferenceNumber",
                                        "This kiosk cannot number submissions right now."));
    Result<quint64> counter = m_nextCounter();
    if (!counter)
        return counter.error();
    const quint32 random = m_random ? m_random() : QRandomGenerator::system()->generate();
    if (m_kioskNumber)
        return ReferenceNumber::generateInBlock(*m_kioskNumber, counter.value(), random);
    return ReferenceNumber::generate(m_kioskId, counter.value(), random);
}

} // namespace ck
