// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/configsigner.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using ck::ConfigSigner;

namespace {

const QString kDemoKey =
    QStringLiteral(CK_SOURCE_DIR "/packaging/demo-keys/demo-config-signing.pem");
const QString kDemoPub =
    QStringLiteral(CK_SOURCE_DIR "/packaging/demo-keys/demo-config-signing.pub.pem");

QJsonObject sampleConfig()
{
    return QJsonObject {
        {"schema", 1}, {"version", 5}, {"kioskId", "k1"}, {"site", "Llanelli Library"}};
}

QByteArray replaceInEnvelope(const QByteArray &envelope, const QString &key, const QJsonValue &v)
{
    QJsonObject root = QJsonDocument::fromJson(envelope).object();
    root.insert(key, v);
    return QJsonDocument(root).toJson();
}

} // namespace

class tst_ConfigSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signAndVerifyWithDemoKeys()
    {
        auto priv = ConfigSigner::loadPrivateKey(kDemoKey);
        QVERIFY2(priv.ok(), qPrintable(priv.ok() ? QString() : priv.error().message));
        auto pub = ConfigSigner::loadPublicKey(kDemoPub);
        QVERIFY(pub.ok());
        QCOMPARE(priv->keyId(), pub->keyId());
        QCOMPARE(pub->rawPublicKey().toBase64(),
                 QByteArray("WJOPJ6wyzQEUosfk6KFfRWfYLBYXGXjkfa8OAEZ7Xjc="));

        auto envelope = priv->sign(sampleConfig());
        QVERIFY(envelope.ok());
        auto config = pub->verify(envelope.value());
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config.value(), sampleConfig());

        // The raw base64 form of the same public key verifies too.
        auto raw = ConfigSigner::publicKeyFromText(pub->rawPublicKey().toBase64());
        QVERIFY(raw.ok());
        QVERIFY(raw->verify(envelope.value()).ok());
    }

    void whitespaceDoesNotMatterButContentDoes()
    {
        auto priv = ConfigSigner::loadPrivateKey(kDemoKey);
        auto pub = ConfigSigner::loadPublicKey(kDemoPub);
        const QByteArray envelope = priv->sign(sampleConfig()).value();
        // Re-indenting the file keeps the signature valid (it covers the canonical bytes).
        const QByteArray compact = QJsonDocument::fromJson(envelope).toJson(QJsonDocument::Compact);
        QVERIFY(pub->verify(compact).ok());

        QJsonObject changed = sampleConfig();
        changed.insert("version", 6);
        auto tampered = pub->verify(replaceInEnvelope(envelope, "config", changed));
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().code, QStringLiteral("signature-invalid"));
    }

    void signatureTampering_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("flipped signature")
            << "signature" << QJsonValue(QString(QByteArray(64, 'x').toBase64()))
            << "signature-invalid";
        QTest::newRow("short signature")
            << "signature" << QJsonValue("AAAA") << "signature-invalid";
        QTest::newRow("signature not string")
            << "signature" << QJsonValue(3) << "signature-missing";
        QTest::newRow("other key id")
            << "keyId" << QJsonValue("0011223344556677") << "key-mismatch";
        QTest::newRow("extra member") << "comment" << QJsonValue("hi") << "envelope-invalid";
        QTest::newRow("config not object") << "config" << QJsonValue("{}") << "envelope-invalid";
    }

    void signatureTampering()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        auto priv = ConfigSigner::loadPrivateKey(kDemoKey);
        auto pub = ConfigSigner::loadPublicKey(kDemoPub);
        const QByteArray envelope = priv->sign(sampleConfig()).value();
        auto r = pub->verify(replaceInEnvelope(envelope, member, value));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void notJson()
    {
        auto pub = ConfigSigner::loadPublicKey(kDemoPub);
        auto r = pub->verify("{\"config\": ");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("envelope-invalid"));
        QCOMPARE(pub->verify("[]").error().code, QStringLiteral("envelope-invalid"));
    }

    void otherKeyRefused()
    {
        // A second, real key made by the openssl command line.
        QTemporaryDir dir;
        const QString other = dir.filePath("other.pem");
        QCOMPARE(QProcess::execute("openssl", {"genpkey", "-algorithm", "ed25519", "-out", other}),
                 0);
        auto otherSigner = ConfigSigner::loadPrivateKey(other);
        QVERIFY(otherSigner.ok());
        QVERIFY(otherSigner->keyId() != ConfigSigner::loadPublicKey(kDemoPub)->keyId());
        QByteArray envelope = otherSigner->sign(sampleConfig()).value();
        auto pub = ConfigSigner::loadPublicKey(kDemoPub);
        QCOMPARE(pub->verify(envelope).error().code, QStringLiteral("key-mismatch"));
        // Without the keyId hint the signature check itself refuses it.
        QJsonObject root = QJsonDocument::fromJson(envelope).object();
        root.remove("keyId");
        QCOMPARE(pub->verify(QJsonDocument(root).toJson()).error().code,
                 QStringLiteral("signature-invalid"));
    }

    void opensslCanVerifyOurSignature()
    {
        // Interoperability: the signature is plain Ed25519 over the canonical bytes, so the
        // openssl CLI accepts it (what a fleet operator would use to audit a file).
        QTemporaryDir dir;
        auto priv = ConfigSigner::loadPrivateKey(kDemoKey);
        const QJsonObject root =
            QJsonDocument::fromJson(priv->sign(sampleConfig()).value()).object();
        QFile msg(dir.filePath("msg")), sig(dir.filePath("sig"));
        QVERIFY(msg.open(QIODevice::WriteOnly) && sig.open(QIODevice::WriteOnly));
        msg.write(ConfigSigner::canonicalBytes(sampleConfig()));
        sig.write(QByteArray::fromBase64(root.value("signature").toString().toLatin1()));
        msg.close();
        sig.close();
        QCOMPARE(QProcess::execute("openssl",
                                   {"pkeyutl", "-verify", "-pubin", "-inkey", kDemoPub, "-rawin",
                                    "-in", msg.fileName(), "-sigfile", sig.fileName()}),
                 0);
    }

    void badKeys()
    {
        QCOMPARE(ConfigSigner::loadPrivateKey("/nonexistent/key.pem").error().code,
                 QStringLiteral("key-io"));
        QCOMPARE(ConfigSigner::publicKeyFromText("AAAA").error().code,
                 QStringLiteral("key-invalid"));
        QCOMPARE(ConfigSigner::publicKeyFromText(
                     "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
                     .error()
                     .code,
                 QStringLiteral("key-invalid"));
        // An RSA key is refused: only Ed25519 is trusted for configs.
        QTemporaryDir dir;
        const QString rsa = dir.filePath("rsa.pem");
        QCOMPARE(QProcess::execute("openssl",
                                   {"genpkey", "-algorithm", "rsa", "-pkeyopt",
                                    "rsa_keygen_bits:1024", "-out", rsa}),
                 0);
        QCOMPARE(ConfigSigner::loadPrivateKey(rsa).error().code, QStringLiteral("key-invalid"));
        // A public key cannot sign.
        auto pub = ConfigSigner::loadPublicKey(kDemoPub);
        QCOMPARE(pub->sign(sampleConfig()).error().code, QStringLiteral("key-invalid"));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigSigner)
#include "tst_configsigner.moc"
