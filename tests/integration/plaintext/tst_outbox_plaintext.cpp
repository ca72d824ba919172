// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// No plaintext at rest: answers with marker strings go in through civic-kioskctl, a
// sync is SIGKILLed mid-delivery so the WAL and shared-memory files stay behind as a crash
// leaves them, and then the bytes of outbox.sqlite, -wal and -shm (and every other file in the
// data dir) are searched for the markers in UTF-8 and UTF-16. None may appear; nor in what
// kioskctl prints.
#include "tests/integration/common/kioskctl.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ck::testing;

class tst_OutboxPlaintext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noMarkerAtRest();
};

void tst_OutboxPlaintext::noMarkerAtRest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    IntakeProcess server; // slow, so the sync is still mid-flight when it is killed
    QVERIFY(server.start(dir.filePath(QStringLiteral("intake.sqlite")),
                         {QStringLiteral("--latency-ms"), QStringLiteral("3000")}));
    const QString config = dir.filePath(QStringLiteral("kiosk.json"));
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QVERIFY(writeKioskConfig(config, dataDir, server.base()));

    QStringList markers;
    auto submit = [&](const QString &service) {
        const QString marker =
            QStringLiteral("PLAINMARK%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        markers << marker;
        const QString answers = dir.filePath(QStringLiteral("a.json"));
        writeFile(answers,
                  service == QLatin1String("missed-bin") ? missedBinAnswers(marker)
                                                         : planningAnswers(marker));
        return runCtl(config,
                      {QStringLiteral("submit"), QStringLiteral("--service"), service,
                       QStringLiteral("--answers"), answers});
    };
    QCOMPARE(submit(QStringLiteral("missed-bin")).exitCode, 0);
    QCOMPARE(submit(QStringLiteral("planning-comment")).exitCode, 0);

    // A sync holds the database open (so the next submits stay in the WAL) and is killed while
    // its requests wait on the slow server.
    QProcess sync;
    sync.start(binPath(QStringLiteral("civic-kioskctl")),
               {QStringLiteral("--config"), config, QStringLiteral("sync"),
                QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
                QStringLiteral("30")});
    QVERIFY(sync.waitForStarted());
    QThread::msleep(300);
    for (int i = 0; i < 3; ++i) {
        const CtlResult r =
            submit(i % 2 ? QStringLiteral("planning-comment") : QStringLiteral("missed-bin"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString &m : std::as_const(markers))
            QVERIFY(!r.out.contains(m.toUtf8()) && !r.err.contains(m.toUtf8()));
    }
    QCOMPARE(sync.state(), QProcess::Running);
    sync.kill();
    QVERIFY(sync.waitForFinished());

    const QString db = dataDir + QStringLiteral("/outbox.sqlite");
    QVERIFY(QFile::exists(db));
    QVERIFY2(QFile::exists(db + QStringLiteral("-wal")), "the crash should have left the WAL");
    QVERIFY(QFile::exists(db + QStringLiteral("-shm")));

    int files = 0;
    QDirIterator it(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        for (const QString &m : std::as_const(markers)) {
            const QByteArray utf16le(reinterpret_cast<const char *>(m.utf16()), m.size() * 2);
            QByteArray utf16be = utf16le;
            for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
                std::swap(utf16be[i], utf16be[i + 1]);
            QVERIFY2(!bytes.contains(m.toUtf8()),
                     qPrintable(f.fileName() + QLatin1String(" holds a marker")));
            QVERIFY2(!bytes.contains(utf16le) && !bytes.contains(utf16be),
                     qPrintable(f.fileName() + QLatin1String(" holds a UTF-16 marker")));
        }
    }
    QVERIFY(files >= 3);

    // What staff see never holds answers either.
    for (const QStringList &args :
         {QStringList {QStringLiteral("queue"), QStringLiteral("--json")},
          QStringList {QStringLiteral("status"), QStringLiteral("--json")}}) {
        const CtlResult r = runCtl(config, args);
        QCOMPARE(r.exitCode, 0);
        for (const QString &m : std::as_const(markers))
            QVERIFY(!r.out.contains(m.toUtf8()) && !r.err.contains(m.toUtf8()));
    }
}

QTEST_GUILESS_MAIN(tst_OutboxPlaintext)
#include "tst_outbox_plaintext.moc"
