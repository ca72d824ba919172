#include "aead.h"

#include <QTest>

using namespace ck;

class tst_Aead : public QObject
{
    Q_OBJECT
private:
    const QByteArray aad = QByteArrayLiteral("CK-7F3K-92QD-X\x1fuuid\x1fmissed-bin");
    const QByteArray plain = QByteArrayLiteral("{\"answers\":{\"name\":\"Ada Lovelace\"}}");

private Q_SLOTS:
    void roundTrip()
    {
        const SecureBytes key = SecureBytes::random(Aead::KeySize);
        auto sealed = Aead::seal(key, plain, aad);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), plain.size() + Aead::Overhead);
        QVERIFY(!sealed->contains("Ada Lovelace"));
        auto opened = Aead::open(key, sealed.value(), aad);
        QVERIFY(opened.ok());
        QCOMPARE(opened->view(), plain);
    }

    void emptyPlaintextAndNoAad()
    {
        const SecureBytes key = SecureBytes::random(Aead::KeySize);
        auto sealed = Aead::seal(key, QByteArray(), QByteArray());
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), qsizetype(Aead::Overhead));
        auto opened = Aead::open(key, sealed.value(), QByteArray());
        QVERIFY(opened.ok());
        QVERIFY(opened->isEmpty());
    }

    void freshNoncePerSeal()
    {
        const SecureBytes key = SecureBytes::random(Aead::KeySize);
        auto a = Aead::seal(key, plain, aad);
        auto b = Aead::seal(key, plain, aad);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->left(Aead::NonceSize) != b->left(Aead::NonceSize));
        QVERIFY(a.value() != b.value());
    }

    // Every single byte of nonce, ciphertext and tag is covered by authentication.
    void anyFlippedByteIsRefused()
    {
        const SecureBytes key = SecureBytes::random(Aead::KeySize);
        auto sealed = Aead::seal(key, plain, aad);
        QVERIFY(sealed.ok());
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            QByteArray bad = sealed.value();
            bad[i] = char(bad[i] ^ 0x01);
            auto opened = Aead::open(key, bad, aad);
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
            QCOMPARE(opened.error().code, QStringLiteral("crypto-auth"));
        }
    }

    void wrongAssociatedDataIsRefused()
    {
        const SecureBytes key = SecureBytes::random(Aead::KeySize);
        auto sealed = Aead::seal(key, plain, aad);
        QVERIFY(sealed.ok());
        QByteArray other = aad;
        other[0] = 'X';
        QCOMPARE(Aead::open(key, sealed.value(), other).error().code,
                 QStringLiteral("crypto-auth"));
        QCOMPARE(Aead::open(key, sealed.value(), aad + "x").error().code,
                 QStringLiteral("crypto-auth"));
        QCOMPARE(Aead::open(key, sealed.value(), QByteArray()).error().code,
                 QStringLiteral("crypto-auth"));
    }

    void wrongKeyTruncationAndBadKeySize()
    {
        const SecureBytes key = SecureBytes::random(Aead::KeySize);
        auto sealed = Aead::seal(key, plain, aad);
        QVERIFY(sealed.ok());
        QCOMPARE(Aead::open(SecureBytes::random(Aead::KeySize), sealed.value(), aad).error().code,
                 QStringLiteral("crypto-auth"));
        QCOMPARE(Aead::open(key, sealed->left(sealed->size() - 1), aad).error().code,
                 QStringLiteral("crypto-auth"));
        QCOMPARE(Aead::open(key, sealed->left(Aead::Overhead - 1), aad).error().code,
                 QStringLiteral("crypto-auth"));
        QCOMPARE(Aead::seal(SecureBytes::random(16), plain, aad).error().code,
                 QStringLiteral("crypto-key"));
    }
};

QTEST_GUILESS_MAIN(tst_Aead)
#include "tst_aead.moc"
