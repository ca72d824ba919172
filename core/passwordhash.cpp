// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "core/passwordhash.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace ck {

namespace {

// Upper bounds keep a hostile config from turning a PIN check into a denial of service.
constexpr qint64 kMaxPbkdf2Iterations = 10'000'000;
constexpr quint64 kMaxScryptN = quint64(1) << 20;
constexpr quint64 kMaxScryptMemory = quint64(1) << 30; // 1 GiB, far above sane N*r*128
constexpr int kMinSaltBytes = 8;
constexpr int kMinHashBytes = 16;
constexpr int kMaxHashBytes = 64;

Error formatError(const char *code, const char *why)
{
    return Error {QString::fromLatin1(code), QCoreApplication::translate("PasswordHash", why)};
}

struct Parsed
{
    enum class Scheme { Pbkdf2, Scrypt } scheme = Scheme::Pbkdf2;
    quint64 iterations = 0; // PBKDF2
    quint64 n = 0, r = 0, p = 0; // scrypt
    QByteArray salt;
    SecureBytes expected;
};

bool decodeB64(const QString &text, QByteArray &out)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    out = std::move(decoded.decoded);
    return true;
}

bool parseNumber(const QString &text, quint64 &out)
{
    bool ok = false;
    out = text.toULongLong(&ok);
    return ok && !text.startsWith(QLatin1Char('+'));
}

Result<Parsed> parse(const QString &encoded)
{
    const QStringList parts = encoded.trimmed().split(QLatin1Char('$'));
    Parsed parsed;
    QString saltText;
    QString hashText;
    if (parts.value(0) == QLatin1String("pbkdf2-sha256")) {
        if (parts.size() != 4)
            return formatError("passwordhash.malformed", "The stored PIN hash is malformed.");
        if (!parseNumber(parts[1], parsed.iterations))
            return formatError("passwordhash.malformed", "The stored PIN hash is malformed.");
        if (parsed.iterations < quint64(PasswordHash::kMinPbkdf2Iterations))
            return formatError("passwordhash.weak",
                               "The stored PIN hash uses too few iterations (600,000 needed).");
        if (parsed.iterations > quint64(kMaxPbkdf2Iterations))
            return formatError("passwordhash.too-expensive",
                               "The stored PIN hash asks for too many iterations.");
        saltText = parts[2];
        hashText = parts[3];
    } else if (parts.value(0) == QLatin1String("scrypt")) {
        parsed.scheme = Parsed::Scheme::Scrypt;
        if (parts.size() != 6 || !parseNumber(parts[1], parsed.n)
            || !parseNumber(parts[2], parsed.r) || !parseNumber(parts[3], parsed.p))
            return formatError("passwordhash.malformed", "The stored PIN hash is malformed.");
        const bool powerOfTwo = parsed.n > 1 && (parsed.n & (parsed.n - 1)) == 0;
        if (!powerOfTwo || parsed.r == 0 || parsed.p == 0)
            return formatError("passwordhash.malformed", "The stored PIN hash is malformed.");
        // 2^14 with r=8 is the long-standing interactive-login floor (scrypt paper, RFC 7914).
        if (parsed.n < (1u << 14) || parsed.r < 8)
            return formatError("passwordhash.weak", "The stored PIN hash is too weak.");
        if (parsed.n > kMaxScryptN || parsed.r > 32 || parsed.p > 16)
            return formatError("passwordhash.too-expensive",
                               "The stored PIN hash asks for too much work.");
        saltText = parts[4];
        hashText = parts[5];
    } else {
        return formatError("passwordhash.unsupported",
                           "The stored PIN hash uses an unsupported scheme.");
    }
    QByteArray hashBytes;
    if (!decodeB64(saltText, parsed.salt) || !decodeB64(hashText, hashBytes))
        return formatError("passwordhash.malformed", "The stored PIN hash is malformed.");
    parsed.expected = SecureBytes(std::move(hashBytes));
    if (parsed.salt.size() < kMinSaltBytes || parsed.expected.size() < kMinHashBytes
        || parsed.expected.size() > kMaxHashBytes)
        return formatError("passwordhash.malformed", "The stored PIN hash is malformed.");
    return parsed;
}

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

// One EVP_KDF derivation; both schemes go through the provider API so FIPS builds behave alike.
Result<SecureBytes> derive(const char *algorithm, OSSL_PARAM *params, qsizetype length)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, algorithm, nullptr));
    if (!kdf)
        return formatError("passwordhash.openssl", "The PIN could not be checked (crypto error).");
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    SecureBytes out;
    out.resize(length);
    if (!ctx || EVP_KDF_derive(ctx.get(), out.data(), size_t(length), params) != 1)
        return formatError("passwordhash.openssl", "The PIN could not be checked (crypto error).");
    return out;
}

Result<SecureBytes> pbkdf2(const SecureBytes &secret, const QByteArray &salt, quint64 iterations,
                           qsizetype length)
{
    char digest[] = "SHA256";
    uint64_t iter = iterations;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD, const_cast<char *>(secret.constData()), size_t(secret.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_ITER, &iter),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    return derive("PBKDF2", params, length);
}

Result<SecureBytes> scrypt(const SecureBytes &secret, const Parsed &p, qsizetype length)
{
    uint64_t n = p.n;
    uint32_t r = uint32_t(p.r);
    uint32_t par = uint32_t(p.p);
    uint64_t maxmem = kMaxScryptMemory;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD, const_cast<char *>(secret.constData()), size_t(secret.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(p.salt.data()),
                                          size_t(p.salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &par),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    return derive("SCRYPT", params, length);
}

SecureBytes utf8Secret(const QString &secret)
{
    return SecureBytes(secret.toUtf8()); // the temporary is wiped by SecureBytes
}

} // namespace

Result<QString> PasswordHash::hash(const SecureBytes &secret, int iterations)
{
    if (iterations < kMinPbkdf2Iterations || iterations > kMaxPbkdf2Iterations)
        return formatError("passwordhash.weak",
                           "A PIN hash needs between 600,000 and 10,000,000 iterations.");
    const SecureBytes salt = SecureBytes::random(kSaltBytes);
    const QByteArray saltBytes = salt.view();
    auto derived = pbkdf2(secret, QByteArray(saltBytes.constData(), saltBytes.size()),
                          quint64(iterations), kHashBytes);
    if (!derived)
        return derived.error();
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.view().toBase64()),
             QString::fromLatin1(derived->view().toBase64()));
}

Result<QString> PasswordHash::hash(const QString &secret, int iterations)
{
    return hash(utf8Secret(secret), iterations);
}

Result<bool> PasswordHash::verify(const SecureBytes &secret, const QString &encoded)
{
    auto parsed = parse(encoded);
    if (!parsed)
        return parsed.error();
    const qsizetype length = parsed->expected.size();
    auto derived = parsed->scheme == Parsed::Scheme::Pbkdf2
        ? pbkdf2(secret, parsed->salt, parsed->iterations, length)
        : scrypt(secret, *parsed, length);
    if (!derived)
        return derived.error();
    return constantTimeEquals(*derived, parsed->expected);
}

Result<bool> PasswordHash::verify(const QString &secret, const QString &encoded)
{
    return verify(utf8Secret(secret), encoded);
}

Status PasswordHash::validate(const QString &encoded)
{
    auto parsed = parse(encoded);
    if (!parsed)
        return parsed.error();
    return Status::success();
}

bool PasswordHash::constantTimeEquals(const SecureBytes &a, const SecureBytes &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.bytes(), b.bytes(), size_t(a.size())) == 0;
}

} // namespace ck
