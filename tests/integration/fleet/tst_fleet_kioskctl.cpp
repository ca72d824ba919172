// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// civic-kioskctl's fleet verbs (sign-config, verify-config, set-admin-pin, metrics) as a real
// process: outputs, files written, exit codes, and that no secret or payload is ever printed.
#include "core/passwordhash.h"
#include "tests/integration/fleet/fleettestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;
using namespace ck::testing;

class tst_FleetKioskctl : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString plainConfig()
    {
        KioskConfig c = fleetConfig(path("data"), 4);
        c.destinations.insert("planning",
                              {"planning",
                               "json",
                               QUrl("https://p.example/v1/"),
                               "SECRET-API-KEY-123",
                               {},
                               {},
                               30000});
        const QString file = path("plain.json");
        writeFile(file, QJsonDocument(c.toJson()).toJson());
        return file;
    }

private Q_SLOTS:
    void signThenVerify()
    {
        const QString in = plainConfig();
        Run sign = kioskctl({"sign-config", "--key", kDemoKey, in, path("signed.json")});
        QCOMPARE(sign.exitCode, 0);
        QVERIFY(sign.out.contains("version 4"));
        QVERIFY(!sign.out.contains("SECRET-API-KEY-123"));
        const QJsonObject envelope =
            QJsonDocument::fromJson(readFile(path("signed.json"))).object();
        QVERIFY(envelope.value("signature").isString());
        QCOMPARE(envelope.value("config").toObject().value("version").toInt(), 4);
        QVERIFY((QFileInfo(path("signed.json")).permissions() & QFile::ReadOther) == 0);

        Run verify = kioskctl({"verify-config", "--pubkey", kDemoPub, path("signed.json")});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(verify.out.startsWith("OK: "));
        QVERIFY(!verify.out.contains("SECRET-API-KEY-123")); // never the config's body
        // The raw base64 key works as well as the PEM file.
        writeFile(path("pub.b64"), "WJOPJ6wyzQEUosfk6KFfRWfYLBYXGXjkfa8OAEZ7Xjc=\n");
        QCOMPARE(
            kioskctl({"verify-config", "--pubkey", path("pub.b64"), path("signed.json")}).exitCode,
            0);
    }

    void signErrors()
    {
        const QString in = plainConfig();
        QCOMPARE(kioskctl({"sign-config", in, path("x.json")}).exitCode, 1); // no --key
        QCOMPARE(kioskctl({"sign-config", "--key", kDemoKey, in}).exitCode, 1); // no OUT
        Run noKey = kioskctl({"sign-config", "--key", path("missing.pem"), in, path("x.json")});
        QCOMPARE(noKey.exitCode, 4);
        QVERIFY(noKey.err.contains("missing.pem"));
        // Signing with a public key is refused.
        QCOMPARE(kioskctl({"sign-config", "--key", kDemoPub, in, path("x.json")}).exitCode, 2);
        // A config the kiosks would refuse is not signed; the error names the key path.
        writeFile(path("bad.json"), "{\"schema\": 1, \"kioskId\": \"k\", \"idleTimeoutSec\": -4}");
        Run bad = kioskctl({"sign-config", "--key", kDemoKey, path("bad.json"), path("x.json")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("idleTimeoutSec"));
        QVERIFY(!QFile::exists(path("x.json")));
        writeFile(path("notjson.json"), "{ nope");
        QCOMPARE(kioskctl({"sign-config", "--key", kDemoKey, path("notjson.json"), path("x.json")})
                     .exitCode,
                 2);
    }

    void verifyErrors()
    {
        QVERIFY(kioskctl({"sign-config", "--key", kDemoKey, plainConfig(), path("s.json")}).exitCode
                == 0);
        QByteArray tampered = readFile(path("s.json"));
        tampered.replace("\"version\": 4", "\"version\": 40");
        writeFile(path("tampered.json"), tampered);
        Run t = kioskctl({"verify-config", "--pubkey", kDemoPub, path("tampered.json")});
        QCOMPARE(t.exitCode, 2);
        QVERIFY(t.err.contains("signature-invalid"));
        QCOMPARE(kioskctl({"verify-config", "--pubkey", kDemoPub, path("absent.json")}).exitCode,
                 4);
        QCOMPARE(kioskctl({"verify-config", path("s.json")}).exitCode, 1);
        // Another key: refused with the key ids named.
        QCOMPARE(QProcess::execute("openssl",
                                   {"genpkey", "-algorithm", "ed25519", "-out", path("other.pem")}),
                 0);
        QCOMPARE(QProcess::execute(
                     "openssl",
                     {"pkey", "-in", path("other.pem"), "-pubout", "-out", path("other.pub")}),
                 0);
        Run other = kioskctl({"verify-config", "--pubkey", path("other.pub"), path("s.json")});
        QCOMPARE(other.exitCode, 2);
        QVERIFY(other.err.contains("key-mismatch"));
    }

    void setAdminPin()
    {
        // Without --config: prints a hash that verifies, never the PIN.
        Run printed = kioskctl({"set-admin-pin"}, "8642\n");
        QCOMPARE(printed.exitCode, 0);
        const QString hash = QString::fromLatin1(printed.out.trimmed());
        QCOMPARE(PasswordHash::verify(QStringLiteral("8642"), hash).value(), true);
        QVERIFY(hash.startsWith("pbkdf2-sha256$600000$"));
        QCOMPARE(printed.out.trimmed().count('\n'), 0); // the hash line and nothing else
        QVERIFY(!printed.err.contains("8642"));

        // With --config: written into the file atomically, other keys untouched.
        const QString config = plainConfig();
        Run written = kioskctl({"--config", config, "set-admin-pin"}, "97531\n");
        QCOMPARE(written.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(readFile(config)).object();
        QCOMPARE(PasswordHash::verify(QStringLiteral("97531"), o.value("adminPinHash").toString())
                     .value(),
                 true);
        QCOMPARE(o.value("version").toInt(), 4);
        QVERIFY(KioskConfig::load(config).ok());

        // Bad PINs and refused files change nothing.
        const QByteArray before = readFile(config);
        for (const QByteArray &bad : {QByteArray("12\n"), QByteArray("12ab\n"), QByteArray(""),
                                      QByteArray("1234567890123\n")}) {
            Run r = kioskctl({"--config", config, "set-admin-pin"}, bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains("4 to 12 digits"));
        }
        QCOMPARE(readFile(config), before);
        QVERIFY(
            kioskctl({"sign-config", "--key", kDemoKey, config, path("signed-pin.json")}).exitCode
            == 0);
        Run signedFile = kioskctl({"--config", path("signed-pin.json"), "set-admin-pin"}, "2468\n");
        QCOMPARE(signedFile.exitCode, 2);
        QVERIFY(signedFile.err.contains("sign-config"));
        QCOMPARE(kioskctl({"--config", path("nope.json"), "set-admin-pin"}, "2468\n").exitCode, 4);
        QCOMPARE(kioskctl({"set-admin-pin", "extra"}, "2468\n").exitCode, 1);
    }

    void metrics()
    {
        const QString config = plainConfig();
        Run m = kioskctl({"--config", config, "--data-dir", path("metrics-data"), "metrics"});
        QCOMPARE(m.exitCode, 0);
        QVERIFY(m.out.contains("# TYPE civic_kiosk_outbox_depth gauge"));
        QVERIFY(m.out.contains("civic_kiosk_config_version 4"));
        QVERIFY(!m.out.contains("SECRET-API-KEY-123"));
        Run f = kioskctl({"--config", config, "--data-dir", path("metrics-data"), "metrics",
                          "--textfile", path("civic_kiosk.prom")});
        QCOMPARE(f.exitCode, 0);
        QVERIFY(readFile(path("civic_kiosk.prom")).contains("civic_kiosk_sessions_total"));
        QCOMPARE(kioskctl({"--config", config, "--data-dir", path("metrics-data"), "metrics",
                           "--textfile", path("no/such/dir/x.prom")})
                     .exitCode,
                 4);
        writeFile(path("broken.json"), "{");
        QCOMPARE(kioskctl({"--config", path("broken.json"), "metrics"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_FleetKioskctl)
#include "tst_fleet_kioskctl.moc"
