// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The reference server's fleet page, as an admin's browser sees it: a real civic-kiosk-intake
// receives heartbeats (one made by the kiosk's own Heartbeat class, others written to stress
// the page), then headless Chromium (Debian chromium) logs in with the admin key over HTTP
// Basic, dumps the DOM and takes screenshots at 100 % and 200 % zoom. curl and
// QNetworkAccessManager check the key: none, wrong, right, and a server without one.
#include "domain/fleet/heartbeat.h"
#include "offline-cache/outbox.h"
#include "tests/integration/fleet/fleettestutil.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;
using namespace ck::testing;

namespace {

QByteArray heartbeatBody(const QString &kioskId, const QJsonObject &overrides = {})
{
    QJsonObject o {{"schema", 1},
                   {"kioskId", kioskId},
                   {"site", "Central Library"},
                   {"version", "0.1.0"},
                   {"configVersion", 4},
                   {"uptimeSec", 3600},
                   {"outbox", QJsonObject {{"queued", 0}, {"sending", 0}, {"rejected", 0}}},
                   {"heartbeatSec", 300},
                   {"oldestItemAgeSec", 0},
                   {"deadLetters", 0},
                   {"diskFreeBytes", 8.0 * 1024 * 1024 * 1024},
                   {"diskMinFreeBytes", 200.0 * 1024 * 1024},
                   {"backpressure", false},
                   {"state", "idle"},
                   {"lastWipeAt", "2026-11-23T09:58:00Z"},
                   {"sentAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString screenshotDir()
{
    const QString build = qEnvironmentVariable("CK_BUILD_DIR", QStringLiteral(CK_BIN_DIR "/.."));
    const QString dir = QDir(build).filePath(QStringLiteral("screenshots/fleet"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class tst_FleetPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        QVERIFY2(!m_chromium.isEmpty(),
                 "chromium not found: install the Debian package chromium (scripts/deps.sh)");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("intake.sqlite"));
        QVERIFY(m_server.start(m_db));
        seed();
    }

    void adminEndpointsNeedTheKey()
    {
        const QString page = m_server.url(QStringLiteral("/v1/_admin/fleet"));
        HttpResult none = http(m_nam, "GET", page);
        QCOMPARE(none.status, 401);
        QVERIFY(!none.body.contains("lib-"));
        HttpResult wrong =
            http(m_nam, "GET", page, {}, {{"X-Admin-Key", "test-admin-key-0123456780"}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(http(m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/stats"))).status, 401);
        QCOMPARE(http(m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/heartbeats/lib-idle")))
                     .status,
                 401);
        QCOMPARE(http(m_nam, "GET", page, {}, adminHeaders()).status, 200);
        QCOMPARE(
            http(m_nam, "GET", page, {}, {{"Authorization", "Bearer " + kTestAdminKey}}).status,
            200);
        QCOMPARE(
            http(m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/stats")), {}, adminHeaders())
                .status,
            200);

        // curl, as an admin would script it: the browser challenge, then Basic and the header.
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        QVERIFY2(!curl.isEmpty(), "curl not found (scripts/deps.sh installs it)");
        auto status = [&curl](const QStringList &args) {
            QProcess p;
            p.start(curl,
                    QStringList {"-s", "-o", "/dev/null", "-D", "-", "-w", "status=%{http_code}"}
                        + args);
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString challenged = status({page});
        QVERIFY2(challenged.contains("status=401"), qPrintable(challenged));
        QVERIFY2(challenged.contains("WWW-Authenticate: Basic realm=\"Civic Kiosk fleet\"",
                                     Qt::CaseInsensitive),
                 qPrintable(challenged));
        QVERIFY(status({"-u", "admin:wrong-key-wrong-key", page}).contains("status=401"));
        const QString ok = status({"-u", "admin:" + QString::fromLatin1(kTestAdminKey), page});
        QVERIFY2(ok.contains("status=200"), qPrintable(ok));
        QVERIFY(ok.contains("Cache-Control: no-store", Qt::CaseInsensitive));
        QVERIFY(ok.contains("Content-Security-Policy: default-src 'none'", Qt::CaseInsensitive));
        QVERIFY(status({"-H", "X-Admin-Key: " + QString::fromLatin1(kTestAdminKey),
                        m_server.url(QStringLiteral("/v1/_admin/fleet.json"))})
                    .contains("status=200"));

        // A server started without a key shows no admin endpoint at all.
        IntakeProcess bare;
        QVERIFY(bare.start(m_dir.filePath(QStringLiteral("bare.sqlite")), {}, false, false));
        for (const char *path : {"/v1/_admin/fleet", "/v1/_admin/stats"}) {
            const HttpResult r =
                http(m_nam, "GET", bare.url(QString::fromLatin1(path)), {}, adminHeaders());
            QCOMPARE(r.status, 403);
            QCOMPARE(r.json()["error"]["code"].toString(), QStringLiteral("admin-disabled"));
        }
    }

    void chromiumShowsOneRowPerKioskMostUrgentFirst()
    {
        const QString url = QStringLiteral("http://admin:%1@127.0.0.1:%2/v1/_admin/fleet")
                                .arg(QString::fromLatin1(kTestAdminKey))
                                .arg(m_server.port());
        const Run dump = chromium({QStringLiteral("--dump-dom"), url});
        QVERIFY2(dump.exitCode == 0, dump.err.right(2000));
        const QString dom = QString::fromUtf8(dump.out);
        QVERIFY2(dom.contains(QLatin1String("<table id=\"fleet\"")), qPrintable(dom.left(2000)));

        QStringList order;
        static const QRegularExpression row(QStringLiteral("<tr class=\"kiosk[^\"]*\" "
                                                           "data-kiosk-id=\"([^\"]+)\" "
                                                           "data-state=\"([^\"]+)\""));
        QMap<QString, QString> states;
        for (auto it = row.globalMatch(dom); it.hasNext();) {
            const auto m = it.next();
            order << m.captured(1);
            states.insert(m.captured(1), m.captured(2));
        }
        // Offline, then refusing submissions, dead letters, old items, low disk; then the rest
        // by id.
        QCOMPARE(order,
                 (QStringList {"lib-off", "lib-full", "lib-dead", "lib-stuck", "lib-low",
                               "lib-busy", "lib-hostile", "lib-idle", "lib-real"}));
        QCOMPARE(states.value("lib-off"), QStringLiteral("offline"));
        QCOMPARE(states.value("lib-busy"), QStringLiteral("in-session"));
        QCOMPARE(states.value("lib-idle"), QStringLiteral("idle"));
        QCOMPARE(states.value("lib-real"), QStringLiteral("idle"));
        QVERIFY(dom.contains(QLatin1String("9 kiosks, 5 need attention")));
        QVERIFY(dom.contains(QLatin1String("Offline: no heartbeat for")));
        QVERIFY(dom.contains(QLatin1String("2 dead letters to key in by hand")));
        QVERIFY(dom.contains(QLatin1String("Oldest item waiting 60 min")));
        QVERIFY(dom.contains(QLatin1String("Refusing submissions")));
        // Every column an admin needs, labelled for the one-card-per-kiosk layout.
        for (const char *label :
             {"Site", "Version", "Config", "Last heartbeat", "Outbox waiting", "Oldest item",
              "Dead letters", "Disk", "Last wipe", "State", "Last command"})
            QVERIFY2(dom.contains(QStringLiteral("data-label=\"%1\"").arg(QLatin1String(label))),
                     label);
        // The hostile site name is text, not markup; fields outside the page's list never show.
        QVERIFY(dom.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!dom.contains(QLatin1String("<script>alert(1)")));
        QVERIFY(!dom.contains(QLatin1String("MARKER-PERSON")));
        QVERIFY(!dom.contains(QLatin1String("07700 900123")));

        // Screenshots: a 1600 px wide screen at 100 % (the table), and a 1280 px screen at 200 %
        // zoom (640 CSS pixels wide, drawn at twice the density: one card per kiosk).
        const QString normal = QDir(screenshotDir()).filePath(QStringLiteral("fleet-page.png"));
        const QString zoomed = QDir(screenshotDir()).filePath(QStringLiteral("fleet-page-200.png"));
        QFile::remove(normal);
        QFile::remove(zoomed);
        QVERIFY(chromium({"--window-size=1600,1100", "--screenshot=" + normal, url}).exitCode == 0);
        QVERIFY(chromium({"--window-size=640,1400", "--force-device-scale-factor=2",
                          "--screenshot=" + zoomed, url})
                    .exitCode
                == 0);
        for (const auto &[file, width] : {std::pair {normal, 1600}, std::pair {zoomed, 1280}}) {
            const QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QCOMPARE(image.width(), width);
            // Not a blank page: the offline badge's dark red is on it.
            bool red = false;
            for (int y = 0; y < image.height() && !red; y += 2)
                for (int x = 0; x < image.width() && !red; x += 2)
                    red = image.pixelColor(x, y) == QColor(0xa0, 0x19, 0x1b);
            QVERIFY2(red, qPrintable(file));
            qInfo().noquote() << "screenshot:" << file;
        }
    }

    void jsonHasTheSameRows()
    {
        const HttpResult r =
            http(m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/fleet.json")), {},
                 adminHeaders());
        QCOMPARE(r.status, 200);
        const QJsonArray kiosks = r.json()["kiosks"].toArray();
        QCOMPARE(kiosks.size(), 9);
        QCOMPARE(kiosks.at(0)["kioskId"].toString(), QStringLiteral("lib-off"));
        QCOMPARE(kiosks.at(0)["state"].toString(), QStringLiteral("offline"));
        QVERIFY(!r.body.contains("MARKER-PERSON"));
    }

private:
    Run chromium(const QStringList &args)
    {
        QTemporaryDir profile; // a fresh profile every run: no cached credentials or pages
        QProcess p;
        p.start(m_chromium,
                QStringList {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update",
                             "--disable-sync", "--user-data-dir=" + profile.path()}
                    + args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.crashed = true;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    void post(const QByteArray &body)
    {
        const HttpResult r =
            http(m_nam, "POST", m_server.url(QStringLiteral("/v1/heartbeat")), body);
        QVERIFY2(r.status == 200, r.body);
    }

    void seed()
    {
        post(heartbeatBody("lib-idle"));
        post(heartbeatBody("lib-busy", {{"state", "in-session"}}));
        post(heartbeatBody(
            "lib-dead",
            {{"deadLetters", 2}, {"outbox", QJsonObject {{"queued", 0}, {"rejected", 2}}}}));
        post(heartbeatBody(
            "lib-stuck",
            {{"oldestItemAgeSec", 3600}, {"outbox", QJsonObject {{"queued", 3}, {"sending", 1}}}}));
        post(heartbeatBody("lib-low", {{"diskFreeBytes", 300.0 * 1024 * 1024}}));
        post(heartbeatBody("lib-full",
                           {{"diskFreeBytes", 90.0 * 1024 * 1024}, {"backpressure", true}}));
        // Whatever a sender adds beyond the page's fields never reaches the page.
        post(heartbeatBody(
            "lib-hostile",
            {{"site", "<script>alert(1)</script>"},
             {"answers", QJsonObject {{"name", "MARKER-PERSON"}, {"phone", "07700 900123"}}}}));
        post(heartbeatBody("lib-off"));
        // The kiosk's own heartbeat, from a real outbox: what the page reads is what it sends.
        {
            OutboxOptions options;
            options.dataDir = m_dir.filePath(QStringLiteral("kiosk"));
            options.minFreeBytes = 0;
            auto outbox = Outbox::open(options);
            QVERIFY(outbox.ok());
            KioskConfig config;
            config.kioskId = QStringLiteral("lib-real");
            config.site = QStringLiteral("Branch Library");
            Heartbeat hb(outbox.value().get(), config, {QStringLiteral("0.1.0"), {}, {}});
            auto body = hb.payload();
            QVERIFY(body.ok());
            post(body.value());
        }
        // lib-off last spoke an hour ago: moved back in the server's own database.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("PRAGMA busy_timeout=5000"));
        QVERIFY(q.prepare("UPDATE heartbeats SET received_at = ? WHERE kiosk_id = 'lib-off'"));
        q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("x"));
    }

    QString m_chromium;
    QTemporaryDir m_dir;
    QString m_db;
    IntakeProcess m_server;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(tst_FleetPage)
#include "tst_fleet_page.moc"
