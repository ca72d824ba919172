// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/securebytes.h"

#include <QString>

namespace ck {

// Hashes and verifies PINs and passwords (admin PIN, helper PINs) as self-describing strings:
//   pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>   (what hash() writes)
//   scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>           (verified, for imported configs)
// Both go through OpenSSL EVP; the final comparison is CRYPTO_memcmp so the time taken does not
// depend on how many leading bytes matched. Iteration counts below the OWASP 2023 floor for
// PBKDF2-HMAC-SHA256 (600,000) are refused, so a weak hash cannot be slipped into a config.
class PasswordHash
{
public:
    static constexpr int kMinPbkdf2Iterations = 600000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    // A new PBKDF2-HMAC-SHA256 string with a random 16-byte salt.
    static Result<QString> hash(const SecureBytes &secret, int iterations = kMinPbkdf2Iterations);
    static Result<QString> hash(const QString &secret, int iterations = kMinPbkdf2Iterations);

    // ok(true) = match, ok(false) = no match; an error means the stored string is unusable
    // (malformed, unsupported scheme, parameters too weak or too expensive), never a match.
    static Result<bool> verify(const SecureBytes &secret, const QString &encoded);
    static Result<bool> verify(const QString &secret, const QString &encoded);

    // Checks the format and parameters without deriving anything (config validation).
    static Status validate(const QString &encoded);

    // Constant-time equality of two byte strings of the same length (CRYPTO_memcmp); different
    // lengths compare unequal (lengths are not secret here: they are fixed by the format).
    static bool constantTimeEquals(const SecureBytes &a, const SecureBytes &b);
};

} // namespace ck
