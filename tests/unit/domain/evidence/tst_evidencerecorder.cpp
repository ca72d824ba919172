// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/evidenceaggregator.h"
#include "domain/evidence/evidencerecorder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ck;

class tst_EvidenceRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsOnWipeAndStartsClean()
    {
        QTemporaryDir dir;
        QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime);
        EvidenceAggregator agg(
            {dir.path(), QStringLiteral("k"), QStringLiteral("planning"), {}, [&now] {
                 return now;
             }});
        EvidenceRecorder rec(&agg, [&now] { return now; });

        // Untouched welcome screen timing out: not a session.
        rec.setLanguage(QStringLiteral("cy"));
        QVERIFY(!rec.active());
        rec.wipe();
        QCOMPARE(agg.totals().sessions, 0);

        rec.setLanguage(QStringLiteral("cy"));
        rec.sessionStarted();
        rec.setService(QStringLiteral("missed-bin"));
        rec.setTextScale(1.5);
        rec.setTextScale(1.0); // the largest used counts
        rec.markReadAloudUsed();
        rec.markHelped();
        now = now.addSecs(400);
        rec.markCompleted();
        rec.setService(QStringLiteral("planning-comment")); // after completion: kept
        const EvidenceRecord r = rec.current();
        QCOMPARE(r.serviceId, QStringLiteral("missed-bin"));
        QCOMPARE(r.outcome, EvidenceRecord::Outcome::Completed);
        QCOMPARE(r.language, QStringLiteral("cy"));
        QCOMPARE(r.textScalePercent, 150);
        QVERIFY(r.readAloudUsed);
        QVERIFY(r.helped);
        QCOMPARE(r.durationSec, 400);
        rec.wipe();
        QCOMPARE(agg.totals().sessions, 1);
        QCOMPARE(agg.totals().completed, 1);
        QCOMPARE(agg.totals().helped, 1);

        // Fresh after the wipe.
        QVERIFY(!rec.active());
        const EvidenceRecord fresh = rec.current();
        QVERIFY(!fresh.helped);
        QVERIFY(!fresh.readAloudUsed);
        QCOMPARE(fresh.textScalePercent, 100);
        QCOMPARE(fresh.serviceId, QStringLiteral("none"));

        rec.setService(QStringLiteral("planning-comment"));
        rec.wipe();
        QCOMPARE(agg.totals().abandoned, 1);
        QCOMPARE(agg.summary().value(QStringLiteral("sessions")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_EvidenceRecorder)
#include "tst_evidencerecorder.moc"
