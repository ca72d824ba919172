// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/feedbacksender.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ck;

class tst_FeedbackSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labels()
    {
        const QStringList l = FeedbackSender::ratingLabels();
        QCOMPARE(l.size(), 5);
        QCOMPARE(l.first(), QStringLiteral("Very bad"));
        QCOMPARE(l.last(), QStringLiteral("Very good"));
    }

    void sendsAnonymousDocument()
    {
        QList<OutboxItem> queued;
        const QDateTime now(QDate(2026, 11, 23), QTime(15, 42, 7), Qt::LocalTime);
        FeedbackSender sender({QStringLiteral("planning"),
                               [&queued](OutboxItem i) {
                                   queued.append(i);
                                   return Status::success();
                               },
                               [now] { return now; }});
        QVERIFY(sender
                    .send(4, QStringLiteral("Nice and big text"), QStringLiteral("missed-bin"),
                          QStringLiteral("cy"))
                    .ok());
        QVERIFY(sender.send(1, QString(), QStringLiteral("missed-bin"), QStringLiteral("en")).ok());
        QCOMPARE(queued.size(), 2);
        const OutboxItem &item = queued.first();
        QCOMPARE(item.kind, QStringLiteral("feedback"));
        QCOMPARE(item.destination, QStringLiteral("planning"));
        QVERIFY(item.reference.startsWith(QStringLiteral("FB-")));
        QVERIFY(queued.at(0).reference != queued.at(1).reference);
        const QJsonObject doc = QJsonDocument::fromJson(item.payload).object();
        QCOMPARE(doc.value("rating").toInt(), 4);
        QCOMPARE(doc.value("comment").toString(), QStringLiteral("Nice and big text"));
        QCOMPARE(doc.value("serviceId").toString(), QStringLiteral("missed-bin"));
        QCOMPARE(doc.value("language").toString(), QStringLiteral("cy"));
        QCOMPARE(doc.value("day").toString(), QStringLiteral("2026-11-23"));
        // No time of day, no reference, no answers.
        QVERIFY(!item.payload.contains("15:42"));
        const QStringList keys = doc.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString> {"schema", "kind", "serviceId", "language", "rating", "comment",
                                 "day"}));
    }

    void refusesBadRating_data()
    {
        QTest::addColumn<int>("rating");
        QTest::newRow("0") << 0;
        QTest::newRow("6") << 6;
        QTest::newRow("-1") << -1;
    }
    void refusesBadRating()
    {
        QFETCH(int, rating);
        int calls = 0;
        FeedbackSender sender({QStringLiteral("planning"),
                               [&calls](OutboxItem) {
                                   ++calls;
                                   return Status::success();
                               },
                               {}});
        const Status s =
            sender.send(rating, QString(), QStringLiteral("missed-bin"), QStringLiteral("en"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("feedback-rating"));
        QCOMPARE(calls, 0);
    }

    void outboxFailureIsReported()
    {
        FeedbackSender sender({QStringLiteral("planning"),
                               [](OutboxItem) {
                                   return Status::failure(QStringLiteral("disk-low"),
                                                          QStringLiteral("low"));
                               },
                               {}});
        const Status s =
            sender.send(3, QString(), QStringLiteral("missed-bin"), QStringLiteral("en"));
        QCOMPARE(s.error().code, QStringLiteral("disk-low"));
    }
};

QTEST_GUILESS_MAIN(tst_FeedbackSender)
#include "tst_feedbacksender.moc"
