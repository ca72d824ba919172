// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/configsigner.h"
#include "domain/fleet/configstore.h"
#include "domain/fleet/configupdater.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;

namespace {

const QString kDemoKey =
    QStringLiteral(CK_SOURCE_DIR "/packaging/demo-keys/demo-config-signing.pem");
const QString kDemoPublicRaw = QStringLiteral("WJOPJ6wyzQEUosfk6KFfRWfYLBYXGXjkfa8OAEZ7Xjc=");

KioskConfig baseConfig(const QString &dataDir, int version)
{
    KioskConfig c;
    c.kioskId = QStringLiteral("k1");
    c.dataDir = dataDir;
    c.version = version;
    c.fleet.publicKey = kDemoPublicRaw;
    return c;
}

QByteArray signedConfig(const QString &dataDir, int version, int idleTimeoutSec = 120)
{
    KioskConfig c = baseConfig(dataDir, version);
    c.idleTimeoutSec = idleTimeoutSec;
    return ConfigSigner::loadPrivateKey(kDemoKey)->sign(c.toJson()).value();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_ConfigStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noInstalledConfigMeansBase()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.path());
        const KioskConfig base = baseConfig(dir.path(), 3);
        QCOMPARE(store.startupConfig(base).version, 3);
    }

    void installThenStartThenConfirm()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.path());
        const KioskConfig base = baseConfig(dir.path(), 3);
        QVERIFY(store.install(signedConfig(dir.path(), 4, 90), 4).ok());
        QCOMPARE(store.lastEvent().kind, QStringLiteral("applied"));
        QCOMPARE(QFileInfo(store.directory()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());

        KioskConfig started = store.startupConfig(base);
        QCOMPARE(started.version, 4);
        QCOMPARE(started.idleTimeoutSec, 90);
        QCOMPARE(readAll(store.directory() + "/pending").trimmed(), QByteArray("starting"));
        QVERIFY(store.markStarted().ok());
        QVERIFY(!QFile::exists(store.directory() + "/pending"));
        // Later starts keep using it.
        QCOMPARE(store.startupConfig(base).version, 4);
    }

    void failedStartRollsBack()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.path());
        const KioskConfig base = baseConfig(dir.path(), 3);
        QVERIFY(store.install(signedConfig(dir.path(), 4), 4).ok());
        QCOMPARE(store.startupConfig(base).version, 4);
        QVERIFY(store.markStarted().ok());
        QVERIFY(store.install(signedConfig(dir.path(), 5), 5).ok());
        QCOMPARE(store.startupConfig(base).version, 5);
        // ... and the app dies before markStarted(): the next start goes back to version 4.
        const KioskConfig after = store.startupConfig(base);
        QCOMPARE(after.version, 4);
        QCOMPARE(store.lastEvent().kind, QStringLiteral("rolled-back"));
        QVERIFY(store.lastEvent().message.contains("did not complete"));
        QVERIFY(QFile::exists(store.directory() + "/rejected.json"));
        QVERIFY(!QFile::exists(store.directory() + "/pending"));
    }

    void failedFirstStartFallsBackToBase()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.path());
        const KioskConfig base = baseConfig(dir.path(), 3);
        QVERIFY(store.install(signedConfig(dir.path(), 4), 4).ok());
        QCOMPARE(store.startupConfig(base).version, 4);
        QCOMPARE(store.startupConfig(base).version, 3);
        QVERIFY(!QFile::exists(store.currentPath()));
    }

    // A version that failed to start and was rolled back is remembered (also across
    // restarts) and never installed again, however often the fleet server offers it; only a
    // higher version is tried.
    void rolledBackVersionIsNeverInstalledAgain()
    {
        QTemporaryDir dir;
        const KioskConfig base = baseConfig(dir.path(), 3);
        {
            ConfigStore store(dir.path());
            QVERIFY(store.install(signedConfig(dir.path(), 4), 4).ok());
            QCOMPARE(store.startupConfig(base).version, 4);
            QVERIFY(store.markStarted().ok());
            QCOMPARE(store.highestRolledBackVersion(), 0);
            QVERIFY(store.install(signedConfig(dir.path(), 5), 5).ok());
            QCOMPARE(store.startupConfig(base).version, 5); // ... and it dies
        }
        ConfigStore store(dir.path()); // a new process
        const KioskConfig running = store.startupConfig(base);
        QCOMPARE(running.version, 4);
        QCOMPARE(store.highestRolledBackVersion(), 5);
        QVERIFY(store.markStarted().ok());

        // The updater of the restarted kiosk sees version 5 on the server again.
        ConfigUpdater updater(running, &store);
        QSignalSpy installed(&updater, &ConfigUpdater::installed);
        for (int poll = 0; poll < 3; ++poll) {
            auto again = updater.offer(signedConfig(dir.path(), 5));
            QVERIFY(!again.ok());
            QCOMPARE(again.error().code, QStringLiteral("version-rolled-back"));
            QVERIFY2(again.error().message.contains(QStringLiteral("5")),
                     qPrintable(again.error().message));
        }
        QCOMPARE(installed.count(), 0);
        QCOMPARE(store.lastEvent().code, QStringLiteral("version-rolled-back"));
        QVERIFY(!QFile::exists(store.directory() + "/pending"));
        QCOMPARE(store.startupConfig(base).version, 4);
        QCOMPARE(store.install(signedConfig(dir.path(), 5), 5).error().code,
                 QStringLiteral("version-rolled-back"));

        // A higher version is tried.
        QCOMPARE(updater.offer(signedConfig(dir.path(), 6)).value(), 6);
        QCOMPARE(installed.count(), 1);
        QCOMPARE(store.startupConfig(base).version, 6);
    }

    void signedConfigCannotMoveTheOutboxKey()
    {
        QTemporaryDir dir;
        KioskConfig running = baseConfig(dir.path(), 4);
        running.outboxKey.file =
            QStringLiteral("/etc/civic-kiosk/credentials/civic-kiosk-outbox.key");
        // A fleet-wide file without outboxKey: the kiosk keeps its own.
        auto kept = ConfigStore::check(signedConfig(dir.path(), 5), running);
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message));
        QCOMPARE(kept->outboxKey, running.outboxKey);
        KioskConfig moved = baseConfig(dir.path(), 5);
        moved.outboxKey.file = QStringLiteral("/tmp/elsewhere.key");
        QCOMPARE(ConfigStore::check(
                     ConfigSigner::loadPrivateKey(kDemoKey)->sign(moved.toJson()).value(), running)
                     .error()
                     .code,
                 QStringLiteral("key-location-change"));
    }

    void tamperedFileOnDiskIsNotUsed()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.path());
        const KioskConfig base = baseConfig(dir.path(), 3);
        QVERIFY(store.install(signedConfig(dir.path(), 4), 4).ok());
        QVERIFY(store.markStarted().ok());
        QByteArray bytes = readAll(store.currentPath());
        bytes.replace("\"idleTimeoutSec\": 120", "\"idleTimeoutSec\": 3600");
        QFile f(store.currentPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        QCOMPARE(store.startupConfig(base).version, 3);
        QCOMPARE(store.lastEvent().kind, QStringLiteral("rolled-back"));
    }

    void newerLocalConfigWins()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.path());
        QVERIFY(store.install(signedConfig(dir.path(), 4), 4).ok());
        QCOMPARE(store.startupConfig(baseConfig(dir.path(), 9)).version, 9);
    }

    void checkRefusals()
    {
        QTemporaryDir dir;
        const KioskConfig running = baseConfig(dir.path(), 4);
        QCOMPARE(ConfigStore::check(signedConfig(dir.path(), 4), running).error().code,
                 QStringLiteral("version-not-newer"));
        QCOMPARE(ConfigStore::check(signedConfig(dir.path(), 2), running).error().code,
                 QStringLiteral("version-not-newer"));
        QCOMPARE(ConfigStore::check(signedConfig("/elsewhere", 5), running).error().code,
                 QStringLiteral("data-dir-change"));
        KioskConfig other = baseConfig(dir.path(), 5);
        other.kioskId = "k2";
        QCOMPARE(ConfigStore::check(
                     ConfigSigner::loadPrivateKey(kDemoKey)->sign(other.toJson()).value(), running)
                     .error()
                     .code,
                 QStringLiteral("wrong-kiosk"));
        // Signed, but with a value the kiosk refuses: validation still applies.
        QJsonObject bad = baseConfig(dir.path(), 5).toJson();
        bad.insert("idleTimeoutSec", -1);
        auto r =
            ConfigStore::check(ConfigSigner::loadPrivateKey(kDemoKey)->sign(bad).value(), running);
        QCOMPARE(r.error().code, QStringLiteral("config-invalid"));
        QVERIFY(r.error().message.contains("idleTimeoutSec"));
        KioskConfig unpinned = running;
        unpinned.fleet.publicKey.clear();
        QCOMPARE(ConfigStore::check(signedConfig(dir.path(), 5), unpinned).error().code,
                 QStringLiteral("no-public-key"));
        QVERIFY(ConfigStore::check(signedConfig(dir.path(), 5), running).ok());
    }

    void updaterOfferInstallsOnlyGoodConfigs()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.path());
        ConfigUpdater updater(baseConfig(dir.path(), 4), &store);
        QSignalSpy installed(&updater, &ConfigUpdater::installed);
        QSignalSpy refused(&updater, &ConfigUpdater::refused);

        QVERIFY(!updater.offer("not json").ok());
        QCOMPARE(refused.count(), 1);
        QCOMPARE(store.lastEvent().kind, QStringLiteral("refused"));
        QCOMPARE(store.lastEvent().code, QStringLiteral("envelope-invalid"));
        QVERIFY(!QFile::exists(store.currentPath()));

        QCOMPARE(updater.offer(signedConfig(dir.path(), 6)).value(), 6);
        QCOMPARE(installed.count(), 1);
        QVERIFY(QFile::exists(store.currentPath()));
        // The same version polled again before the restart is not installed twice.
        QCOMPARE(updater.offer(signedConfig(dir.path(), 6)).value(), 6);
        QCOMPARE(installed.count(), 1);
        // An older one than installed is refused and leaves the installed one alone.
        QCOMPARE(updater.offer(signedConfig(dir.path(), 5)).error().code,
                 QStringLiteral("version-not-newer"));
        QCOMPARE(store.startupConfig(baseConfig(dir.path(), 4)).version, 6);
    }
};

QTEST_GUILESS_MAIN(tst_ConfigStore)
#include "tst_configstore.moc"
