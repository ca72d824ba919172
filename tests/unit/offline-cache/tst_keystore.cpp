// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/aead.h"
#include "offline-cache/keystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ck;

class tst_KeyStore : public QObject
{
    Q_OBJECT
private:
    static int mode(const QString &path)
    {
        struct stat st
        { };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        return int(st.st_mode & 07777);
    }

    static QString writeKey(const QString &path, const QByteArray &key)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(key) != key.size())
            return {};
        return path;
    }
    static QString idOf(const QByteArray &key)
    {
        return KeyStore::fromKey(SecureBytes(QByteArray(key))).value()->keyId();
    }
    // `systemd-creds encrypt --with-key=host`, as the package does. False (with the reason) only
    // where the tool truly cannot run: not installed, or not root (the host key is root's).
    static bool encryptCredential(const QByteArray &secret, const QString &name, const QString &out,
                                  QString *why)
    {
        if (::geteuid() != 0) {
            *why = QStringLiteral("systemd-creds needs root for the host key");
            return false;
        }
        if (QStandardPaths::findExecutable(QStringLiteral("systemd-creds")).isEmpty()) {
            *why = QStringLiteral("systemd-creds is not installed (scripts/deps.sh: systemd)");
            return false;
        }
        const QString in = writeKey(out + QStringLiteral(".in"), secret);
        QProcess p;
        p.start(QStringLiteral("systemd-creds"),
                {QStringLiteral("encrypt"), QStringLiteral("--with-key=host"),
                 QStringLiteral("--name=") + name, in, out});
        const bool ok = p.waitForFinished(30000) && p.exitCode() == 0;
        QFile::remove(in);
        if (!ok)
            *why = QString::fromUtf8(p.readAllStandardError());
        return ok;
    }

private Q_SLOTS:
    void init() { qunsetenv("CREDENTIALS_DIRECTORY"); }
    void cleanup() { qunsetenv("CREDENTIALS_DIRECTORY"); }

    void firstRunCreatesPrivateKeyFile()
    {
        QTemporaryDir dir;
        auto ks = KeyStore::open(dir.path());
        QVERIFY2(ks.ok(), qPrintable(ks.ok() ? QString() : ks.error().message));
        const QString keyFile = dir.filePath(QStringLiteral("keys/kiosk.key"));
        QCOMPARE(ks.value()->source(), keyFile);
        QCOMPARE(QFileInfo(keyFile).size(), qint64(Aead::KeySize));
        QCOMPARE(mode(dir.filePath(QStringLiteral("keys"))), 0700);
        QCOMPARE(mode(keyFile), 0600);
        QCOMPARE(ks.value()->keyId().size(), 16);

        // Second run: same key, same id.
        auto again = KeyStore::open(dir.path());
        QVERIFY(again.ok());
        QCOMPARE(again.value()->keyId(), ks.value()->keyId());
    }

    void credentialsDirectoryWinsAndAcceptsHex()
    {
        QTemporaryDir data, creds;
        QFile f(creds.filePath(QStringLiteral("outbox.key")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(32, '\x42').toHex() + "\n");
        f.close();
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(creds.path()));
        auto ks = KeyStore::open(data.path(),
                                 KeyLocation {.credentialName = QStringLiteral("outbox.key")});
        QVERIFY2(ks.ok(), qPrintable(ks.ok() ? QString() : ks.error().message));
        QCOMPARE(ks.value()->source(), f.fileName());
        QVERIFY(!QFileInfo::exists(data.filePath(QStringLiteral("keys"))));
        auto same = KeyStore::fromKey(SecureBytes(QByteArray(32, '\x42')));
        QVERIFY(same.ok());
        QCOMPARE(ks.value()->keyId(), same.value()->keyId());
    }

    void missingCredentialIsAnErrorNotANewKey()
    {
        QTemporaryDir data, creds;
        // Not even a key already in the data dir stands in for it: systemd is the authority.
        QVERIFY(KeyStore::open(data.path()).ok());
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(creds.path()));
        auto ks = KeyStore::open(data.path(),
                                 KeyLocation {.credentialName = QStringLiteral("absent.key")});
        QVERIFY(!ks.ok());
        QCOMPARE(ks.error().code, QStringLiteral("key-missing"));
        QVERIFY(ks.error().message.contains(QStringLiteral("absent.key")));
    }

    // A root shell on a packaged kiosk: no $CREDENTIALS_DIRECTORY, the unit's LoadCredential=
    // file is there. It is used, and no key is made in the data dir.
    void plainCredentialFileWithoutCredentialsDirectory()
    {
        QTemporaryDir data, etc;
        const QString file = writeKey(etc.filePath(QStringLiteral("civic-kiosk-outbox.key")),
                                      QByteArray(32, '\x11'));
        auto ks = KeyStore::open(data.path(), KeyLocation {.plainFile = file});
        QVERIFY2(ks.ok(), qPrintable(ks.ok() ? QString() : ks.error().message));
        QCOMPARE(ks.value()->source(), file);
        QCOMPARE(ks.value()->keyId(), idOf(QByteArray(32, '\x11')));
        QVERIFY(!QFileInfo::exists(data.filePath(QStringLiteral("keys"))));
        // The same file as a systemd credential gives the same key id: one key, two ways in.
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(etc.path()));
        auto viaSystemd = KeyStore::open(data.path(), KeyLocation {.plainFile = file});
        QCOMPARE(viaSystemd.value()->keyId(), ks.value()->keyId());
        QCOMPARE(viaSystemd.value()->source(),
                 etc.filePath(QStringLiteral("civic-kiosk-outbox.key")));
    }

    // LoadCredentialEncrypted=: the staff shell decrypts the same file with systemd-creds, for
    // real (host key; root only, as on the kiosk).
    void encryptedCredentialIsDecryptedWithSystemdCreds()
    {
        QTemporaryDir data, etc;
        const QByteArray secret = QByteArray(32, '\x5c');
        const QString encrypted = etc.filePath(QStringLiteral("civic-kiosk-outbox.key.cred"));
        QString why;
        if (!encryptCredential(secret, QStringLiteral("civic-kiosk-outbox.key"), encrypted, &why))
            QSKIP(qPrintable(why));
        // A plain file and a data-dir key are there too: the encrypted credential comes first.
        const QString plain =
            writeKey(etc.filePath(QStringLiteral("plain.key")), QByteArray(32, '\x01'));
        QVERIFY(KeyStore::open(data.path()).ok()); // keys/kiosk.key
        auto ks = KeyStore::open(data.path(),
                                 KeyLocation {.encryptedFile = encrypted, .plainFile = plain});
        QVERIFY2(ks.ok(), qPrintable(ks.ok() ? QString() : ks.error().message));
        QCOMPARE(ks.value()->source(), encrypted);
        QCOMPARE(ks.value()->keyId(), idOf(secret));

        // Sealed for another credential name: refused, and no fall-through to the next place.
        auto wrongName = KeyStore::open(
            data.path(), KeyLocation {QStringLiteral("other.key"), encrypted, plain});
        QVERIFY(!wrongName.ok());
        QCOMPARE(wrongName.error().code, QStringLiteral("key-decrypt"));
        QVERIFY(wrongName.error().message.contains(encrypted));
    }

    // A place that exists but cannot be read is an error, never a reason to try the next one:
    // that would silently pick another key.
    void unreadableKeyIsAnErrorNotTheNextPlace()
    {
        QTemporaryDir data, etc;
        QVERIFY(KeyStore::open(data.path()).ok()); // a data-dir key exists
        const QString notAFile = etc.filePath(QStringLiteral("civic-kiosk-outbox.key"));
        QVERIFY(QDir().mkpath(notAFile));
        auto ks = KeyStore::open(data.path(), KeyLocation {.plainFile = notAFile});
        QVERIFY(!ks.ok());
        QCOMPARE(ks.error().code, QStringLiteral("key-io"));
        QVERIFY(ks.error().message.contains(notAFile));
    }

    void noKeyAndNoCreationNamesEveryPlace()
    {
        QTemporaryDir data;
        const KeyLocation where {QStringLiteral("civic-kiosk-outbox.key"),
                                 QStringLiteral("/nonexistent/credstore.encrypted/k"),
                                 QStringLiteral("/nonexistent/credentials/k")};
        auto ks = KeyStore::open(data.path(), where, KeyStore::Create::No);
        QVERIFY(!ks.ok());
        QCOMPARE(ks.error().code, QStringLiteral("key-missing"));
        for (const QString &place : KeyStore::searchOrder(data.path(), where))
            QVERIFY2(ks.error().message.contains(place), qPrintable(ks.error().message));
        QVERIFY(!QFileInfo::exists(data.filePath(QStringLiteral("keys"))));
    }

    void malformedKeyFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("keys")));
        QFile f(dir.filePath(QStringLiteral("keys/kiosk.key")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a key");
        f.close();
        auto ks = KeyStore::open(dir.path());
        QVERIFY(!ks.ok());
        QCOMPARE(ks.error().code, QStringLiteral("key-invalid"));
        QCOMPARE(KeyStore::fromKey(SecureBytes::random(16)).error().code,
                 QStringLiteral("key-invalid"));
    }

    void dataKeysAreWrappedAndBoundToTheirRow()
    {
        auto ks = KeyStore::fromKey(SecureBytes::random(Aead::KeySize));
        QVERIFY(ks.ok());
        auto dk = ks.value()->newDataKey("row-1");
        QVERIFY(dk.ok());
        QCOMPARE(dk->key.size(), qsizetype(Aead::KeySize));
        QVERIFY(!dk->wrapped.contains(dk->key.view()));
        auto back = ks.value()->unwrap(dk->wrapped, "row-1");
        QVERIFY(back.ok());
        QVERIFY(back->equals(dk->key));
        QCOMPARE(ks.value()->unwrap(dk->wrapped, "row-2").error().code,
                 QStringLiteral("crypto-auth"));
        auto other = KeyStore::fromKey(SecureBytes::random(Aead::KeySize));
        QCOMPARE(other.value()->unwrap(dk->wrapped, "row-1").error().code,
                 QStringLiteral("crypto-auth"));
        QVERIFY(other.value()->keyId() != ks.value()->keyId());
    }
};

QTEST_GUILESS_MAIN(tst_KeyStore)
#include "tst_keystore.moc"
