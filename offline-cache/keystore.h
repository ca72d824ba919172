#pragma once

#include "result.h"
#include "securebytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ck {

// The kiosk key (key-encryption key, KEK) and the per-row data keys it wraps.
//
// Where the KEK comes from: `$CREDENTIALS_DIRECTORY/<credentialName>` when systemd hands us a
// credential (LoadCredential=/LoadCredentialEncrypted=), else `<dataDir>/keys/kiosk.key`,
// created on first run as 32 random bytes, mode 0600 inside a 0700 directory. A key file may
// hold 32 raw bytes or 64 hex digits.
//
// Envelope encryption: every payload gets its own random data key; only the data key wrapped
// by the KEK (AES-GCM, associated data binds it to its row) is stored. Destroying the wrapped
// key makes the payload unreadable even where flash keeps stale copies of the ciphertext.
class KeyStore
{
public:
    static constexpr const char *DefaultCredentialName = "civic-kiosk-outbox.key";

    // Error codes: "key-missing" (credential named but absent), "key-invalid" (wrong size or
    // format), "key-io" (cannot create the keys directory or file).
    static Result<std::unique_ptr<KeyStore>>
    open(const QString &dataDir,
         const QString &credentialName = QString::fromLatin1(DefaultCredentialName));

    // Build directly from key bytes (tests, key rotation tools).
    static Result<std::unique_ptr<KeyStore>> fromKey(SecureBytes kek);

    // Short, non-secret identifier of the KEK (first 8 bytes of SHA-256 over a label and the
    // key, hex). Stored with each row so a row sealed under another key is detected, not
    // mistaken for tampering.
    QString keyId() const { return m_keyId; }
    QString source() const { return m_source; } // file path the KEK came from (for admins)

    struct DataKey
    {
        SecureBytes key; // use, then let it wipe itself
        QByteArray wrapped; // store this
    };
    Result<DataKey> newDataKey(const QByteArray &associatedData) const;
    // Error "crypto-auth" if the wrapped key was altered or belongs to another row.
    Result<SecureBytes> unwrap(const QByteArray &wrapped, const QByteArray &associatedData) const;

private:
    explicit KeyStore(SecureBytes kek, QString source);
    SecureBytes m_kek;
    QString m_keyId;
    QString m_source;
};

} // namespace ck
