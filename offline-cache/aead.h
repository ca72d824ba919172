// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/securebytes.h"

#include <QByteArray>

namespace ck {

// AES-256-GCM through OpenSSL EVP. A sealed blob is nonce (12 bytes, random per call) ||
// ciphertext || tag (16 bytes). The associated data is authenticated but not stored: whoever
// opens must present the same bytes, which is how a row is bound to its reference.
class Aead
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int Overhead = NonceSize + TagSize;

    // Error codes: "crypto-key" (wrong key size), "crypto-error" (OpenSSL failure).
    static Result<QByteArray> seal(const SecureBytes &key, const QByteArray &plaintext,
                                   const QByteArray &associatedData);
    // Error code "crypto-auth" when anything (ciphertext, nonce, tag, associated data, key) does
    // not match: the caller learns nothing about which.
    static Result<SecureBytes> open(const SecureBytes &key, const QByteArray &sealed,
                                    const QByteArray &associatedData);

    // seal() with a given nonce, for the NIST known-answer tests only: GCM loses both secrecy
    // and authenticity when a nonce repeats under one key, so everything else calls seal().
    // `nonce` must be NonceSize bytes ("crypto-nonce" otherwise).
    static Result<QByteArray> sealWithNonceForTest(const SecureBytes &key, const QByteArray &nonce,
                                                   const QByteArray &plaintext,
                                                   const QByteArray &associatedData);
};

} // namespace ck
