// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Remote actions end to end: civic-kioskctl signs a command with the fleet key, the admin uploads
// it to a real civic-kiosk-intake (admin key), and the real civic-kiosk pulls it at start:
// restart-when-idle makes an idle kiosk exit 0 at once and never again on the next start;
// collect-diagnostics reaches the server through the outbox with status, metrics and log lines
// and no personal data, and the heartbeat and the fleet page report the outcome.
#include "tests/integration/fleet/fleettestutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;
using namespace ck::testing;

namespace {

const QString kKiosk = QStringLiteral("lib-cmd-01");

} // namespace

class tst_FleetCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("intake.sqlite"))));
        const QJsonObject config {
            {"schema", 1},
            {"kioskId", kKiosk},
            {"site", "Test Library"},
            {"dataDir", m_dir.filePath(QStringLiteral("data"))},
            {"servicesDir", QStringLiteral(CK_SOURCE_DIR "/packaging/services")},
            {"destinations",
             QJsonObject {{"planning",
                           QJsonObject {{"type", "json"},
                                        {"url", m_server.url(QStringLiteral("/v1/"))},
                                        {"timeoutMs", 5000}}}}},
            {"fleet",
             QJsonObject {{"publicKey", "WJOPJ6wyzQEUosfk6KFfRWfYLBYXGXjkfa8OAEZ7Xjc="},
                          {"commandsUrl", m_server.url(QStringLiteral("/v1/commands"))},
                          {"commandPollSec", 10},
                          {"heartbeatSec", 10}}}};
        m_config = m_dir.filePath(QStringLiteral("kiosk.json"));
        QVERIFY(writeFile(m_config, QJsonDocument(config).toJson()));
    }

    void uploadNeedsTheAdminKeyAndASequenceOnce()
    {
        const QByteArray envelope = sign("restart-when-idle", 100);
        QVERIFY(!envelope.isEmpty());
        const QString url = m_server.url(QStringLiteral("/v1/_admin/commands"));
        QCOMPARE(http(m_nam, "POST", url, envelope).status, 401);
        QCOMPARE(http(m_nam, "POST", url, envelope, adminHeaders()).status, 201);
        QCOMPARE(http(m_nam, "POST", url, envelope, adminHeaders()).status, 409);
        QCOMPARE(http(m_nam, "POST", url, "{\"command\": {}}", adminHeaders()).status, 400);
        // Served to its kiosk only, above the sequence the kiosk asks after.
        auto list = [this](const QString &query) {
            return http(m_nam, "GET", m_server.url("/v1/commands?" + query))
                .json()["commands"]
                .toArray()
                .size();
        };
        QCOMPARE(list("kioskId=" + kKiosk + "&after=0"), 1);
        QCOMPARE(list("kioskId=" + kKiosk + "&after=100"), 0);
        QCOMPARE(list("kioskId=lib-other&after=0"), 0);
    }

    void restartWhenIdleRunsOnce()
    {
        // Idle on the welcome screen: it pulls the command at start and exits 0 for systemd's
        // Restart=always, long before its own --exit-after-ms.
        QElapsedTimer clock;
        clock.start();
        const Run first = kiosk(90000);
        QVERIFY2(!first.crashed && first.exitCode == 0, first.err.right(3000));
        QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
        const QJsonObject state = stateFile();
        QCOMPARE(state["sequences"][kKiosk].toInteger(), 100);
        QCOMPARE(state["last"]["action"].toString(), QStringLiteral("restart-when-idle"));
        QCOMPARE(state["last"]["outcome"].toString(), QStringLiteral("done"));

        // The next start does not restart again: it runs until its own deadline.
        clock.restart();
        const Run second = kiosk(12000);
        QVERIFY2(!second.crashed && second.exitCode == 0, second.err.right(3000));
        QVERIFY2(clock.elapsed() >= 11000, qPrintable(QString::number(clock.elapsed())));
    }

    void collectDiagnosticsUploadsStatusMetricsAndLogs()
    {
        QCOMPARE(http(m_nam, "POST", m_server.url(QStringLiteral("/v1/_admin/commands")),
                      sign("collect-diagnostics", 101), adminHeaders())
                     .status,
                 201);
        QProcess app;
        startKiosk(app, 60000);
        QJsonObject diagnostics;
        QJsonObject heartbeat;
        for (int i = 0; i < 120 && (diagnostics.isEmpty() || heartbeat.isEmpty()); ++i) {
            QTest::qWait(250);
            if (diagnostics.isEmpty()) {
                const HttpResult d =
                    http(m_nam, "GET", m_server.url("/v1/_admin/diagnostics/" + kKiosk), {},
                         adminHeaders());
                if (d.status == 200)
                    diagnostics = d.json().object();
            }
            const HttpResult h = http(m_nam, "GET", m_server.url("/v1/_admin/heartbeats/" + kKiosk),
                                      {}, adminHeaders());
            const QJsonObject last = h.json()["heartbeat"]["lastCommand"].toObject();
            if (last["sequence"].toInteger() == 101 && last["outcome"].toString() == "done")
                heartbeat = last;
        }
        app.kill();
        app.waitForFinished(10000);
        QVERIFY2(!diagnostics.isEmpty(), app.readAllStandardError().right(3000));
        QCOMPARE(std::as_const(diagnostics)["kind"].toString(), QStringLiteral("diagnostics"));
        QCOMPARE(std::as_const(diagnostics)["commandSequence"].toInteger(), 101);
        QCOMPARE(std::as_const(diagnostics)["status"]["site"].toString(),
                 QStringLiteral("Test Library"));
        QVERIFY(std::as_const(diagnostics)["status"]["outbox"].isObject());
        QVERIFY(std::as_const(diagnostics)["metrics"].toString().contains(
            QStringLiteral("civic_kiosk_info{kiosk_id=\"%1\"").arg(kKiosk)));
        bool sawCommand = false;
        for (const QJsonValue &line : std::as_const(diagnostics)["logs"].toArray())
            sawCommand |= line.toString().contains("running fleet command 101 collect-diagnostics");
        QVERIFY2(sawCommand,
                 QJsonDocument(std::as_const(diagnostics)["logs"].toArray()).toJson().left(3000));
        QVERIFY2(!heartbeat.isEmpty(), "the heartbeat never reported command 101 as done");

        // The fleet page shows it, and links the diagnostics.
        const HttpResult page = http(m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/fleet")),
                                     {}, adminHeaders());
        QVERIFY(page.body.contains("collect-diagnostics #101: done"));
        QVERIFY(page.body.contains("/v1/_admin/diagnostics/" + kKiosk.toUtf8()));
    }

private:
    QByteArray sign(const char *action, qint64 sequence)
    {
        const QString out = m_dir.filePath(QStringLiteral("%1-%2.json").arg(action).arg(sequence));
        const Run r = kioskctl({"sign-command", "--key", kDemoKey, "--kiosk", kKiosk, "--action",
                                action, "--sequence", QString::number(sequence), out});
        if (r.exitCode != 0)
            qWarning().noquote() << r.err;
        return readFile(out);
    }

    QJsonObject stateFile() const
    {
        return QJsonDocument::fromJson(readFile(m_dir.filePath("data/fleet/commands.json")))
            .object();
    }

    void startKiosk(QProcess &p, int exitAfterMs)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--no-sandbox"));
        p.setProcessEnvironment(env);
        p.start(
            binPath(QStringLiteral("civic-kiosk")),
            {"--config", m_config, "--windowed", "--exit-after-ms", QString::number(exitAfterMs)});
        QVERIFY(p.waitForStarted(10000));
    }

    Run kiosk(int exitAfterMs)
    {
        QProcess p;
        startKiosk(p, exitAfterMs);
        Run r;
        if (!p.waitForFinished(exitAfterMs + 30000)) {
            p.kill();
            p.waitForFinished(5000);
            r.crashed = true;
        }
        r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
        r.exitCode = p.exitCode();
        r.err = p.readAllStandardError();
        return r;
    }

    QTemporaryDir m_dir;
    QString m_config;
    IntakeProcess m_server;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(tst_FleetCommands)
#include "tst_fleet_commands.moc"
