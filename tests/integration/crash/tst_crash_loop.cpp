// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// kill -9 loops: the power keeps failing while staff and citizens submit, in every process.
// - killLoop: staff submit with civic-kioskctl while delivery runs; `submit` and `sync` are
//   SIGKILLed at random points, for both protocols, against a clean server and against one that
//   fails (503) and cuts connections after committing.
// - kioskLoop: the kiosk itself (ck-crash-kiosk: KioskComposition's object graph, submitting
//   through FlowController::submit) is SIGKILLed mid-enqueue and mid-delivery, and the intake
//   server is SIGKILLed mid-commit while the kiosk delivers to it.
// Every cycle's answers carry a unique marker. At the end one `sync --until-empty` must leave
// the server holding EVERY submitted reference EXACTLY once, each with the body that reference
// was given (crashcheck.h), and the outbox holding nothing undelivered. Each mode prints where
// its kills landed (`phases ...`).
//
// CI runs 50 cycles per mode. Soak: `build/tests/tst_crash_loop --cycles 1000` (or
// CK_CRASH_CYCLES=1000); `--seed N` replays a run (the seed is printed).
#include "tests/integration/crash/crashcheck.h"

#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ck::testing;

namespace {
int g_cycles = 50;
quint32 g_seed = 0;

quint32 seedFor(const char *mode)
{
    const quint32 seed = g_seed ? g_seed : QRandomGenerator::system()->generate();
    qInfo("%s: seed %u, %d cycles (replay with --seed %u)", mode, seed, g_cycles, seed);
    return seed;
}

// One cycle's answers: both protocols in turn, the marker in a free-text answer.
struct Cycle
{
    QString service;
    QString marker;
};

Cycle writeAnswers(const QString &file, int cycle, const QString &mode, quint32 seed)
{
    const bool json = cycle % 2 == 1;
    Cycle c {json ? QStringLiteral("planning-comment") : QStringLiteral("missed-bin"),
             QStringLiteral("mk-%1-%2-%3").arg(mode).arg(cycle).arg(seed, 0, 16)};
    writeFile(file, json ? planningAnswers(c.marker) : missedBinAnswers(c.marker));
    return c;
}

void printPhases(const char *mode, const QMap<QString, int> &phases)
{
    QStringList parts;
    for (auto it = phases.cbegin(); it != phases.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    qInfo("phases %s: %s", mode, qPrintable(parts.join(QLatin1Char(' '))));
}

// ck-crash-kiosk as a child process, read line by line.
class KioskChild
{
public:
    bool start(const QString &config)
    {
        m_out.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(QStringLiteral(CK_BIN_DIR "/../tests/ck-crash-kiosk"),
                         {QStringLiteral("--config"), config});
        return m_process->waitForStarted(10000) && waitFor("ready\n", 20000);
    }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    void submit(const Cycle &c, const QString &answers)
    {
        m_process->write(
            QStringLiteral("submit %1 %2 %3\n").arg(c.service, answers, c.marker).toLocal8Bit());
        m_process->waitForBytesWritten(1000);
    }
    // True once `text` has been printed (everything printed so far is kept in output()).
    bool waitFor(const QByteArray &text, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_out.contains(text) && clock.elapsed() < timeoutMs && running()) {
            m_process->waitForReadyRead(20);
            m_out += m_process->readAllStandardOutput();
        }
        return m_out.contains(text);
    }
    // SIGKILL; returns everything it printed.
    QByteArray kill()
    {
        if (m_process) {
            m_process->kill();
            m_process->waitForFinished(5000);
            m_out += m_process->readAllStandardOutput();
            m_process.reset();
        }
        return m_out;
    }
    QByteArray output() const { return m_out; }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_out;
};

// The intake server's --trace file, read as it grows.
class TraceFile
{
public:
    explicit TraceFile(QString path)
        : m_path(std::move(path))
    { }
    QString path() const { return m_path; }
    QByteArray takeNew()
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(m_offset))
            return {};
        const QByteArray bytes = f.readAll();
        m_offset += bytes.size();
        return bytes;
    }

private:
    QString m_path;
    qint64 m_offset = 0;
};

QString durableReference(const QByteArray &out, const QString &marker)
{
    const QRegularExpression re(QStringLiteral("durable (\\S+) ")
                                + QRegularExpression::escape(marker));
    const auto m = re.match(QString::fromLatin1(out));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class tst_CrashLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedBodyChecks();
    void killLoop_data();
    void killLoop();
    void kioskLoop_data();
    void kioskLoop();
};

// The comparison the loops rely on catches what it is there for: a body stored under another
// reference, a truncated body, a body that lost or changed an answer.
void tst_CrashLoop::storedBodyChecks()
{
    const QString ref = QStringLiteral("CK-AAAA-BBBB-C");
    const QString key = QStringLiteral("0b4c1f1e-1111-4a4a-8b8b-000000000001");
    const auto form = [&](const QString &reference, const QString &description,
                          const QString &extra = {}) {
        return QJsonObject {
            {QStringLiteral("protocol"), QStringLiteral("open311")},
            {QStringLiteral("body"),
             QStringLiteral("attribute%5Bbin-type%5D=general&attribute%5Bkiosk_idempotency_key%5D=")
                 + key + QStringLiteral("&attribute%5Bkiosk_reference%5D=") + reference
                 + QStringLiteral("&description=") + description + extra
                 + QStringLiteral("&service_code=MISSED_BIN")}};
    };
    QString marker, problem;
    const QString good =
        normaliseStored(form(ref, QStringLiteral("mk-1%0AWhich%20bin")), ref, &marker, &problem);
    QVERIFY(!good.isEmpty());
    QCOMPARE(marker, QStringLiteral("mk-1"));
    // Another submission of the same service normalises to the same text.
    QCOMPARE(
        normaliseStored(form(ref, QStringLiteral("mk-2%0AWhich%20bin")), ref, &marker, &problem),
        good);
    // Under another reference (a swap): refused.
    QVERIFY(normaliseStored(form(QStringLiteral("CK-ZZZZ-ZZZZ-Z"), QStringLiteral("mk-1")), ref,
                            &marker, &problem)
                .isEmpty());
    // Truncated or changed: no longer the same body.
    QVERIFY(normaliseStored(form(ref, QStringLiteral("mk-1%0AWhich%20b")), ref, &marker, &problem)
            != good);
    QVERIFY(normaliseStored(form(ref, QStringLiteral("mk-1%0AWhich%20bin"), QStringLiteral("&x=1")),
                            ref, &marker, &problem)
            != good);
    const QJsonObject json {{QStringLiteral("protocol"), QStringLiteral("json")},
                            {QStringLiteral("body"),
                             QStringLiteral("{\"reference\":\"CK-AAAA-BBBB-C\","
                                            "\"answers\":{\"comment\":\"mk-3\"")}};
    QVERIFY(normaliseStored(json, ref, &marker, &problem).isEmpty()); // cut mid-JSON
}

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
    const QString mode = serverArgs.isEmpty() ? QStringLiteral("ctl") : QStringLiteral("ctlfail");
    const quint32 seed = seedFor(QTest::currentDataTag());
    QRandomGenerator rng(seed);

    Ledger ledger;
    QMap<QString, int> phases;
    const QRegularExpression refRe(QStringLiteral("CK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=U]"));
    for (int cycle = 0; cycle < g_cycles; ++cycle) {
        const QString answers = dir.filePath(QStringLiteral("answers.json"));
        const Cycle c = writeAnswers(answers, cycle, mode, seed);
        ledger.markers.insert(c.marker);

        QProcess submit;
        submit.start(ctlPath,
                     {QStringLiteral("--config"), config, QStringLiteral("submit"),
                      QStringLiteral("--service"), c.service, QStringLiteral("--answers"),
                      answers});
        QVERIFY(submit.waitForStarted(10000));
        bool killed = false;
        if (rng.bounded(3) == 0) {
            // Somewhere in start-up, config, catalogue, outbox open or the enqueue itself.
            QThread::msleep(rng.bounded(25));
            if (submit.state() != QProcess::NotRunning) {
                submit.kill();
                killed = true;
            }
        }
        QVERIFY(submit.waitForFinished(30000));
        // A printed reference was durable before it was printed, killed or not.
        const auto match = refRe.match(QString::fromLatin1(submit.readAllStandardOutput()));
        if (match.hasMatch())
            ledger.markerOf.insert(match.captured(0), c.marker);
        else if (!killed)
            QFAIL(qPrintable(QStringLiteral("submit failed: ")
                             + QString::fromUtf8(submit.readAllStandardError())));
        if (killed)
            ++phases[match.hasMatch() ? QStringLiteral("submit-after-print")
                                      : QStringLiteral("submit-before-print")];

        QProcess sync;
        sync.start(ctlPath,
                   {QStringLiteral("--config"), config, QStringLiteral("sync"),
                    QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
                    QStringLiteral("10"), QStringLiteral("--retry-base-ms"), QStringLiteral("20"),
                    QStringLiteral("--retry-cap-ms"), QStringLiteral("500")});
        QVERIFY(sync.waitForStarted(10000));
        QThread::msleep(rng.bounded(80));
        ++phases[sync.state() != QProcess::NotRunning ? QStringLiteral("sync-running")
                                                      : QStringLiteral("sync-already-done")];
        sync.kill();
        QVERIFY(sync.waitForFinished(30000));
    }
    printPhases(QTest::currentDataTag(), phases);
    const Verified verified = verifyOutboxAgainstServer(config, server, ledger);
    QVERIFY(ledger.markerOf.size() >= g_cycles / 2); // the loop really submitted
    QVERIFY(verified.compared >= ledger.markerOf.size());
}

void tst_CrashLoop::kioskLoop_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("serverArgs");
    // No delay: kills right behind "enqueue" land in the enqueue's fsync or just after.
    QTest::newRow("kiosk killed mid-enqueue") << QStringLiteral("enqueue") << QStringList {};
    // A slow server keeps requests in flight for the kill to land in.
    QTest::newRow("kiosk killed mid-delivery")
        << QStringLiteral("delivery")
        << QStringList {QStringLiteral("--latency-ms"), QStringLiteral("30")};
    QTest::newRow("intake killed mid-commit")
        << QStringLiteral("intake")
        << QStringList {QStringLiteral("--latency-ms"), QStringLiteral("40")};
}

void tst_CrashLoop::kioskLoop()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, serverArgs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("intake.sqlite"));
    TraceFile trace(dir.filePath(QStringLiteral("trace.log")));
    const QStringList withTrace =
        serverArgs + QStringList {QStringLiteral("--trace"), trace.path()};
    IntakeProcess server;
    QVERIFY(server.start(db, withTrace));
    // The intake loop restarts the server where the kiosk's config points.
    const QStringList restartArgs =
        withTrace + QStringList {QStringLiteral("--port"), QString::number(server.port())};
    const QString config = dir.filePath(QStringLiteral("kiosk.json"));
    QVERIFY(writeKioskConfig(config, dir.filePath(QStringLiteral("data")), server.base()));
    const quint32 seed = seedFor(QTest::currentDataTag());
    QRandomGenerator rng(seed);

    Ledger ledger;
    QMap<QString, int> phases;
    KioskChild kiosk;
    for (int cycle = 0; cycle < g_cycles; ++cycle) {
        const QString answers = dir.filePath(QStringLiteral("answers-%1.json").arg(cycle % 2));
        const Cycle c = writeAnswers(answers, cycle, mode, seed);
        ledger.markers.insert(c.marker);
        // Each cycle starts a kiosk (a power cut is a restart), except that the intake loop
        // keeps one running while its server dies under it.
        if (!kiosk.running())
            QVERIFY2(kiosk.start(config), kiosk.output().constData());
        (void)trace.takeNew();
        kiosk.submit(c, answers);

        if (mode == QLatin1String("enqueue")) {
            QVERIFY(kiosk.waitFor("enqueue " + c.marker.toLatin1(), 10000));
            // The reference's counter and the row: two durable transactions, while the fresh
            // kiosk's sync engine claims and settles rows on the same file: tens of ms.
            QThread::usleep(rng.bounded(60000));
            const QByteArray out = kiosk.kill();
            const QString ref = durableReference(out, c.marker);
            if (!ref.isEmpty())
                ledger.markerOf.insert(ref, c.marker);
            ++phases[ref.isEmpty() ? QStringLiteral("mid-submit")
                         : out.contains("delivered " + ref.toLatin1())
                         ? QStringLiteral("after-delivery")
                         : QStringLiteral("after-enqueue")];
            continue;
        }

        // Until this cycle's "durable" line (earlier cycles' lines stay in the output).
        QElapsedTimer wait;
        wait.start();
        while (durableReference(kiosk.output(), c.marker).isEmpty() && wait.elapsed() < 10000
               && kiosk.running())
            kiosk.waitFor("\x01", 20); // keep reading
        const QString ref = durableReference(kiosk.output(), c.marker);
        QVERIFY2(!ref.isEmpty(), kiosk.output().constData());
        ledger.markerOf.insert(ref, c.marker);
        QThread::msleep(rng.bounded(mode == QLatin1String("delivery") ? 90 : 60));

        if (mode == QLatin1String("delivery")) {
            const QByteArray out = kiosk.kill();
            // What the server did with this reference, including after the kiosk died.
            QThread::msleep(60);
            const QByteArray steps = trace.takeNew();
            const QByteArray refBytes = ref.toLatin1();
            // Older rows go first: this one may still wait behind them, or in the server.
            ++phases[out.contains("delivered " + refBytes) ? QStringLiteral("after-delivery")
                         : steps.contains("commit-end " + refBytes)
                         ? QStringLiteral("in-flight-server-committed")
                         : QStringLiteral("before-server-commit")];
            continue;
        }

        // The intake server dies; the last step it reported says where.
        server.stop(); // SIGKILL
        const QList<QByteArray> lines = trace.takeNew().trimmed().split('\n');
        const QByteArray lastStep =
            lines.isEmpty() ? QByteArray() : lines.last().split(' ').first();
        ++phases[lastStep == "recv"               ? QStringLiteral("request-before-commit")
                     : lastStep == "commit-begin" ? QStringLiteral("inside-commit")
                     : lastStep == "commit-end"   ? QStringLiteral("after-commit")
                                                  : QStringLiteral("idle")];
        QVERIFY2(server.start(db, restartArgs), "the intake server did not come back");
    }
    kiosk.kill();
    const Verified verified = verifyOutboxAgainstServer(config, server, ledger);
    QVERIFY(verified.compared >= ledger.markerOf.size());
    if (mode == QLatin1String("enqueue")) {
        // Killed between "enqueue" and "durable": the row made it to disk (and was delivered
        // like any other), or it was never written (and no reference was shown to anyone).
        int survived = 0;
        for (const QString &marker : std::as_const(ledger.markers)) {
            const QString ref = verified.referenceOfMarker.value(marker);
            survived += !ref.isEmpty() && !ledger.markerOf.contains(ref) ? 1 : 0;
        }
        phases[QStringLiteral("mid-submit-row-on-disk")] = survived;
        phases[QStringLiteral("mid-submit-row-never-written")] =
            phases.value(QStringLiteral("mid-submit")) - survived;
        phases.remove(QStringLiteral("mid-submit"));
        QVERIFY(verified.compared >= g_cycles / 10); // the loop really submitted
    } else {
        QVERIFY(ledger.markerOf.size() >= g_cycles / 2);
    }
    printPhases(QTest::currentDataTag(), phases);
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
    // Qt Test stops a test function after 5 minutes; a soak needs about a second a cycle.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(300000 + g_cycles * 3000));
    QCoreApplication app(argc, argv);
    tst_CrashLoop t;
    return QTest::qExec(&t, int(rest.size()), rest.data());
}

#include "tst_crash_loop.moc"
