// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/aead.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

namespace ck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ck::Aead", text);
}

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

// Fetched once and kept for the process: with OpenSSL 3, passing EVP_aes_256_gcm() to an Init
// call looks the implementation up in the provider store every time. An enqueue seals twice
// (data key, payload); fetching once took about 1 us off each (bench-outbox on tmpfs).
const EVP_CIPHER *aes256gcm()
{
    static const EVP_CIPHER *const cipher = [] {
        EVP_CIPHER *fetched = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
        return fetched ? static_cast<const EVP_CIPHER *>(fetched) : EVP_aes_256_gcm();
    }();
    return cipher;
}

Error cryptoError()
{
    return Error {QStringLiteral("crypto-error"), tr("The encryption library failed.")};
}
} // namespace

Result<QByteArray> Aead::seal(const SecureBytes &key, const QByteArray &plaintext,
                              const QByteArray &associatedData)
{
    QByteArray nonce(NonceSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), NonceSize) != 1)
        return cryptoError();
    return sealWithNonceForTest(key, nonce, plaintext, associatedData);
}

Result<QByteArray> Aead::sealWithNonceForTest(const SecureBytes &key, const QByteArray &nonceBytes,
                                              const QByteArray &plaintext,
                                              const QByteArray &associatedData)
{
    if (key.size() != KeySize)
        return Result<QByteArray>::failure(QStringLiteral("crypto-key"),
                                           tr("The encryption key has the wrong size."));
    if (nonceBytes.size() != NonceSize)
        return Error {QStringLiteral("crypto-nonce"), cryptoError().message};
    QByteArray out(NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    auto *cipher = nonce + NonceSize;
    std::memcpy(nonce, nonceBytes.constData(), NonceSize);

    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), aes256gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.bytes(), nonce) != 1)
        return cryptoError();
    if (!associatedData.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char *>(associatedData.constData()),
                             int(associatedData.size()))
            != 1)
        return cryptoError();
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), cipher, &len,
                              reinterpret_cast<const unsigned char *>(plaintext.constData()),
                              int(plaintext.size()))
            != 1)
            return cryptoError();
        written = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + written, &len) != 1)
        return cryptoError();
    written += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, cipher + written) != 1)
        return cryptoError();
    return out;
}

Result<SecureBytes> Aead::open(const SecureBytes &key, const QByteArray &sealed,
                               const QByteArray &associatedData)
{
    if (key.size() != KeySize)
        return Result<SecureBytes>::failure(QStringLiteral("crypto-key"),
                                            tr("The encryption key has the wrong size."));
    const auto authFailure = [] {
        return Result<SecureBytes>::failure(
            QStringLiteral("crypto-auth"),
            tr("Stored data failed its integrity check and was not used."));
    };
    if (sealed.size() < Overhead)
        return authFailure();

    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    const auto *cipher = nonce + NonceSize;
    const int cipherLen = int(sealed.size()) - Overhead;
    QByteArray tag = sealed.right(TagSize);

    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), aes256gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.bytes(), nonce) != 1)
        return cryptoError();
    if (!associatedData.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char *>(associatedData.constData()),
                             int(associatedData.size()))
            != 1)
        return cryptoError();
    // Decrypt into a SecureBytes so the plaintext never sits in an unwiped buffer, also when
    // the tag check below fails.
    SecureBytes plain;
    plain.resize(cipherLen);
    int written = 0;
    if (cipherLen > 0) {
        if (EVP_DecryptUpdate(ctx.get(), plain.data(), &len, cipher, cipherLen) != 1)
            return authFailure();
        written = len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1)
        return cryptoError();
    unsigned char finalBlock[16];
    if (EVP_DecryptFinal_ex(ctx.get(), finalBlock, &len) != 1)
        return authFailure(); // `plain` wipes itself
    Q_ASSERT(written + len == cipherLen);
    return plain;
}

} // namespace ck
