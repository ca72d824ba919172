// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/configsigner.h"
#include "domain/fleet/fleetservices.h"
#include "offline-cache/outbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ck;

namespace {

const QString kDemoKey =
    QStringLiteral(CK_SOURCE_DIR "/packaging/demo-keys/demo-config-signing.pem");

KioskConfig config(const QString &dir, int version)
{
    KioskConfig c;
    c.kioskId = QStringLiteral("svc-kiosk");
    c.version = version;
    c.dataDir = dir + QStringLiteral("/data");
    c.destinations.insert("fleet",
                          {"fleet", "json", QUrl("https://f.example/v1/"), {}, {}, {}, 30000});
    c.fleet.publicKey = QStringLiteral("WJOPJ6wyzQEUosfk6KFfRWfYLBYXGXjkfa8OAEZ7Xjc=");
    c.fleet.metricsTextfile = dir + QStringLiteral("/civic_kiosk.prom");
    return c;
}

} // namespace

class tst_FleetServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wiresHeartbeatMetricsUpdaterAndSystemd()
    {
        QTemporaryDir dir;
        const KioskConfig base = config(dir.path(), 2);
        // An update installed by an earlier run becomes the startup config.
        {
            ConfigStore store(base.resolvedDataDir());
            ConfigUpdater updater(base, &store);
            QVERIFY(updater
                        .offer(ConfigSigner::loadPrivateKey(kDemoKey)
                                   ->sign(config(dir.path(), 3).toJson())
                                   .value())
                        .ok());
        }
        const KioskConfig running = FleetServices::startupConfig(base);
        QCOMPARE(running.version, 3);

        OutboxOptions options;
        options.dataDir = running.dataDir;
        options.minFreeBytes = 0;
        auto outbox = Outbox::open(options);
        QVERIFY(outbox.ok());

        // A real notify socket, as systemd would give.
        const QByteArray socketPath = QFile::encodeName(dir.filePath("notify"));
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un a {};
        a.sun_family = AF_UNIX;
        std::memcpy(a.sun_path, socketPath.constData(), size_t(socketPath.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
        timeval tv {5, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        qputenv("NOTIFY_SOCKET", socketPath);

        FleetServices fleet(running, outbox.value().get(), QStringLiteral("9.9.9"));
        fleet.start();
        OutboxFilter queued;
        queued.states = {"queued"};
        QCOMPARE(outbox.value()->rows(queued)->size(), 1);
        QCOMPARE(outbox.value()->rows(queued)->at(0).kind, QStringLiteral("heartbeat"));
        QFile metrics(running.fleet.metricsTextfile);
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QByteArray text = metrics.readAll();
        QVERIFY(text.contains("civic_kiosk_config_version 3"));
        // What the alerting rules join on and watch, from the config.
        QVERIFY(text.contains(
            "civic_kiosk_info{kiosk_id=\"svc-kiosk\",site=\"\",version=\"9.9.9\"} 1"));
        QVERIFY(text.contains("civic_kiosk_heartbeat_interval_seconds 300"));
        QVERIFY(text.contains("civic_kiosk_certificate_errors_total{destination=\"fleet\"} 0"));
        QVERIFY(text.contains("civic_kiosk_speech_unavailable_total{language=\"ar\"} 0"));
        QVERIFY(text.contains("civic_kiosk_config_rolled_back 0"));

        fleet.markUp();
        char buffer[64] = {};
        QCOMPARE(QByteArray(buffer, int(::recv(fd, buffer, sizeof buffer, 0))),
                 QByteArray("READY=1"));
        QVERIFY(!QFile::exists(running.dataDir + "/config/pending"));
        // Confirmed: the next start keeps version 3.
        QCOMPARE(FleetServices::startupConfig(base).version, 3);

        QSignalSpy restart(&fleet, &FleetServices::restartWanted);
        QVERIFY(fleet.updater()
                    ->offer(ConfigSigner::loadPrivateKey(kDemoKey)
                                ->sign(config(dir.path(), 4).toJson())
                                .value())
                    .ok());
        QCOMPARE(restart.count(), 1);
        QVERIFY(fleet.restartPending());
        ::close(fd);
        qunsetenv("NOTIFY_SOCKET");
    }
};

QTEST_GUILESS_MAIN(tst_FleetServices)
#include "tst_fleetservices.moc"
