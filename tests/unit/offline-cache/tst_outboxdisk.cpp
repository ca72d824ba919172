// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/outbox.h"
#include "tests/unit/offline-cache/outboxtestutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace ck;
using namespace ck::test;

// Backpressure on a real, really small filesystem: a 2 MB tmpfs mounted for the test (as root,
// or as mapped root inside `unshare -rm` for developers; see main()). The mount is removed in
// cleanup() also when a check fails.
class tst_OutboxDisk : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_base;
    QString m_mount;
    bool m_mounted = false;

    static OutboxItem bigItem(const QString &reference)
    {
        OutboxItem it = item(reference);
        // Random bytes, base64: incompressible and valid JSON-string material.
        QByteArray noise(12 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                              noise.size() / 4);
        it.payload.chop(1);
        it.payload += ",\"photo\":\"" + noise.toBase64() + "\"}";
        return it;
    }

private Q_SLOTS:
    void init()
    {
        m_mount =
            m_base.filePath(QStringLiteral("small-%1").arg(QRandomGenerator::global()->generate()));
        QVERIFY(QDir().mkpath(m_mount));
        const int rc =
            ::mount("tmpfs", QFile::encodeName(m_mount).constData(), "tmpfs", 0, "size=2m");
        QVERIFY2(rc == 0, "mounting a 2 MB tmpfs needs root (CI) or `unshare -rm` (automatic)");
        m_mounted = true;
    }
    void cleanup()
    {
        if (m_mounted)
            QCOMPARE(::umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH), 0);
        m_mounted = false;
    }

    // The real free-space probe refuses with "disk-low" while SQLite still has room; nothing
    // already saved is lost.
    void refusesWithDiskLowBeforeTheDiskIsFull()
    {
        OutboxOptions o;
        o.dataDir = m_mount + QStringLiteral("/data");
        o.minFreeBytes = 700 * 1024;
        auto opened = Outbox::open(o);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        auto &outbox = opened.value();
        QList<qint64> saved;
        Error refusal;
        for (int i = 0; i < 500; ++i) {
            auto row = outbox->enqueue(bigItem(QStringLiteral("CK-L-%1").arg(i)));
            if (!row.ok()) {
                refusal = row.error();
                break;
            }
            saved << row->id;
        }
        QVERIFY(saved.size() > 5);
        QCOMPARE(refusal.code, QStringLiteral("disk-low"));
        QVERIFY(refusal.message.contains(QStringLiteral("staff")));
        QVERIFY(outbox->freeBytes() < o.minFreeBytes);
        QVERIFY(outbox->freeBytes() > 0); // refused with room to spare: SQLite never hit ENOSPC
        QCOMPARE(outbox->rows({{}, {}, -1})->size(), saved.size());
        for (qint64 id : saved)
            QVERIFY(outbox->decryptPayload(id).ok());
    }

    // With the floor at zero SQLite itself runs out of space: a clear "disk-full" error, no
    // half-written row, and the outbox keeps working for what it holds.
    void sqliteFullIsAClearErrorAndNoHalfRow()
    {
        OutboxOptions o;
        o.dataDir = m_mount + QStringLiteral("/data");
        o.minFreeBytes = 0;
        auto opened = Outbox::open(o);
        QVERIFY(opened.ok());
        auto &outbox = opened.value();
        int saved = 0;
        Error failure;
        for (int i = 0; i < 1000; ++i) {
            auto row = outbox->enqueue(bigItem(QStringLiteral("CK-FULL-%1").arg(i)));
            if (!row.ok()) {
                failure = row.error();
                break;
            }
            ++saved;
        }
        QVERIFY(saved > 5);
        QCOMPARE(failure.code, QStringLiteral("disk-full"));
        QVERIFY(failure.message.contains(QStringLiteral("staff")));
        auto rows = outbox->rows({{}, {}, -1});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), saved);
        QCOMPARE(outbox->depthByState()->value(QStringLiteral("queued")), qint64(saved));
        // Delivering frees nothing on disk immediately but must still work at the edge.
        auto claimed = outbox->claimDue(outbox->now(), 1);
        if (claimed.ok() && !claimed->isEmpty())
            QVERIFY(outbox->decryptPayload(claimed->first().id).ok());
        outbox.reset();
        // Reopening after the failure finds a consistent database (no quarantine).
        auto again = Outbox::open(o);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(again.value()->quarantinedFile().isEmpty());
        QCOMPARE(again.value()->rows({{}, {}, -1})->size(), saved);
    }
};

int main(int argc, char *argv[])
{
    // Not root: run again as mapped root in a private user+mount namespace, where mounting a
    // tmpfs is allowed and invisible to the rest of the system.
    if (::geteuid() != 0 && !qEnvironmentVariableIsSet("CK_TST_UNSHARED")) {
        qputenv("CK_TST_UNSHARED", "1");
        QByteArrayList args {"unshare", "-rm", argv[0]};
        for (int i = 1; i < argc; ++i)
            args << argv[i];
        std::vector<char *> cargs;
        for (QByteArray &a : args)
            cargs.push_back(a.data());
        cargs.push_back(nullptr);
        ::execvp("unshare", cargs.data());
        return 127;
    }
    QCoreApplication app(argc, argv);
    tst_OutboxDisk t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_outboxdisk.moc"
