// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Two deliverers on one outbox against a slow back end (civic-kiosk-intake --latency-ms): two
// `civic-kioskctl sync` runs, and the kiosk's own SyncEngine (the real civic-kiosk process)
// with a staff `civic-kioskctl sync` beside it. One deliverer at a time: the second says the
// kiosk (or another run) is delivering and exits 5, or waits with --wait; nobody puts the
// other's in-flight rows back. At the end every reference reached the server exactly once
// (received == 1, not only stored == 1) and nothing is lost.
#include "tests/integration/staff/stafftools.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ck::testing;

class tst_TwoDeliverers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoKioskctlSyncs();
    void kioskAndKioskctl();

private:
    QStringList submitMany(int n);
    QJsonObject stats()
    {
        return http(m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/stats")), {},
                    adminHeaders())
            .json()
            .object();
    }
    bool waitForFirstPost(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (stats()[QStringLiteral("receivedTotal")].toInt() > 0)
                return true;
            QThread::msleep(50);
        }
        return false;
    }
    // Every reference submitted is delivered in the outbox and reached the server once.
    void checkExactlyOnce(const QStringList &references);
    static QProcess *startCtl(const QString &config, const QStringList &args, QObject *parent)
    {
        auto *p = new QProcess(parent);
        p->start(binPath(QStringLiteral("civic-kioskctl")),
                 QStringList {QStringLiteral("--config"), config} + args);
        return p;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    IntakeProcess m_server;
    QNetworkAccessManager m_nam;
    QString m_config;
};

void tst_TwoDeliverers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // Slow enough that a drain of a dozen rows takes seconds: the second deliverer always
    // arrives while the first has rows in flight.
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--latency-ms"), QStringLiteral("250")}));
    m_config = m_dir->filePath(QStringLiteral("kiosk.json"));
    QVERIFY(writeKioskConfig(m_config, m_dir->filePath(QStringLiteral("data")), m_server.base()));
}

void tst_TwoDeliverers::cleanup()
{
    m_server.stop();
    m_dir.reset();
}

QStringList tst_TwoDeliverers::submitMany(int n)
{
    QStringList references;
    for (int i = 0; i < n; ++i) {
        const bool json = i % 2 == 1;
        const QString file = m_dir->filePath(QStringLiteral("answers-%1.json").arg(i));
        const QString marker = QStringLiteral("TWO-DELIVERERS-%1").arg(i);
        writeFile(file, json ? planningAnswers(marker) : missedBinAnswers(marker));
        const CtlResult r =
            runCtl(m_config,
                   {QStringLiteral("submit"), QStringLiteral("--service"),
                    json ? QStringLiteral("planning-comment") : QStringLiteral("missed-bin"),
                    QStringLiteral("--answers"), file});
        if (r.exitCode == 0)
            references << QString::fromLatin1(r.out.trimmed());
    }
    return references;
}

void tst_TwoDeliverers::checkExactlyOnce(const QStringList &references)
{
    const QJsonObject s = stats();
    const QJsonObject onServer = s[QStringLiteral("references")].toObject();
    for (const QString &ref : references) {
        QVERIFY2(onServer[ref]["received"].toInt() == 1,
                 qPrintable(QStringLiteral("%1 posted %2 times")
                                .arg(ref)
                                .arg(onServer[ref]["received"].toInt())));
        QCOMPARE(onServer[ref]["stored"].toInt(), 1);
    }
    QCOMPARE(s[QStringLiteral("duplicateReferences")].toInt(), 0);
    // Submissions only: the kiosk adds heartbeats of its own.
    QJsonArray rows;
    for (const QJsonValue &v : outboxRows(m_config))
        if (v["kind"].toString() == QLatin1String("submission"))
            rows.append(v);
    QCOMPARE(rows.size(), references.size());
    for (const QJsonValue &v : std::as_const(rows))
        QVERIFY2(v["state"].toString() == QLatin1String("delivered"),
                 qPrintable(v["reference"].toString() + QLatin1String(" is ")
                            + v["state"].toString() + QLatin1Char(' ')
                            + v["lastError"].toString()));
}

void tst_TwoDeliverers::twoKioskctlSyncs()
{
    const QStringList refs = submitMany(12);
    QCOMPARE(refs.size(), 12);
    const QStringList drain {QStringLiteral("sync"), QStringLiteral("--until-empty"),
                             QStringLiteral("--timeout"), QStringLiteral("60")};
    QObject owner;
    QProcess *first = startCtl(m_config, drain, &owner);
    QVERIFY(waitForFirstPost(20000));
    QCOMPARE(first->state(), QProcess::Running);

    // A second run while the first delivers: refused at once, with its own exit code.
    const CtlResult second = runCtl(m_config, drain);
    QCOMPARE(second.exitCode, 5);
    QVERIFY2(second.err.contains("civic-kioskctl (pid") && second.err.contains("try again"),
             second.err.constData());
    // A third one asked to wait: it does, and finds nothing left to send.
    QProcess *third = startCtl(
        m_config, drain + QStringList {QStringLiteral("--wait"), QStringLiteral("60")}, &owner);
    QVERIFY(first->waitForFinished(60000));
    QVERIFY(third->waitForFinished(60000));
    QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
    QVERIFY2(third->exitCode() == 0, third->readAllStandardError().constData());
    checkExactlyOnce(refs);
}

void tst_TwoDeliverers::kioskAndKioskctl()
{
    const QStringList refs = submitMany(12);
    QCOMPARE(refs.size(), 12);
    // The kiosk itself, headless, delivering with its own SyncEngine.
    QProcess kiosk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    kiosk.setProcessEnvironment(env);
    kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    kiosk.start(binPath(QStringLiteral("civic-kiosk")),
                {QStringLiteral("--config"), m_config, QStringLiteral("--exit-after-ms"),
                 QStringLiteral("90000")});
    QVERIFY(kiosk.waitForStarted(10000));
    auto stopKiosk = qScopeGuard([&kiosk] {
        kiosk.kill();
        kiosk.waitForFinished(5000);
    });
    QVERIFY2(waitForFirstPost(45000), "the kiosk never started delivering");

    // Staff look while it delivers: read-only, and it says who is delivering.
    const CtlResult status = runCtl(m_config, {QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.json()["outbox"]["deliveringNow"].toString().startsWith("civic-kiosk (pid"),
             status.out.constData());
    // ... and sync: the kiosk is delivering, try again.
    const QStringList drain {QStringLiteral("sync"), QStringLiteral("--until-empty"),
                             QStringLiteral("--timeout"), QStringLiteral("60")};
    const CtlResult busy = runCtl(m_config, drain);
    QCOMPARE(busy.exitCode, 5);
    QVERIFY2(busy.err.contains("The kiosk is delivering"), busy.err.constData());
    // Waiting for it: the kiosk finishes its drain, lets go, and nothing is left to send.
    const CtlResult waited =
        runCtl(m_config, drain + QStringList {QStringLiteral("--wait"), QStringLiteral("60")});
    QVERIFY2(waited.exitCode == 0, waited.err.constData());
    QCOMPARE(kiosk.state(), QProcess::Running);
    checkExactlyOnce(refs);
}

QTEST_GUILESS_MAIN(tst_TwoDeliverers)
#include "tst_two_deliverers.moc"
