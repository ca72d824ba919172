#include "aead.h"
#include "keystore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
        auto ks = KeyStore::open(data.path(), QStringLiteral("outbox.key"));
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
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(creds.path()));
        auto ks = KeyStore::open(data.path(), QStringLiteral("absent.key"));
        QVERIFY(!ks.ok());
        QCOMPARE(ks.error().code, QStringLiteral("key-missing"));
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
