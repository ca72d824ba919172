// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// XFormImporter: the test forms written in the shapes XLSForm (pyxform), ODK Build and a hand
// edit produce convert into flows the kiosk's own parser accepts and that branch as the form
// does; the unsupported shapes are refused with their paths and reasons; hostile XML is
// refused; every real-world form either converts or is refused with a clear reason.
#include "tools/xform/xformconditions.h"
#include "tools/xform/xformimporter.h"

#include "domain/flows/flowdefinition.h"
#include "domain/flows/flowsession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ck;
using namespace ck::xform;

namespace {

QByteArray readData(const QString &relative)
{
    QFile f(QStringLiteral(CK_TEST_DATA_DIR "/xforms/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString realWorldDir()
{
    const QString fromEnv = qEnvironmentVariable("CK_REALWORLD_DIR");
    for (const QString &dir : {fromEnv, QStringLiteral(CK_SOURCE_DIR "/../shared/realworld"),
                               QStringLiteral("/work/shared/realworld")}) {
        if (!dir.isEmpty() && QDir(dir + QStringLiteral("/xforms")).exists())
            return dir + QStringLiteral("/xforms");
    }
    return {};
}

QJsonObject page(const QJsonObject &flow, const QString &id)
{
    for (const QJsonValue &p : flow.value(QStringLiteral("pages")).toArray()) {
        if (p.toObject().value(QStringLiteral("id")).toString() == id)
            return p.toObject();
    }
    return {};
}

QStringList pageIds(const QJsonObject &flow)
{
    QStringList ids;
    for (const QJsonValue &p : flow.value(QStringLiteral("pages")).toArray())
        ids << p.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

FlowDefinition parsed(const QJsonObject &flow)
{
    FlowProblem problem;
    auto def = FlowDefinition::parse(QJsonDocument(flow).toJson(), QStringLiteral("import.json"),
                                     &problem);
    if (!def)
        qFatal("imported flow refused: %s", qPrintable(problem.toString()));
    return std::move(def).value();
}

} // namespace

class tst_XFormImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsXlsForm();
    void convertsOdkBuild();
    void convertsXlsFormReferences();
    void options();
    void refusesUnsupported_data();
    void refusesUnsupported();
    void refusesHostileXml_data();
    void refusesHostileXml();
    void relevance_data();
    void relevance();
    void constraints_data();
    void constraints();
    void realWorldForms();
};

void tst_XFormImporter::convertsXlsForm()
{
    QList<XFormProblem> problems;
    const auto imported = XFormImporter::import(
        readData(QStringLiteral("good/xlsform-bin-problem.xml")), {}, &problems);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QVERIFY(problems.isEmpty());
    const QJsonObject flow = imported->flow;
    QCOMPARE(flow.value(QStringLiteral("id")).toString(), QStringLiteral("bin-problem"));
    QCOMPARE(flow.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString(),
             QStringLiteral("Report a problem with a bin"));
    QCOMPARE(flow.value(QStringLiteral("destination")).toObject(),
             (QJsonObject {{QStringLiteral("name"), QStringLiteral("council")},
                           {QStringLiteral("serviceCode"), QStringLiteral("bin_problem")}}));
    // Groups flattened, metadata (start, end, today, instanceID) left out with a note.
    QCOMPARE(pageIds(flow),
             (QStringList {QStringLiteral("bin-type"), QStringLiteral("problems"),
                           QStringLiteral("smell-days"), QStringLiteral("when"),
                           QStringLiteral("weight"), QStringLiteral("details")}));
    const QString notes = imported->notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("/data/meta/instanceID")), qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("/data/start")), qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("French (fr)")), qPrintable(notes));

    const QJsonObject binType = page(flow, QStringLiteral("bin-type"));
    QCOMPARE(
        binType.value(QStringLiteral("field")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("choice"));
    QVERIFY(binType.value(QStringLiteral("field"))
                .toObject()
                .value(QStringLiteral("required"))
                .toBool());
    // Every kiosk language came from "English (en)", "Welsh (cy)", "Polish (pl)", "Arabic (ar)".
    const QJsonObject question = binType.value(QStringLiteral("question")).toObject();
    QCOMPARE(question.keys(),
             (QStringList {QStringLiteral("ar"), QStringLiteral("cy"), QStringLiteral("en"),
                           QStringLiteral("pl")}));
    QCOMPARE(question.value(QStringLiteral("cy")).toString(), QStringLiteral("Pa fin yw e?"));
    QCOMPARE(
        binType.value(QStringLiteral("hint")).toObject().value(QStringLiteral("pl")).toString(),
        QStringLiteral("Sprawdź kolor pokrywy."));
    const QJsonArray binOptions = binType.value(QStringLiteral("field"))
                                      .toObject()
                                      .value(QStringLiteral("options"))
                                      .toArray();
    QCOMPARE(binOptions.size(), 2);
    QCOMPARE(binOptions.at(1).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("recycling"));
    QCOMPARE(binOptions.at(1)
                 .toObject()
                 .value(QStringLiteral("label"))
                 .toObject()
                 .value(QStringLiteral("ar"))
                 .toString(),
             QStringLiteral("إعادة التدوير"));

    QCOMPARE(page(flow, QStringLiteral("problems"))
                 .value(QStringLiteral("field"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("multichoice"));
    const QJsonObject smell = page(flow, QStringLiteral("smell-days"));
    QCOMPARE(smell.value(QStringLiteral("showIf")).toObject(),
             (QJsonObject {{QStringLiteral("page"), QStringLiteral("problems")},
                           {QStringLiteral("equals"), QStringLiteral("smell")}}));
    QCOMPARE(smell.value(QStringLiteral("field")).toObject(),
             (QJsonObject {{QStringLiteral("type"), QStringLiteral("number")},
                           {QStringLiteral("wholeNumber"), true},
                           {QStringLiteral("min"), 1},
                           {QStringLiteral("max"), 60}}));
    QCOMPARE(page(flow, QStringLiteral("when"))
                 .value(QStringLiteral("field"))
                 .toObject()
                 .value(QStringLiteral("dateRange"))
                 .toString(),
             QStringLiteral("past"));
    const QJsonObject weight = page(flow, QStringLiteral("weight"));
    QCOMPARE(
        weight.value(QStringLiteral("showIf")).toObject().value(QStringLiteral("page")).toString(),
        QStringLiteral("bin-type"));
    QVERIFY(
        !weight.value(QStringLiteral("field")).toObject().contains(QStringLiteral("wholeNumber")));
    const QJsonObject details =
        page(flow, QStringLiteral("details")).value(QStringLiteral("field")).toObject();
    QCOMPARE(details.value(QStringLiteral("type")).toString(), QStringLiteral("longtext"));
    QCOMPARE(details.value(QStringLiteral("maxLength")).toInt(), 300);

    // The branches behave as the form's relevant expressions do.
    // The title (<h:title>) has no translations in XForms: the note says to add them.
    QVERIFY2(notes.contains(QLatin1String("The title")), qPrintable(notes));
    // A form says nothing of privacy: the kiosk's general block lets it load, in all four
    // languages, and a note asks for the council's own words.
    QVERIFY2(notes.contains(QLatin1String("\"privacy\" block")), qPrintable(notes));
    FlowDefinition def = parsed(flow);
    QVERIFY(def.asksForPersonalData());
    for (const char *lang : {"en", "cy", "pl", "ar"})
        QVERIFY(def.privacy().published.has(QLatin1String(lang)));
    for (const FlowPage &p : def.pages()) {
        for (const char *lang : {"cy", "pl", "ar"})
            QVERIFY2(p.question.has(QLatin1String(lang)), qPrintable(p.id));
    }
    FlowSession session;
    session.start(def, QStringLiteral("cy"));
    QVERIFY(session.setAnswer(QStringLiteral("bin-type"), QStringLiteral("recycling")));
    QVERIFY(session.setAnswer(QStringLiteral("problems"), QJsonArray {QStringLiteral("lid")}));
    QVERIFY(!session.visiblePages().contains(QStringLiteral("smell-days")));
    QVERIFY(!session.visiblePages().contains(QStringLiteral("weight")));
    QVERIFY(session.setAnswer(QStringLiteral("problems"),
                              QJsonArray {QStringLiteral("lid"), QStringLiteral("smell")}));
    QVERIFY(session.setAnswer(QStringLiteral("bin-type"), QStringLiteral("general")));
    QVERIFY(session.visiblePages().contains(QStringLiteral("smell-days")));
    QVERIFY(session.visiblePages().contains(QStringLiteral("weight")));
    // The constraint became the field's range: 61 days is refused, as the form would.
    QVERIFY(!session.setAnswer(QStringLiteral("smell-days"), QStringLiteral("61")));
    QVERIFY(session.setAnswer(QStringLiteral("smell-days"), QStringLiteral("3")));
}

void tst_XFormImporter::convertsOdkBuild()
{
    XFormImportOptions options;
    options.flowId = QStringLiteral("library-card");
    options.destination = QStringLiteral("planning");
    options.serviceCode = QStringLiteral("LIB_CARD");
    options.version = 4;
    const auto imported =
        XFormImporter::import(readData(QStringLiteral("good/odkbuild-library-card.xml")), options);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    const QJsonObject flow = imported->flow;
    QCOMPARE(flow.value(QStringLiteral("id")).toString(), QStringLiteral("library-card"));
    QCOMPARE(flow.value(QStringLiteral("version")).toInt(), 4);
    QCOMPARE(flow.value(QStringLiteral("destination"))
                 .toObject()
                 .value(QStringLiteral("serviceCode"))
                 .toString(),
             QStringLiteral("LIB_CARD"));
    // Relative refs inside the group resolve against it; the group itself is not a page.
    QCOMPARE(pageIds(flow),
             (QStringList {QStringLiteral("has-card"), QStringLiteral("card-number"),
                           QStringLiteral("full-name"), QStringLiteral("birthday"),
                           QStringLiteral("children"), QStringLiteral("interests")}));
    // "Cymraeg" is Welsh; plain labels are English only.
    QCOMPARE(page(flow, QStringLiteral("has-card"))
                 .value(QStringLiteral("question"))
                 .toObject()
                 .value(QStringLiteral("cy"))
                 .toString(),
             QStringLiteral("Oes gennych chi gerdyn llyfrgell yn barod?"));
    QCOMPARE(page(flow, QStringLiteral("card-number")).value(QStringLiteral("showIf")).toObject(),
             (QJsonObject {{QStringLiteral("page"), QStringLiteral("has-card")},
                           {QStringLiteral("equals"), QStringLiteral("yes")}}));
    QCOMPARE(page(flow, QStringLiteral("card-number"))
                 .value(QStringLiteral("hint"))
                 .toObject()
                 .value(QStringLiteral("en"))
                 .toString(),
             QStringLiteral("It is under the bar code."));
    const QJsonObject card =
        page(flow, QStringLiteral("card-number")).value(QStringLiteral("field")).toObject();
    QCOMPARE(card.value(QStringLiteral("minLength")).toInt(), 8);
    QCOMPARE(card.value(QStringLiteral("maxLength")).toInt(), 14);
    // "< 10" on a whole number is "at most 9".
    QCOMPARE(page(flow, QStringLiteral("children"))
                 .value(QStringLiteral("field"))
                 .toObject()
                 .value(QStringLiteral("max"))
                 .toInt(),
             9);
    QCOMPARE(page(flow, QStringLiteral("birthday"))
                 .value(QStringLiteral("field"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("date"));
    (void)parsed(flow);
}

void tst_XFormImporter::convertsXlsFormReferences()
{
    const auto imported =
        XFormImporter::import(readData(QStringLiteral("good/handwritten-pet.xml")), {});
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    const QJsonObject flow = imported->flow;
    QCOMPARE(page(flow, QStringLiteral("collar-name")).value(QStringLiteral("showIf")).toObject(),
             (QJsonObject {{QStringLiteral("page"), QStringLiteral("kind")},
                           {QStringLiteral("in"),
                            QJsonArray {QStringLiteral("dog"), QStringLiteral("cat")}}}));
    QCOMPARE(page(flow, QStringLiteral("seen"))
                 .value(QStringLiteral("showIf"))
                 .toObject()
                 .value(QStringLiteral("equals"))
                 .toString(),
             QStringLiteral("other"));
    QCOMPARE(page(flow, QStringLiteral("seen"))
                 .value(QStringLiteral("field"))
                 .toObject()
                 .value(QStringLiteral("min"))
                 .toInt(),
             0);
    QCOMPARE(page(flow, QStringLiteral("kind"))
                 .value(QStringLiteral("question"))
                 .toObject()
                 .value(QStringLiteral("pl"))
                 .toString(),
             QStringLiteral("Jakie to zwierzę?"));
    QCOMPARE(flow.value(QStringLiteral("id")).toString(), QStringLiteral("stray-animal"));
    (void)parsed(flow);
}

// Option lists the kiosk's parser would refuse (a duplicate value) are refused by the import
// with the kiosk's reason, not written out as a flow that will not load.
void tst_XFormImporter::options()
{
    const QByteArray xml =
        R"(<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">
<h:head><h:title>T</h:title><model><instance><data id="t"><q/></data></instance>
<bind nodeset="/data/q" type="string"/></model></h:head>
<h:body><select1 ref="/data/q"><label>Pick</label>
<item><label>A</label><value>a</value></item><item><label>Also A</label><value>a</value></item>
</select1></h:body></h:html>)";
    QList<XFormProblem> problems;
    const auto imported = XFormImporter::import(xml, {}, &problems);
    QVERIFY(!imported);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, QStringLiteral("xform.flow"));
    QCOMPARE(problems.first().path, QStringLiteral("pages[0].field.options[1].value"));
}

void tst_XFormImporter::refusesUnsupported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // "path code", every problem, in order
    QTest::newRow("repeat and calculation")
        << QStringLiteral("refused/repeat-and-calculate.xml")
        << QStringList {QStringLiteral("/data/member xform.repeat"),
                        QStringLiteral("/data/total_age xform.calculate")};
    QTest::newRow("location, media and time")
        << QStringLiteral("refused/location-and-media.xml")
        << QStringList {QStringLiteral("/data/where xform.geopoint"),
                        QStringLiteral("/data/photo xform.media"),
                        QStringLiteral("/data/what xform.media"),
                        QStringLiteral("/data/seen_at xform.time"),
                        QStringLiteral("/data/seen_when xform.time")};
    QTest::newRow("expressions") << QStringLiteral("refused/expressions.xml")
                                 << QStringList {QStringLiteral("/data/intro xform.note"),
                                                 QStringLiteral("/data/colours xform.constraint"),
                                                 QStringLiteral("/data/colours xform.relevant"),
                                                 QStringLiteral("/data/plate xform.constraint"),
                                                 QStringLiteral("/data/plate xform.relevant"),
                                                 QStringLiteral("/data/age xform.constraint"),
                                                 QStringLiteral("/data/age xform.relevant"),
                                                 QStringLiteral("/data/reason xform.required"),
                                                 QStringLiteral("/data/reason xform.relevant"),
                                                 QStringLiteral("/data/street xform.itemset"),
                                                 QStringLiteral("/data/summary xform.output"),
                                                 QStringLiteral("/data/other_zone xform.trigger")};
}

void tst_XFormImporter::refusesUnsupported()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QList<XFormProblem> problems;
    const auto imported = XFormImporter::import(readData(file), {}, &problems);
    QVERIFY(!imported);
    QStringList got;
    for (const XFormProblem &p : std::as_const(problems)) {
        got << p.path + QLatin1Char(' ') + p.code;
        QVERIFY2(p.reason.size() > 20, qPrintable(p.toString()));
        // The whole refusal, one line a problem, is the error's message.
        QVERIFY(imported.error().message.contains(p.toString()));
    }
    QCOMPARE(got, expected);
    QCOMPARE(imported.error().code, problems.first().code);
}

void tst_XFormImporter::refusesHostileXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("code");
    QTest::newRow("billion laughs")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><h:html>&b;</h:html>")
        << QStringLiteral("xform.xml");
    QTest::newRow("not xml") << QByteArray("{\"json\": true}") << QStringLiteral("xform.xml");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("xform.xml");
    QTest::newRow("unclosed") << QByteArray("<h:html xmlns:h=\"x\"><h:head>")
                              << QStringLiteral("xform.xml");
    QTest::newRow("too deep") << QByteArray("<a>").repeated(100) + QByteArray("</a>").repeated(100)
                              << QStringLiteral("xform.xml");
    QTest::newRow("not an xform") << QByteArray("<html><body/></html>")
                                  << QStringLiteral("xform.structure");
}

void tst_XFormImporter::refusesHostileXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, code);
    QList<XFormProblem> problems;
    const auto imported = XFormImporter::import(xml, {}, &problems);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, code);
    QVERIFY(!imported.error().message.isEmpty());
}

void tst_XFormImporter::relevance_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("path"); // empty: always, or refused when `values` is empty
    QTest::addColumn<QJsonArray>("values");
    QTest::addColumn<bool>("refused");
    const QJsonArray x {QStringLiteral("x")};
    QTest::newRow("xlsform reference") << "${q} = 'x'"
                                       << "/data/q" << x << false;
    QTest::newRow("spaces around path") << " /data/q  = 'x'"
                                        << "/data/q" << x << false;
    QTest::newRow("no spaces") << "/data/q='x'"
                               << "/data/q" << x << false;
    QTest::newRow("double quotes") << "/data/q = \"x\""
                                   << "/data/q" << x << false;
    QTest::newRow("value first") << "'x' = /data/q"
                                 << "/data/q" << x << false;
    QTest::newRow("selected") << "selected( /data/q , 'x')"
                              << "/data/q" << x << false;
    QTest::newRow("selected reference") << "selected(${q}, 'x')"
                                        << "/data/q" << x << false;
    QTest::newRow("relative") << "../q = 'x'"
                              << "/data/q" << x << false;
    QTest::newRow("number") << "/data/q = 1"
                            << "/data/q" << QJsonArray {1} << false;
    QTest::newRow("or on one question")
        << "/data/q = 'x' or /data/q = 'y'"
        << "/data/q" << QJsonArray {QStringLiteral("x"), QStringLiteral("y")} << false;
    QTest::newRow("parenthesised") << "(/data/q = 'x')"
                                   << "/data/q" << x << false;
    QTest::newRow("true") << "true()"
                          << "" << QJsonArray {} << false;
    QTest::newRow("false") << "false()"
                           << "" << QJsonArray {} << true;
    QTest::newRow("not") << "not(/data/q = 'x')"
                         << "" << QJsonArray {} << true;
    QTest::newRow("not equal") << "/data/q != 'x'"
                               << "" << QJsonArray {} << true;
    QTest::newRow("two questions") << "/data/q = 'x' or /data/r = 'x'"
                                   << "" << QJsonArray {} << true;
    QTest::newRow("and") << "/data/q = 'x' and /data/q = 'y'"
                         << "" << QJsonArray {} << true;
    QTest::newRow("arithmetic") << "/data/q + 1 = 2"
                                << "" << QJsonArray {} << true;
    QTest::newRow("greater") << "/data/q > 2"
                             << "" << QJsonArray {} << true;
    QTest::newRow("predicate") << "/data/q[1] = 'x'"
                               << "" << QJsonArray {} << true;
    QTest::newRow("unknown reference") << "${nope} = 'x'"
                                       << "" << QJsonArray {} << true;
    QTest::newRow("unterminated") << "/data/q = 'x"
                                  << "" << QJsonArray {} << true;
    QTest::newRow("outside the form") << "../../../q = 'x'"
                                      << "" << QJsonArray {} << true;
}

void tst_XFormImporter::relevance()
{
    QFETCH(QString, source);
    QFETCH(QString, path);
    QFETCH(QJsonArray, values);
    QFETCH(bool, refused);
    const auto r =
        XFormConditions::relevance(source, QStringLiteral("/data/page"), [](const QString &name) {
            return name == QLatin1String("q") ? QStringLiteral("/data/q") : QString();
        });
    QCOMPARE(!r.refusal.isEmpty(), refused);
    if (refused)
        QVERIFY(r.refusal.contains(source.simplified()) || source.contains(QLatin1String("false")));
    QCOMPARE(r.path, path);
    QCOMPARE(r.values, values);
}

void tst_XFormImporter::constraints_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<QString>("expected"); // "min,max,minLength,maxLength,dateRange" or "refused"
    QTest::newRow("range") << ". >= 1 and . <= 10"
                           << "number" << true << "1,10,,,";
    QTest::newRow("strict whole") << ". > 0 and . < 10"
                                  << "number" << true << "1,9,,,";
    QTest::newRow("strict decimal") << ". > 0"
                                    << "number" << false << "refused";
    QTest::newRow("flipped") << "0 <= ."
                             << "number" << false << "0,,,,";
    QTest::newRow("length") << "string-length(.) <= 50"
                            << "text" << false << ",,,50,";
    QTest::newRow("length both") << "string-length(.) > 2 and string-length(.) < 9"
                                 << "text" << false << ",,3,8,";
    QTest::newRow("past") << ". <= today()"
                          << "date" << false << ",,,,past";
    QTest::newRow("future") << ". >= today()"
                            << "date" << false << ",,,,future";
    QTest::newRow("strictly past") << ". < today()"
                                   << "date" << false << "refused";
    QTest::newRow("regex") << "regex(., '^[0-9]+$')"
                           << "text" << false << "refused";
    QTest::newRow("count-selected") << "count-selected(.) <= 3"
                                    << "multichoice" << false << "refused";
    QTest::newRow("other question") << ". > /data/start"
                                    << "date" << false << "refused";
    QTest::newRow("or") << ". < 1 or . > 5"
                        << "number" << true << "refused";
    QTest::newRow("numbers on text") << ". > 18 and . < 100"
                                     << "text" << false << "refused";
    QTest::newRow("impossible") << ". >= 10 and . <= 1"
                                << "number" << true << "refused";
}

void tst_XFormImporter::constraints()
{
    QFETCH(QString, source);
    QFETCH(QString, type);
    QFETCH(bool, whole);
    QFETCH(QString, expected);
    const auto r = XFormConditions::constraint(source, type, whole);
    if (expected == QLatin1String("refused")) {
        QVERIFY(!r.refusal.isEmpty());
        return;
    }
    QVERIFY2(r.refusal.isEmpty(), qPrintable(r.refusal));
    const auto num = [](const auto &v) { return v ? QString::number(*v) : QString(); };
    QCOMPARE(QStringList({num(r.min), num(r.max), num(r.minLength), num(r.maxLength), r.dateRange})
                 .join(QLatin1Char(',')),
             expected);
}

// The real forms in ../shared/realworld/xforms (never copied into the project): each one is
// either a flow the kiosk loads or refused with, for every problem, a path, a code and a
// reason. What each is known to hold (SOURCES.md there) is among its reasons.
void tst_XFormImporter::realWorldForms()
{
    const QString dir = realWorldDir();
    if (dir.isEmpty())
        QSKIP("../shared/realworld/xforms is not on this machine (set CK_REALWORLD_DIR)");
    const QHash<QString, QStringList> mustRefuse {
        {QStringLiteral("enketo-core_SOAR_facilitysurvey_full_2017May11_Kenya.xml"),
         {QStringLiteral("xform.repeat"), QStringLiteral("xform.calculate")}},
        {QStringLiteral("javarosa_eIMCI-by-D-Tree.xml"),
         {QStringLiteral("xform.calculate"), QStringLiteral("xform.trigger")}},
        {QStringLiteral("odk-collect_all-widgets.xml"),
         {QStringLiteral("xform.geopoint"), QStringLiteral("xform.media"),
          QStringLiteral("xform.time")}},
        {QStringLiteral("odk-web-forms_date-and-time_3-languages.xml"),
         {QStringLiteral("xform.time"), QStringLiteral("xform.appearance")}},
        {QStringLiteral("odk-web-forms_ifrc-distribution-site-assessment-v1.xml"),
         {QStringLiteral("xform.geopoint"), QStringLiteral("xform.media")}},
        {QStringLiteral("odk-web-forms_socio-economic-survey-v20240515.xml"),
         {QStringLiteral("xform.repeat"), QStringLiteral("xform.calculate")}},
        {QStringLiteral("odk-web-forms_validation_urdu.xml"), {QStringLiteral("xform.constraint")}},
        {QStringLiteral("ona-onadata_transportation.xml"),
         {QStringLiteral("xform.media"), QStringLiteral("xform.calculate")}},
        {QStringLiteral("pyxform_spec_test_expected_output.xml"),
         {QStringLiteral("xform.repeat"), QStringLiteral("xform.geopoint")}},
    };
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    int converted = 0;
    for (const QString &name : files) {
        QFile f(QDir(dir).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<XFormProblem> problems;
        const auto imported = XFormImporter::import(f.readAll(), {}, &problems);
        if (imported) {
            (void)parsed(imported->flow);
            QVERIFY2(!mustRefuse.contains(name), qPrintable(name));
            ++converted;
            continue;
        }
        QVERIFY2(!problems.isEmpty(), qPrintable(name));
        QSet<QString> codes;
        for (const XFormProblem &p : std::as_const(problems)) {
            QVERIFY2(p.code.startsWith(QLatin1String("xform.")), qPrintable(name + p.toString()));
            QVERIFY2(!p.path.isEmpty() && p.reason.size() > 20, qPrintable(name + p.toString()));
            codes.insert(p.code);
        }
        for (const QString &code : mustRefuse.value(name))
            QVERIFY2(codes.contains(code), qPrintable(name + QStringLiteral(": no ") + code));
    }
    // The one-question Collect form is simple enough to convert as it is.
    QVERIFY(converted >= 1);
}

QTEST_GUILESS_MAIN(tst_XFormImporter)
#include "tst_xformimporter.moc"
