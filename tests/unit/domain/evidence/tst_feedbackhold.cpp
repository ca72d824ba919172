// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Feedback timing privacy: feedback reaches the (real, encrypted) outbox only after a random
// hold, on a batch boundary, in random order, so its arrival time says nothing about the
// submission made just before it.
#include "domain/evidence/feedbackhold.h"
#include "domain/evidence/feedbacksender.h"
#include "offline-cache/outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;
using namespace std::chrono_literals;

namespace {

int feedbackRows(const Outbox &outbox)
{
    int n = 0;
    const auto rows = outbox.rows();
    for (const OutboxRow &row : rows.value())
        n += row.kind == QLatin1String("feedback") ? 1 : 0;
    return n;
}

OutboxItem item(int n)
{
    OutboxItem i;
    i.reference = QStringLiteral("FB-%1").arg(n);
    i.serviceId = QStringLiteral("feedback");
    i.flowId = QStringLiteral("feedback");
    i.flowVersion = 1;
    i.destination = QStringLiteral("planning");
    i.kind = QStringLiteral("feedback");
    i.payload = QByteArray("{\"n\":") + QByteArray::number(n) + '}';
    return i;
}

} // namespace

class tst_FeedbackHold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void releaseTimeIsOnABoundary()
    {
        const QDateTime taken =
            QDateTime::fromString(QStringLiteral("2026-11-23T10:07:13Z"), Qt::ISODate);
        FeedbackHold batched({{}, 20min, 120min, 30min, {}, 1, 500});
        QCOMPARE(batched.releaseTime(taken, 20min),
                 QDateTime::fromString(QStringLiteral("2026-11-23T10:30:00Z"), Qt::ISODate));
        QCOMPARE(batched.releaseTime(taken, 52min),
                 QDateTime::fromString(QStringLiteral("2026-11-23T11:00:00Z"), Qt::ISODate));
        FeedbackHold unbatched({{}, 20min, 120min, 0s, {}, 1, 500});
        QCOMPARE(unbatched.releaseTime(taken, 20min), taken.addSecs(20 * 60));
    }

    // Many items taken at the same second: their release times spread over the whole window
    // (a fixed delay would only shift the pairing), each on a boundary.
    void delaysAreRandomWithinTheWindow()
    {
        const QDateTime t0 =
            QDateTime::fromString(QStringLiteral("2026-11-23T10:07:13Z"), Qt::ISODate);
        // 10:27:13 .. 12:07:13, rounded up to :00/:30: 10:30, 11:00, 11:30, 12:00, 12:30.
        const QDateTime first =
            QDateTime::fromString(QStringLiteral("2026-11-23T10:30:00Z"), Qt::ISODate);
        QDateTime now = t0;
        int enqueued = 0;
        FeedbackHold hold({[&enqueued](OutboxItem) {
                               ++enqueued;
                               return Status::success();
                           },
                           20min, 120min, 30min, [&now] { return now; }, 7, 500});
        for (int n = 0; n < 200; ++n)
            QVERIFY(hold.hold(item(n)).ok());
        QCOMPARE(hold.held(), 200);
        // Nothing leaves before the earliest boundary.
        QCOMPARE(hold.releaseDue().value(), 0);
        QCOMPARE(hold.nextReleaseAt(), first);
        now = first.addSecs(-1);
        QCOMPARE(hold.releaseDue().value(), 0);
        QCOMPARE(enqueued, 0);
        // Step the clock over the boundaries: each one lets a batch go, none is left after the
        // last, and the batches are spread over the window.
        int batches = 0;
        for (int slot = 0; slot < 5; ++slot) {
            now = first.addSecs(slot * 30 * 60);
            const Result<int> released = hold.releaseDue();
            QVERIFY(released.ok());
            batches += released.value() > 0 ? 1 : 0;
            QVERIFY(released.value() < 200);
            if (hold.held() > 0)
                QCOMPARE(hold.nextReleaseAt(), now.addSecs(30 * 60));
        }
        QCOMPARE(enqueued, 200);
        QCOMPARE(hold.held(), 0);
        QCOMPARE(batches, 5);
    }

    // The real path: FeedbackSender -> FeedbackHold -> Outbox (SQLite in a temp dir).
    void heldOutOfTheOutboxUntilDue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        OutboxOptions oo;
        oo.dataDir = dir.path();
        oo.minFreeBytes = 0;
        auto opened = Outbox::open(oo);
        QVERIFY(opened.ok());
        Outbox *outbox = opened.value().get();
        QDateTime now = QDateTime::currentDateTimeUtc();
        FeedbackHold hold({[outbox](OutboxItem i) -> Status {
                               const auto r = outbox->enqueue(std::move(i));
                               return r ? Status::success() : Status(r.error());
                           },
                           20min, 120min, 30min, [&now] { return now; }, 0, 500});
        FeedbackSender sender({QStringLiteral("planning"),
                               [&hold](OutboxItem i) { return hold.hold(std::move(i)); },
                               {}});
        QVERIFY(sender
                    .send(5, QStringLiteral("Lovely big buttons"), QStringLiteral("missed-bin"),
                          QStringLiteral("en"))
                    .ok());
        QCOMPARE(hold.held(), 1);
        QCOMPARE(feedbackRows(*outbox), 0);
        now = now.addSecs(19 * 60);
        QCOMPARE(hold.releaseDue().value(), 0);
        QCOMPARE(feedbackRows(*outbox), 0);
        now = hold.nextReleaseAt();
        QCOMPARE(hold.releaseDue().value(), 1);
        QCOMPARE(hold.held(), 0);
        const auto rows = outbox->rows();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        const auto plain = outbox->decryptPayload(rows->first().id);
        QVERIFY(plain.ok());
        const QJsonObject doc = QJsonDocument::fromJson(QByteArray(plain->view())).object();
        QCOMPARE(doc.value(QStringLiteral("rating")).toInt(), 5);
        QCOMPARE(doc.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Lovely big buttons"));
    }

    // Items due together leave in random order, not in the order they were given.
    void batchOrderIsShuffled()
    {
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        QStringList order;
        FeedbackHold hold({[&order](OutboxItem i) {
                               order << i.reference;
                               return Status::success();
                           },
                           20min, 20min, 30min, [&now] { return now; }, 11, 500});
        QStringList given;
        for (int n = 0; n < 20; ++n) {
            given << item(n).reference;
            QVERIFY(hold.hold(item(n)).ok());
            now = now.addSecs(5);
        }
        now = now.addSecs(60 * 60);
        QCOMPARE(hold.releaseDue().value(), 20);
        QCOMPARE(QSet<QString>(order.cbegin(), order.cend()),
                 QSet<QString>(given.cbegin(), given.cend()));
        QVERIFY(order != given);
    }

    // A refusal (disk low) keeps the item whole for the next try; nothing is lost.
    void refusedItemsStay()
    {
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        bool refuse = true;
        QList<QByteArray> payloads;
        FeedbackHold hold({[&](OutboxItem i) {
                               if (refuse)
                                   return Status::failure(QStringLiteral("disk-low"), QString());
                               payloads << i.payload;
                               return Status::success();
                           },
                           0s, 0s, 0s, [&now] { return now; }, 3, 500});
        QVERIFY(hold.hold(item(1)).ok());
        QVERIFY(hold.hold(item(2)).ok());
        const Result<int> refused = hold.releaseDue();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("disk-low"));
        QCOMPARE(hold.held(), 2);
        refuse = false;
        QCOMPARE(hold.releaseDue().value(), 2);
        std::sort(payloads.begin(), payloads.end());
        QCOMPARE(payloads, (QList<QByteArray> {"{\"n\":1}", "{\"n\":2}"}));
    }

    // No destination configured: refused at once, so the screen can say so.
    void incompleteItemRefused()
    {
        int enqueued = 0;
        FeedbackHold hold({[&enqueued](OutboxItem) {
                               ++enqueued;
                               return Status::success();
                           },
                           0s,
                           0s,
                           0s,
                           {},
                           4,
                           500});
        OutboxItem noDestination = item(1);
        noDestination.destination.clear();
        const Status s = hold.hold(noDestination);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("bad-item"));
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(hold.held(), 0);
        FeedbackSender sender(
            {QString(), [&hold](OutboxItem i) { return hold.hold(std::move(i)); }, {}});
        QVERIFY(
            !sender.send(3, QString(), QStringLiteral("missed-bin"), QStringLiteral("en")).ok());
        QCOMPARE(hold.held(), 0);
        QCOMPARE(enqueued, 0);
    }

    // A clean shutdown hands what is still held to the outbox rather than dropping it.
    void shutdownReleasesEverything()
    {
        int enqueued = 0;
        {
            FeedbackHold hold({[&enqueued](OutboxItem) {
                                   ++enqueued;
                                   return Status::success();
                               },
                               20min,
                               120min,
                               30min,
                               {},
                               5,
                               500});
            QVERIFY(hold.hold(item(1)).ok());
            QVERIFY(hold.hold(item(2)).ok());
            QCOMPARE(enqueued, 0);
        }
        QCOMPARE(enqueued, 2);
    }

    // The timer does the releasing in the running kiosk (no fake clock, no delay).
    void timerReleases()
    {
        int enqueued = 0;
        FeedbackHold hold({[&enqueued](OutboxItem) {
                               ++enqueued;
                               return Status::success();
                           },
                           0s,
                           1s,
                           0s,
                           {},
                           9,
                           500});
        QVERIFY(hold.hold(item(1)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(enqueued, 1, 5000);
        QCOMPARE(hold.held(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FeedbackHold)
#include "tst_feedbackhold.moc"
