// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// A full disk on a real (small) filesystem: a tmpfs mounted for the test holds the data dir.
// Submissions go in until the outbox refuses with its clear "disk-low" error, before SQLite ever
// meets a full disk; nothing already queued is lost; with the floor at zero, SQLite's own
// "disk full" is a clear error too, never a half-written row; after space comes back everything
// is delivered exactly once. Needs root for mount(8) (CI runs as root); always unmounts.
#include "tests/integration/common/kioskctl.h"

#include <QSet>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/statvfs.h>

using namespace ck::testing;

namespace {

qint64 freeBytes(const QString &path)
{
    struct statvfs s
    { };
    if (statvfs(QFile::encodeName(path).constData(), &s) != 0)
        return -1;
    return qint64(s.f_bavail) * qint64(s.f_frsize);
}

// Fills `dir` so that about `leave` bytes stay free.
bool fillLeaving(const QString &file, const QString &dir, qint64 leave)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QByteArray chunk(64 * 1024, 'b');
    while (freeBytes(dir) - leave > 0) {
        const qint64 n = qMin<qint64>(chunk.size(), freeBytes(dir) - leave);
        if (f.write(chunk.constData(), n) != n)
            break;
        f.flush();
    }
    return true;
}

struct Mount
{
    QString path;
    bool mounted = false;
    bool mount(const QString &where, const QString &size)
    {
        path = where;
        QProcess p;
        p.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=") + size, QStringLiteral("tmpfs"), where});
        mounted =
            p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return mounted;
    }
    ~Mount()
    {
        if (!mounted)
            return;
        // Lazy: a child still holding a file must not leave the mount behind.
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), path});
    }
};

} // namespace

class tst_FullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillUntilRefusedThenDeliver();

private:
    QNetworkAccessManager m_nam;
};

void tst_FullDisk::fillUntilRefusedThenDeliver()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mnt = dir.filePath(QStringLiteral("mnt"));
    QVERIFY(QDir().mkpath(mnt));
    Mount mount;
    QVERIFY2(mount.mount(mnt, QStringLiteral("8m")),
             "mount -t tmpfs failed: this test needs root (CI runs as root)");
    const QString dataDir = mnt + QStringLiteral("/data");
    const QString config = dir.filePath(QStringLiteral("kiosk.json"));
    // The server is down while the disk fills: everything stays queued.
    QVERIFY(writeKioskConfig(config, dataDir, QStringLiteral("http://127.0.0.1:9"), {}, 2));
    const QString answers = dir.filePath(QStringLiteral("answers.json"));
    QVERIFY(writeFile(answers, missedBinAnswers(QString(400, QLatin1Char('n')))));
    const QStringList submit {QStringLiteral("submit"), QStringLiteral("--service"),
                              QStringLiteral("missed-bin"), QStringLiteral("--answers"), answers};

    QSet<QString> acknowledged;
    CtlResult r = runCtl(config, submit);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    acknowledged.insert(QString::fromLatin1(r.out.trimmed()));

    // Leave the 2 MB floor plus a little: a few dozen more fit, then the clear refusal.
    const QString ballast = mnt + QStringLiteral("/ballast");
    QVERIFY(fillLeaving(ballast, mnt, 2 * 1024 * 1024 + 160 * 1024));
    bool refused = false;
    for (int i = 0; i < 400 && !refused; ++i) {
        r = runCtl(config, submit);
        if (r.exitCode == 0) {
            acknowledged.insert(QString::fromLatin1(r.out.trimmed()));
            continue;
        }
        refused = true;
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("[disk-low]"), r.err.constData());
        QVERIFY(r.out.isEmpty()); // no reference for a refused submission
    }
    QVERIFY2(refused, "the outbox never refused although the disk kept filling");
    QVERIFY(acknowledged.size() > 1);
    qInfo("%lld submissions accepted before the disk-low refusal", qint64(acknowledged.size()));
    // Still refused on the next try, and reading the queue works on a low disk.
    QCOMPARE(runCtl(config, submit).exitCode, 4);
    // A refused submit drew its reference first (a WAL frame) and held the shared-memory file;
    // both are gone once it exits, which can leave the disk a page above the floor. Below it
    // for sure before asking status, whatever a row's size on disk is.
    QVERIFY(fillLeaving(ballast, mnt, 2 * 1024 * 1024 - 64 * 1024));
    r = runCtl(config,
               {QStringLiteral("queue"), QStringLiteral("--json"), QStringLiteral("--limit"),
                QStringLiteral("100000")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("rows")).toArray().size(), acknowledged.size());
    r = runCtl(config, {QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY(r.json()
                .object()
                .value(QStringLiteral("disk"))
                .toObject()
                .value(QStringLiteral("low"))
                .toBool());

    // Floor at zero and the disk really full: SQLite's refusal must be just as clean.
    const QString noFloor = dir.filePath(QStringLiteral("nofloor.json"));
    QVERIFY(writeKioskConfig(noFloor, dataDir, QStringLiteral("http://127.0.0.1:9"), {}, 0));
    QVERIFY(fillLeaving(ballast, mnt, 0));
    r = runCtl(noFloor, submit);
    qInfo("full disk, no floor: %s", r.err.trimmed().constData());
    QVERIFY2(r.exitCode == 4, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("disk") || r.err.contains("full") || r.err.contains("space"),
             r.err.constData());

    // Space comes back: everything queued is delivered, exactly once.
    QVERIFY(QFile::remove(ballast));
    IntakeProcess server;
    QVERIFY(server.start(dir.filePath(QStringLiteral("intake.sqlite"))));
    QVERIFY(writeKioskConfig(config, dataDir, server.base(), {}, 2));
    r = runCtl(config,
               {QStringLiteral("sync"), QStringLiteral("--until-empty"),
                QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject stats =
        http(m_nam, "GET", server.url(QStringLiteral("/v1/_admin/stats")), {}, adminHeaders())
            .json()
            .object();
    const QJsonObject refs = stats.value(QStringLiteral("references")).toObject();
    for (const QString &ref : std::as_const(acknowledged))
        QVERIFY2(refs.value(ref).toObject().value(QStringLiteral("stored")).toInt() == 1,
                 qPrintable(ref));
    QCOMPARE(stats.value(QStringLiteral("storedTotal")).toInt(), int(acknowledged.size()));
}

QTEST_GUILESS_MAIN(tst_FullDisk)
#include "tst_full_disk.moc"
