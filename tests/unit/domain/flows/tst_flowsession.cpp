// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/flowsession.h"
#include "tests/unit/domain/flows/testflows.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace ck;

namespace {
const QJsonObject kAddress {{"postcode", "cf10 1aa"}, {"line1", "1 High St"}};

// Answers for everything.json that walk the pothole branch to the end.
QJsonObject potholeAnswers()
{
    return {{"kind", "pothole"},    {"depth", 12},
            {"dangerous", true},    {"danger-notes", "Bikes fall in"},
            {"seen", "2024-02-29"}, {"features", QJsonArray {"bus", "school"}},
            {"where", kAddress},    {"first", "Ada"},
            {"last", "Lovelace"}};
}
} // namespace

class tst_FlowSession : public QObject
{
    Q_OBJECT
    FlowDefinition m_flow;

    void answerAndNext(FlowSession &s, const QJsonValue &value)
    {
        const QString page = s.currentPageId();
        QVERIFY2(s.setAnswer(page, value).ok(), qPrintable(page));
        QVERIFY2(s.next().ok(), qPrintable(page));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_flow = loadTestFlow(testDataPath("flows/good/everything.json"));
        QVERIFY(!m_flow.id().isEmpty());
    }

    void startsOnFirstPage()
    {
        FlowSession s;
        QVERIFY(!s.isActive());
        QVERIFY(!s.currentPage());
        QCOMPARE(s.next().error().code, QStringLiteral("flow.notStarted"));
        QSignalSpy changed(&s, &FlowSession::changed);
        s.start(m_flow, "en");
        QCOMPARE(changed.count(), 1);
        QVERIFY(s.isActive());
        QCOMPARE(s.currentPageId(), QStringLiteral("kind"));
        QVERIFY(!s.canGoBack());
        QVERIFY(!s.back());
        // Before "kind" is answered no branch is visible: 9 of the 12 pages.
        QCOMPARE(s.progress().current, 1);
        QCOMPARE(s.progress().total, 9);
    }

    void requiredPageBlocksNext()
    {
        FlowSession s;
        s.start(m_flow, "en");
        const Status r = s.next();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("field.required"));
        QCOMPARE(s.errors().size(), 1);
        QCOMPARE(s.errors().first().pageId, QStringLiteral("kind"));
        QCOMPARE(s.currentPageId(), QStringLiteral("kind"));
        QVERIFY(!s.setAnswer("kind", "castle").ok());
        QCOMPARE(s.answer("kind"), QJsonValue("castle")); // shown back as typed
        QVERIFY(!s.next().ok());
        QVERIFY(s.setAnswer("kind", "other").ok());
        QVERIFY(s.errors().isEmpty());
        QVERIFY(s.next().ok());
        QCOMPARE(s.currentPageId(), QStringLiteral("seen"));
        QCOMPARE(s.setAnswer("nope", 1).error().code, QStringLiteral("flow.unknownPage"));
    }

    void branching_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("visible");
        const QStringList tail {"seen", "features", "where", "first",
                                "last", "email",    "phone", "home-postcode"};
        QTest::newRow("pothole") << "pothole"
                                 << (QStringList {"kind", "depth", "dangerous"} + tail);
        QTest::newRow("light") << "light" << (QStringList {"kind", "dangerous"} + tail);
        QTest::newRow("other") << "other" << (QStringList {"kind"} + tail);
    }
    void branching()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, visible);
        FlowSession s;
        s.start(m_flow, "en");
        QVERIFY(s.setAnswer("kind", kind).ok());
        QCOMPARE(s.visiblePages(), visible);
        QVERIFY(s.next().ok());
        QCOMPARE(s.currentPageId(), visible.at(1));
        // A page depending on a hidden page stays hidden whatever its own condition says.
        QVERIFY(s.setAnswer("dangerous", true).ok());
        QCOMPARE(s.visiblePages().contains("danger-notes"), kind != QLatin1String("other"));
    }

    void walksToSummaryAndBack()
    {
        FlowSession s;
        s.start(m_flow, "en");
        answerAndNext(s, "pothole");
        answerAndNext(s, "12");
        answerAndNext(s, "yes");
        answerAndNext(s, "Bikes fall in");
        QCOMPARE(s.progress().current, 5);
        answerAndNext(s, QJsonObject {{"day", "29"}, {"month", "2"}, {"year", "2024"}});
        answerAndNext(s, QJsonArray {"bus", "school"});
        answerAndNext(s, kAddress);
        answerAndNext(s, "Ada");
        answerAndNext(s, "Lovelace");
        answerAndNext(s, "");
        answerAndNext(s, QJsonValue());
        QCOMPARE(s.currentPageId(), QStringLiteral("home-postcode"));
        answerAndNext(s, "sw1a1aa");
        QVERIFY(s.isOnSummary());
        QVERIFY(!s.currentPage());
        QCOMPARE(s.progress().current, s.progress().total);

        const QList<FlowSession::SummaryRow> rows = s.summary();
        QCOMPARE(rows.size(), 12);
        QCOMPARE(rows[0].question, QStringLiteral("What kind?"));
        QCOMPARE(rows[0].displayValue, QStringLiteral("Pothole"));
        QCOMPARE(rows[1].displayValue, QStringLiteral("12"));
        QCOMPARE(rows[2].displayValue, QStringLiteral("Yes"));
        QCOMPARE(rows[4].displayValue, QStringLiteral("29 February 2024"));
        QCOMPARE(rows[5].displayValue, QStringLiteral("A school\nA bus stop"));
        QCOMPARE(rows[6].displayValue, QStringLiteral("1 High St\nCF10 1AA"));
        QCOMPARE(rows[9].displayValue, QStringLiteral("Not answered"));
        QCOMPARE(rows[11].displayValue, QStringLiteral("SW1A 1AA"));

        // Back from the summary goes to the last page; answers survive back and forward.
        QVERIFY(s.back());
        QCOMPARE(s.currentPageId(), QStringLiteral("home-postcode"));
        for (int i = 0; i < 11; ++i)
            QVERIFY(s.back());
        QCOMPARE(s.currentPageId(), QStringLiteral("kind"));
        QCOMPARE(s.answer("where").toObject().value("postcode"), QJsonValue("CF10 1AA"));
        for (int i = 0; i < 12; ++i)
            QVERIFY(s.next().ok());
        QVERIFY(s.isOnSummary());
        QVERIFY(s.validateAll().isEmpty());
    }

    void hiddenAnswersLeaveSummaryAndPayload()
    {
        FlowSession s;
        s.start(m_flow, "en");
        QVERIFY(s.fill(potholeAnswers()).isEmpty());
        QVERIFY(s.isOnSummary());
        QVERIFY(s.answersJson().contains("depth"));
        QVERIFY(s.answersJson().contains("danger-notes"));

        // Changing an answer that hides later pages (a "change" link from the summary).
        QVERIFY(s.goTo("kind").ok());
        QVERIFY(s.setAnswer("kind", "other").ok());
        QVERIFY(s.next().ok());
        QVERIFY(s.isOnSummary());
        const QJsonObject answers = s.answersJson();
        QVERIFY(!answers.contains("depth"));
        QVERIFY(!answers.contains("dangerous"));
        QVERIFY(!answers.contains("danger-notes"));
        for (const auto &row : s.summary())
            QVERIFY(row.pageId != QLatin1String("depth") && row.pageId != "danger-notes");
        QCOMPARE(s.goTo("depth").error().code, QStringLiteral("flow.pageHidden"));

        // Changing back restores what was typed before.
        QVERIFY(s.goTo("kind").ok());
        QVERIFY(s.setAnswer("kind", "pothole").ok());
        QVERIFY(s.next().ok());
        QVERIFY(s.isOnSummary());
        QCOMPARE(s.answersJson().value("depth"), QJsonValue(12));
    }

    void changeRevealsNewQuestionFirst()
    {
        FlowSession s;
        s.start(m_flow, "en");
        QJsonObject answers = potholeAnswers();
        answers["kind"] = "other";
        answers.remove("depth");
        answers.remove("dangerous");
        answers.remove("danger-notes");
        QVERIFY(s.fill(answers).isEmpty());
        QVERIFY(s.isOnSummary());

        QVERIFY(s.goTo("kind").ok());
        QVERIFY(s.canGoBack());
        QVERIFY(s.setAnswer("kind", "pothole").ok());
        QVERIFY(s.next().ok());
        QCOMPARE(s.currentPageId(), QStringLiteral("depth")); // newly shown, not yet answered
        QVERIFY(!s.next().ok()); // and required
        answerAndNext(s, 3);
        QCOMPARE(s.currentPageId(), QStringLiteral("dangerous"));
        answerAndNext(s, false);
        QVERIFY(s.isOnSummary()); // danger-notes stays hidden; the rest was answered

        // Back from a change page returns to the summary without changing anything.
        QVERIFY(s.goTo("first").ok());
        QVERIFY(s.back());
        QVERIFY(s.isOnSummary());
        QCOMPARE(s.answer("first"), QJsonValue("Ada"));
    }

    void languageSwitchKeepsAnswers()
    {
        FlowSession s;
        s.start(m_flow, "en");
        QVERIFY(s.fill(potholeAnswers()).isEmpty());
        s.setLanguage("cy");
        QCOMPARE(s.language(), QStringLiteral("cy"));
        QVERIFY(s.isOnSummary());
        const auto rows = s.summary();
        QCOMPARE(rows[0].question, QStringLiteral("Pa fath?"));
        QCOMPARE(rows[0].displayValue, QStringLiteral("Twll yn y ffordd"));
        QCOMPARE(rows[1].question, QStringLiteral("How deep, in cm?")); // falls back to en
        QVERIFY(rows[4].displayValue.contains("2024"));
        FlowSession en;
        en.start(m_flow, "en");
        QVERIFY(en.fill(potholeAnswers()).isEmpty());
        QCOMPARE(s.answersJson(), en.answersJson());
    }

    void languageSwitchKeepsErrorsToTheSamePages()
    {
        FlowSession s;
        s.start(m_flow, "en");
        QVERIFY(!s.next().ok());
        s.setLanguage("cy");
        QCOMPARE(s.errors().size(), 1);
        QCOMPARE(s.errors().first().pageId, QStringLiteral("kind"));
        QCOMPARE(s.currentPageId(), QStringLiteral("kind"));
    }

    void fillReportsEveryProblem()
    {
        FlowSession s;
        s.start(m_flow, "en");
        QJsonObject answers = potholeAnswers();
        answers["nonsense"] = 1;
        answers["where"] = QJsonObject {{"postcode", "nope"}, {"line1", "x"}};
        answers.remove("last");
        const auto errors = s.fill(answers);
        QStringList where;
        for (const auto &e : errors)
            where << e.pageId + "=" + e.code;
        QCOMPARE(where,
                 (QStringList {"nonsense=flow.unknownPage", "where=field.postcode",
                               "last=field.required"}));
        QVERIFY(!s.isOnSummary());
        QCOMPARE(s.currentPageId(), QStringLiteral("where"));
    }

    void wipeForgetsEverything()
    {
        FlowSession s;
        s.start(m_flow, "pl");
        QVERIFY(s.fill(potholeAnswers()).isEmpty());
        s.markSubmitted("CK-7F3K-92QD-X");
        QSignalSpy changed(&s, &FlowSession::changed);
        s.wipe();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!s.isActive());
        QVERIFY(!s.flow());
        QVERIFY(!s.currentPage());
        QVERIFY(!s.isOnSummary());
        QVERIFY(s.answer("first").isNull());
        QVERIFY(s.answersJson().isEmpty());
        QVERIFY(s.summary().isEmpty());
        QVERIFY(s.visiblePages().isEmpty());
        QVERIFY(s.submittedReference().isEmpty());
        QCOMPARE(s.language(), QStringLiteral("en"));
        // A new citizen starts clean.
        s.start(m_flow, "en");
        QVERIFY(s.answer("kind").isNull());
        QCOMPARE(s.currentPageId(), QStringLiteral("kind"));
    }

    void startAgainWipesPreviousAnswers()
    {
        FlowSession s;
        s.start(m_flow, "en");
        QVERIFY(s.fill(potholeAnswers()).isEmpty());
        s.start(m_flow, "en");
        QVERIFY(s.answer("first").isNull());
        QVERIFY(!s.isOnSummary());
    }

    void demoMissedBinWalk()
    {
        const FlowDefinition bin = loadTestFlow(demoServicesDir() + "/missed-bin.json");
        FlowSession s;
        s.start(bin, "ar");
        QCOMPARE(s.currentPage()->question.text("ar"), QStringLiteral("ما الحاوية التي لم تُجمع؟"));
        answerAndNext(s, "general");
        answerAndNext(s, QJsonValue("2026-01-05"));
        answerAndNext(s, kAddress);
        answerAndNext(s, false); // no notes: the notes page is skipped
        QCOMPARE(s.currentPageId(), QStringLiteral("contact"));
        answerAndNext(s, true);
        QCOMPARE(s.currentPageId(), QStringLiteral("email"));
        answerAndNext(s, "someone@example.com");
        answerAndNext(s, "");
        QVERIFY(s.isOnSummary());
        QCOMPARE(s.visiblePages(),
                 (QStringList {"bin-type", "collection-date", "address", "more-info", "contact",
                               "email", "phone"}));
    }
};

QTEST_GUILESS_MAIN(tst_FlowSession)
#include "tst_flowsession.moc"
