// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/keystore.h"

#include "core/translate.h"

#include "offline-cache/aead.h"
#include "offline-cache/datadir_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace ck {

namespace {
QString tr(const char *text)
{
    return translateIn({"ck::KeyStore", "ck"}, text);
}

// Accept 32 raw bytes or 64 hex digits (with optional trailing newline, as `openssl rand -hex
// 32 > file` writes).
Result<SecureBytes> parseKey(QByteArray raw, const QString &path)
{
    SecureBytes key;
    if (raw.size() == Aead::KeySize) {
        key = SecureBytes(std::move(raw));
        return key;
    }
    QByteArray trimmed = raw.trimmed();
    if (trimmed.size() == 2 * Aead::KeySize) {
        bool hex = true;
        for (char c : trimmed)
            hex = hex && std::isxdigit(static_cast<unsigned char>(c));
        if (hex) {
            key = SecureBytes(QByteArray::fromHex(trimmed));
            secureWipe(trimmed);
            secureWipe(raw);
            return key;
        }
    }
    secureWipe(trimmed);
    secureWipe(raw);
    return Result<SecureBytes>::failure(
        QStringLiteral("key-invalid"),
        tr("The kiosk key %1 must hold 32 bytes or 64 hex digits.").arg(path));
}

Result<SecureBytes> readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SecureBytes>::failure(
            QStringLiteral("key-io"),
            tr("The kiosk key %1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > 1024)
        return Result<SecureBytes>::failure(QStringLiteral("key-invalid"),
                                            tr("The kiosk key %1 is too large.").arg(path));
    return parseKey(file.readAll(), path);
}

Result<SecureBytes> createKey(const QString &dataDir, const QString &dir, const QString &path)
{
    // 0700 directory, 0600 file: set explicitly rather than trusting the umask.
    if (!QDir().mkpath(dir) || ::chmod(QFile::encodeName(dir).constData(), 0700) != 0)
        return Result<SecureBytes>::failure(QStringLiteral("key-io"),
                                            tr("The key directory %1 cannot be created.").arg(dir));
    detail::giveToDataDirOwner(dir, dataDir);
    SecureBytes key = SecureBytes::random(Aead::KeySize);
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(key.constData(), key.size()) != key.size() || !file.commit())
        return Result<SecureBytes>::failure(
            QStringLiteral("key-io"),
            tr("The kiosk key %1 cannot be written: %2").arg(path, file.errorString()));
    detail::giveToDataDirOwner(path, dataDir);
    return key;
}

// A credential encrypted with `systemd-creds encrypt --name=NAME` (host key and/or TPM2), as
// LoadCredentialEncrypted= reads it. Only root can decrypt a host-key credential: that is the
// staff shell this path is for.
Result<SecureBytes> decryptCredential(const QString &file, const QString &name)
{
    QString program = QStandardPaths::findExecutable(QStringLiteral("systemd-creds"));
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(
            QStringLiteral("systemd-creds"), {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    if (program.isEmpty())
        return Result<SecureBytes>::failure(
            QStringLiteral("key-decrypt"),
            tr("The kiosk key %1 is encrypted, but systemd-creds is not installed to decrypt it.")
                .arg(file));
    QProcess process;
    process.setProgram(program);
    process.setArguments(
        {QStringLiteral("decrypt"), QStringLiteral("--name=") + name, file, QStringLiteral("-")});
    process.start(QIODevice::ReadOnly);
    // A TPM2-sealed credential can take a few seconds to unseal.
    const bool finished = process.waitForFinished(30000);
    QByteArray out = process.readAllStandardOutput();
    const QString why = QString::fromUtf8(process.readAllStandardError()).trimmed().left(300);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        secureWipe(out);
        if (!finished)
            process.kill();
        return Result<SecureBytes>::failure(
            QStringLiteral("key-decrypt"),
            tr("The kiosk key %1 cannot be decrypted with systemd-creds: %2")
                .arg(file, why.isEmpty() ? process.errorString() : why));
    }
    if (out.size() > 1024) {
        secureWipe(out);
        return Result<SecureBytes>::failure(QStringLiteral("key-invalid"),
                                            tr("The kiosk key %1 is too large.").arg(file));
    }
    return parseKey(std::move(out), file);
}

Result<std::unique_ptr<KeyStore>> missingKey(const QString &dataDir, const KeyLocation &where)
{
    return Result<std::unique_ptr<KeyStore>>::failure(
        QStringLiteral("key-missing"),
        tr("No kiosk key was found for the outbox in %1. The kiosk looks for it in: %2. Put "
           "the key back there: a new key could not open the forms already in the outbox.")
            .arg(dataDir, KeyStore::searchOrder(dataDir, where).join(QStringLiteral("; "))));
}
} // namespace

KeyStore::KeyStore(SecureBytes kek, QString source)
    : m_kek(std::move(kek))
    , m_source(std::move(source))
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("civic-kiosk key id v1"));
    hash.addData(m_kek.view());
    m_keyId = QString::fromLatin1(hash.result().left(8).toHex());
}

QString KeyStore::dataDirKeyFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("keys/kiosk.key"));
}

QStringList KeyStore::searchOrder(const QString &dataDir, const KeyLocation &where)
{
    QStringList places;
    places << QStringLiteral("$CREDENTIALS_DIRECTORY/") + where.credentialName;
    if (!where.encryptedFile.isEmpty())
        places << where.encryptedFile;
    if (!where.plainFile.isEmpty())
        places << where.plainFile;
    places << dataDirKeyFile(dataDir);
    return places;
}

Result<std::unique_ptr<KeyStore>> KeyStore::open(const QString &dataDir, const KeyLocation &where,
                                                 Create create)
{
    auto made = [](Result<SecureBytes> key,
                   const QString &source) -> Result<std::unique_ptr<KeyStore>> {
        if (!key.ok())
            return key.error();
        return std::unique_ptr<KeyStore>(new KeyStore(std::move(key.value()), source));
    };
    const QByteArray credDir = qgetenv("CREDENTIALS_DIRECTORY");
    if (!credDir.isEmpty()) {
        const QString path = QDir(QFile::decodeName(credDir)).filePath(where.credentialName);
        if (QFileInfo::exists(path))
            return made(readKey(path), path);
        // Under systemd a missing credential is a unit misconfiguration, not a first run:
        // silently creating a new key would strand every queued row.
        return Result<std::unique_ptr<KeyStore>>::failure(
            QStringLiteral("key-missing"),
            tr("The credential %1 is missing from $CREDENTIALS_DIRECTORY.")
                .arg(where.credentialName));
    }
    if (!where.encryptedFile.isEmpty() && QFileInfo::exists(where.encryptedFile))
        return made(decryptCredential(where.encryptedFile, where.credentialName),
                    where.encryptedFile);
    if (!where.plainFile.isEmpty() && QFileInfo::exists(where.plainFile))
        return made(readKey(where.plainFile), where.plainFile);
    const QString path = dataDirKeyFile(dataDir);
    if (QFileInfo::exists(path))
        return made(readKey(path), path);
    if (create == Create::No)
        return missingKey(dataDir, where);
    return made(createKey(dataDir, QFileInfo(path).path(), path), path);
}

Result<std::unique_ptr<KeyStore>> KeyStore::fromKey(SecureBytes kek)
{
    if (kek.size() != Aead::KeySize)
        return Result<std::unique_ptr<KeyStore>>::failure(QStringLiteral("key-invalid"),
                                                          tr("The kiosk key must hold 32 bytes."));
    return std::unique_ptr<KeyStore>(new KeyStore(std::move(kek), QString()));
}

Result<KeyStore::DataKey> KeyStore::newDataKey(const QByteArray &associatedData) const
{
    DataKey dk;
    dk.key = SecureBytes::random(Aead::KeySize);
    auto wrapped = Aead::seal(m_kek, dk.key.view(), associatedData);
    if (!wrapped.ok())
        return wrapped.error();
    dk.wrapped = std::move(wrapped.value());
    return dk;
}

Result<SecureBytes> KeyStore::unwrap(const QByteArray &wrapped,
                                     const QByteArray &associatedData) const
{
    return Aead::open(m_kek, wrapped, associatedData);
}

} // namespace ck
