// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Open311Documents: services lists and service definitions in the shapes real endpoints
// publish (JSON and XML, booleans as texts, numeric keys, no <attributes> wrapper, HTML in
// descriptions), and broken or hostile documents refused with a reason. The real documents in
// ../shared/realworld/open311 (never copied into the project) are read when that folder exists.
#include "domain/discovery/open311documents.h"
#include "domain/discovery/open311flowbuilder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ck;

namespace {

QString realWorldDir()
{
    const QString fromEnv = qEnvironmentVariable("CK_REALWORLD_DIR");
    for (const QString &dir : {fromEnv, QStringLiteral(CK_SOURCE_DIR "/../shared/realworld"),
                               QStringLiteral("/work/shared/realworld")}) {
        if (!dir.isEmpty() && QDir(dir + QStringLiteral("/open311")).exists())
            return dir + QStringLiteral("/open311");
    }
    return {};
}

QByteArray realWorld(const QString &name)
{
    QFile f(realWorldDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

class tst_Open311Documents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicesInBothFormats();
    void definitionsInBothFormats();
    void refusesBrokenDocuments_data();
    void refusesBrokenDocuments();
    void plainText();
    void realWorldServiceLists();
    void realWorldDefinitions();
};

void tst_Open311Documents::servicesInBothFormats()
{
    const QByteArray json = R"([{"service_code":"POT","service_name":"Pothole Repairs",
        "metadata":"true","group":"highways","description":"Pothole &amp; road<br>repairs"},
        {"service_code":4711,"service_name":"Bins","metadata":false}])";
    const auto services = Open311Documents::services(json);
    QVERIFY2(services, services ? "" : qPrintable(services.error().message));
    QCOMPARE(services->size(), 2);
    QVERIFY(services->at(0).metadata); // "true" as a text, as mySociety's adapter writes it
    QCOMPARE(services->at(0).description, QStringLiteral("Pothole & road repairs"));
    QCOMPARE(services->at(1).code, QStringLiteral("4711"));
    QVERIFY(!services->at(1).metadata);

    const QByteArray xml = R"(<?xml version="1.0"?><services><service>
        <service_code>S0301</service_code><metadata>true</metadata><group>Roads &amp; Streets</group>
        <service_name>Pothole</service_name><description/></service></services>)";
    const auto fromXml = Open311Documents::services(xml);
    QVERIFY2(fromXml, fromXml ? "" : qPrintable(fromXml.error().message));
    QCOMPARE(fromXml->size(), 1);
    QCOMPARE(fromXml->first().group, QStringLiteral("Roads & Streets"));
    QVERIFY(fromXml->first().metadata);
}

void tst_Open311Documents::definitionsInBothFormats()
{
    const QByteArray json = R"({"service_code":"DMV66","attributes":[{"variable":true,
        "code":"WHISHETN","datatype":"singlevaluelist","required":true,"datatype_description":null,
        "order":1,"description":"What is the ticket?","values":[{"key":123,"name":"Ford"}]}]})";
    const auto d = Open311Documents::definition(json);
    QVERIFY2(d, d ? "" : qPrintable(d.error().message));
    QCOMPARE(d->attributes.size(), 1);
    QCOMPARE(d->attributes.first().values.first().key, QStringLiteral("123"));
    QVERIFY(d->attributes.first().datatypeDescription.isEmpty());

    // No <attributes> wrapper (a non-conformant server): the attributes are still read.
    const QByteArray bare = R"(<service_definition><service_code>X</service_code>
        <attribute><variable>true</variable><code>A</code><datatype>string</datatype>
        <required>false</required><order>2</order><description>First?</description></attribute>
        <attribute><variable>false</variable><code>B</code><datatype>text</datatype>
        <description>A note</description><values /></attribute></service_definition>)";
    const auto fromXml = Open311Documents::definition(bare);
    QVERIFY2(fromXml, fromXml ? "" : qPrintable(fromXml.error().message));
    QCOMPARE(fromXml->attributes.size(), 2);
    QCOMPARE(*fromXml->attributes.first().order, 2.0);
    QVERIFY(!fromXml->attributes.last().variable);
    QVERIFY(!fromXml->attributes.last().order);
}

void tst_Open311Documents::refusesBrokenDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("definition");
    QTest::addColumn<QString>("reason"); // part of the message
    // The GeoReport spec's own example: a leading zero makes it invalid JSON.
    QTest::newRow("leading zero") << QByteArray(R"([{"service_code":001}])") << false
                                  << QStringLiteral("not valid JSON");
    QTest::newRow("html portal") << QByteArray("<html><body>Log in to the Wi-Fi</body></html>")
                                 << false << QStringLiteral("not a list of services");
    QTest::newRow("object list") << QByteArray(R"({"services":[]})") << false
                                 << QStringLiteral("not a list of services");
    QTest::newRow("no code") << QByteArray(R"([{"service_name":"X"}])") << false
                             << QStringLiteral("no service_code");
    QTest::newRow("dtd") << QByteArray("<!DOCTYPE x [<!ENTITY a 'a'>]><services/>") << false
                         << QStringLiteral("DTD");
    QTest::newRow("definition list") << QByteArray("[]") << true << QStringLiteral("not an object");
    QTest::newRow("attribute without code")
        << QByteArray(R"({"attributes":[{"datatype":"string"}]})") << true
        << QStringLiteral("no code");
    QTest::newRow("attributes not a list")
        << QByteArray(R"({"attributes":"none"})") << true << QStringLiteral("not a list");
    QTest::newRow("too large") << QByteArray(3 * 1024 * 1024, ' ') << true
                               << QStringLiteral("2 MB");
    QTest::newRow("deep xml") << QByteArray("<services>") + QByteArray("<a>").repeated(40) << false
                              << QStringLiteral("XML");
}

void tst_Open311Documents::refusesBrokenDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, definition);
    QFETCH(QString, reason);
    const Error e = definition ? Open311Documents::definition(document).error()
                               : Open311Documents::services(document).error();
    QCOMPARE(e.code, QStringLiteral("open311.document"));
    QVERIFY2(e.message.contains(reason), qPrintable(e.message));
}

void tst_Open311Documents::plainText()
{
    // DC's descriptions: "&lt;br&gt;" inside XML text, i.e. "<br>" once read.
    QCOMPARE(Open311Documents::plain(QStringLiteral("Removal.  <br><br>If the vehicle")),
             QStringLiteral("Removal. If the vehicle"));
    // Escaped twice (HTML inside a JSON text).
    QCOMPARE(Open311Documents::plain(QStringLiteral("A&lt;br&gt;B &amp; C")),
             QStringLiteral("A B & C"));
}

// Every service list in the folder: JSON and XML, each entry with a code; the GeoReport
// spec's JSON example (leading zeros) is refused with a reason.
void tst_Open311Documents::realWorldServiceLists()
{
    if (realWorldDir().isEmpty())
        QSKIP("../shared/realworld/open311 is not on this machine (set CK_REALWORLD_DIR)");
    const QHash<QString, int> counts {
        {QStringLiteral("boston-311_services.json"), 118},
        {QStringLiteral("bloomington-in_services.json"), 46},
        {QStringLiteral("dc-311_services.xml"), 86},
        {QStringLiteral("sanfrancisco-sf311_services.xml"), 38},
        {QStringLiteral("mysociety-open311-adapter-testendpoint_services.json"), 3},
        {QStringLiteral("mysociety-open311-adapter-testendpoint_services.xml"), 3},
        {QStringLiteral("merton-uk_services.xml"), 1},
        {QStringLiteral("spec-georeport-v2_services.xml"), -1},
    };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto services = Open311Documents::services(realWorld(it.key()));
        QVERIFY2(services,
                 qPrintable(it.key() + QStringLiteral(": ")
                            + (services ? QString() : services.error().message)));
        if (it.value() >= 0)
            QCOMPARE(services->size(), it.value());
        for (const Open311Service &s : services.value())
            QVERIFY2(!s.code.isEmpty() && !s.name.isEmpty(), qPrintable(it.key()));
    }
    // Gießen: umlauts and ß survive.
    const auto giessen =
        Open311Documents::services(realWorld(QStringLiteral("giessen-de_services.xml")));
    QVERIFY(giessen);
    bool umlaut = false;
    for (const Open311Service &s : giessen.value())
        umlaut = umlaut || s.name.contains(QChar(0x00E4)) || s.name.contains(QChar(0x00FC))
            || s.name.contains(QChar(0x00DF));
    QVERIFY(umlaut);
    // Boston: 11 of 118 have metadata false, read as such.
    const auto boston =
        Open311Documents::services(realWorld(QStringLiteral("boston-311_services.json")));
    QCOMPARE(std::count_if(boston->cbegin(), boston->cend(),
                           [](const Open311Service &s) { return !s.metadata; }),
             11);
    // DC: the escaped HTML in descriptions becomes plain text.
    const auto dc = Open311Documents::services(realWorld(QStringLiteral("dc-311_services.xml")));
    for (const Open311Service &s : dc.value())
        QVERIFY2(!s.description.contains(QLatin1String("<br>")), qPrintable(s.code));
    const auto spec =
        Open311Documents::services(realWorld(QStringLiteral("spec-georeport-v2_services.json")));
    QVERIFY(!spec);
    QVERIFY2(spec.error().message.contains(QLatin1String("JSON")),
             qPrintable(spec.error().message));
}

// Every definition in the folder is read; the flow builder then offers it or refuses it with
// the attribute and the reason.
void tst_Open311Documents::realWorldDefinitions()
{
    if (realWorldDir().isEmpty())
        QSKIP("../shared/realworld/open311 is not on this machine (set CK_REALWORLD_DIR)");
    struct Expected
    {
        const char *file;
        int attributes;
        const char *refusal; // nullptr: offered
    };
    const Expected expected[] = {
        {"spec-georeport-v2_service-definition_DMV66.json", 1, nullptr},
        {"spec-georeport-v2_service-definition_DMV66.xml", 1, nullptr},
        {"boston-311_service-definition_BOS311GEN.json", 0, nullptr},
        {"boston-311_service-definition_BIRDINFEST.json", -1, nullptr},
        {"boston-311_service-definition_CEMTRYMAIN.json", -1, nullptr},
        {"boston-311_service-definition_MTRECYDBI.json", 18, nullptr},
        {"dc-311_service-definition_S0301.xml", 6, nullptr},
        {"mysociety-open311-adapter-confirm_service-definition_HM_PHS.xml", -1, nullptr},
        {"mysociety-open311-adapter-testendpoint_service-definition_POT.json", 2, nullptr},
        {"mysociety-open311-adapter-testendpoint_service-definition_POT.xml", 2, nullptr},
        {"codeforamerica-open311-gem_service-definition_DMV66_no-attributes-wrapper.xml", 1,
         nullptr},
        // FixMyStreet's automated hidden_field attributes (usrn) are required: no kiosk knows them.
        {"merton-uk_service-definition_DF.xml", -1, "hidden_field"},
    };
    for (const Expected &e : expected) {
        const QString name = QLatin1String(e.file);
        const auto d = Open311Documents::definition(realWorld(name));
        QVERIFY2(d, qPrintable(name + QStringLiteral(": ") + (d ? QString() : d.error().message)));
        if (e.attributes >= 0)
            QCOMPARE(d->attributes.size(), e.attributes);
        Open311Service service;
        service.code = d->serviceCode.isEmpty() ? QStringLiteral("X") : d->serviceCode;
        service.name = QStringLiteral("Service");
        service.metadata = true;
        const auto flow = Open311FlowBuilder::build(QStringLiteral("council"), service, d.value(),
                                                    std::nullopt, 1);
        if (e.refusal) {
            QVERIFY2(!flow, qPrintable(name));
            QVERIFY2(flow.error().message.contains(QLatin1String(e.refusal)),
                     qPrintable(flow.error().message));
        } else {
            QVERIFY2(flow,
                     qPrintable(name + QStringLiteral(": ")
                                + (flow ? QString() : flow.error().message)));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Open311Documents)
#include "tst_open311documents.moc"
