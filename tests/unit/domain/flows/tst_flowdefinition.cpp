// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/fieldvalidator.h"
#include "domain/flows/flowdefinition.h"
#include "tests/unit/domain/flows/testflows.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ck;

class tst_FlowDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesSample()
    {
        const FlowDefinition flow = loadTestFlow(testDataPath("flows/good/sample.json"));
        QCOMPARE(flow.id(), QStringLiteral("sample"));
        QCOMPARE(flow.version(), 1);
        QCOMPARE(flow.schema(), 1);
        QCOMPARE(flow.destination().name, QStringLiteral("council"));
        QCOMPARE(flow.destination().serviceCode, QStringLiteral("SAMPLE"));
        QCOMPARE(flow.pages().size(), 3);
        const FlowPage *why = flow.page("why");
        QVERIFY(why);
        QVERIFY(why->showIf);
        QCOMPARE(why->showIf->page, QStringLiteral("colour"));
        QVERIFY(why->showIf->matches(QJsonValue("red")));
        QVERIFY(!why->showIf->matches(QJsonValue("blue")));
        QVERIFY(!why->showIf->matches(QJsonValue()));
        QCOMPARE(flow.page("colour")->field.type, FieldType::Choice);
        QCOMPARE(flow.page("colour")->field.options.size(), 2);
        QCOMPARE(flow.page("name")->field.effectiveMaxLength(), 50);
        QCOMPARE(flow.pageIndex("name"), 2);
        QCOMPARE(flow.pageIndex("nope"), -1);
        QCOMPARE(flow.completeLanguages(), QStringList {"en"});
    }

    void parsesEveryFieldType()
    {
        const FlowDefinition flow = loadTestFlow(testDataPath("flows/good/everything.json"));
        QCOMPARE(flow.pages().size(), 12);
        QSet<FieldType> types;
        for (const FlowPage &page : flow.pages())
            types.insert(page.field.type);
        QCOMPARE(types.size(), 11);
        const FieldDefinition &depth = flow.page("depth")->field;
        QCOMPARE(depth.min, 1.0);
        QCOMPARE(depth.max, 100.0);
        QVERIFY(depth.wholeNumber);
        QCOMPARE(flow.page("seen")->field.dateRange, DateRange::PastOrToday);
        QVERIFY(flow.page("dangerous")->showIf->inList);
        QVERIFY(flow.page("danger-notes")->showIf->matches(QJsonValue(true)));
        QCOMPARE(flow.page("where")->open311, QStringLiteral("address_string"));
        QCOMPARE(flow.title().text("cy"), QStringLiteral("Pob maes"));
        QCOMPARE(flow.title().text("pl"), QStringLiteral("Every field")); // falls back to en
        QCOMPARE(flow.title().text("cy-GB"), QStringLiteral("Pob maes"));
    }

    void ownErrorMessages()
    {
        // GOV.UK: the error names the question. The flow's text replaces the general one for
        // that code only, in the session language, falling back to English.
        const FlowDefinition flow = loadTestFlow(testDataPath("flows/good/everything.json"));
        const FieldDefinition &kind = flow.page("kind")->field;
        QCOMPARE(kind.errors.size(), 1);
        auto r = FieldValidator::validate(kind, QJsonValue(), "en");
        QCOMPARE(r.error().code, QStringLiteral("field.required"));
        QCOMPARE(r.error().message, QStringLiteral("Select what kind of problem it is"));
        r = FieldValidator::validate(kind, QJsonValue(), "cy");
        QCOMPARE(r.error().message, QStringLiteral("Dewiswch pa fath o broblem ydyw"));
        r = FieldValidator::validate(kind, QJsonValue(), "pl");
        QCOMPARE(r.error().message, QStringLiteral("Select what kind of problem it is"));
        r = FieldValidator::validate(kind, QJsonValue("castle"), "en");
        QCOMPARE(r.error().code, QStringLiteral("field.choice"));
        QCOMPARE(r.error().message, QStringLiteral("Select one of the options"));
        const FieldDefinition &depth = flow.page("depth")->field;
        r = FieldValidator::validate(depth, QJsonValue(0), "en");
        QCOMPARE(r.error().message, QStringLiteral("The depth must be 1 centimetre or more"));
        r = FieldValidator::validate(depth, QJsonValue(500), "en");
        QCOMPARE(r.error().code, QStringLiteral("field.numberMax"));
        QVERIFY(r.error().message.startsWith(QStringLiteral("Enter a number between")));
        // Every key a field type may carry is an error that field type really gives.
        QVERIFY(FieldDefinition::errorKeys(FieldType::YesNo) == QStringList {"required"});
        QVERIFY(FieldDefinition::errorKeys(FieldType::Number).contains("numberSeparator"));
    }

    void fieldTypeNamesRoundTrip()
    {
        for (int t = 0; t <= int(FieldType::PostcodeAddress); ++t) {
            const auto type = FieldType(t);
            QCOMPARE(fieldTypeFromName(fieldTypeName(type)), type);
        }
        QVERIFY(!fieldTypeFromName("colour"));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad json") << "bad-json.json"
                                  << ""
                                  << "flow.badJson";
        QTest::newRow("not an object") << "not-an-object.json"
                                       << ""
                                       << "flow.badJson";
        QTest::newRow("unknown field type") << "unknown-field-type.json"
                                            << "pages[1].field.type"
                                            << "flow.unknownFieldType";
        QTest::newRow("duplicate page id") << "duplicate-page-id.json"
                                           << "pages[2].id"
                                           << "flow.duplicatePage";
        QTest::newRow("showIf to a missing page") << "showif-missing-page.json"
                                                  << "pages[1].showIf.page"
                                                  << "flow.showIfUnknownPage";
        QTest::newRow("missing en") << "missing-en.json"
                                    << "pages[0].question"
                                    << "flow.missingDefaultLanguage";
        QTest::newRow("title without en") << "title-without-en.json"
                                          << "title"
                                          << "flow.missingDefaultLanguage";
        QTest::newRow("cyclic showIf") << "cyclic-showif.json"
                                       << "pages[0].showIf.page"
                                       << "flow.showIfCycle";
        QTest::newRow("unreachable page") << "unreachable-page.json"
                                          << "pages[1].showIf.page"
                                          << "flow.unreachablePage";
        QTest::newRow("forward showIf") << "forward-showif.json"
                                        << "pages[1].showIf.page"
                                        << "flow.showIfForward";
        QTest::newRow("missing id") << "missing-id.json"
                                    << "id"
                                    << "flow.missingKey";
        QTest::newRow("wrong schema") << "wrong-schema.json"
                                      << "schema"
                                      << "flow.schema";
        QTest::newRow("choice without options") << "choice-without-options.json"
                                                << "pages[0].field.options"
                                                << "flow.noOptions";
        QTest::newRow("negative maxLength") << "negative-maxlength.json"
                                            << "pages[2].field.maxLength"
                                            << "flow.length";
        QTest::newRow("unknown key") << "unknown-key.json"
                                     << "pages[2].field.requried"
                                     << "flow.unknownKey";
        QTest::newRow("bad open311 key") << "bad-open311-key.json"
                                         << "pages[2].open311"
                                         << "flow.open311Key";
        QTest::newRow("empty pages") << "empty-pages.json"
                                     << "pages"
                                     << "flow.pages";
        QTest::newRow("missing destination") << "missing-destination.json"
                                             << "destination"
                                             << "flow.destination";
        QTest::newRow("duplicate option") << "duplicate-option.json"
                                          << "pages[0].field.options[1].value"
                                          << "flow.duplicateOption";
        QTest::newRow("options on text") << "options-on-text.json"
                                         << "pages[2].field.options"
                                         << "flow.keyNotAllowed";
        QTest::newRow("showIf equals and in") << "showif-both.json"
                                              << "pages[1].showIf"
                                              << "flow.showIf";
        // Online services ("kind": "web", docs/flows.md): an address and nothing of a form.
        QTest::newRow("web without url") << "web-no-url.json"
                                         << "url"
                                         << "flow.url";
        QTest::newRow("web with file url") << "web-file-url.json"
                                           << "url"
                                           << "flow.url";
        QTest::newRow("web with pages") << "web-with-pages.json"
                                        << "pages"
                                        << "flow.unknownKey";
        QTest::newRow("unknown kind") << "unknown-kind.json"
                                      << "kind"
                                      << "flow.kind";
        // A flow's own error messages: only for errors the field can give, English required,
        // and no placeholder anywhere (nothing would fill it).
        QTest::newRow("error key of another type") << "error-key-for-other-type.json"
                                                   << "pages[0].field.errors.postcode"
                                                   << "flow.errorKey";
        QTest::newRow("error without en") << "error-without-en.json"
                                          << "pages[0].field.errors.required"
                                          << "flow.missingDefaultLanguage";
        QTest::newRow("errors not an object") << "errors-not-object.json"
                                              << "pages[0].field.errors"
                                              << "flow.errors";
        QTest::newRow("placeholder in a text") << "placeholder-in-text.json"
                                               << "pages[1].question.en"
                                               << "flow.placeholder";
        // The privacy block: required with a personal field (an email address here), all four
        // texts, each a translated text with English.
        QTest::newRow("personal field, no privacy") << "missing-privacy.json"
                                                    << "privacy"
                                                    << "flow.missingPrivacy";
        QTest::newRow("personal field, only privacyNotice") << "privacy-notice-only.json"
                                                            << "privacy"
                                                            << "flow.missingPrivacy";
        QTest::newRow("privacy without retention") << "privacy-without-retention.json"
                                                   << "privacy.retention"
                                                   << "flow.missingKey";
        QTest::newRow("privacy unknown key") << "privacy-unknown-key.json"
                                             << "privacy.sharedWith"
                                             << "flow.unknownKey";
        QTest::newRow("privacy not an object") << "privacy-not-object.json"
                                               << "privacy"
                                               << "flow.privacy";
        QTest::newRow("privacy text without en") << "privacy-published-without-en.json"
                                                 << "privacy.published"
                                                 << "flow.missingDefaultLanguage";
    }
    void refusesBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFile f(testDataPath("flows/bad/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        FlowProblem problem;
        const Result<FlowDefinition> flow = FlowDefinition::parse(f.readAll(), file, &problem);
        QVERIFY(!flow.ok());
        QCOMPARE(problem.file, file);
        QCOMPARE(problem.path, path);
        QCOMPARE(problem.code, code);
        QVERIFY(!problem.reason.isEmpty());
        QCOMPARE(flow.error().code, code);
        QVERIFY(flow.error().message.startsWith(file + QStringLiteral(": ")));
        QVERIFY(flow.error().message.contains(path));
    }

    void everyBadFileIsCovered()
    {
        // A new file in bad/ must get a row in refusesBadFiles_data() too.
        const QStringList files =
            QDir(testDataPath("flows/bad")).entryList({"*.json"}, QDir::Files);
        QCOMPARE(files.size(), 35);
    }

    void refusesHostileDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
        QTest::newRow("page is a string")
            << QByteArray(R"({"schema":1,"id":"a","version":1,"title":{"en":"A"},)"
                          R"("destination":{"name":"x"},"pages":["oops"]})");
        QTest::newRow("version text")
            << QByteArray(R"({"schema":1,"id":"a","version":"1","title":{"en":"A"},)"
                          R"("destination":{"name":"x"},"pages":[]})");
        QTest::newRow("id with slash")
            << QByteArray(R"({"schema":1,"id":"../etc","version":1,"title":{"en":"A"},)"
                          R"("destination":{"name":"x"},"pages":[]})");
    }
    void refusesHostileDocuments()
    {
        QFETCH(QByteArray, json);
        const Result<FlowDefinition> flow = FlowDefinition::parse(json, "hostile.json");
        QVERIFY(!flow.ok());
        QVERIFY(flow.error().code.startsWith("flow."));
    }

    // Discovered services: a category heading, a privacy notice, answers under the council's
    // own attribute codes ("attribute[CODE]").
    void categoryPrivacyNoticeAndAttributeCodes_data()
    {
        QTest::addColumn<QByteArray>("extra"); // top-level keys
        QTest::addColumn<QByteArray>("open311");
        QTest::addColumn<QString>("problem"); // empty: parses
        QTest::newRow("all") << QByteArray(
            R"("category":{"en":"Roads","cy":"Ffyrdd"},"privacyNotice":{"en":"We keep it 6 months."},)")
                             << QByteArray(R"("attribute[SR-MTRECYDBI1]")") << QString();
        QTest::newRow("code with spaces")
            << QByteArray() << QByteArray(R"("attribute[Mount Hope]")") << QString();
        QTest::newRow("empty code")
            << QByteArray() << QByteArray(R"("attribute[]")") << QStringLiteral("flow.open311Key");
        QTest::newRow("trailing text") << QByteArray() << QByteArray(R"("attribute[a]b")")
                                       << QStringLiteral("flow.open311Key");
        QTest::newRow("category without English")
            << QByteArray(R"("category":{"cy":"Ffyrdd"},)") << QByteArray(R"("description")")
            << QStringLiteral("flow.missingDefaultLanguage");
    }
    void categoryPrivacyNoticeAndAttributeCodes()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QByteArray, open311);
        QFETCH(QString, problem);
        const QByteArray json = R"({"schema":1,"id":"a","version":1,"title":{"en":"A"},)" + extra
            + R"("destination":{"name":"council","serviceCode":"X"},"pages":[{"id":"q",)"
              R"("question":{"en":"Q?"},"field":{"type":"yesno"},"open311":)"
            + open311 + "}]}";
        const Result<FlowDefinition> flow = FlowDefinition::parse(json, "a.json");
        if (!problem.isEmpty()) {
            QVERIFY(!flow.ok());
            QCOMPARE(flow.error().code, problem);
            return;
        }
        QVERIFY2(flow.ok(), flow.ok() ? "" : qPrintable(flow.error().message));
        if (!extra.isEmpty()) {
            QCOMPARE(flow->category().text(QStringLiteral("cy")), QStringLiteral("Ffyrdd"));
            QCOMPARE(flow->privacyNotice().text(QStringLiteral("pl")),
                     QStringLiteral("We keep it 6 months."));
        }
    }
};

QTEST_GUILESS_MAIN(tst_FlowDefinition)
#include "tst_flowdefinition.moc"
