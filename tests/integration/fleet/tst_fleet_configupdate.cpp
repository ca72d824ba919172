// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Signed configuration end to end: a real civic-kiosk-intake serves GET /v1/config from a file
// the test rewrites between polls; ConfigUpdater polls it over HTTP and the ConfigStore decides
// what the kiosk starts with. Each refusal leaves the active config as it was.
#include "domain/fleet/configstore.h"
#include "domain/fleet/configupdater.h"
#include "tests/integration/fleet/fleettestutil.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;
using namespace ck::testing;

class tst_FleetConfigUpdate : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    IntakeProcess m_intake;
    QString m_served;
    QString m_data;

    // Polls once and returns the code of the refusal ("" when something was installed).
    QString poll(ConfigUpdater &updater)
    {
        QSignalSpy finished(&updater, &ConfigUpdater::pollFinished);
        QSignalSpy refused(&updater, &ConfigUpdater::refused);
        updater.pollNow();
        if (!finished.wait(20000))
            return QStringLiteral("timeout");
        return refused.isEmpty() ? QString() : refused.first().at(0).toString();
    }
    int activeVersion(const KioskConfig &base)
    {
        ConfigStore store(m_data);
        const int v = store.startupConfig(base).version;
        (void)store.markStarted();
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_served = m_dir.filePath("served.json");
        m_data = m_dir.filePath("data");
        QVERIFY(QDir().mkpath(m_data));
        QVERIFY(writeFile(m_served, "{}"));
        QVERIFY2(m_intake.start(m_dir.filePath("intake.sqlite"), {"--config-file", m_served}),
                 m_intake.stderrText().constData());
    }

    void sequenceOfOffers()
    {
        const QString url = m_intake.url("/v1/config");
        const KioskConfig base = fleetConfig(m_data, 3, url);
        QCOMPARE(activeVersion(base), 3);
        ConfigStore store(m_data);
        ConfigUpdater updater(base, &store);

        // 1. A good, newer, signed config is installed and becomes active at the next start.
        KioskConfig v5 = fleetConfig(m_data, 5, url);
        v5.idleTimeoutSec = 75;
        QVERIFY(writeFile(m_served, signWithDemoKey(v5.toJson())));
        QCOMPARE(poll(updater), QString());
        QCOMPARE(updater.lastEvent().kind, QStringLiteral("applied"));
        KioskConfig started = ConfigStore(m_data).startupConfig(base);
        QCOMPARE(started.version, 5);
        QCOMPARE(started.idleTimeoutSec, 75);
        QVERIFY(ConfigStore(m_data).markStarted().ok());

        // From now on the kiosk runs version 5.
        ConfigUpdater running(started, &store);

        // 2. Bad signature: the file was edited after signing.
        KioskConfig v6 = fleetConfig(m_data, 6, url);
        QByteArray tampered = signWithDemoKey(v6.toJson());
        tampered.replace("\"idleTimeoutSec\": 120", "\"idleTimeoutSec\": 3600");
        QVERIFY(writeFile(m_served, tampered));
        QCOMPARE(poll(running), QStringLiteral("signature-invalid"));
        QCOMPARE(activeVersion(base), 5);
        QCOMPARE(ConfigStore(m_data).lastEvent().code, QStringLiteral("signature-invalid"));

        // 3. Older version, properly signed: a replay of an old file.
        QVERIFY(writeFile(m_served, signWithDemoKey(fleetConfig(m_data, 4, url).toJson())));
        QCOMPARE(poll(running), QStringLiteral("version-not-newer"));
        QCOMPARE(activeVersion(base), 5);

        // 4. Not JSON at all (a captive portal's login page, say).
        QVERIFY(writeFile(m_served, "<html><body>Please log in to Library Wi-Fi</body></html>"));
        QCOMPARE(poll(running), QStringLiteral("envelope-invalid"));
        QCOMPARE(activeVersion(base), 5);

        // 5. Signed and newer, but with values the kiosk refuses.
        QJsonObject invalid = fleetConfig(m_data, 7, url).toJson();
        invalid.insert("idleWarningSec", 500);
        invalid.insert("idleTimeoutSec", 60);
        QVERIFY(writeFile(m_served, signWithDemoKey(invalid)));
        QCOMPARE(poll(running), QStringLiteral("config-invalid"));
        QVERIFY(ConfigStore(m_data).lastEvent().message.contains("idleWarningSec"));
        QCOMPARE(activeVersion(base), 5);

        // 6. Signed by a key this kiosk does not trust.
        QTemporaryDir keys;
        QCOMPARE(
            QProcess::execute("openssl",
                              {"genpkey", "-algorithm", "ed25519", "-out", keys.filePath("k.pem")}),
            0);
        auto other = ConfigSigner::loadPrivateKey(keys.filePath("k.pem"));
        QVERIFY(writeFile(m_served, other->sign(fleetConfig(m_data, 8, url).toJson()).value()));
        QCOMPARE(poll(running), QStringLiteral("key-mismatch"));
        QCOMPARE(activeVersion(base), 5);

        // 7. Server has nothing / is gone: routine, not a refusal of a config.
        m_intake.stop();
        QCOMPARE(poll(running), QStringLiteral("fetch-failed"));
        QCOMPARE(ConfigStore(m_data).lastEvent().code, QStringLiteral("key-mismatch"));
        QCOMPARE(activeVersion(base), 5);
    }

    void crashAfterUpdateRollsBack()
    {
        // A new config installs, the app starts with it and dies before confirming: the next
        // start is back on the previous signed config.
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        ConfigStore store(data);
        const KioskConfig base = fleetConfig(data, 1);
        ConfigUpdater updater(base, &store);
        QCOMPARE(updater.offer(signWithDemoKey(fleetConfig(data, 2).toJson())).value(), 2);
        QCOMPARE(ConfigStore(data).startupConfig(base).version, 2);
        QVERIFY(ConfigStore(data).markStarted().ok());
        ConfigUpdater second(fleetConfig(data, 2), &store);
        QCOMPARE(second.offer(signWithDemoKey(fleetConfig(data, 3).toJson())).value(), 3);
        QCOMPARE(ConfigStore(data).startupConfig(base).version, 3); // started ... and crashed
        QCOMPARE(ConfigStore(data).startupConfig(base).version, 2);
        QCOMPARE(ConfigStore(data).lastEvent().kind, QStringLiteral("rolled-back"));
        QVERIFY(ConfigStore(data).markStarted().ok());

        // Back on version 2, the kiosk polls again and the server still offers version 3: it is
        // not installed again (no install, crash, roll back loop); version 4 is.
        ConfigStore restarted(data);
        ConfigUpdater third(fleetConfig(data, 2), &restarted);
        QCOMPARE(third.offer(signWithDemoKey(fleetConfig(data, 3).toJson())).error().code,
                 QStringLiteral("version-rolled-back"));
        QCOMPARE(ConfigStore(data).startupConfig(base).version, 2);
        QCOMPARE(third.offer(signWithDemoKey(fleetConfig(data, 4).toJson())).value(), 4);
        QCOMPARE(ConfigStore(data).startupConfig(base).version, 4);
    }
};

QTEST_GUILESS_MAIN(tst_FleetConfigUpdate)
#include "tst_fleet_configupdate.moc"
