// kill -9 loop (issue 3): staff keep submitting with civic-kioskctl while delivery runs, and the
// power keeps failing: `submit` and `sync` are SIGKILLed at random points, mid-enqueue and
// mid-sync, for both protocols, against a clean server and against one that fails (503) and cuts
// connections after committing. At the end one `sync --until-empty` must leave the server holding
// EVERY submitted reference EXACTLY once and the outbox holding nothing undelivered.
//
// CI runs 50 cycles per server. Soak: `build/tests/tst_crash_loop --cycles 1000` (or
// CK_CRASH_CYCLES=1000); `--seed N` replays a run (the seed is printed).
#include "../common/kioskctl.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ck::testing;

namespace {
int g_cycles = 50;
quint32 g_seed = 0;
} // namespace

class tst_CrashLoop : public QObject
{
    Q_OBJECT

private slots:
    void killLoop_data();
    void killLoop();
};

void tst_CrashLoop::killLoop_data()
{
    QTest::addColumn<QStringList>("serverArgs");
    QTest::newRow("clean server") << QStringList {};
    QTest::newRow("failing server") << QStringList {QStringLiteral("--fail-rate"),
                                                    QStringLiteral("0.3"),
                                                    QStringLiteral("--drop-after-accept"),
                                                    QStringLiteral("0.1"),
                                                    QStringLiteral("--seed"),
                                                    QStringLiteral("42")};
}

void tst_CrashLoop::killLoop()
{
    QFETCH(QStringList, serverArgs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    IntakeProcess server;
    QVERIFY(server.start(dir.filePath(QStringLiteral("intake.sqlite")), serverArgs));
    const QString config = dir.filePath(QStringLiteral("kiosk.json"));
    QVERIFY(writeKioskConfig(config, dir.filePath(QStringLiteral("data")), server.base()));
    const QString ctlPath = binPath(QStringLiteral("civic-kioskctl"));

    const quint32 seed = g_seed ? g_seed : QRandomGenerator::system()->generate();
    qInfo("seed %u, %d cycles (replay with --seed %u)", seed, g_cycles, seed);
    QRandomGenerator rng(seed);

    QSet<QString> acknowledged; // references a submit printed: durable, must arrive
    int killedSubmits = 0, killedSyncs = 0;
    const QRegularExpression refRe(QStringLiteral("CK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=U]"));
    for (int cycle = 0; cycle < g_cycles; ++cycle) {
        const QString answers = dir.filePath(QStringLiteral("answers.json"));
        // Both protocols: Open311 (dedup on attribute[kiosk_idempotency_key]) and the JSON API
        // (Idempotency-Key header).
        const bool json = cycle % 2 == 1;
        const QString marker = QStringLiteral("cycle %1").arg(cycle);
        QVERIFY(writeFile(answers, json ? planningAnswers(marker) : missedBinAnswers(marker)));

        QProcess submit;
        submit.start(ctlPath,
                     {QStringLiteral("--config"), config, QStringLiteral("submit"),
                      QStringLiteral("--service"),
                      json ? QStringLiteral("planning-comment") : QStringLiteral("missed-bin"),
                      QStringLiteral("--answers"), answers});
        QVERIFY(submit.waitForStarted(10000));
        if (rng.bounded(3) == 0) {
            // Somewhere in start-up, config, catalogue, outbox open or the enqueue itself.
            QThread::msleep(rng.bounded(25));
            if (submit.state() != QProcess::NotRunning) {
                submit.kill();
                ++killedSubmits;
            }
        }
        QVERIFY(submit.waitForFinished(30000));
        // A printed reference was durable before it was printed, killed or not.
        const auto match = refRe.match(QString::fromLatin1(submit.readAllStandardOutput()));
        if (match.hasMatch())
            acknowledged.insert(match.captured(0));
        else if (submit.exitStatus() == QProcess::NormalExit)
            QFAIL(qPrintable(QStringLiteral("submit failed: ")
                             + QString::fromUtf8(submit.readAllStandardError())));

        QProcess sync;
        sync.start(ctlPath,
                   {QStringLiteral("--config"), config, QStringLiteral("sync"),
                    QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
                    QStringLiteral("10"), QStringLiteral("--retry-base-ms"), QStringLiteral("20"),
                    QStringLiteral("--retry-cap-ms"), QStringLiteral("500")});
        QVERIFY(sync.waitForStarted(10000));
        QThread::msleep(rng.bounded(80));
        if (sync.state() != QProcess::NotRunning) {
            sync.kill();
            ++killedSyncs;
        }
        QVERIFY(sync.waitForFinished(30000));
    }

    const CtlResult last = runCtl(config,
                                  {QStringLiteral("sync"), QStringLiteral("--until-empty"),
                                   QStringLiteral("--timeout"), QStringLiteral("120"),
                                   QStringLiteral("--retry-base-ms"), QStringLiteral("20"),
                                   QStringLiteral("--retry-cap-ms"), QStringLiteral("500")});
    QVERIFY2(last.exitCode == 0, last.err.constData());

    const CtlResult queue = runCtl(config,
                                   {QStringLiteral("queue"), QStringLiteral("--json"),
                                    QStringLiteral("--limit"), QStringLiteral("1000000")});
    QCOMPARE(queue.exitCode, 0);
    const QJsonArray rows = queue.json().object().value(QStringLiteral("rows")).toArray();
    QNetworkAccessManager nam;
    const QJsonObject stats =
        http(nam, "GET", server.url(QStringLiteral("/v1/_admin/stats")), {}, adminHeaders())
            .json()
            .object();
    const QJsonObject onServer = stats.value(QStringLiteral("references")).toObject();

    QSet<QString> inOutbox;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString ref = row.value(QStringLiteral("reference")).toString();
        inOutbox.insert(ref);
        QVERIFY2(row.value(QStringLiteral("state")).toString() == QLatin1String("delivered"),
                 qPrintable(ref + QLatin1String(" is ")
                            + row.value(QStringLiteral("state")).toString() + QLatin1String(": ")
                            + row.value(QStringLiteral("lastError")).toString()));
        QVERIFY2(
            onServer.value(ref).toObject().value(QStringLiteral("stored")).toInt() == 1,
            qPrintable(ref + QLatin1String(" stored ")
                       + QString::number(
                           onServer.value(ref).toObject().value(QStringLiteral("stored")).toInt())
                       + QLatin1String(" times")));
    }
    for (const QString &ref : std::as_const(acknowledged))
        QVERIFY2(inOutbox.contains(ref),
                 qPrintable(ref + QLatin1String(" was acknowledged, then lost")));
    // Nothing on the server that the outbox does not know (no phantom or doubled rows).
    QCOMPARE(stats.value(QStringLiteral("storedTotal")).toInt(), int(inOutbox.size()));
    QCOMPARE(stats.value(QStringLiteral("duplicateReferences")).toInt(), 0);
    qInfo("%d cycles: %lld acknowledged, %lld in the outbox, %d submits and %d syncs killed, "
          "server received %d requests for %d stored",
          g_cycles, qint64(acknowledged.size()), qint64(inOutbox.size()), killedSubmits,
          killedSyncs, stats.value(QStringLiteral("receivedTotal")).toInt(),
          stats.value(QStringLiteral("storedTotal")).toInt());
    QVERIFY(acknowledged.size() >= g_cycles / 2); // the loop really submitted
}

int main(int argc, char **argv)
{
    // --cycles N and --seed N are ours; everything else goes to Qt Test.
    QList<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--cycles" && i + 1 < argc) {
            g_cycles = QByteArray(argv[++i]).toInt();
            continue;
        }
        if (a == "--seed" && i + 1 < argc) {
            g_seed = QByteArray(argv[++i]).toUInt();
            continue;
        }
        rest.append(argv[i]);
    }
    if (const int env = qEnvironmentVariableIntValue("CK_CRASH_CYCLES"); env > 0)
        g_cycles = env;
    QCoreApplication app(argc, argv);
    tst_CrashLoop t;
    return QTest::qExec(&t, int(rest.size()), rest.data());
}

#include "tst_crash_loop.moc"
