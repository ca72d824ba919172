// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/configsigner.h"

#include "core/translate.h"

#include "core/securebytes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"ConfigSigner", "ck::ConfigSigner", "ck"}, text);
}

constexpr int kRawKeyBytes = 32;
constexpr int kSignatureBytes = 64;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

bool isPem(const QByteArray &text)
{
    return text.trimmed().startsWith("-----BEGIN ");
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QStringLiteral("key-io"),
            tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
    if (file.size() > 64 * 1024)
        return Result<QByteArray>::failure(QStringLiteral("key-invalid"),
                                           tr("%1 is too large to be a key file").arg(path));
    return file.readAll();
}

} // namespace

Result<ConfigSigner> ConfigSigner::fromKey(EVP_PKEY *key, bool isPrivate)
{
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return Result<ConfigSigner>::failure(QStringLiteral("key-invalid"),
                                             tr("The key is not an Ed25519 key."));
    }
    ConfigSigner signer;
    signer.m_key.reset(key, EVP_PKEY_free);
    signer.m_private = isPrivate;
    signer.m_keyId = QString::fromLatin1(
        QCryptographicHash::hash(signer.rawPublicKey(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    return signer;
}

Result<ConfigSigner> ConfigSigner::privateKeyFromText(const QByteArray &text)
{
    if (isPem(text)) {
        std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(text.constData(), int(text.size())));
        EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
        if (!key)
            return Result<ConfigSigner>::failure(QStringLiteral("key-invalid"),
                                                 tr("The private key PEM cannot be read."));
        return fromKey(key, true);
    }
    SecureBytes seed(QByteArray::fromBase64(text.trimmed()));
    if (seed.size() != kRawKeyBytes)
        return Result<ConfigSigner>::failure(
            QStringLiteral("key-invalid"),
            tr("Expected a PEM private key or the base64 of a 32-byte Ed25519 seed."));
    return fromKey(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.bytes(), size_t(seed.size())),
        true);
}

Result<ConfigSigner> ConfigSigner::loadPrivateKey(const QString &path)
{
    auto bytes = readSmallFile(path);
    if (!bytes)
        return bytes.error();
    SecureBytes secret(std::move(bytes).value());
    return privateKeyFromText(secret.view());
}

Result<ConfigSigner> ConfigSigner::publicKeyFromText(const QByteArray &text)
{
    if (isPem(text)) {
        std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(text.constData(), int(text.size())));
        EVP_PKEY *key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
        if (!key)
            return Result<ConfigSigner>::failure(QStringLiteral("key-invalid"),
                                                 tr("The public key PEM cannot be read."));
        return fromKey(key, false);
    }
    const QByteArray raw = QByteArray::fromBase64(text.trimmed());
    if (raw.size() != kRawKeyBytes)
        return Result<ConfigSigner>::failure(
            QStringLiteral("key-invalid"),
            tr("Expected a PEM public key or the base64 of a 32-byte Ed25519 key."));
    return fromKey(EVP_PKEY_new_raw_public_key(
                       EVP_PKEY_ED25519, nullptr,
                       reinterpret_cast<const unsigned char *>(raw.constData()), kRawKeyBytes),
                   false);
}

Result<ConfigSigner> ConfigSigner::loadPublicKey(const QString &path)
{
    auto bytes = readSmallFile(path);
    if (!bytes)
        return bytes.error();
    return publicKeyFromText(bytes.value());
}

QByteArray ConfigSigner::canonicalBytes(const QJsonObject &config)
{
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

QByteArray ConfigSigner::rawPublicKey() const
{
    QByteArray raw(kRawKeyBytes, '\0');
    size_t size = size_t(raw.size());
    if (!m_key
        || EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()),
                                       &size)
            != 1)
        return {};
    raw.resize(qsizetype(size));
    return raw;
}

Result<QByteArray> ConfigSigner::sign(const QJsonObject &config) const
{
    return signMember(QStringLiteral("config"), {}, config);
}

Result<QByteArray> ConfigSigner::signMember(const QString &member, const QByteArray &context,
                                            const QJsonObject &config) const
{
    if (!m_private)
        return Result<QByteArray>::failure(QStringLiteral("key-invalid"),
                                           tr("Signing needs a private key."));
    const QByteArray message = context + canonicalBytes(config);
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(kSignatureBytes, '\0');
    size_t size = size_t(signature.size());
    // Ed25519 is "pure": no digest is named, the whole message goes in one call.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size()))
            != 1)
        return Result<QByteArray>::failure(QStringLiteral("crypto-failed"),
                                           tr("OpenSSL could not sign the configuration."));
    const QJsonObject envelope {
        {member, config},
        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
        {QStringLiteral("keyId"), m_keyId}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

Result<QJsonObject> ConfigSigner::verify(const QByteArray &envelope) const
{
    return verifyMember(QStringLiteral("config"), {}, envelope);
}

Result<QJsonObject> ConfigSigner::verifyMember(const QString &member, const QByteArray &context,
                                               const QByteArray &envelope) const
{
    auto invalid = [](const QString &why) {
        return Result<QJsonObject>::failure(QStringLiteral("envelope-invalid"), why);
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(envelope, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(tr("The signed configuration is not a JSON object (%1).")
                           .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                        : tr("wrong type")));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != member && it.key() != QLatin1String("signature")
            && it.key() != QLatin1String("keyId"))
            return invalid(tr("Unknown member \"%1\" in the signed configuration.").arg(it.key()));
    }
    if (!root.value(member).isObject())
        return invalid(tr("The signed envelope has no \"%1\" object.").arg(member));
    if (!root.value(QStringLiteral("signature")).isString())
        return Result<QJsonObject>::failure(QStringLiteral("signature-missing"),
                                            tr("The configuration is not signed."));
    const QString keyId = root.value(QStringLiteral("keyId")).toString();
    if (!keyId.isEmpty() && keyId != m_keyId)
        return Result<QJsonObject>::failure(
            QStringLiteral("key-mismatch"),
            tr("The configuration was signed with key %1, but this kiosk trusts key %2.")
                .arg(keyId, m_keyId));
    const QByteArray signature =
        QByteArray::fromBase64(root.value(QStringLiteral("signature")).toString().toLatin1());
    const QJsonObject config = root.value(member).toObject();
    const QByteArray message = context + canonicalBytes(config);
    MdCtx ctx(EVP_MD_CTX_new());
    const bool good = ctx && signature.size() == kSignatureBytes
        && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) == 1
        && EVP_DigestVerify(
               ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()),
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            == 1;
    if (!good)
        return Result<QJsonObject>::failure(
            QStringLiteral("signature-invalid"),
            tr("The configuration signature does not verify: it was changed after signing "
               "or signed with another key."));
    return config;
}

} // namespace ck
