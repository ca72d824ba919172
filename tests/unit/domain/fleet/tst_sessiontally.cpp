// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/metricswriter.h"
#include "domain/fleet/sessiontally.h"

#include <QtTest>

using namespace ck;

// The session counters as node_exporter will read them from the textfile.
class tst_SessionTally : public QObject
{
    Q_OBJECT

    static double sample(const MetricsWriter &m, const QByteArray &event)
    {
        const QByteArray prefix = "civic_kiosk_sessions_total{event=\"" + event + "\"} ";
        for (const QByteArray &line : m.render().split('\n'))
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).toDouble();
        return -1;
    }

private Q_SLOTS:
    void completedSessionIsNotAbandoned()
    {
        MetricsWriter m;
        SessionTally t(&m);
        t.started();
        t.started(); // screens change many times in one session
        t.submitted();
        t.wiped(12);
        QCOMPARE(sample(m, "started"), 1.0);
        QCOMPARE(sample(m, "completed"), 1.0);
        QCOMPARE(sample(m, "abandoned"), 0.0);
        QCOMPARE(sample(m, "wiped"), 1.0);
    }

    void idleTimeoutWithoutSubmissionIsAbandoned()
    {
        MetricsWriter m;
        SessionTally t(&m);
        t.started();
        QVERIFY(t.inSession());
        t.wiped(30);
        QVERIFY(!t.inSession());
        QCOMPARE(sample(m, "abandoned"), 1.0);
        QCOMPARE(sample(m, "completed"), 0.0);
    }

    void wipeOnTheWelcomeScreenCountsOnlyTheWipe()
    {
        MetricsWriter m;
        SessionTally t(&m);
        t.wiped(5);
        QCOMPARE(sample(m, "started"), 0.0);
        QCOMPARE(sample(m, "abandoned"), 0.0);
        QCOMPARE(sample(m, "wiped"), 1.0);
    }

    void eachSessionCountsOnce()
    {
        MetricsWriter m;
        SessionTally t(&m);
        for (int i = 0; i < 3; ++i) {
            t.started();
            if (i != 1) {
                t.submitted();
                t.submitted(); // a double tap on "Send"
            }
            t.wiped(10);
        }
        QCOMPARE(sample(m, "started"), 3.0);
        QCOMPARE(sample(m, "completed"), 2.0);
        QCOMPARE(sample(m, "abandoned"), 1.0);
        QCOMPARE(sample(m, "wiped"), 3.0);
    }
};

QTEST_GUILESS_MAIN(tst_SessionTally)
#include "tst_sessiontally.moc"
