// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/securebytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace ck {

// Where the kiosk key (KEK) may be. Everyone who opens an outbox (the kiosk, civic-kioskctl,
// the tests) goes through KeyStore::open with one of these, so there is one rule:
//   1. `$CREDENTIALS_DIRECTORY/<credentialName>` when systemd hands the key over
//      (LoadCredential= / LoadCredentialEncrypted=); missing there is an error, never a new key;
//   2. `encryptedFile`, decrypted with `systemd-creds decrypt --name=<credentialName>` (the file
//      the unit's LoadCredentialEncrypted= names; a root shell has no $CREDENTIALS_DIRECTORY);
//   3. `plainFile` (the file the unit's LoadCredential= names);
//   4. `<dataDir>/keys/kiosk.key`.
// An empty file name skips that step. The first place that exists is used, even if reading it
// fails: falling through to the next one would silently pick another key.
struct KeyLocation
{
    QString credentialName = QStringLiteral("civic-kiosk-outbox.key");
    QString encryptedFile;
    QString plainFile;

    bool operator==(const KeyLocation &) const = default;
};

// The kiosk key (key-encryption key, KEK) and the per-row data keys it wraps.
//
// A key file may hold 32 raw bytes or 64 hex digits. A new key (32 random bytes, mode 0600
// inside a 0700 `keys/` directory) is made only when the caller says so: the outbox asks for it
// only on its first run, when no outbox exists yet. An outbox without its key is an error that
// names where the key should be; a new key would make every queued row unreadable.
//
// Envelope encryption: every payload gets its own random data key; only the data key wrapped
// by the KEK (AES-GCM, associated data binds it to its row) is stored. Destroying the wrapped
// key makes the payload unreadable even where flash keeps stale copies of the ciphertext.
class KeyStore
{
public:
    static constexpr const char *DefaultCredentialName = "civic-kiosk-outbox.key";

    enum class Create { No, IfNoKey };

    // Error codes: "key-missing" (no key anywhere it may be, or the systemd credential is
    // absent), "key-invalid" (wrong size or format), "key-io" (cannot read or create it),
    // "key-decrypt" (systemd-creds failed or is not installed).
    static Result<std::unique_ptr<KeyStore>>
    open(const QString &dataDir, const KeyLocation &where = {}, Create create = Create::IfNoKey);

    // The places open() looks, in order, for messages ("the kiosk looks for its key in ...").
    static QStringList searchOrder(const QString &dataDir, const KeyLocation &where);
    static QString dataDirKeyFile(const QString &dataDir);

    // Build directly from key bytes (tests, key rotation tools).
    static Result<std::unique_ptr<KeyStore>> fromKey(SecureBytes kek);

    // Short, non-secret identifier of the KEK (first 8 bytes of SHA-256 over a label and the
    // key, hex). Stored with each row so a row sealed under another key is detected, not
    // mistaken for tampering.
    QString keyId() const { return m_keyId; }
    QString source() const { return m_source; } // where the KEK came from (for admins)

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
