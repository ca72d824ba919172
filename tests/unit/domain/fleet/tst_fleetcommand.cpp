// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Signed fleet commands on the kiosk side: only a command signed with the pinned fleet key, for
// this kiosk, newer than the last one and not expired is accepted; the sequence survives a
// restart; a signed configuration can never pass for a command.
#include "domain/fleet/configsigner.h"
#include "domain/fleet/fleetcommand.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;

namespace {

const QString kDemoKey =
    QStringLiteral(CK_SOURCE_DIR "/packaging/demo-keys/demo-config-signing.pem");

KioskConfig config(const QString &dir, const QString &kioskId = QStringLiteral("lib-01"))
{
    KioskConfig c;
    c.kioskId = kioskId;
    c.dataDir = dir;
    c.fleet.publicKey = QStringLiteral("WJOPJ6wyzQEUosfk6KFfRWfYLBYXGXjkfa8OAEZ7Xjc=");
    return c;
}

FleetCommand command(qint64 sequence, const QString &action = QStringLiteral("sync-now"),
                     const QString &kioskId = QStringLiteral("lib-01"))
{
    FleetCommand c;
    c.kioskId = kioskId;
    c.sequence = sequence;
    c.action = action;
    c.issuedAt = QDateTime::currentDateTimeUtc();
    c.expiresAt = c.issuedAt.addSecs(3600);
    return c;
}

QByteArray signedBy(const QString &keyPath, const FleetCommand &c)
{
    return c.sign(ConfigSigner::loadPrivateKey(keyPath).value()).value();
}

} // namespace

class tst_FleetCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsASignedCommandOnceAcrossRestarts()
    {
        QTemporaryDir dir;
        const QByteArray envelope = signedBy(kDemoKey, command(5));
        {
            FleetCommandChannel channel(config(dir.path()));
            QSignalSpy received(&channel, &FleetCommandChannel::received);
            auto accepted = channel.offer(envelope);
            QVERIFY2(accepted.ok(),
                     qPrintable(accepted.ok() ? QString() : accepted.error().message));
            QCOMPARE(accepted->action, QStringLiteral("sync-now"));
            QCOMPARE(received.count(), 1);
            QCOMPARE(channel.lastSequence(), 5);
            QCOMPARE(channel.lastCommand().toObject().value("outcome").toString(),
                     QStringLiteral("started"));
            channel.report(accepted.value(), QStringLiteral("done"));
            QCOMPARE(channel.lastCommand().toObject().value("outcome").toString(),
                     QStringLiteral("done"));
            // The same envelope again, and an older one: replays.
            QCOMPARE(channel.offer(envelope).error().code, QStringLiteral("replayed"));
            QCOMPARE(channel.offer(signedBy(kDemoKey, command(4))).error().code,
                     QStringLiteral("replayed"));
            QCOMPARE(received.count(), 1);
        }
        // After a restart (a new channel on the same data dir) it is still a replay.
        FleetCommandChannel restarted(config(dir.path()));
        QCOMPARE(restarted.lastSequence(), 5);
        QSignalSpy received(&restarted, &FleetCommandChannel::received);
        QCOMPARE(restarted.offer(envelope).error().code, QStringLiteral("replayed"));
        QVERIFY(restarted.offer(signedBy(kDemoKey, command(6, "end-session"))).ok());
        QCOMPARE(received.count(), 1);
        QCOMPARE(restarted.lastCommand().toObject().value("action").toString(),
                 QStringLiteral("end-session"));
        // The state file is the kiosk's alone.
        QCOMPARE(QFileInfo(restarted.statePath()).permissions()
                     & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void refusesWhatItMustNotRun()
    {
        QTemporaryDir dir;
        FleetCommandChannel channel(config(dir.path()));
        QSignalSpy received(&channel, &FleetCommandChannel::received);
        QSignalSpy refused(&channel, &FleetCommandChannel::refused);

        // Changed after signing.
        QByteArray tampered = signedBy(kDemoKey, command(10));
        tampered.replace("sync-now", "end-session");
        QCOMPARE(channel.offer(tampered).error().code, QStringLiteral("signature-invalid"));

        // Signed with another key: named as such, and without the key id still refused.
        QByteArray seed(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(seed.data()), 8);
        auto other = ConfigSigner::privateKeyFromText(seed.toBase64());
        QVERIFY(other.ok());
        const QByteArray foreign = command(11).sign(other.value()).value();
        QCOMPARE(channel.offer(foreign).error().code, QStringLiteral("key-mismatch"));
        QJsonObject noKeyId = QJsonDocument::fromJson(foreign).object();
        noKeyId.remove("keyId");
        QCOMPARE(channel.offer(QJsonDocument(noKeyId).toJson()).error().code,
                 QStringLiteral("signature-invalid"));

        // Another kiosk's command, correctly signed.
        QCOMPARE(channel.offer(signedBy(kDemoKey, command(12, "sync-now", "lib-02"))).error().code,
                 QStringLiteral("wrong-kiosk"));

        // Expired.
        FleetCommand old = command(13);
        old.issuedAt = QDateTime::currentDateTimeUtc().addDays(-2);
        old.expiresAt = old.issuedAt.addSecs(3600);
        QCOMPARE(channel.offer(signedBy(kDemoKey, old)).error().code, QStringLiteral("expired"));

        // A signature made for a configuration (no command context) does not make a command.
        QJsonObject asConfig =
            QJsonDocument::fromJson(
                ConfigSigner::loadPrivateKey(kDemoKey)->sign(command(14).toJson()).value())
                .object();
        asConfig.insert("command", asConfig.take("config"));
        QCOMPARE(channel.offer(QJsonDocument(asConfig).toJson()).error().code,
                 QStringLiteral("signature-invalid"));

        // Unknown actions and extra members are refused even when signed.
        QJsonObject extra = command(15).toJson();
        extra.insert("shell", "rm -rf /");
        const QByteArray signedExtra =
            ConfigSigner::loadPrivateKey(kDemoKey)
                ->signMember("command", FleetCommand::kSignatureContext, extra)
                .value();
        QCOMPARE(channel.offer(signedExtra).error().code, QStringLiteral("command-invalid"));
        QCOMPARE(channel.offer("not json").error().code, QStringLiteral("envelope-invalid"));

        QCOMPARE(received.count(), 0);
        QCOMPARE(refused.count(), 8);
        QCOMPARE(channel.lastSequence(), 0);
        // The refusal is what the heartbeat reports.
        QCOMPARE(channel.lastCommand().toObject().value("outcome").toString(),
                 QStringLiteral("refused"));

        // A kiosk without a fleet key runs nothing.
        KioskConfig unkeyed = config(dir.path());
        unkeyed.fleet.publicKey.clear();
        FleetCommandChannel none(unkeyed);
        QCOMPARE(none.offer(signedBy(kDemoKey, command(20))).error().code,
                 QStringLiteral("no-public-key"));
    }

    void everyActionRoundTrips()
    {
        for (const QString &action : FleetCommand::actions()) {
            const FleetCommand c = command(7, action);
            auto back = FleetCommand::fromJson(c.toJson());
            QVERIFY(back.ok());
            QCOMPARE(back->action, action);
            QCOMPARE(back->sequence, 7);
        }
        // The remote view is an action now; near misses of its name are not.
        QVERIFY(FleetCommand::actions().contains(QStringLiteral("request-screenshot")));
        for (const char *action : {"format-disk", "screenshot", "Request-Screenshot"}) {
            QJsonObject unknown = command(7).toJson();
            unknown.insert("action", action);
            QCOMPARE(FleetCommand::fromJson(unknown).error().code,
                     QStringLiteral("command-invalid"));
        }
        QJsonObject zero = command(7).toJson();
        zero.insert("sequence", 0);
        QCOMPARE(FleetCommand::fromJson(zero).error().code, QStringLiteral("command-invalid"));
    }
};

QTEST_GUILESS_MAIN(tst_FleetCommand)
#include "tst_fleetcommand.moc"
