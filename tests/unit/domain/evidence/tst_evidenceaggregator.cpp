// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/evidenceaggregator.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

namespace {

EvidenceRecord record(const QString &service, bool completed, bool helped, const QString &lang,
                      int textScale, bool readAloud, qint64 seconds)
{
    EvidenceRecord r;
    r.serviceId = service;
    r.outcome = completed ? EvidenceRecord::Outcome::Completed : EvidenceRecord::Outcome::Abandoned;
    r.helped = helped;
    r.language = lang;
    r.textScalePercent = textScale;
    r.readAloudUsed = readAloud;
    r.durationSec = seconds;
    return r;
}

} // namespace

class tst_EvidenceAggregator : public QObject
{
    Q_OBJECT
private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime);
    QList<OutboxItem> m_queued;
    Status m_enqueueResult = Status::success();

    EvidenceAggregator::Options options(const QTemporaryDir &dir)
    {
        EvidenceAggregator::Options o;
        o.dataDir = dir.path();
        o.kioskId = QStringLiteral("kiosk-7");
        o.destination = QStringLiteral("planning");
        o.clock = [this] { return m_now; };
        o.enqueue = [this](OutboxItem item) {
            if (m_enqueueResult.ok())
                m_queued.append(item);
            return m_enqueueResult;
        };
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime);
        m_queued.clear();
        m_enqueueResult = Status::success();
    }

    void durationBuckets_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("0") << qint64(0) << "under-2-min";
        QTest::newRow("119") << qint64(119) << "under-2-min";
        QTest::newRow("120") << qint64(120) << "2-5-min";
        QTest::newRow("299") << qint64(299) << "2-5-min";
        QTest::newRow("300") << qint64(300) << "5-10-min";
        QTest::newRow("600") << qint64(600) << "10-20-min";
        QTest::newRow("1200") << qint64(1200) << "over-20-min";
        QTest::newRow("day") << qint64(86400) << "over-20-min";
    }
    void durationBuckets()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, bucket);
        QCOMPARE(EvidenceRecord::durationBucket(seconds), bucket);
    }

    void aggregatesADay()
    {
        QTemporaryDir dir;
        EvidenceAggregator agg(options(dir));
        QSignalSpy changed(&agg, &EvidenceAggregator::changed);
        QVERIFY(agg.add(record("missed-bin", true, true, "cy", 200, true, 400)).ok());
        QVERIFY(agg.add(record("missed-bin", false, false, "en", 100, false, 30)).ok());
        QVERIFY(agg.add(record("planning-comment", true, false, "en", 150, false, 700)).ok());
        QVERIFY(agg.add(record("", false, false, "pl", 100, false, 10)).ok());
        QCOMPARE(changed.count(), 4);

        const QJsonObject s = agg.summary();
        QCOMPARE(s.value("day").toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(s.value("sessions").toInt(), 4);
        QCOMPARE(s.value("completed").toInt(), 2);
        QCOMPARE(s.value("abandoned").toInt(), 2);
        QCOMPARE(s.value("helped").toInt(), 1);
        QCOMPARE(s.value("readAloud").toInt(), 1);
        const QJsonObject bins = s.value("services").toObject().value("missed-bin").toObject();
        QCOMPARE(bins.value("sessions").toInt(), 2);
        QCOMPARE(bins.value("completed").toInt(), 1);
        QCOMPARE(bins.value("abandoned").toInt(), 1);
        QCOMPARE(bins.value("helped").toInt(), 1);
        QCOMPARE(s.value("services").toObject().value("none").toObject().value("sessions").toInt(),
                 1);
        QCOMPARE(s.value("languages").toObject().value("en").toInt(), 2);
        QCOMPARE(s.value("languages").toObject().value("cy").toInt(), 1);
        QCOMPARE(s.value("textSize").toObject().value("200").toInt(), 1);
        QCOMPARE(s.value("textSize").toObject().value("150").toInt(), 1);
        QCOMPARE(s.value("textSize").toObject().value("100").toInt(), 2);
        QCOMPARE(s.value("duration").toObject().value("under-2-min").toInt(), 2);
        QCOMPARE(s.value("duration").toObject().value("5-10-min").toInt(), 1);
        QCOMPARE(s.value("duration").toObject().value("10-20-min").toInt(), 1);
        QCOMPARE(s.value("daysWaitingToBeSent").toInt(), 0);

        const EvidenceTotals t = agg.totals();
        QCOMPARE(t.sessions, 4);
        QCOMPARE(t.completed, 2);
        QCOMPARE(t.abandoned, 2);
        QCOMPARE(t.helped, 1);
        QCOMPARE(t.readAloud, 1);
        QCOMPARE(t.largeText, 2);

        // Nothing is sent while the day is still running.
        QCOMPARE(agg.flushDue().value(), 0);
        QVERIFY(m_queued.isEmpty());
    }

    void survivesRestartAndSendsOncePerDay()
    {
        QTemporaryDir dir;
        {
            EvidenceAggregator agg(options(dir));
            QVERIFY(agg.add(record("missed-bin", true, false, "en", 100, false, 60)).ok());
        }
        {
            EvidenceAggregator agg(options(dir)); // restart, same day
            QVERIFY(agg.add(record("missed-bin", true, false, "en", 100, false, 60)).ok());
            QCOMPARE(agg.summary().value("sessions").toInt(), 2);
        }
        m_now = m_now.addDays(1);
        EvidenceAggregator agg(options(dir));
        QCOMPARE(agg.summary().value("daysWaitingToBeSent").toInt(), 1);
        QVERIFY(agg.add(record("planning-comment", false, false, "ar", 100, false, 60)).ok());

        // The outbox refuses (disk low): the day is kept for later.
        m_enqueueResult = Status::failure(QStringLiteral("disk-low"), QStringLiteral("low"));
        const Result<int> refused = agg.flushDue();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("disk-low"));
        QCOMPARE(agg.summary().value("daysWaitingToBeSent").toInt(), 1);

        m_enqueueResult = Status::success();
        QCOMPARE(agg.flushDue().value(), 1);
        QCOMPARE(m_queued.size(), 1);
        const OutboxItem &item = m_queued.first();
        QCOMPARE(item.kind, QStringLiteral("evidence"));
        QCOMPARE(item.reference, QStringLiteral("EV-2026-11-23"));
        QCOMPARE(item.destination, QStringLiteral("planning"));
        const QJsonObject doc = QJsonDocument::fromJson(item.payload).object();
        QCOMPARE(doc.value("day").toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(doc.value("sessions").toInt(), 2);
        QCOMPARE(doc.value("kioskId").toString(), QStringLiteral("kiosk-7"));
        QCOMPARE(doc.value("kind").toString(), QStringLiteral("evidence"));
        QCOMPARE(agg.totals().daysSent, 1);

        // Sent days are gone; today's stays.
        QCOMPARE(agg.flushDue().value(), 0);
        QCOMPARE(agg.summary().value("sessions").toInt(), 1);
        QCOMPARE(agg.summary().value("daysWaitingToBeSent").toInt(), 0);
    }

    void duplicateReferenceMeansAlreadyQueued()
    {
        QTemporaryDir dir;
        EvidenceAggregator agg(options(dir));
        QVERIFY(agg.add(record("missed-bin", true, false, "en", 100, false, 60)).ok());
        m_now = m_now.addDays(2);
        // A crash after the enqueue but before the file was removed: the outbox says duplicate.
        m_enqueueResult = Status::failure(QStringLiteral("duplicate-reference"), QString());
        QCOMPARE(agg.flushDue().value(), 1);
        QCOMPARE(agg.summary().value("daysWaitingToBeSent").toInt(), 0);
    }

    void hostileValuesAreBucketed()
    {
        QTemporaryDir dir;
        EvidenceAggregator agg(options(dir));
        QVERIFY(
            agg.add(record("Jane Doe, 1 High St", true, false, "English please", 137, false, -5))
                .ok());
        const QJsonObject s = agg.summary();
        QVERIFY(s.value("services").toObject().contains("other"));
        QVERIFY(s.value("languages").toObject().contains("other"));
        QCOMPARE(s.value("textSize").toObject().value("150").toInt(), 1);
        QVERIFY(!QJsonDocument(s).toJson().contains("Jane"));
    }
};

QTEST_GUILESS_MAIN(tst_EvidenceAggregator)
#include "tst_evidenceaggregator.moc"
