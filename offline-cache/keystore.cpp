#include "keystore.h"

#include "translate.h"

#include "aead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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

Result<SecureBytes> createKey(const QString &dir, const QString &path)
{
    // 0700 directory, 0600 file: set explicitly rather than trusting the umask.
    if (!QDir().mkpath(dir) || ::chmod(QFile::encodeName(dir).constData(), 0700) != 0)
        return Result<SecureBytes>::failure(QStringLiteral("key-io"),
                                            tr("The key directory %1 cannot be created.").arg(dir));
    SecureBytes key = SecureBytes::random(Aead::KeySize);
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(key.constData(), key.size()) != key.size() || !file.commit())
        return Result<SecureBytes>::failure(
            QStringLiteral("key-io"),
            tr("The kiosk key %1 cannot be written: %2").arg(path, file.errorString()));
    return key;
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

Result<std::unique_ptr<KeyStore>> KeyStore::open(const QString &dataDir,
                                                 const QString &credentialName)
{
    const QByteArray credDir = qgetenv("CREDENTIALS_DIRECTORY");
    if (!credDir.isEmpty()) {
        const QString path = QDir(QFile::decodeName(credDir)).filePath(credentialName);
        if (QFileInfo::exists(path)) {
            auto key = readKey(path);
            if (!key.ok())
                return key.error();
            return std::unique_ptr<KeyStore>(new KeyStore(std::move(key.value()), path));
        }
        // Under systemd a missing credential is a unit misconfiguration, not a first run:
        // silently creating a new key would strand every queued row.
        return Result<std::unique_ptr<KeyStore>>::failure(
            QStringLiteral("key-missing"),
            tr("The credential %1 is missing from $CREDENTIALS_DIRECTORY.").arg(credentialName));
    }
    const QString dir = QDir(dataDir).filePath(QStringLiteral("keys"));
    const QString path = QDir(dir).filePath(QStringLiteral("kiosk.key"));
    auto key = QFileInfo::exists(path) ? readKey(path) : createKey(dir, path);
    if (!key.ok())
        return key.error();
    return std::unique_ptr<KeyStore>(new KeyStore(std::move(key.value()), path));
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
