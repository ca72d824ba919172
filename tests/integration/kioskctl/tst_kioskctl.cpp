// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// civic-kioskctl as staff use it, against a real intake server: every verb, its errors and its
// exit codes (0 ok, 1 usage, 2 validation/config, 3 not drained, 4 I/O).
#include "tests/integration/common/kioskctl.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ck::testing;

class tst_KioskCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void usageErrors_data();
    void usageErrors();
    void configErrors();
    void submitValidation();
    void submitQueueSyncStatus();
    void syncNotDrainedWhenServerDown();
    void deadLetterExportAndRetry();
    void open311TokenOnlyDelivery();

private:
    CtlResult ctl(const QStringList &args, int timeoutMs = 120000)
    {
        return runCtl(m_config, args, timeoutMs);
    }
    QString answersFile(const QByteArray &json)
    {
        const QString path = m_dir->filePath(QStringLiteral("answers-%1.json").arg(++m_files));
        writeFile(path, json);
        return path;
    }
    QJsonObject serverStats()
    {
        return http(m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/stats")), {},
                    adminHeaders())
            .json()
            .object();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    IntakeProcess m_server;
    QNetworkAccessManager m_nam;
    QString m_config;
    QString m_dataDir;
    int m_files = 0;
};

void tst_KioskCtl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite"))));
    m_config = m_dir->filePath(QStringLiteral("kiosk.json"));
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(writeKioskConfig(m_config, m_dataDir, m_server.base()));
}

void tst_KioskCtl::cleanup()
{
    m_server.stop();
    m_dir.reset();
}

void tst_KioskCtl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no command") << QStringList {} << 1;
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << 1;
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("status"), QStringLiteral("--bogus")} << 1;
    QTest::newRow("submit without answers")
        << QStringList {QStringLiteral("submit"), QStringLiteral("--service"),
                        QStringLiteral("missed-bin")}
        << 1;
    QTest::newRow("retry without id") << QStringList {QStringLiteral("retry")} << 1;
    QTest::newRow("bad timeout") << QStringList {
        QStringLiteral("sync"), QStringLiteral("--timeout"),
        QStringLiteral("soon")} << 1;
    QTest::newRow("bad state filter")
        << QStringList {QStringLiteral("queue"), QStringLiteral("--state"), QStringLiteral("lost")}
        << 1;
    QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0;
    QTest::newRow("verb help") << QStringList {QStringLiteral("sync"), QStringLiteral("--help")}
                               << 0;
}

void tst_KioskCtl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const CtlResult r = ctl(args);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, code);
    if (code != 0)
        QVERIFY2(!r.err.trimmed().isEmpty(), "a usage error must say what is wrong");
}

void tst_KioskCtl::configErrors()
{
    CtlResult r =
        runCtl(m_dir->filePath(QStringLiteral("missing.json")), {QStringLiteral("status")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("missing.json"));

    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, R"({"schema":1,"kioskId":"k","idleTimeoutSecs":5})"));
    r = runCtl(bad, {QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("idleTimeoutSecs"), r.err.constData()); // names the unknown key
    QVERIFY(r.out.isEmpty());
}

void tst_KioskCtl::submitValidation()
{
    QJsonObject answers = QJsonDocument::fromJson(missedBinAnswers(QStringLiteral("x"))).object();
    answers.insert(QStringLiteral("address"),
                   QJsonObject {{QStringLiteral("line1"), QStringLiteral("1 High St")},
                                {QStringLiteral("postcode"), QStringLiteral("NOT-A-POSTCODE-77")}});
    CtlResult r =
        ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("missed-bin"),
             QStringLiteral("--answers"), answersFile(QJsonDocument(answers).toJson())});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("address"), r.err.constData());
    QVERIFY2(!r.err.contains("NOT-A-POSTCODE-77"), "a refused value is never echoed");
    QVERIFY(r.out.isEmpty());

    r = ctl({QStringLiteral("submit"), QStringLiteral("--service"),
             QStringLiteral("no-such-service"), QStringLiteral("--answers"),
             answersFile(missedBinAnswers(QStringLiteral("x")))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("missed-bin")); // lists the known services
    r = ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("missed-bin"),
             QStringLiteral("--answers"), answersFile("{not json")});
    QCOMPARE(r.exitCode, 2);
    r = ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("missed-bin"),
             QStringLiteral("--answers"), m_dir->filePath(QStringLiteral("nowhere.json"))});
    QCOMPARE(r.exitCode, 4);

    // Nothing refused reached the outbox.
    r = ctl({QStringLiteral("queue"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("rows")).toArray().size(), 0);
}

void tst_KioskCtl::submitQueueSyncStatus()
{
    const QString marker =
        QStringLiteral("MARKER-CTL-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    CtlResult r =
        ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("missed-bin"),
             QStringLiteral("--answers"), answersFile(missedBinAnswers(marker))});
    QCOMPARE(r.exitCode, 0);
    const QString reference = QString::fromLatin1(r.out.trimmed());
    QVERIFY2(QRegularExpression(QStringLiteral("^CK-[0-9A-Z]{4}-[0-9A-Z]{4}-.$"))
                 .match(reference)
                 .hasMatch(),
             r.out.constData());
    r = ctl({QStringLiteral("submit"), QStringLiteral("--service"),
             QStringLiteral("planning-comment"), QStringLiteral("--answers"),
             answersFile(planningAnswers(marker))});
    QCOMPARE(r.exitCode, 0);
    const QString planningRef = QString::fromLatin1(r.out.trimmed());

    r = ctl({QStringLiteral("queue"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains(marker.toUtf8()), "queue shows metadata only, never answers");
    const QJsonArray rows = r.json().object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &row : rows) {
        QCOMPARE(row.toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("queued"));
        QVERIFY(!row.toObject().contains(QStringLiteral("payload")));
    }

    r = ctl({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject status = r.json().object();
    QCOMPARE(status.value(QStringLiteral("kioskId")).toString(), QStringLiteral("test-kiosk"));
    QCOMPARE(status.value(QStringLiteral("outbox"))
                 .toObject()
                 .value(QStringLiteral("depth"))
                 .toObject()
                 .value(QStringLiteral("queued"))
                 .toInt(),
             2);
    QVERIFY(status.value(QStringLiteral("services"))
                .toObject()
                .value(QStringLiteral("ids"))
                .toArray()
                .contains(QStringLiteral("missed-bin")));
    QCOMPARE(status.value(QStringLiteral("destinations")).toArray().size(), 2);

    r = ctl({QStringLiteral("sync"), QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
             QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject refs = serverStats().value(QStringLiteral("references")).toObject();
    QCOMPARE(refs.value(reference).toObject().value(QStringLiteral("stored")).toInt(), 1);
    QCOMPARE(refs.value(planningRef).toObject().value(QStringLiteral("stored")).toInt(), 1);

    r = ctl({QStringLiteral("queue"), QStringLiteral("--json"), QStringLiteral("--state"),
             QStringLiteral("delivered")});
    const QJsonArray delivered = r.json().object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(delivered.size(), 2);
    QVERIFY(!delivered.first()
                 .toObject()
                 .value(QStringLiteral("serverReference"))
                 .toString()
                 .isEmpty());
    status = ctl({QStringLiteral("status"), QStringLiteral("--json")}).json().object();
    QVERIFY(!status.value(QStringLiteral("outbox"))
                 .toObject()
                 .value(QStringLiteral("lastDeliveredAt"))
                 .isNull());

    // Nothing left: a second sync is a no-op that still succeeds.
    QCOMPARE(ctl({QStringLiteral("sync"), QStringLiteral("--until-empty"),
                  QStringLiteral("--timeout"), QStringLiteral("5")})
                 .exitCode,
             0);
}

void tst_KioskCtl::syncNotDrainedWhenServerDown()
{
    QCOMPARE(
        ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("missed-bin"),
             QStringLiteral("--answers"), answersFile(missedBinAnswers(QStringLiteral("down")))})
            .exitCode,
        0);
    m_server.stop(); // connection refused from now on
    CtlResult r =
        ctl({QStringLiteral("sync"), QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
             QStringLiteral("2"), QStringLiteral("--retry-base-ms"), QStringLiteral("100")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("still queued"), r.err.constData());
    const QJsonObject status =
        ctl({QStringLiteral("status"), QStringLiteral("--json")}).json().object();
    QCOMPARE(status.value(QStringLiteral("outbox"))
                 .toObject()
                 .value(QStringLiteral("depth"))
                 .toObject()
                 .value(QStringLiteral("queued"))
                 .toInt(),
             1);
    QVERIFY(!status.value(QStringLiteral("outbox"))
                 .toObject()
                 .value(QStringLiteral("lastErrors"))
                 .toObject()
                 .value(QStringLiteral("council"))
                 .toString()
                 .isEmpty());
}

void tst_KioskCtl::deadLetterExportAndRetry()
{
    // The council's server wants another API key: Open311 403 is a permanent refusal.
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--api-key"), QStringLiteral("other-key")}));
    QVERIFY(writeKioskConfig(m_config, m_dataDir, m_server.base()));
    CtlResult r =
        ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("missed-bin"),
             QStringLiteral("--answers"), answersFile(missedBinAnswers(QStringLiteral("dead")))});
    QCOMPARE(r.exitCode, 0);
    const QString reference = QString::fromLatin1(r.out.trimmed());
    r = ctl({QStringLiteral("sync"), QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
             QStringLiteral("10")});
    QCOMPARE(r.exitCode, 0); // drained: nothing queued, one dead letter
    r = ctl({QStringLiteral("queue"), QStringLiteral("--json"), QStringLiteral("--state"),
             QStringLiteral("rejected")});
    const QJsonArray rejected = r.json().object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().toObject().value(QStringLiteral("reference")).toString(), reference);
    QVERIFY(!rejected.first().toObject().value(QStringLiteral("lastError")).toString().isEmpty());

    const QString exportDir = m_dir->filePath(QStringLiteral("dead"));
    r = ctl({QStringLiteral("export-dead-letters"), exportDir});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList files = QDir(exportDir).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().contains(reference));
    QCOMPARE(QFile(QDir(exportDir).filePath(files.first())).permissions()
                 & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    QCOMPARE(ctl({QStringLiteral("retry"), QStringLiteral("CK-0000-0000-0")}).exitCode, 2);
    // Fixed on the server side: retry by reference, then it goes through.
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite"))));
    QVERIFY(writeKioskConfig(m_config, m_dataDir, m_server.base()));
    r = ctl({QStringLiteral("retry"), reference});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl({QStringLiteral("sync"), QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
             QStringLiteral("10")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(serverStats()
                 .value(QStringLiteral("references"))
                 .toObject()
                 .value(reference)
                 .toObject()
                 .value(QStringLiteral("stored"))
                 .toInt(),
             1);
}

void tst_KioskCtl::open311TokenOnlyDelivery()
{
    // GeoReport v2 quirk: the server answers a token, the id comes later.
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--open311-token-only")}));
    QVERIFY(writeKioskConfig(m_config, m_dataDir, m_server.base()));
    CtlResult r =
        ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("missed-bin"),
             QStringLiteral("--answers"), answersFile(missedBinAnswers(QStringLiteral("token")))});
    QCOMPARE(r.exitCode, 0);
    const QString reference = QString::fromLatin1(r.out.trimmed());
    r = ctl({QStringLiteral("sync"), QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
             QStringLiteral("10")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject row = ctl({QStringLiteral("queue"), QStringLiteral("--json")})
                                .json()
                                .object()
                                .value(QStringLiteral("rows"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
    const QString serverRef = row.value(QStringLiteral("serverReference")).toString();
    QVERIFY2(serverRef.startsWith(QLatin1String("token:")), qPrintable(serverRef));
    const HttpResult resolved =
        http(m_nam, "GET",
             m_server.url(QStringLiteral("/open311/v2/tokens/%1.json").arg(serverRef.mid(6))));
    QCOMPARE(resolved.status, 200);
    const QString id = resolved.json()
                           .array()
                           .first()
                           .toObject()
                           .value(QStringLiteral("service_request_id"))
                           .toString();
    const HttpResult tracked =
        http(m_nam, "GET", m_server.url(QStringLiteral("/v1/submissions/") + reference));
    QCOMPARE(tracked.json().object().value(QStringLiteral("serverReference")).toString(), id);
}

QTEST_GUILESS_MAIN(tst_KioskCtl)
#include "tst_kioskctl.moc"
