// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/aead.h"

#include <QTest>

using namespace ck;

class tst_Aead : public QObject
{
    Q_OBJECT
private:
    const QByteArray aad = QByteArrayLiteral("CK-7F3K-92QD-X\x1fuuid\x1fmissed-bin");
    const QByteArray plain = QByteArrayLiteral("{\"answers\":{\"name\":\"Ada Lovelace\"}}");

    static SecureBytes keyFromHex(const char *hex)
    {
        const QByteArray bytes = QByteArray::fromHex(hex);
        return SecureBytes(bytes.constData(), bytes.size());
    }

private Q_SLOTS:
    // Known answers from NIST CAVP (gcmtestvectors.zip, SP 800-38D): AES-256, 96-bit IV,
    // 128-bit tag, with associated data. seal() is only ever checked against open() above and
    // below; these pin both directions to the standard, so a wrong key size, IV length, AAD
    // order or tag placement inside Aead would fail here even if it were self-consistent.
    void nistKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("ciphertext");
        QTest::addColumn<QByteArray>("tag");
        const auto row = [](const char *name, const char *key, const char *iv, const char *aad,
                            const char *pt, const char *ct, const char *tag) {
            QTest::newRow(name) << QByteArray(key) << QByteArray::fromHex(iv)
                                << QByteArray::fromHex(aad) << QByteArray::fromHex(pt)
                                << QByteArray::fromHex(ct) << QByteArray::fromHex(tag);
        };
        // gcmEncryptExtIV256.rsp [Keylen=256][IVlen=96][PTlen=0][AADlen=0][Taglen=128] Count=0
        row("ExtIV256 PT0 AAD0 #0",
            "b52c505a37d78eda5dd34f20c22540ea1b58963cf8e5bf8ffa85f9f2492505b4",
            "516c33929df5a3284ff463d7", "", "", "", "bdc1ac884d332457a1d2664f168c76f0");
        // [PTlen=0][AADlen=128] Count=0: associated data only (a GMAC).
        row("ExtIV256 PT0 AAD128 #0",
            "78dc4e0aaf52d935c3c01eea57428f00ca1fd475f5da86a49c8dd73d68c8e223",
            "d79cf22d504cc793c3fb6c8a", "b96baa8c1c75a671bfb2d08d06be5f36", "", "",
            "3e5d486aa2e30b22e040b85723a06e76");
        // [PTlen=128][AADlen=128] Count=0..3
        row("ExtIV256 PT128 AAD128 #0",
            "92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b",
            "ac93a1a6145299bde902f21a", "1e0889016f67601c8ebea4943bc23ad6",
            "2d71bcfa914e4ac045b2aa60955fad24", "8995ae2e6df3dbf96fac7b7137bae67f",
            "eca5aa77d51d4a0a14d9c51e1da474ab");
        row("ExtIV256 PT128 AAD128 #1",
            "7da3bccaffb3464178ca7c722379836db50ce0bfb47640b9572163865332e486",
            "c04fd2e701c3dc62b68738b3", "fec0311013202e4ffdc4204926ae0ddf",
            "fd671cab1ee21f0df6bb610bf94f0e69", "6be61b17b7f7d494a7cdf270562f37ba",
            "5e702a38323fe1160b780d17adad3e96");
        row("ExtIV256 PT128 AAD128 #2",
            "a359b9584beec189527f8842dda6b6d4c6a5db2f889635715fa3bcd7967c0a71",
            "8616c4cde11b34a944caba32", "e1796fca20cb3d3ab0ade69b2a18891e",
            "33a46b7539d64c6e1bdb91ba221e3007", "b0d316e95f3f3390ba10d0274965c62b",
            "aeaedcf8a012cc32ef25a62790e9334c");
        row("ExtIV256 PT128 AAD128 #3",
            "8c83238e7b3b58278200b54940d779d0a0750673aab0bf2f5808dd15dc1a8c49",
            "70f8f4ebe408f61a35077956", "e1cbf83924f1b8d1014b97db56c25a15",
            "6e57f8572dd5b2247410f0d4c7424186", "4a11acb9611251df01f79f16f8201ffb",
            "9732be4ad0569586753d90fabb06f62c");
        // McGrew & Viega, "The Galois/Counter Mode of Operation", Test Case 16 (in NIST's
        // GCM validation set): 60-byte plaintext and 20-byte AAD, neither a whole block.
        row("GCM spec TC16", "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
            "cafebabefacedbaddecaf888", "feedfacedeadbeeffeedfacedeadbeefabaddad2",
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
            "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
            "76fc6ece0f4e1768cddf8853bb2d551b");
    }

    void nistKnownAnswers()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, ciphertext);
        QFETCH(QByteArray, tag);
        const SecureBytes k = keyFromHex(key.constData());
        QCOMPARE(iv.size(), qsizetype(Aead::NonceSize));
        const QByteArray expected = iv + ciphertext + tag; // Aead's layout: nonce || ct || tag

        auto sealed = Aead::sealWithNonceForTest(k, iv, plaintext, aad);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed.value().toHex(), expected.toHex());

        auto opened = Aead::open(k, expected, aad);
        QVERIFY2(opened.ok(), "a NIST vector did not authenticate");
        QCOMPARE(opened->view().toHex(), plaintext.toHex());

        // The same vector with one bit of its tag flipped, or with the AAD changed, is refused.
        QByteArray badTag = expected;
        badTag[badTag.size() - 1] = char(badTag.at(badTag.size() - 1) ^ 0x80);
        QCOMPARE(Aead::open(k, badTag, aad).error().code, QStringLiteral("crypto-auth"));
        QCOMPARE(Aead::open(k, expected, aad + '\0').error().code, QStringLiteral("crypto-auth"));
    }

    // gcmDecrypt256.rsp [Keylen=256][IVlen=96][PTlen=128][AADlen=128][Taglen=128] Count=2 and
    // Count=4: NIST's own "FAIL" entries (a tag that does not belong to the message).
    void nistDecryptFailures_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("sealed");
        QTest::addColumn<QByteArray>("aad");
        QTest::newRow("Decrypt256 #2")
            << QByteArray("9a0343f850a6427120f764789ffec6d237447b898fbf51d2182f065d3861497d")
            << QByteArray::fromHex("3deef6f453dd70d92143adcd"
                                   "e93165935ac18e3a2845d15fe31a9286"
                                   "f5fc50d18766bc3d9e16dd136d45816b")
            << QByteArray::fromHex("dbb8226a624520863db6897017b2a4f8");
        QTest::newRow("Decrypt256 #4")
            << QByteArray("2a765ceac97265c15209eea90bea85cd9586b972160502ff592a306dc017e6b9")
            << QByteArray::fromHex("62c545d9d4e3c7acb66b4bf1"
                                   "ae0594a7b66d3a958e4e6212d3288f91"
                                   "ec9aa846d185cc0f43d392240cd6e2c4")
            << QByteArray::fromHex("7d12474e23dc233bc6312d4d5b2deee4");
    }

    void nistDecryptFailures()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, sealed);
        QFETCH(QByteArray, aad);
        const auto opened = Aead::open(keyFromHex(key.constData()), sealed, aad);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("crypto-auth"));
    }

    void nonceOfTheWrongSizeIsRefused()
    {
        const SecureBytes key = SecureBytes::random(Aead::KeySize);
        QCOMPARE(Aead::sealWithNonceForTest(key, QByteArray(8, 'n'), plain, aad).error().code,
                 QStringLiteral("crypto-nonce"));
    }

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
