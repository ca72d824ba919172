// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The `privacy` block of a flow file (PrivacyNotice): parsed and translated like every flow
// text, required when a field can be personal, and the refusal said in the admin's language.
#include "domain/flows/flowdefinition.h"
#include "domain/flows/privacynotice.h"
#include "tests/unit/domain/flows/testflows.h"

#include <QJsonDocument>
#include <QTranslator>
#include <QtTest>

using namespace ck;

namespace {

QByteArray flowWith(const QByteArray &privacy, const QByteArray &fieldType)
{
    return R"({"schema":1,"id":"contact-us","version":1,)"
           R"("title":{"en":"Contact us","cy":"Cysylltu â ni"},)"
        + privacy
        + R"("destination":{"name":"council"},"pages":[)"
          R"({"id":"topic","question":{"en":"What about?","cy":"Am beth?"},)"
          R"("field":{"type":"choice","options":[{"value":"bins","label":{"en":"Bins","cy":"Biniau"}}]}},)"
          R"({"id":"answer","question":{"en":"Your answer","cy":"Eich ateb"},)"
          R"("field":{"type":")"
        + fieldType + R"("}}]})";
}

const QByteArray kPrivacy =
    R"("privacy":{)"
    R"("controller":{"en":"Cardiff Council receives your answers.","cy":"Cyngor Caerdydd sy'n cael eich atebion."},)"
    R"("purpose":{"en":"We use them to reply to you.","cy":"Rydym yn eu defnyddio i'ch ateb."},)"
    R"("retention":{"en":"We keep them for 1 year.","cy":"Rydym yn eu cadw am flwyddyn."},)"
    R"("published":{"en":"Nothing is published.","cy":"Does dim byd yn cael ei gyhoeddi."}},)";

} // namespace

class TestPrivacyNotice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheBlockInEveryLanguage()
    {
        const auto flow = FlowDefinition::parse(flowWith(kPrivacy, "email"), "contact-us.json");
        QVERIFY2(flow.ok(), flow.ok() ? "" : qPrintable(flow.error().message));
        const PrivacyNotice &privacy = flow->privacy();
        QVERIFY(!privacy.isEmpty());
        QCOMPARE(privacy.controller.text("cy"),
                 QStringLiteral("Cyngor Caerdydd sy'n cael eich atebion."));
        QCOMPARE(privacy.retention.text("en"), QStringLiteral("We keep them for 1 year."));
        // Polish is missing: English stands in, as for every flow text.
        QCOMPARE(privacy.published.text("pl"), QStringLiteral("Nothing is published."));
        QCOMPARE(flow->noticeParagraphs("cy"),
                 (QStringList {"Cyngor Caerdydd sy'n cael eich atebion.",
                               "Rydym yn eu defnyddio i'ch ateb.", "Rydym yn eu cadw am flwyddyn.",
                               "Does dim byd yn cael ei gyhoeddi."}));
        QCOMPARE(flow->completeLanguages(), (QStringList {"cy", "en"}));
        QVERIFY(flow->asksForPersonalData());
    }

    void aMissingTranslationInTheBlockNarrowsTheFlowsLanguages()
    {
        QByteArray privacy = kPrivacy;
        privacy.replace(R"(,"cy":"Rydym yn eu cadw am flwyddyn.")", "");
        const auto flow = FlowDefinition::parse(flowWith(privacy, "email"), "contact-us.json");
        QVERIFY(flow.ok());
        QCOMPARE(flow->completeLanguages(), QStringList {"en"});
    }

    // The kiosk's rule for personal answers (also what read-aloud speaks only into a headset):
    // everything but the kiosk's own closed answers.
    void personalFieldTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("personal");
        for (const char *t : {"text", "longtext", "number", "date", "email", "phone", "postcode",
                              "postcode-address"})
            QTest::newRow(t) << QString::fromLatin1(t) << true;
        for (const char *t : {"choice", "multichoice", "yesno"})
            QTest::newRow(t) << QString::fromLatin1(t) << false;
    }
    void personalFieldTypes()
    {
        QFETCH(QString, type);
        QFETCH(bool, personal);
        FieldDefinition field;
        field.type = *fieldTypeFromName(type);
        QCOMPARE(field.isPersonal(), personal);
        // A flow with such a field and no privacy block: refused exactly when it is personal.
        const QByteArray fieldType = type.toLatin1();
        QByteArray json = flowWith(QByteArray(), fieldType);
        if (type == QLatin1String("choice") || type == QLatin1String("multichoice"))
            json.replace(R"("field":{"type":")" + fieldType + R"("}})",
                         R"("field":{"type":")" + fieldType
                             + R"(","options":[{"value":"a","label":{"en":"A","cy":"A"}}]}})");
        FlowProblem problem;
        const auto flow = FlowDefinition::parse(json, "contact-us.json", &problem);
        QCOMPARE(flow.ok(), !personal);
        if (personal) {
            QCOMPARE(problem.code, QStringLiteral("flow.missingPrivacy"));
            QCOMPARE(problem.path, QStringLiteral("privacy"));
        }
    }

    void refusalSaysWhichPageAndWhatToAdd()
    {
        FlowProblem problem;
        const auto flow =
            FlowDefinition::parse(flowWith(QByteArray(), "phone"), "contact-us.json", &problem);
        QVERIFY(!flow.ok());
        QCOMPARE(flow.error().code, QStringLiteral("flow.missingPrivacy"));
        QCOMPARE(problem.reason,
                 QStringLiteral("The page \"answer\" asks for an answer that can be personal "
                                "(phone), so the flow needs a \"privacy\" block: who receives the "
                                "answers (\"controller\"), why (\"purpose\"), how long they are "
                                "kept (\"retention\") and whether anything is published "
                                "(\"published\"). See docs/flows.md."));
        QVERIFY(flow.error().message.startsWith(QStringLiteral("contact-us.json: privacy: ")));
    }

    void refusalIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word"); // a word of that language in the reason
        QTest::newRow("cy") << "cy" << QStringLiteral("preifatrwydd");
        QTest::newRow("pl") << "pl" << QStringLiteral("prywatności");
        QTest::newRow("ar") << "ar" << QStringLiteral("الخصوصية");
    }
    void refusalIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QTranslator translator;
        const QString qm = qEnvironmentVariable("CK_BUILD_DIR")
            + QStringLiteral("/translations/civickiosk_%1.qm").arg(language);
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(&translator);
        FlowProblem problem;
        const auto flow =
            FlowDefinition::parse(flowWith(QByteArray(), "email"), "contact-us.json", &problem);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!flow.ok());
        QVERIFY2(problem.reason.contains(word), qPrintable(problem.reason));
        // The page id and the JSON keys stay as written in the file, whatever the language
        // (in Arabic the page id sits in invisible isolates, so it keeps its own order).
        QVERIFY(problem.reason.contains(QStringLiteral("answer")));
        QVERIFY(!problem.reason.contains(QStringLiteral("asks for")));
        QVERIFY(problem.reason.contains(QStringLiteral("\"retention\"")));
    }

    // Flows that send nothing personal may have no notice, or the older single text.
    void olderNoticeStillReadWithoutPersonalFields()
    {
        const QByteArray legacy =
            R"("privacyNotice":{"en":"We count the answers only.","cy":"Dim ond cyfrif yr atebion rydym ni."},)";
        const auto flow = FlowDefinition::parse(flowWith(legacy, "yesno"), "survey.json");
        QVERIFY2(flow.ok(), flow.ok() ? "" : qPrintable(flow.error().message));
        QVERIFY(flow->privacy().isEmpty());
        QVERIFY(!flow->asksForPersonalData());
        QCOMPARE(flow->noticeParagraphs("cy"),
                 QStringList {QStringLiteral("Dim ond cyfrif yr atebion rydym ni.")});
        const auto none = FlowDefinition::parse(flowWith(QByteArray(), "yesno"), "survey.json");
        QVERIFY(none.ok());
        QVERIFY(none->noticeParagraphs("en").isEmpty());
        // With a personal field the older text is not enough on its own.
        const auto personal = FlowDefinition::parse(flowWith(legacy, "text"), "survey.json");
        QVERIFY(!personal.ok());
        QCOMPARE(personal.error().code, QStringLiteral("flow.missingPrivacy"));
    }

    // The block that flows built from a council's catalogue get when the site wrote none.
    void councilDefaultIsACompleteTranslatedBlock()
    {
        const QJsonObject block =
            PrivacyNotice::councilDefault(QStringLiteral("Pothole  on a road"));
        QCOMPARE(block.keys(), (QStringList {"controller", "published", "purpose", "retention"}));
        const QByteArray privacy =
            "\"privacy\":" + QJsonDocument(block).toJson(QJsonDocument::Compact) + ',';
        QByteArray json = flowWith(privacy, "email");
        json.replace(
            R"("title":{"en":"Contact us","cy":"Cysylltu â ni"})",
            R"("title":{"en":"Contact us","cy":"Cysylltu â ni","pl":"Kontakt","ar":"اتصل بنا"})");
        const auto flow = FlowDefinition::parse(json, "discovered.json");
        QVERIFY2(flow.ok(), flow.ok() ? "" : qPrintable(flow.error().message));
        for (const QString language : {"en", "cy", "pl", "ar"}) {
            QVERIFY(flow->privacy().controller.has(language));
            QVERIFY2(flow->privacy().controller.text(language).contains("Pothole on a road"),
                     qPrintable(language));
        }
        QCOMPARE(flow->privacy().published.text("cy").left(8), QStringLiteral("Does dim"));
    }
};

QTEST_GUILESS_MAIN(TestPrivacyNotice)
#include "tst_privacynotice.moc"
