// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/outbox.h"
#include "offline-cache/sqlitedb.h"
#include "tests/unit/offline-cache/outboxtestutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace ck;
using namespace ck::test;

// Outbox queries and admin operations (Outbox): rows, receipts and
// their retention, dead-letter export, and quarantine of a damaged database on open.
class tst_OutboxAdmin : public QObject, protected OutboxFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { resetFixture(); }

    void receiptsLastReceiptDaysAfterDelivery()
    {
        auto outbox = open();
        const qint64 delivered = outbox->enqueue(item(QStringLiteral("CK-P-1")))->id;
        const qint64 rejected = outbox->enqueue(item(QStringLiteral("CK-P-2")))->id;
        outbox->enqueue(item(QStringLiteral("CK-P-3"))).value(); // stays queued
        QCOMPARE(outbox->claimDue(m_clock.now, 2)->size(), 2);
        QVERIFY(outbox->markDelivered(delivered, QStringLiteral("SR")).ok());
        QVERIFY(outbox->markRejected(rejected, QStringLiteral("no")).ok());

        m_clock.now = m_clock.now.addDays(29);
        QCOMPARE(outbox->purgeExpiredReceipts().value(), 0);
        QVERIFY(outbox->receipt(QStringLiteral("CK-P-1")).ok());
        m_clock.now = m_clock.now.addDays(2);
        QCOMPARE(outbox->purgeExpiredReceipts().value(), 1);
        QCOMPARE(outbox->receipt(QStringLiteral("CK-P-1")).error().code,
                 QStringLiteral("not-found"));
        // Dead letters and undelivered rows are never purged.
        QCOMPARE(outbox->receipt(QStringLiteral("CK-P-2"))->state, QStringLiteral("rejected"));
        QCOMPARE(outbox->receipt(QStringLiteral("CK-P-3"))->state, QStringLiteral("queued"));
        m_clock.now = m_clock.now.addYears(2);
        QCOMPARE(outbox->purgeExpiredReceipts().value(), 0);
    }

    void receiptDaysIsConfigurable()
    {
        OutboxOptions o = options();
        o.receiptDays = 1;
        auto outbox = Outbox::open(o);
        QVERIFY(outbox.ok());
        const qint64 id = outbox.value()->enqueue(item(QStringLiteral("CK-P-9")))->id;
        QCOMPARE(outbox.value()->claimDue(m_clock.now, 1)->size(), 1);
        QVERIFY(outbox.value()->markDelivered(id, QStringLiteral("SR")).ok());
        m_clock.now = m_clock.now.addSecs(25 * 3600);
        QCOMPARE(outbox.value()->purgeExpiredReceipts().value(), 1);
    }

    void exportDeadLettersWritesPrivateFiles()
    {
        auto outbox = open();
        const qint64 id = outbox
                              ->enqueue(item(QStringLiteral("CK-D-1"), QStringLiteral("council"),
                                             QStringLiteral("Grace Hopper")))
                              ->id;
        outbox->enqueue(item(QStringLiteral("CK-D-2"))).value();
        QCOMPARE(outbox->claimDue(m_clock.now, 1)->size(), 1);
        QVERIFY(outbox->markRejected(id, QStringLiteral("HTTP 422")).ok());
        QTemporaryDir out;
        auto n = outbox->exportDeadLetters(out.filePath(QStringLiteral("dead")));
        QVERIFY(n.ok());
        QCOMPARE(n->written, 1);
        QVERIFY(n->skipped.isEmpty());
        const QString file = out.filePath(QStringLiteral("dead/CK-D-1.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("reference")).toString(), QStringLiteral("CK-D-1"));
        QCOMPARE(o.value(QStringLiteral("lastError")).toString(), QStringLiteral("HTTP 422"));
        QCOMPARE(o.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("answers"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Grace Hopper"));
        struct stat st
        { };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(outbox->row(id)->state, QStringLiteral("rejected")); // still in the outbox
    }

    // One dead letter that cannot be opened (sealed under another key, or damaged) must not
    // keep staff from the others: it is skipped and named, the rest are written.
    void exportSkipsAndReportsRowsItCannotOpen()
    {
        auto outbox = open();
        QList<qint64> ids;
        for (int i = 1; i <= 4; ++i)
            ids << outbox->enqueue(item(QStringLiteral("CK-E-%1").arg(i)))->id;
        QCOMPARE(outbox->claimDue(m_clock.now, 4)->size(), 4);
        for (qint64 id : ids)
            QVERIFY(outbox->markRejected(id, QStringLiteral("HTTP 422")).ok());
        auto db = raw();
        QVERIFY(
            db->exec(QStringLiteral("UPDATE outbox SET key_id = 'feedfeedfeedfeed' WHERE id = %1")
                         .arg(ids[0]))
                .ok());
        QVERIFY(db->exec(QStringLiteral("UPDATE outbox SET payload = zeroblob(80) WHERE id = %1")
                             .arg(ids[2]))
                    .ok());
        db.reset();
        QTemporaryDir out;
        auto n = outbox->exportDeadLetters(out.path());
        QVERIFY(n.ok());
        QCOMPARE(n->written, 2);
        QCOMPARE(n->skipped.size(), 2);
        QCOMPARE(n->skipped[0].first, QStringLiteral("CK-E-1"));
        QVERIFY2(n->skipped[0].second.contains(QStringLiteral("feedfeedfeedfeed")),
                 qPrintable(n->skipped[0].second));
        QCOMPARE(n->skipped[1].first, QStringLiteral("CK-E-3"));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("CK-E-2.json"))));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("CK-E-4.json"))));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("CK-E-1.json"))));
    }

    // A dead-lettered heartbeat is superseded by the next one: purged (key first), never kept
    // among the dead letters for ever. Other kinds stay until staff act.
    void deadLetteredHeartbeatsArePurged()
    {
        auto outbox = open();
        OutboxItem beat = item(QStringLiteral("HB-1"), QStringLiteral("api"));
        beat.kind = QStringLiteral("heartbeat");
        const qint64 heartbeat = outbox->enqueue(std::move(beat))->id;
        OutboxItem feedback = item(QStringLiteral("FB-1"), QStringLiteral("api"));
        feedback.kind = QStringLiteral("feedback");
        const qint64 kept = outbox->enqueue(std::move(feedback))->id;
        QCOMPARE(outbox->claimDue(m_clock.now, 2)->size(), 2);
        QVERIFY(outbox->markRejected(heartbeat, QStringLiteral("HTTP 400")).ok());
        QVERIFY(outbox->markRejected(kept, QStringLiteral("HTTP 400")).ok());
        QCOMPARE(outbox->purgeExpiredReceipts().value(), 1);
        QCOMPARE(outbox->row(heartbeat).error().code, QStringLiteral("not-found"));
        QCOMPARE(raw()
                     ->scalarInt(
                         QStringLiteral("SELECT count(*) FROM outbox WHERE id = %1").arg(heartbeat))
                     .value(),
                 qint64(0));
        QCOMPARE(outbox->row(kept)->state, QStringLiteral("rejected"));
        QVERIFY(outbox->decryptPayload(kept).ok());
        QCOMPARE(outbox->purgeExpiredReceipts().value(), 0);
    }

    void corruptDatabaseIsQuarantinedNotDeleted()
    {
        // The key exists (the kiosk ran here before): a damaged outbox is no first run.
        QVERIFY(KeyStore::open(m_dir->path()).ok());
        const QString path = m_dir->filePath(QStringLiteral("outbox.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk(8192, '\x5a');
        f.write(junk);
        f.close();
        auto outbox = open();
        QVERIFY(!outbox->quarantinedFile().isEmpty());
        QVERIFY(outbox->quarantineNotice().contains(outbox->quarantinedFile()));
        QVERIFY(
            outbox->quarantinedFile().startsWith(m_dir->filePath(QStringLiteral("quarantine/"))));
        QFile moved(outbox->quarantinedFile());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), junk); // kept byte for byte
        QVERIFY(outbox->enqueue(item(QStringLiteral("CK-Q-1"))).ok()); // fresh outbox works
    }

    void truncatedDatabaseIsQuarantined()
    {
        {
            auto outbox = open();
            for (int i = 0; i < 200; ++i)
                QVERIFY(outbox->enqueue(item(QStringLiteral("CK-TR-%1").arg(i))).ok());
        } // last connection closes: WAL checkpointed into the main file
        const QString path = m_dir->filePath(QStringLiteral("outbox.sqlite"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 64 * 1024);
        QVERIFY(QFile::resize(path, size / 2));
        auto outbox = open();
        QVERIFY(!outbox->quarantinedFile().isEmpty());
        QCOMPARE(QFileInfo(outbox->quarantinedFile()).size(), size / 2);
        QCOMPARE(outbox->rows()->size(), 0);
    }

    // The GUI thread enqueues while the sync engine's thread claims and delivers.
    void rowsFilterAndNeverExposePayload()
    {
        auto outbox = open();
        outbox->enqueue(item(QStringLiteral("CK-R-1"), QStringLiteral("council"))).value();
        outbox->enqueue(item(QStringLiteral("CK-R-2"), QStringLiteral("api"))).value();
        const qint64 id3 =
            outbox->enqueue(item(QStringLiteral("CK-R-3"), QStringLiteral("api")))->id;
        QCOMPARE(outbox->claimDue(m_clock.now, 3)->size(), 3);
        QVERIFY(outbox->markRejected(id3, QStringLiteral("x")).ok());
        QCOMPARE(outbox->rows()->size(), 3);
        QCOMPARE(outbox->rows({{QStringLiteral("rejected")}, {}, 10})->size(), 1);
        QCOMPARE(outbox->rows({{}, QStringLiteral("api"), 10})->size(), 2);
        QCOMPARE(
            outbox->rows({{QStringLiteral("sending"), QStringLiteral("rejected")}, {}, 10})->size(),
            3);
        QCOMPARE(outbox->rows({{}, {}, 1})->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_OutboxAdmin)
#include "tst_outboxadmin.moc"
