// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace ck {

// Ed25519 signatures over fleet configuration (OpenSSL EVP_PKEY_ED25519).
//
// Signed file format (docs/fleet.md):
//   {"config": {...KioskConfig JSON...}, "signature": "<base64>", "keyId": "<hex>"}
// The signature covers the exact UTF-8 bytes of QJsonDocument(config).toJson(Compact): keys
// sorted as QJsonObject sorts them, no whitespace. Verifying re-serialises the parsed object,
// so what is checked is exactly what will be applied, whatever whitespace the file had.
class ConfigSigner
{
public:
    // Private key: PEM (PKCS#8, `openssl genpkey -algorithm ed25519`) or base64 of the raw
    // 32-byte seed. Error codes "key-io", "key-invalid".
    static Result<ConfigSigner> loadPrivateKey(const QString &path);
    static Result<ConfigSigner> privateKeyFromText(const QByteArray &text);
    // Public key: PEM (SubjectPublicKeyInfo) or base64 of the raw 32 bytes; a file or text.
    static Result<ConfigSigner> loadPublicKey(const QString &path);
    static Result<ConfigSigner> publicKeyFromText(const QByteArray &text);

    static QByteArray canonicalBytes(const QJsonObject &config);

    // The signed envelope (indented JSON) for `config`. Needs a private key.
    Result<QByteArray> sign(const QJsonObject &config) const;
    // Checks the envelope and returns its "config" object. Error codes: "envelope-invalid"
    // (not JSON, missing or extra members), "key-mismatch" (keyId names another key),
    // "signature-invalid".
    Result<QJsonObject> verify(const QByteArray &envelope) const;

    // The same envelope for other signed objects (fleet commands): {"<member>": {...},
    // "signature", "keyId"}. The signature covers `context` + the compact JSON, so a signature
    // made for one kind of object can never be passed off as another (configs keep an empty
    // context: their format is a contract).
    Result<QByteArray> signMember(const QString &member, const QByteArray &context,
                                  const QJsonObject &object) const;
    Result<QJsonObject> verifyMember(const QString &member, const QByteArray &context,
                                     const QByteArray &envelope) const;

    // First 16 hex digits of SHA-256 over the raw public key: names the key in the envelope so
    // a refusal can say "signed with another key" rather than just "bad signature".
    QString keyId() const { return m_keyId; }
    QByteArray rawPublicKey() const;
    bool hasPrivateKey() const { return m_private; }

private:
    static Result<ConfigSigner> fromKey(evp_pkey_st *key, bool isPrivate);
    std::shared_ptr<evp_pkey_st> m_key;
    bool m_private = false;
    QString m_keyId;
};

} // namespace ck
