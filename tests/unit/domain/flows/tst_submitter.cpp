// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/submitter.h"
#include "tests/unit/domain/flows/testflows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ck;

namespace {
QJsonObject goodAnswers()
{
    return {{"bin-type", "recycling"},
            {"collection-date", "2026-01-05"},
            {"address", QJsonObject {{"postcode", "SW1A 1AA"}, {"line1", "10 Downing St"}}},
            {"more-info", false},
            {"contact", false}};
}

// An in-memory stand-in for Outbox::enqueue (the outbox has its own durable tests).
struct MemoryOutbox
{
    QList<OutboxItem> items;
    std::optional<Error> failNext;
    const FlowSession *watched = nullptr;
    bool referenceVisibleDuringEnqueue = false;

    Submitter::Enqueue enqueue()
    {
        return [this](OutboxItem item) -> Status {
            if (watched && !watched->submittedReference().isEmpty())
                referenceVisibleDuringEnqueue = true;
            if (failNext) {
                Error e = *failNext;
                failNext.reset();
                return e;
            }
            items.append(std::move(item));
            return Status::success();
        };
    }
};

ReferenceGenerator counterFrom(quint64 *counter)
{
    return ReferenceGenerator("kiosk-test", [counter]() -> Result<quint64> { return ++*counter; });
}
} // namespace

class tst_Submitter : public QObject
{
    Q_OBJECT
    FlowDefinition m_bin;

private Q_SLOTS:
    void initTestCase()
    {
        m_bin = loadTestFlow(demoServicesDir() + "/missed-bin.json");
        QVERIFY(!m_bin.id().isEmpty());
    }

    void submitsAfterDurableEnqueue()
    {
        quint64 counter = 0;
        MemoryOutbox outbox;
        FlowSession s;
        outbox.watched = &s;
        Submitter submitter(counterFrom(&counter), outbox.enqueue(),
                            [] { return QDateTime(QDate(2026, 1, 6), QTime(9, 30), Qt::UTC); });
        s.start(m_bin, "en");
        QVERIFY(s.fill(goodAnswers()).isEmpty());
        const auto ref = submitter.submit(s, AssistInfo {});
        QVERIFY2(ref.ok(), ref.ok() ? "" : qPrintable(ref.error().message));
        QVERIFY(ReferenceNumber::parse(ref.value()).ok());
        QCOMPARE(counter, quint64(1));
        QCOMPARE(outbox.items.size(), 1);
        QCOMPARE(outbox.items[0].reference, ref.value());
        QVERIFY(!outbox.referenceVisibleDuringEnqueue);
        QCOMPARE(s.submittedReference(), ref.value());
        const QJsonObject p = QJsonDocument::fromJson(outbox.items[0].payload).object();
        QCOMPARE(p.value("reference"), QJsonValue(ref.value()));
        QCOMPARE(p.value("createdAt"), QJsonValue("2026-01-06T09:30:00Z"));
    }

    void doubleTapDoesNotSubmitTwice()
    {
        quint64 counter = 0;
        MemoryOutbox outbox;
        Submitter submitter(counterFrom(&counter), outbox.enqueue());
        FlowSession s;
        s.start(m_bin, "en");
        QVERIFY(s.fill(goodAnswers()).isEmpty());
        const auto first = submitter.submit(s, {});
        const auto second = submitter.submit(s, {});
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second.value(), first.value());
        QCOMPARE(outbox.items.size(), 1);
        // A new session gets a new number.
        s.start(m_bin, "en");
        QVERIFY(s.fill(goodAnswers()).isEmpty());
        const auto third = submitter.submit(s, {});
        QVERIFY(third.ok());
        QVERIFY(third.value() != first.value());
        QCOMPARE(outbox.items.size(), 2);
    }

    void enqueueFailureKeepsAnswersAndNoReference()
    {
        quint64 counter = 0;
        MemoryOutbox outbox;
        outbox.failNext = Error {"outbox.diskLow", "We could not save this."};
        Submitter submitter(counterFrom(&counter), outbox.enqueue());
        FlowSession s;
        s.start(m_bin, "en");
        QVERIFY(s.fill(goodAnswers()).isEmpty());
        const auto failed = submitter.submit(s, {});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("outbox.diskLow"));
        QVERIFY(s.submittedReference().isEmpty());
        QVERIFY(s.isOnSummary());
        QCOMPARE(s.answer("bin-type"), QJsonValue("recycling"));
        QVERIFY(outbox.items.isEmpty());
        // Trying again works and uses a fresh counter value (gaps are fine, repeats are not).
        const auto retried = submitter.submit(s, {});
        QVERIFY(retried.ok());
        QCOMPARE(counter, quint64(2));
        QCOMPARE(outbox.items.size(), 1);
    }

    void invalidAnswersAreRefused()
    {
        quint64 counter = 0;
        MemoryOutbox outbox;
        Submitter submitter(counterFrom(&counter), outbox.enqueue());
        FlowSession s;
        s.start(m_bin, "en");
        QJsonObject answers = goodAnswers();
        answers.remove("address");
        (void)s.fill(answers);
        const auto r = submitter.submit(s, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("submit.invalid"));
        QCOMPARE(s.errors().size(), 1);
        QCOMPARE(s.errors().first().pageId, QStringLiteral("address"));
        QCOMPARE(counter, quint64(0)); // no number used up
        QVERIFY(outbox.items.isEmpty());
    }

    void counterFailureIsReported()
    {
        MemoryOutbox outbox;
        Submitter submitter(ReferenceGenerator("k",
                                               []() -> Result<quint64> {
                                                   return Result<quint64>::failure("outbox.closed",
                                                                                   "closed");
                                               }),
                            outbox.enqueue());
        FlowSession s;
        s.start(m_bin, "en");
        QVERIFY(s.fill(goodAnswers()).isEmpty());
        QCOMPARE(submitter.submit(s, {}).error().code, QStringLiteral("outbox.closed"));
        QVERIFY(outbox.items.isEmpty());
    }

    void notStarted()
    {
        quint64 counter = 0;
        MemoryOutbox outbox;
        Submitter submitter(counterFrom(&counter), outbox.enqueue());
        FlowSession s;
        QCOMPARE(submitter.submit(s, {}).error().code, QStringLiteral("flow.notStarted"));
        Submitter noOutbox(counterFrom(&counter), {});
        s.start(m_bin, "en");
        QVERIFY(s.fill(goodAnswers()).isEmpty());
        QCOMPARE(noOutbox.submit(s, {}).error().code, QStringLiteral("submit.noOutbox"));
    }
};

QTEST_GUILESS_MAIN(tst_Submitter)
#include "tst_submitter.moc"
