// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Open311FlowBuilder and DiscoveredServices: a council's service definition becomes a flow
// (every datatype, order, required, hints, informational text, location, category), the site's
// overlay adds translations, wording, showIf, a privacy notice or hides it; answers go back
// under the council's attribute codes; a changed definition gets a new flow version; a broken
// one is refused with its code and reason while the others still load.
#include "domain/discovery/discoveredservices.h"
#include "domain/discovery/discoverycache.h"
#include "domain/discovery/open311flowbuilder.h"

#include "domain/flows/flowsession.h"
#include "domain/flows/privacynotice.h"
#include "domain/flows/submissionbuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

namespace {

const QByteArray kDefinition = R"({"service_code":"FLY","attributes":[
 {"code":"kiosk_reference","datatype":"string","variable":true,"order":90,"description":"Ref"},
 {"code":"AMOUNT","datatype":"singlevaluelist","variable":true,"required":true,"order":3,
  "description":"How much is there?","values":[{"key":"bag","name":"One bag"},{"key":"van","name":"A van load"}]},
 {"code":"SAFETY","datatype":"string","variable":false,"order":1,"description":"Do not touch it."},
 {"code":"WASTE_TYPE","datatype":"multivaluelist","variable":"true","required":"true","order":2,
  "description":"What has been dumped?","datatype_description":"Choose all that apply.",
  "values":[{"key":"sofa","name":"Furniture"},{"key":"tyres","name":"Tyres"}]},
 {"code":"SEEN_ON","datatype":"datetime","order":4,"description":"When did you see it?"},
 {"code":"HOW_MANY","datatype":"number","order":5,"description":"How many items?"},
 {"code":"PLATE","datatype":"string","order":6,"description":"Number plate of the van?",
  "datatype_description":"Character"},
 {"code":"MORE","datatype":"text","order":7,"description":"Describe it"}]})";

Open311Service service(const QString &code = QStringLiteral("FLY"))
{
    Open311Service s;
    s.code = code;
    s.name = QStringLiteral("Report fly-tipping");
    s.description = QStringLiteral("Rubbish dumped in a public place.");
    s.group = QStringLiteral("Waste");
    s.metadata = true;
    return s;
}

QJsonObject page(const QJsonObject &flow, const QString &id)
{
    for (const QJsonValue &p : flow.value(QStringLiteral("pages")).toArray()) {
        if (p.toObject().value(QStringLiteral("id")).toString() == id)
            return p.toObject();
    }
    return {};
}

QStringList ids(const QJsonObject &flow)
{
    QStringList out;
    for (const QJsonValue &p : flow.value(QStringLiteral("pages")).toArray())
        out << p.toObject().value(QStringLiteral("id")).toString();
    return out;
}

QJsonObject build(const QByteArray &definition, const QByteArray &overlay = {})
{
    std::optional<ServiceOverlay> o;
    if (!overlay.isEmpty()) {
        auto parsed = ServiceOverlay::parse(overlay);
        if (!parsed)
            qFatal("overlay: %s", qPrintable(parsed.error().message));
        o = parsed.value();
    }
    const auto flow =
        Open311FlowBuilder::build(QStringLiteral("council"), service(),
                                  Open311Documents::definition(definition).value(), o, 1);
    if (!flow)
        qFatal("build: %s", qPrintable(flow.error().message));
    return flow.value();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class tst_Open311FlowBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDatatype();
    void answersGoBackUnderTheCouncilsCodes();
    void overlayAddsWhatTheCouncilLacks();
    void overlayMistakesAreRefused_data();
    void overlayMistakesAreRefused();
    void privacyFromTheOverlayOrTheKiosksDefault();
    void bostonDependenciesBecomeShowIf();
    void refusals_data();
    void refusals();
    void catalogueFromTheDataDirectory();
};

void tst_Open311FlowBuilder::everyDatatype()
{
    const QJsonObject flow = build(kDefinition);
    QCOMPARE(flow.value(QStringLiteral("id")).toString(), QStringLiteral("fly"));
    QCOMPARE(flow.value(QStringLiteral("destination"))
                 .toObject()
                 .value(QStringLiteral("serviceCode"))
                 .toString(),
             QStringLiteral("FLY"));
    QCOMPARE(
        flow.value(QStringLiteral("category")).toObject().value(QStringLiteral("en")).toString(),
        QStringLiteral("Waste"));
    // In `order`; the kiosk's own attribute and the informational one are not pages; the
    // location and "anything else" pages come last.
    QCOMPARE(ids(flow),
             (QStringList {QStringLiteral("waste-type"), QStringLiteral("amount"),
                           QStringLiteral("seen-on"), QStringLiteral("how-many"),
                           QStringLiteral("plate"), QStringLiteral("more"),
                           QStringLiteral("location"), QStringLiteral("details")}));
    const auto type = [&flow](const char *id) {
        return page(flow, QLatin1String(id))
            .value(QStringLiteral("field"))
            .toObject()
            .value(QStringLiteral("type"))
            .toString();
    };
    QCOMPARE(type("waste-type"), QStringLiteral("multichoice"));
    QCOMPARE(type("amount"), QStringLiteral("choice"));
    QCOMPARE(type("seen-on"), QStringLiteral("date"));
    QCOMPARE(type("how-many"), QStringLiteral("number"));
    QCOMPARE(type("plate"), QStringLiteral("text"));
    QCOMPARE(type("more"), QStringLiteral("longtext"));
    QCOMPARE(type("location"), QStringLiteral("postcode-address"));
    const QJsonObject waste = page(flow, QStringLiteral("waste-type"));
    QVERIFY(
        waste.value(QStringLiteral("field")).toObject().value(QStringLiteral("required")).toBool());
    QCOMPARE(
        waste.value(QStringLiteral("question")).toObject().value(QStringLiteral("en")).toString(),
        QStringLiteral("What has been dumped?"));
    // The informational attribute before it, then its datatype_description.
    QCOMPARE(waste.value(QStringLiteral("hint")).toObject().value(QStringLiteral("en")).toString(),
             QStringLiteral("Do not touch it. Choose all that apply."));
    QCOMPARE(waste.value(QStringLiteral("open311")).toString(),
             QStringLiteral("attribute[WASTE_TYPE]"));
    QCOMPARE(page(flow, QStringLiteral("location")).value(QStringLiteral("open311")).toString(),
             QStringLiteral("address_string"));
    QVERIFY(page(flow, QStringLiteral("location"))
                .value(QStringLiteral("field"))
                .toObject()
                .value(QStringLiteral("required"))
                .toBool());
    // The pages the kiosk adds speak all four languages.
    QCOMPARE(page(flow, QStringLiteral("details"))
                 .value(QStringLiteral("question"))
                 .toObject()
                 .keys()
                 .size(),
             4);
    FlowProblem problem;
    QVERIFY2(FlowDefinition::parse(QJsonDocument(flow).toJson(), QStringLiteral("x"), &problem),
             qPrintable(problem.toString()));
}

void tst_Open311FlowBuilder::answersGoBackUnderTheCouncilsCodes()
{
    const QJsonObject json = build(kDefinition);
    const auto flow = FlowDefinition::parse(QJsonDocument(json).toJson(), QStringLiteral("x"));
    QVERIFY(flow);
    FlowSession session;
    session.start(flow.value(), QStringLiteral("en"));
    const QList<FlowSession::FieldError> errors = session.fill(
        QJsonObject {{QStringLiteral("waste-type"),
                      QJsonArray {QStringLiteral("sofa"), QStringLiteral("tyres")}},
                     {QStringLiteral("amount"), QStringLiteral("van")},
                     {QStringLiteral("seen-on"), QStringLiteral("2026-11-30")},
                     {QStringLiteral("how-many"), 3},
                     {QStringLiteral("location"),
                      QJsonObject {{QStringLiteral("postcode"), QStringLiteral("CF10 1AA")},
                                   {QStringLiteral("line1"), QStringLiteral("1 High St")}}},
                     {QStringLiteral("details"), QStringLiteral("Behind the library")}});
    QVERIFY(errors.isEmpty());
    const QJsonObject o311 = SubmissionBuilder::payload(session, QStringLiteral("CK-TEST-0000-0"),
                                                        {}, QDateTime::currentDateTimeUtc())
                                 .value(QStringLiteral("open311"))
                                 .toObject();
    const QJsonObject attributes = o311.value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("WASTE_TYPE")).toArray(),
             (QJsonArray {QStringLiteral("sofa"), QStringLiteral("tyres")}));
    QCOMPARE(attributes.value(QStringLiteral("AMOUNT")).toString(), QStringLiteral("van"));
    QCOMPARE(attributes.value(QStringLiteral("SEEN_ON")).toString(), QStringLiteral("2026-11-30"));
    QVERIFY(!attributes.contains(QStringLiteral("waste-type")));
    QCOMPARE(o311.value(QStringLiteral("address_string")).toString(),
             QStringLiteral("1 High St, CF10 1AA"));
    QVERIFY(o311.value(QStringLiteral("description"))
                .toString()
                .startsWith(QLatin1String("Behind the library")));
}

void tst_Open311FlowBuilder::overlayAddsWhatTheCouncilLacks()
{
    const QJsonObject flow = build(kDefinition, R"({"schema": 1, "id": "fly-tipping",
        "title": {"en": "Report rubbish dumped in the street", "cy": "Rhoi gwybod am dipio anghyfreithlon"},
        "category": {"cy": "Gwastraff"},
        "privacyNotice": {"en": "We use your answers only to clear the rubbish.", "cy": "Dim ond i glirio'r sbwriel y byddwn yn defnyddio eich atebion."},
        "pages": {
          "AMOUNT": {"question": {"cy": "Faint sydd yno?"}, "options": {"van": {"cy": "Llond fan"}},
                     "showIf": {"page": "WASTE_TYPE", "in": ["sofa"]}},
          "PLATE": {"hint": null},
          "location": {"question": {"en": "Where is the rubbish?"}}
        }})");
    QCOMPARE(flow.value(QStringLiteral("id")).toString(), QStringLiteral("fly-tipping"));
    QCOMPARE(flow.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString(),
             QStringLiteral("Report rubbish dumped in the street"));
    QCOMPARE(flow.value(QStringLiteral("category")).toObject(),
             (QJsonObject {{QStringLiteral("en"), QStringLiteral("Waste")},
                           {QStringLiteral("cy"), QStringLiteral("Gwastraff")}}));
    QVERIFY(flow.value(QStringLiteral("privacyNotice")).toObject().contains(QStringLiteral("cy")));
    const QJsonObject amount = page(flow, QStringLiteral("amount"));
    QCOMPARE(amount.value(QStringLiteral("question")).toObject(),
             (QJsonObject {{QStringLiteral("en"), QStringLiteral("How much is there?")},
                           {QStringLiteral("cy"), QStringLiteral("Faint sydd yno?")}}));
    // showIf named the attribute code; the flow names the page.
    QCOMPARE(
        amount.value(QStringLiteral("showIf")).toObject().value(QStringLiteral("page")).toString(),
        QStringLiteral("waste-type"));
    QCOMPARE(amount.value(QStringLiteral("field"))
                 .toObject()
                 .value(QStringLiteral("options"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("label"))
                 .toObject()
                 .value(QStringLiteral("cy"))
                 .toString(),
             QStringLiteral("Llond fan"));
    // DC-style datatype_description ("Character") is not for people: the overlay drops it.
    QVERIFY(!page(flow, QStringLiteral("plate")).contains(QStringLiteral("hint")));
    QCOMPARE(page(flow, QStringLiteral("location"))
                 .value(QStringLiteral("question"))
                 .toObject()
                 .value(QStringLiteral("en"))
                 .toString(),
             QStringLiteral("Where is the rubbish?"));
    const auto def = FlowDefinition::parse(QJsonDocument(flow).toJson(), QStringLiteral("x"));
    QVERIFY(def);
    QCOMPARE(def->privacyNotice().text(QStringLiteral("cy")),
             QStringLiteral("Dim ond i glirio'r sbwriel y byddwn yn defnyddio eich atebion."));
    QCOMPARE(def->category().text(QStringLiteral("pl")), QStringLiteral("Waste"));
}

void tst_Open311FlowBuilder::overlayMistakesAreRefused_data()
{
    QTest::addColumn<QByteArray>("overlay");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown key") << QByteArray(R"({"schema":1,"hiden":true})")
                                 << QStringLiteral("hiden");
    QTest::newRow("no schema") << QByteArray(R"({"hidden":true})") << QStringLiteral("schema");
    QTest::newRow("unknown page") << QByteArray(
        R"({"schema":1,"pages":{"NOPE":{"question":{"cy":"x"}}}})")
                                  << QStringLiteral("NOPE");
    QTest::newRow("empty text") << QByteArray(R"({"schema":1,"title":{"cy":" "}})")
                                << QStringLiteral("title.cy");
    QTest::newRow("showIf on a missing page")
        << QByteArray(R"({"schema":1,"pages":{"AMOUNT":{"showIf":{"page":"GONE","equals":"x"}}}})")
        << QStringLiteral("GONE");
    // An overlay's privacy block is used whole: the four texts, each with English.
    QTest::newRow("privacy unknown key")
        << QByteArray(R"({"schema":1,"privacy":{"sharedWith":{"en":"Nobody."}}})")
        << QStringLiteral("privacy.sharedWith");
    QTest::newRow("privacy not an object")
        << QByteArray(R"({"schema":1,"privacy":"We keep it safe."})") << QStringLiteral("privacy");
    QTest::newRow("privacy without retention") << QByteArray(
        R"({"schema":1,"privacy":{"controller":{"en":"The council."},"purpose":{"en":"To fix it."},)"
        R"("published":{"en":"Nothing."}}})") << QStringLiteral("privacy.retention");
}

void tst_Open311FlowBuilder::overlayMistakesAreRefused()
{
    QFETCH(QByteArray, overlay);
    QFETCH(QString, reason);
    const auto parsed = ServiceOverlay::parse(overlay);
    Error e;
    if (!parsed) {
        e = parsed.error();
    } else {
        const auto flow = Open311FlowBuilder::build(
            QStringLiteral("council"), service(), Open311Documents::definition(kDefinition).value(),
            parsed.value(), 1);
        QVERIFY(!flow);
        e = flow.error();
    }
    QVERIFY2(e.message.contains(reason), qPrintable(e.message));
}

// A discovered service always asks where and lets the citizen write more, so it always needs a
// privacy block: the site's overlay gives it, or the kiosk's general one naming the service.
void tst_Open311FlowBuilder::privacyFromTheOverlayOrTheKiosksDefault()
{
    const QJsonObject plain = build(kDefinition);
    const auto def = FlowDefinition::parse(QJsonDocument(plain).toJson(), QStringLiteral("x"));
    QVERIFY(def);
    QVERIFY(def->asksForPersonalData());
    QCOMPARE(def->privacy().controller.text(QStringLiteral("en")),
             QStringLiteral("The council receives your answers, through its service "
                            "“Report fly-tipping”."));
    // In every language of the kiosk, so the flow stays complete in all four.
    for (const QString language : {"cy", "pl", "ar"}) {
        for (const QString &key : PrivacyNotice::keys())
            QVERIFY2(def->privacy().text(key).has(language), qPrintable(key + language));
    }
    QVERIFY(def->privacy().controller.text(QStringLiteral("ar")).contains("Report fly-tipping"));

    const QJsonObject own = build(kDefinition, R"({"schema": 1,
        "privacy": {"controller": {"en": "Cardiff Council's street cleaning team receives your answers.", "cy": "Tîm glanhau strydoedd Cyngor Caerdydd sy'n cael eich atebion."},
                    "purpose": {"en": "We use them only to clear the rubbish."},
                    "retention": {"en": "We keep them for 6 months."},
                    "published": {"en": "Nothing you tell us is published."}},
        "privacyNotice": {"en": "Ask staff for the council's full notice."}})");
    const auto mine = FlowDefinition::parse(QJsonDocument(own).toJson(), QStringLiteral("x"));
    QVERIFY(mine);
    QCOMPARE(mine->privacy().controller.text(QStringLiteral("cy")),
             QStringLiteral("Tîm glanhau strydoedd Cyngor Caerdydd sy'n cael eich atebion."));
    QCOMPARE(mine->privacy().retention.text(QStringLiteral("cy")),
             QStringLiteral("We keep them for 6 months."));
    // The site's older single text still reaches the citizen, after the four.
    QCOMPARE(mine->noticeParagraphs(QStringLiteral("en")),
             (QStringList {"Cardiff Council's street cleaning team receives your answers.",
                           "We use them only to clear the rubbish.", "We keep them for 6 months.",
                           "Nothing you tell us is published.",
                           "Ask staff for the council's full notice."}));
}

void tst_Open311FlowBuilder::bostonDependenciesBecomeShowIf()
{
    const QJsonObject flow = build(R"({"attributes":[
        {"code":"KIND","datatype":"singlevaluelist","order":1,"description":"What was missed?",
         "values":[{"key":"Trash","name":"Trash"},{"key":"Recycling","name":"Recycling"}]},
        {"code":"WHERE","datatype":"string","order":2,"description":"Where was it left?",
         "dependencies":{"clause":"OR","conditions":[{"attribute":"KIND","op":"eq","value":"Trash"},
                                                      {"attribute":"KIND","op":"eq","value":"Recycling"}]}}]})");
    QCOMPARE(page(flow, QStringLiteral("where")).value(QStringLiteral("showIf")).toObject(),
             (QJsonObject {{QStringLiteral("page"), QStringLiteral("kind")},
                           {QStringLiteral("in"),
                            QJsonArray {QStringLiteral("Trash"), QStringLiteral("Recycling")}}}));
}

void tst_Open311FlowBuilder::refusals_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown datatype")
        << QByteArray(
               R"({"attributes":[{"code":"PIC","datatype":"image","description":"Photo?"}]})")
        << QStringLiteral("open311.unsupported") << QStringLiteral("PIC: The datatype \"image\"");
    QTest::newRow("list without values")
        << QByteArray(
               R"({"attributes":[{"code":"L","datatype":"singlevaluelist","description":"Pick"}]})")
        << QStringLiteral("open311.unsupported") << QStringLiteral("L: A list question");
    QTest::newRow("no question") << QByteArray(
        R"({"attributes":[{"code":"usrn","datatype":"string"}]})")
                                 << QStringLiteral("open311.unsupported")
                                 << QStringLiteral("pages.usrn.question");
    QTest::newRow("required hidden field") << QByteArray(
        R"({"attributes":[{"code":"usrn","datatype":"string","required":true,"automated":"hidden_field"}]})")
                                           << QStringLiteral("open311.unsupported")
                                           << QStringLiteral("hidden_field");
    QTest::newRow("and of two questions")
        << QByteArray(R"({"attributes":[{"code":"A","datatype":"string","description":"A?"},
             {"code":"B","datatype":"string","description":"B?"},
             {"code":"C","datatype":"string","description":"C?","dependencies":{"clause":"AND",
              "conditions":[{"attribute":"A","op":"eq","value":"x"},{"attribute":"B","op":"eq","value":"y"}]}}]})")
        << QStringLiteral("open311.unsupported")
        << QStringLiteral("C: It is shown under conditions");
    QTest::newRow("duplicate value")
        << QByteArray(
               R"({"attributes":[{"code":"L","datatype":"singlevaluelist","description":"Pick",
             "values":[{"key":"a","name":"A"},{"key":"a","name":"Also A"}]}]})")
        << QStringLiteral("open311.flow") << QStringLiteral("used twice");
}

void tst_Open311FlowBuilder::refusals()
{
    QFETCH(QByteArray, definition);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const auto d = Open311Documents::definition(definition);
    QVERIFY(d);
    const auto flow =
        Open311FlowBuilder::build(QStringLiteral("council"), service(), d.value(), std::nullopt, 1);
    QVERIFY(!flow);
    QCOMPARE(flow.error().code, code);
    QVERIFY2(flow.error().message.contains(reason), qPrintable(flow.error().message));
}

// What the kiosk and civic-kioskctl offer after a pull, from the data directory alone.
void tst_Open311FlowBuilder::catalogueFromTheDataDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString services = dir.filePath(QStringLiteral("services"));
    QVERIFY(write(services + QStringLiteral("/mine.json"), R"({"schema":1,"id":"mine","version":1,
        "title":{"en":"Hand-written"},"destination":{"name":"council","serviceCode":"OWN"},
        "pages":[{"id":"q","question":{"en":"Q?"},"field":{"type":"yesno"}}]})"));
    KioskConfig config = KioskConfig::demo();
    config.dataDir = dir.filePath(QStringLiteral("data"));
    config.destinations[QStringLiteral("council")].discover = true;
    DiscoveryCache cache(config.dataDir, QStringLiteral("council"));
    QVERIFY(cache.storeServices(R"([
        {"service_code":"FLY","service_name":"Fly-tipping","metadata":true,"group":"Waste"},
        {"service_code":"OWN","service_name":"Has a flow file","metadata":false},
        {"service_code":"GONE","service_name":"Hidden here","metadata":false},
        {"service_code":"BAD","service_name":"Broken","metadata":true},
        {"service_code":"NEW","service_name":"Not pulled","metadata":true},
        {"service_code":"PLAIN","service_name":"No questions","metadata":false}])"));
    QVERIFY(cache.storeDefinition(QStringLiteral("FLY"), kDefinition));
    QVERIFY(cache.storeDefinition(
        QStringLiteral("BAD"),
        R"({"attributes":[{"code":"X","datatype":"geo","description":"Where?"}]})"));
    QVERIFY(write(DiscoveredServices::overlayPath(services, QStringLiteral("council"),
                                                  QStringLiteral("GONE")),
                  R"({"schema":1,"hidden":true})"));

    ServiceCatalogue catalogue = DiscoveredServices::load(config, services);
    QStringList offered;
    for (const FlowDefinition &f : catalogue.services())
        offered << f.id();
    QCOMPARE(
        offered,
        (QStringList {QStringLiteral("mine"), QStringLiteral("fly"), QStringLiteral("plain")}));
    QStringList problems;
    for (const CatalogueProblem &p : catalogue.problems())
        problems << p.file + QLatin1Char(' ') + p.code;
    QCOMPARE(problems,
             (QStringList {QStringLiteral("open311 council/BAD open311.unsupported"),
                           QStringLiteral("open311 council/NEW open311.noDefinition")}));
    QCOMPARE(catalogue.find(QStringLiteral("fly"))->version(), 1);
    QCOMPARE(catalogue.find(QStringLiteral("plain"))->pages().size(), 2); // location, details

    // The same definition again: the same version. A changed one: the next version.
    QCOMPARE(DiscoveredServices::load(config, services).find(QStringLiteral("fly"))->version(), 1);
    QByteArray changed = kDefinition;
    changed.replace("How much is there?", "About how much is there?");
    QVERIFY(cache.storeDefinition(QStringLiteral("FLY"), changed));
    QCOMPARE(DiscoveredServices::load(config, services).find(QStringLiteral("fly"))->version(), 2);
    QCOMPARE(DiscoveredServices::load(config, services).find(QStringLiteral("fly"))->version(), 2);
    // An overlay edit changes the questions too.
    QVERIFY(write(
        DiscoveredServices::overlayPath(services, QStringLiteral("council"), QStringLiteral("FLY")),
        R"({"schema":1,"title":{"cy":"Tipio anghyfreithlon"}})"));
    QCOMPARE(DiscoveredServices::load(config, services).find(QStringLiteral("fly"))->version(), 3);

    // A destination that does not discover offers nothing of its cache.
    config.destinations[QStringLiteral("council")].discover = false;
    QCOMPARE(DiscoveredServices::load(config, services).services().size(), 1);
}

QTEST_GUILESS_MAIN(tst_Open311FlowBuilder)
#include "tst_open311flowbuilder.moc"
