// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/submissionbuilder.h"
#include "tests/unit/domain/flows/testflows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ck;

namespace {
const QDateTime kCreated(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

QJsonObject missedBinAnswers()
{
    return {{"bin-type", "general"},
            {"collection-date", "2026-01-05"},
            {"address", QJsonObject {{"postcode", "cf10 1aa"}, {"line1", "1 High St"}}},
            {"more-info", true},
            {"notes", "Robert'); DROP TABLE reports;-- 🗑️ عند الباب"},
            {"contact", true},
            {"email", "someone@example.com"},
            {"phone", "07700 900982"}};
}
} // namespace

class tst_SubmissionBuilder : public QObject
{
    Q_OBJECT
    FlowDefinition m_bin;

private Q_SLOTS:
    void initTestCase()
    {
        m_bin = loadTestFlow(demoServicesDir() + "/missed-bin.json");
        QCOMPARE(m_bin.id(), QStringLiteral("missed-bin"));
    }

    void payloadFollowsTheContract()
    {
        FlowSession s;
        s.start(m_bin, "cy");
        QVERIFY(s.fill(missedBinAnswers()).isEmpty());
        const QJsonObject p =
            SubmissionBuilder::payload(s, "CK-7F3K-92QD-X", AssistInfo {}, kCreated);
        QCOMPARE(p.value("schema"), QJsonValue(1));
        QCOMPARE(p.value("reference"), QJsonValue("CK-7F3K-92QD-X"));
        QCOMPARE(p.value("serviceId"), QJsonValue("missed-bin"));
        QCOMPARE(p.value("flowId"), QJsonValue("missed-bin"));
        QCOMPARE(p.value("flowVersion"), QJsonValue(m_bin.version()));
        QCOMPARE(p.value("language"), QJsonValue("cy"));
        QCOMPARE(p.value("createdAt"), QJsonValue("2026-11-23T10:00:00Z"));
        QCOMPARE(p.value("destination").toObject(),
                 (QJsonObject {{"name", "council"}, {"serviceCode", "MISSED_BIN"}}));
        const QJsonObject answers = p.value("answers").toObject();
        QCOMPARE(answers.value("bin-type"), QJsonValue("general"));
        QCOMPARE(answers.value("address").toObject().value("postcode"), QJsonValue("CF10 1AA"));
        QCOMPARE(answers.value("phone"), QJsonValue("07700900982"));
        QCOMPARE(p.value("assisted").toObject(),
                 (QJsonObject {{"helped", false}, {"consent", QJsonValue()}}));

        const QJsonObject o = p.value("open311").toObject();
        QCOMPARE(o.value("address_string"), QJsonValue("1 High St, CF10 1AA"));
        QCOMPARE(o.value("email"), QJsonValue("someone@example.com"));
        QCOMPARE(o.value("phone"), QJsonValue("07700900982"));
        QCOMPARE(o.value("first_name"), QJsonValue(""));
        QCOMPARE(o.value("last_name"), QJsonValue(""));
        const QString description = o.value("description").toString();
        // Mapped notes first, verbatim; then English "Question: answer" lines.
        QVERIFY(
            description.startsWith("Robert'); DROP TABLE reports;-- 🗑️ عند الباب\n"));
        QVERIFY(description.contains("Which bin was missed?: General waste"));
        QVERIFY(description.contains("When should we have collected it?: 5 January 2026"));
        QVERIFY(!description.contains("someone@example.com")); // contact fields stay apart
        const QJsonObject attributes = o.value("attributes").toObject();
        QCOMPARE(attributes.value("bin-type"), QJsonValue("general"));
        QCOMPARE(attributes.value("collection-date"), QJsonValue("2026-01-05"));
        QCOMPARE(attributes.value("more-info"), QJsonValue("true"));
        QVERIFY(!attributes.contains("address"));
        QVERIFY(!attributes.contains("notes"));
        QVERIFY(!attributes.contains("email"));
    }

    void hiddenBranchesAreDropped()
    {
        FlowSession s;
        s.start(m_bin, "en");
        QJsonObject answers = missedBinAnswers();
        QVERIFY(s.fill(answers).isEmpty());
        // The citizen changes their mind: no notes, no contact.
        QVERIFY(s.goTo("more-info").ok());
        QVERIFY(s.setAnswer("more-info", false).ok());
        QVERIFY(s.next().ok());
        QVERIFY(s.goTo("contact").ok());
        QVERIFY(s.setAnswer("contact", false).ok());
        QVERIFY(s.next().ok());
        QVERIFY(s.isOnSummary());
        const QJsonObject p = SubmissionBuilder::payload(s, "CK-0000-0000-0", {}, kCreated);
        const QByteArray json = QJsonDocument(p).toJson();
        QVERIFY(!json.contains("DROP TABLE"));
        QVERIFY(!json.contains("someone@example.com"));
        QVERIFY(!json.contains("07700900982"));
        const QJsonObject a = p.value("answers").toObject();
        QCOMPARE(a.keys(),
                 (QStringList {"address", "bin-type", "collection-date", "contact", "more-info"}));
        QCOMPARE(p.value("open311").toObject().value("email"), QJsonValue(""));
    }

    void assistedIsRecorded()
    {
        FlowSession s;
        s.start(m_bin, "en");
        QVERIFY(s.fill(missedBinAnswers()).isEmpty());
        const AssistInfo assist {true, true, "H-7Q"};
        const QJsonObject p = SubmissionBuilder::payload(s, "CK-0000-0000-0", assist, kCreated);
        QCOMPARE(p.value("assisted").toObject(),
                 (QJsonObject {{"helped", true}, {"consent", true}, {"helperCode", "H-7Q"}}));
    }

    void outboxItem()
    {
        FlowSession s;
        QCOMPARE(SubmissionBuilder::build(s, "x", {}, kCreated).error().code,
                 QStringLiteral("flow.notStarted"));
        s.start(m_bin, "en");
        QVERIFY(s.fill(missedBinAnswers()).isEmpty());
        const auto item = SubmissionBuilder::build(s, "CK-7F3K-92QD-X", {}, kCreated);
        QVERIFY(item.ok());
        QCOMPARE(item->reference, QStringLiteral("CK-7F3K-92QD-X"));
        QCOMPARE(item->serviceId, QStringLiteral("missed-bin"));
        QCOMPARE(item->flowId, QStringLiteral("missed-bin"));
        QCOMPARE(item->flowVersion, m_bin.version());
        QCOMPARE(item->destination, QStringLiteral("council"));
        QCOMPARE(item->kind, QStringLiteral("submission"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(item->payload, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), SubmissionBuilder::payload(s, "CK-7F3K-92QD-X", {}, kCreated));
        // Hostile text survives the round trip byte for byte.
        QCOMPARE(doc.object().value("answers").toObject().value("notes"),
                 missedBinAnswers().value("notes"));
    }

    void jsonApiDestination()
    {
        const FlowDefinition planning = loadTestFlow(demoServicesDir() + "/planning-comment.json");
        FlowSession s;
        s.start(planning, "pl");
        QVERIFY(s.fill({{"application-reference", "26/01234/FUL"},
                        {"stance", "object"},
                        {"comment", "Za wysoki budynek.\nZasłania światło."},
                        {"name", "Jan Kowalski"},
                        {"email", "jan@example.pl"},
                        {"postcode", "cf24 3aa"}})
                    .isEmpty());
        const auto item = SubmissionBuilder::build(s, "CK-0000-0000-0", {}, kCreated);
        QCOMPARE(item->destination, QStringLiteral("planning"));
        const QJsonObject p = QJsonDocument::fromJson(item->payload).object();
        QCOMPARE(p.value("destination").toObject().value("serviceCode"), QJsonValue(""));
        QCOMPARE(p.value("answers").toObject().value("postcode"), QJsonValue("CF24 3AA"));
        QCOMPARE(p.value("answers").toObject().value("comment"),
                 QJsonValue("Za wysoki budynek.\nZasłania światło."));
    }

    void longDescriptionIsCut()
    {
        FlowSession s;
        s.start(m_bin, "en");
        QJsonObject answers = missedBinAnswers();
        answers["notes"] = QString(500, 'n');
        QVERIFY(s.fill(answers).isEmpty());
        const QString d = SubmissionBuilder::payload(s, "r", {}, kCreated)
                              .value("open311")
                              .toObject()
                              .value("description")
                              .toString();
        QVERIFY(d.size() <= 4000);
        QVERIFY(d.startsWith(QString(500, 'n')));
    }
};

QTEST_GUILESS_MAIN(tst_SubmissionBuilder)
#include "tst_submissionbuilder.moc"
