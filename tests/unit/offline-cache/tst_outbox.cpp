// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/deliverylock.h"
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

class tst_Outbox : public QObject, protected OutboxFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { resetFixture(); }

    void enqueueIsDurableAcrossReopen()
    {
        qint64 id = 0;
        QString idem;
        {
            auto outbox = open();
            QSignalSpy enq(outbox.get(), &Outbox::enqueued);
            QSignalSpy changed(outbox.get(), &Outbox::changed);
            auto row = outbox->enqueue(item(QStringLiteral("CK-AAAA-0001-X")));
            QVERIFY2(row.ok(), qPrintable(row.ok() ? QString() : row.error().message));
            QCOMPARE(enq.count(), 1);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(row->state, QStringLiteral("queued"));
            QCOMPARE(row->attempts, 0);
            QCOMPARE(row->flowVersion, 3);
            QCOMPARE(row->kind, QStringLiteral("submission"));
            QCOMPARE(row->createdAt, m_clock.now);
            static const QRegularExpression uuid4(QStringLiteral(
                "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
            QVERIFY2(uuid4.match(row->idempotencyKey).hasMatch(), qPrintable(row->idempotencyKey));
            id = row->id;
            idem = row->idempotencyKey;
            for (const char *suffix : {"", "-wal", "-shm"}) {
                struct stat st
                { };
                const QByteArray file = QFile::encodeName(outbox->databasePath()) + suffix;
                QCOMPARE(::stat(file.constData(), &st), 0);
                QCOMPARE(int(st.st_mode & 0777), 0600);
            }
        }
        auto outbox = open(); // a new process, in effect
        QVERIFY(outbox->quarantineNotice().isEmpty());
        auto row = outbox->row(id);
        QVERIFY(row.ok());
        QCOMPARE(row->idempotencyKey, idem);
        auto payload = outbox->decryptPayload(id);
        QVERIFY(payload.ok());
        QCOMPARE(payload->view(), payloadFor(QStringLiteral("CK-AAAA-0001-X")));
    }

    void badItemsAndDuplicatesAreRefused()
    {
        auto outbox = open();
        OutboxItem empty = item(QStringLiteral("CK-BAD-1"));
        empty.payload.clear();
        QCOMPARE(outbox->enqueue(empty).error().code, QStringLiteral("bad-item"));
        OutboxItem noRef = item(QString());
        QCOMPARE(outbox->enqueue(noRef).error().code, QStringLiteral("bad-item"));
        QVERIFY(outbox->enqueue(item(QStringLiteral("CK-DUP-1"))).ok());
        auto dup = outbox->enqueue(item(QStringLiteral("CK-DUP-1")));
        QCOMPARE(dup.error().code, QStringLiteral("duplicate-reference"));
        QVERIFY(!dup.error().message.isEmpty());
        QCOMPARE(outbox->rows()->size(), 1);
        QCOMPARE(raw()
                     ->scalarInt(QStringLiteral(
                         "SELECT count(*) FROM outbox WHERE wrapped_key IS NOT NULL"))
                     .value(),
                 qint64(1));
    }

    void queuedSendingDelivered()
    {
        auto outbox = open();
        const qint64 id = outbox->enqueue(item(QStringLiteral("CK-T-1")))->id;
        auto claimed = outbox->claimDue(m_clock.now, 10);
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(claimed->first().state, QStringLiteral("sending"));
        QCOMPARE(claimed->first().attempts, 1);
        QCOMPARE(outbox->row(id)->state, QStringLiteral("sending"));
        QCOMPARE(outbox->claimDue(m_clock.now, 10)->size(), 0); // not claimed twice

        m_clock.now = m_clock.now.addSecs(3);
        QVERIFY(outbox->markDelivered(id, QStringLiteral("SR-42")).ok());
        auto row = outbox->row(id);
        QCOMPARE(row->state, QStringLiteral("delivered"));
        QCOMPARE(row->serverReference, QStringLiteral("SR-42"));
        QVERIFY(row->lastError.isEmpty());
        // The payload is gone for good: the wrapped key and the ciphertext.
        QCOMPARE(outbox->decryptPayload(id).error().code, QStringLiteral("payload-gone"));
        auto db = raw();
        QCOMPARE(db->scalarInt(
                       QStringLiteral("SELECT count(*) FROM outbox WHERE wrapped_key IS NOT NULL"))
                     .value(),
                 qint64(0));
        QCOMPARE(
            db->scalarInt(QStringLiteral("SELECT count(*) FROM outbox WHERE payload IS NOT NULL"))
                .value(),
            qint64(0));
        auto receipt = outbox->receipt(QStringLiteral("CK-T-1"));
        QVERIFY(receipt.ok());
        QCOMPARE(receipt->state, QStringLiteral("delivered"));
        QCOMPARE(receipt->deliveredAt, m_clock.now);
        QCOMPARE(receipt->serverReference, QStringLiteral("SR-42"));
        QCOMPARE(outbox->lastDeliveredAt().value(), m_clock.now);
    }

    void sendingBackToQueuedOnRetryableFailure()
    {
        auto outbox = open();
        const qint64 id = outbox->enqueue(item(QStringLiteral("CK-T-2")))->id;
        QCOMPARE(outbox->claimDue(m_clock.now, 10)->size(), 1);
        const QDateTime later = m_clock.now.addSecs(40);
        QVERIFY(outbox->markRetry(id, QStringLiteral("HTTP 503"), later).ok());
        auto row = outbox->row(id);
        QCOMPARE(row->state, QStringLiteral("queued"));
        QCOMPARE(row->lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(row->nextAttemptAt, later);
        QCOMPARE(outbox->nextDueAt().value(), later);
        QCOMPARE(outbox->claimDue(m_clock.now.addSecs(39), 10)->size(), 0); // not due yet
        auto again = outbox->claimDue(later, 10);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().attempts, 2);
        QVERIFY(outbox->decryptPayload(id).ok()); // still there for the next attempt
    }

    void sendingToRejectedKeepsDeadLetterUntilRetried()
    {
        auto outbox = open();
        const qint64 id = outbox->enqueue(item(QStringLiteral("CK-T-3")))->id;
        QCOMPARE(outbox->claimDue(m_clock.now, 10)->size(), 1);
        QVERIFY(outbox->markRejected(id, QStringLiteral("409 conflict")).ok());
        QCOMPARE(outbox->row(id)->state, QStringLiteral("rejected"));
        QVERIFY(outbox->decryptPayload(id).ok()); // dead letters keep their content
        QCOMPARE(outbox->claimDue(m_clock.now.addDays(9), 10)->size(), 0);

        m_clock.now = m_clock.now.addSecs(60);
        QSignalSpy enq(outbox.get(), &Outbox::enqueued);
        QVERIFY(outbox->retry(id).ok());
        QCOMPARE(enq.count(), 1); // wakes the sync engine
        auto row = outbox->row(id);
        QCOMPARE(row->state, QStringLiteral("queued"));
        QCOMPARE(row->attempts, 0);
        QCOMPARE(row->nextAttemptAt, m_clock.now);
        QCOMPARE(outbox->claimDue(m_clock.now, 10)->size(), 1);
    }

    void invalidTransitionsAreRefused()
    {
        auto outbox = open();
        const qint64 id = outbox->enqueue(item(QStringLiteral("CK-T-4")))->id;
        QCOMPARE(outbox->markDelivered(id, QStringLiteral("x")).error().code,
                 QStringLiteral("bad-state"));
        QCOMPARE(outbox->markRetry(id, QStringLiteral("x"), m_clock.now).error().code,
                 QStringLiteral("bad-state"));
        QCOMPARE(outbox->markRejected(id, QStringLiteral("x")).error().code,
                 QStringLiteral("bad-state"));
        QCOMPARE(outbox->markDelivered(9999, QStringLiteral("x")).error().code,
                 QStringLiteral("bad-state"));
        QCOMPARE(outbox->claimDue(m_clock.now, 1)->size(), 1);
        QCOMPARE(outbox->retry(id).error().code, QStringLiteral("bad-state")); // in flight
        QVERIFY(outbox->markDelivered(id, QStringLiteral("SR")).ok());
        QCOMPARE(outbox->markDelivered(id, QStringLiteral("SR")).error().code,
                 QStringLiteral("bad-state"));
        QCOMPARE(outbox->markRetry(id, QStringLiteral("x"), m_clock.now).error().code,
                 QStringLiteral("bad-state"));
        QCOMPARE(outbox->retry(id).error().code, QStringLiteral("bad-state")); // delivered stays
        QCOMPARE(outbox->row(id)->state, QStringLiteral("delivered"));
        QCOMPARE(outbox->row(4242).error().code, QStringLiteral("not-found"));
        QCOMPARE(outbox->decryptPayload(4242).error().code, QStringLiteral("not-found"));
        QCOMPARE(outbox->receipt(QStringLiteral("CK-NONE")).error().code,
                 QStringLiteral("not-found"));
    }

    void settleAndClaimWritesOutcomesAndClaimsInOneGo()
    {
        auto outbox = open();
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids << outbox->enqueue(item(QStringLiteral("CK-B-%1").arg(i)))->id;
        auto first = outbox->settleAndClaim({}, m_clock.now, 3);
        QVERIFY(first.ok());
        QCOMPARE(first->claimed.size(), 3);
        QSignalSpy changed(outbox.get(), &Outbox::changed);
        const QList<OutboxOutcome> outcomes {
            {ids[0], OutboxOutcome::Kind::Delivered, QStringLiteral("S0"), {}, {}},
            {ids[1],
             OutboxOutcome::Kind::Retry,
             {},
             QStringLiteral("HTTP 503"),
             m_clock.now.addSecs(30)},
            {ids[2], OutboxOutcome::Kind::Rejected, {}, QStringLiteral("HTTP 409"), {}},
            {ids[5], OutboxOutcome::Kind::Delivered, QStringLiteral("S5"), {}, {}}, // not sending
        };
        auto second = outbox->settleAndClaim(outcomes, m_clock.now, 10);
        QVERIFY(second.ok());
        QCOMPARE(changed.count(), 1); // one transaction
        QCOMPARE(second->skipped, 1);
        QCOMPARE(second->claimed.size(), 3); // ids 3, 4, 5; id 1 is not due yet
        QCOMPARE(outbox->row(ids[0])->state, QStringLiteral("delivered"));
        QCOMPARE(outbox->row(ids[1])->state, QStringLiteral("queued"));
        QCOMPARE(outbox->row(ids[2])->state, QStringLiteral("rejected"));
        QCOMPARE(outbox->row(ids[5])->state, QStringLiteral("sending"));
        QCOMPARE(outbox->row(ids[5])->serverReference, QString());
        // Nothing to write and nothing due: no transaction, no signal.
        changed.clear();
        QVERIFY(outbox->settleAndClaim({}, m_clock.now, 10)->claimed.isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    // Another process may be sending those rows right now (the kiosk, while staff run
    // civic-kioskctl): opening must not put them back; only the next DeliveryLock holder does.
    void openLeavesSendingRowsToTheLockHolder()
    {
        qint64 id = 0;
        {
            auto outbox = open();
            id = outbox->enqueue(item(QStringLiteral("CK-T-5")))->id;
            QCOMPARE(outbox->claimDue(m_clock.now, 1)->size(), 1);
        } // the deliverer is still at it, or crashed: the outbox cannot tell
        auto outbox = open();
        QCOMPARE(outbox->row(id)->state, QStringLiteral("sending"));
        QCOMPARE(outbox->claimDue(m_clock.now, 1)->size(), 0); // nobody sends it twice
        DeliveryLock lock(m_dir->path());
        QCOMPARE(outbox->resetSending(lock).error().code, QStringLiteral("not-lock-holder"));
        QCOMPARE(outbox->row(id)->state, QStringLiteral("sending"));
        QTemporaryDir elsewhere;
        DeliveryLock otherDirs(elsewhere.path());
        QVERIFY(otherDirs.acquire().ok());
        QCOMPARE(outbox->resetSending(otherDirs).error().code, QStringLiteral("not-lock-holder"));
        QVERIFY(lock.acquire().ok());
        QCOMPARE(outbox->resetSending(lock).value(), 1); // the new lock holder takes over
        QCOMPARE(outbox->row(id)->state, QStringLiteral("queued"));
        QCOMPARE(outbox->claimDue(m_clock.now, 1)->size(), 1);
    }

    void readOnlyCreatesNothing()
    {
        QTemporaryDir parent;
        OutboxOptions o = options();
        o.dataDir = parent.filePath(QStringLiteral("never-made"));
        o.access = OutboxOptions::Access::ReadOnly;
        auto outbox = Outbox::open(o);
        QVERIFY2(outbox.ok(), qPrintable(outbox.ok() ? QString() : outbox.error().message));
        QVERIFY(!outbox.value()->exists());
        QCOMPARE(outbox.value()->depthByState()->value(QStringLiteral("queued")), qint64(0));
        QVERIFY(outbox.value()->rows()->isEmpty());
        QVERIFY(!outbox.value()->keyProblem()); // no outbox, no key needed
        QVERIFY(!outbox.value()->enqueue(item(QStringLiteral("CK-RO-0"))).ok());
        outbox.value().reset();
        QVERIFY(!QFileInfo::exists(o.dataDir));
    }

    // civic-kioskctl status/queue/metrics on a live kiosk: no row changes (not even the
    // `sending` ones), no key is made when it is not found, metadata is still shown.
    void readOnlyChangesNoRowAndMakesNoKey()
    {
        qint64 sending = 0;
        {
            auto outbox = open();
            sending = outbox->enqueue(item(QStringLiteral("CK-RO-1")))->id;
            QVERIFY(outbox->enqueue(item(QStringLiteral("CK-RO-2"))).ok());
            QCOMPARE(outbox->claimDue(m_clock.now, 1)->size(), 1);
        }
        const QString key = m_dir->filePath(QStringLiteral("keys/kiosk.key"));
        QVERIFY(QFile::rename(key, key + QStringLiteral(".away")));
        auto dump = [this] {
            return raw()
                ->scalarText(
                    QStringLiteral("SELECT group_concat(id || state || updated_at || attempts || "
                                   "coalesce(last_error, ''), '|') FROM outbox"))
                .value();
        };
        const QString before = dump();
        OutboxOptions o = options();
        o.access = OutboxOptions::Access::ReadOnly;
        auto outbox = Outbox::open(o);
        QVERIFY2(outbox.ok(), qPrintable(outbox.ok() ? QString() : outbox.error().message));
        QVERIFY(outbox.value()->exists());
        QVERIFY(outbox.value()->keyProblem());
        QCOMPARE(outbox.value()->keyProblem()->code, QStringLiteral("key-missing"));
        QCOMPARE(outbox.value()->row(sending)->state, QStringLiteral("sending"));
        QCOMPARE(outbox.value()->depthByState()->value(QStringLiteral("queued")), qint64(1));
        QCOMPARE(outbox.value()->decryptPayload(sending).error().code,
                 QStringLiteral("key-missing"));
        QVERIFY(!outbox.value()->retry(sending).ok());
        DeliveryLock lock(m_dir->path());
        QVERIFY(lock.acquire().ok());
        QVERIFY(!outbox.value()->resetSending(lock).ok()); // read-only: no write at all
        outbox.value().reset();
        QCOMPARE(dump(), before);
        QVERIFY(!QFileInfo::exists(key));
    }

    void claimDueOrdersByDueTimeAndHonoursLimit()
    {
        auto outbox = open();
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            ids << outbox->enqueue(item(QStringLiteral("CK-O-%1").arg(i)))->id;
            m_clock.now = m_clock.now.addSecs(1);
        }
        auto first = outbox->claimDue(m_clock.now, 2);
        QCOMPARE(first->size(), 2);
        QCOMPARE(first->at(0).id, ids[0]);
        QCOMPARE(first->at(1).id, ids[1]);
        QCOMPARE(outbox->claimDue(m_clock.now, 100)->size(), 3);
        auto depth = outbox->depthByState();
        QCOMPARE(depth->value(QStringLiteral("sending")), qint64(5));
        QCOMPARE(depth->value(QStringLiteral("queued")), qint64(0));
        QVERIFY(depth->contains(QStringLiteral("rejected")));
    }

    void discardQueuedRemovesOnlyWaitingRows()
    {
        auto outbox = open();
        const qint64 queued = outbox->enqueue(item(QStringLiteral("CK-DISC-0001-X")))->id;
        const qint64 sending = outbox->enqueue(item(QStringLiteral("CK-DISC-0002-X")))->id;
        const qint64 delivered = outbox->enqueue(item(QStringLiteral("CK-DISC-0003-X")))->id;
        const qint64 rejected = outbox->enqueue(item(QStringLiteral("CK-DISC-0004-X")))->id;
        const qint64 retrying = outbox->enqueue(item(QStringLiteral("CK-DISC-0005-X")))->id;
        auto claimed = outbox->claimDue(m_clock.now, 10);
        QCOMPARE(claimed->size(), 5);
        QVERIFY(outbox->markRetry(queued, QStringLiteral("HTTP 503"), m_clock.now).ok());
        QVERIFY(outbox->markDelivered(delivered, QStringLiteral("SR-3")).ok());
        QVERIFY(outbox->markRejected(rejected, QStringLiteral("HTTP 422")).ok());
        QVERIFY(
            outbox->markRetry(retrying, QStringLiteral("HTTP 503"), m_clock.now.addSecs(60)).ok());

        for (qint64 id : {sending, delivered, rejected}) {
            const QString before = outbox->row(id)->state;
            const Status s = outbox->discardQueued(id);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, QStringLiteral("not-queued"));
            QVERIFY(!s.error().message.isEmpty());
            QCOMPARE(outbox->row(id)->state, before); // untouched
        }
        QCOMPARE(outbox->discardQueued(424242).error().code, QStringLiteral("not-found"));

        QSignalSpy changed(outbox.get(), &Outbox::changed);
        // A queued row, also one waiting for its next retry, goes, key and all.
        for (qint64 id : {queued, retrying}) {
            QVERIFY(outbox->discardQueued(id).ok());
            QCOMPARE(outbox->row(id).error().code, QStringLiteral("not-found"));
            QCOMPARE(outbox->decryptPayload(id).error().code, QStringLiteral("not-found"));
            QCOMPARE(
                raw()
                    ->scalarInt(QStringLiteral("SELECT count(*) FROM outbox WHERE id = %1").arg(id))
                    .value(),
                qint64(0));
        }
        QCOMPARE(changed.count(), 2);
        QCOMPARE(outbox->discardQueued(queued).error().code, QStringLiteral("not-found"));
        QCOMPARE(outbox->depthByState()->value(QStringLiteral("queued")), qint64(0));
        QCOMPARE(outbox->depthByState()->value(QStringLiteral("sending")), qint64(1));
        // The rows left are intact and still readable.
        QVERIFY(outbox->decryptPayload(rejected).ok());
        QVERIFY(outbox->decryptPayload(sending).ok());
        QCOMPARE(outbox->receipt(QStringLiteral("CK-DISC-0003-X"))->serverReference,
                 QStringLiteral("SR-3"));
    }

    void nextSequenceIsDurableAndMonotonic()
    {
        {
            auto outbox = open();
            QCOMPARE(outbox->nextSequence(QStringLiteral("reference")).value(), quint64(1));
            QCOMPARE(outbox->nextSequence(QStringLiteral("reference")).value(), quint64(2));
            QCOMPARE(outbox->nextSequence(QStringLiteral("other")).value(), quint64(1));
        }
        auto outbox = open();
        QCOMPARE(outbox->nextSequence(QStringLiteral("reference")).value(), quint64(3));
    }

    void diskLowRefusesBeforeSqliteWouldFail()
    {
        auto outbox = open();
        QVERIFY(outbox->enqueue(item(QStringLiteral("CK-F-1"))).ok());
        m_free = 199LL * 1024 * 1024; // under the 200 MB default floor
        QVERIFY(outbox->diskLow());
        QSignalSpy enq(outbox.get(), &Outbox::enqueued);
        auto refused = outbox->enqueue(item(QStringLiteral("CK-F-2")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("disk-low"));
        QVERIFY(refused.error().message.contains(QStringLiteral("staff")));
        QCOMPARE(enq.count(), 0);
        QCOMPARE(outbox->rows()->size(), 1);
        m_free = 201LL * 1024 * 1024;
        QVERIFY(outbox->enqueue(item(QStringLiteral("CK-F-2"))).ok());
    }

    void concurrentEnqueueAndDelivery()
    {
        auto outbox = open();
        Outbox *ob = outbox.get();
        constexpr int N = 150;
        std::atomic<int> failures {0};
        QThread *producer = QThread::create([ob, &failures] {
            for (int i = 0; i < N; ++i)
                if (!ob->enqueue(item(QStringLiteral("CK-C-%1").arg(i))).ok())
                    ++failures;
        });
        producer->start();
        int delivered = 0;
        QDeadlineTimer deadline(60000);
        while (delivered < N && !deadline.hasExpired()) {
            auto due = ob->claimDue(m_clock.now, 8);
            QVERIFY(due.ok());
            for (const OutboxRow &row : due.value()) {
                QVERIFY(ob->decryptPayload(row.id).ok());
                QVERIFY(ob->markDelivered(row.id, QStringLiteral("SR")).ok());
                ++delivered;
            }
        }
        QVERIFY(producer->wait(60000));
        delete producer;
        QCOMPARE(failures.load(), 0);
        QCOMPARE(delivered, N);
        QCOMPARE(ob->depthByState()->value(QStringLiteral("delivered")), qint64(N));
    }
};

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
