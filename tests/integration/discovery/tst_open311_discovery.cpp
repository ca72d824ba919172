// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Open311 discovery as a site runs it, against a real civic-kiosk-intake on 127.0.0.1 and the
// real civic-kioskctl: `services pull|list|preview`, a definition that changes between pulls
// (a new flow version; a row queued with the old one is still delivered), a broken definition
// (refused with its code and reason, the others still offered, the last good one kept), the
// kiosk offline (the cache still offers everything), and discovered services submitted and
// delivered to a server that checks each request against its definition.
#include "tests/integration/common/kioskctl.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ck::testing;

namespace {

// What the council serves in these tests (--open311-services): every GeoReport datatype.
const QByteArray kServices = R"([
 {"service_code":"POTHOLE","service_name":"Report a pothole","description":"A hole in the road.",
  "metadata":"true","group":"Roads","type":"realtime"},
 {"service_code":"GRAFFITI","service_name":"Report graffiti","description":"Paint on a wall.",
  "metadata":true,"group":"Streets","type":"realtime"},
 {"service_code":"NOTICE","service_name":"Tell us something","metadata":false,"group":"Other"}])";

const QByteArray kPothole = R"({"service_code":"POTHOLE","attributes":[
 {"code":"WHERE","datatype":"singlevaluelist","variable":true,"required":true,"order":1,
  "description":"Where is it?","values":[{"key":"road","name":"In the road"},{"key":"path","name":"On the pavement"}]},
 {"code":"SIZE_CM","datatype":"number","variable":true,"required":true,"order":2,
  "description":"How wide is it, in centimetres?","datatype_description":"For example, 30"},
 {"code":"SEEN","datatype":"datetime","variable":true,"required":false,"order":3,"description":"When did you see it?"},
 {"code":"HAZARDS","datatype":"multivaluelist","variable":true,"required":false,"order":4,
  "description":"Is anything else wrong?","values":[{"key":"water","name":"It is full of water"},{"key":"edge","name":"The edge is broken"}]},
 {"code":"ROAD","datatype":"string","variable":true,"required":true,"order":5,"description":"What is the road called?"},
 {"code":"MORE","datatype":"text","variable":true,"required":false,"order":6,"description":"What does it look like?"}]})";

const QByteArray kGraffiti = R"({"service_code":"GRAFFITI","attributes":[
 {"code":"OFFENSIVE","datatype":"singlevaluelist","variable":true,"required":true,"order":1,
  "description":"Is it offensive?","values":[{"key":"Y","name":"Yes"},{"key":"N","name":"No"}]}]})";

QByteArray potholeAnswers()
{
    return QJsonDocument(
               QJsonObject {
                   {QStringLiteral("where"), QStringLiteral("road")},
                   {QStringLiteral("size-cm"), 30},
                   {QStringLiteral("seen"), QStringLiteral("2026-11-30")},
                   {QStringLiteral("hazards"),
                    QJsonArray {QStringLiteral("water"), QStringLiteral("edge")}},
                   {QStringLiteral("road"), QStringLiteral("Queen Street")},
                   {QStringLiteral("location"),
                    QJsonObject {{QStringLiteral("postcode"), QStringLiteral("CF10 1AA")},
                                 {QStringLiteral("line1"), QStringLiteral("1 Queen St")}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class tst_Open311Discovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pullListPreview();
    void brokenDefinitionIsRefusedOthersLoad();
    void changedDefinitionGetsNewVersionQueuedRowsDeliver();
    void offlineTheCacheStillOffers();
    void demoCouncilServicesAreDelivered();

private:
    void startServer(bool ownServices = true);
    CtlResult ctl(const QStringList &args) { return runCtl(m_config, args, 60000); }
    QJsonArray listed()
    {
        const CtlResult r =
            ctl({QStringLiteral("services"), QStringLiteral("list"), QStringLiteral("--json")});
        return r.json().object().value(QStringLiteral("services")).toArray();
    }
    QJsonObject listedService(const QString &code)
    {
        for (const QJsonValue &v : listed()) {
            if (v.toObject().value(QStringLiteral("serviceCode")).toString() == code)
                return v.toObject();
        }
        return {};
    }
    QString answers(const QByteArray &json)
    {
        const QString path = m_dir->filePath(QStringLiteral("answers-%1.json").arg(++m_files));
        writeFile(path, json);
        return path;
    }
    QStringList storedForms();

    std::unique_ptr<QTemporaryDir> m_dir;
    IntakeProcess m_server;
    QString m_council; // the folder the server serves its definitions from
    QString m_config;
    QString m_services;
    int m_files = 0;
};

void tst_Open311Discovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_council = m_dir->filePath(QStringLiteral("council"));
    QVERIFY(QDir().mkpath(m_council + QStringLiteral("/services")));
    QVERIFY(writeFile(m_council + QStringLiteral("/services.json"), kServices));
    QVERIFY(writeFile(m_council + QStringLiteral("/services/POTHOLE.json"), kPothole));
    QVERIFY(writeFile(m_council + QStringLiteral("/services/GRAFFITI.json"), kGraffiti));
    m_services = m_dir->filePath(QStringLiteral("services"));
    QVERIFY(QDir().mkpath(m_services));
}

void tst_Open311Discovery::cleanup()
{
    m_server.stop();
    m_dir.reset();
}

void tst_Open311Discovery::startServer(bool ownServices)
{
    QStringList extra {QStringLiteral("--api-key"), QStringLiteral("test-key")};
    if (ownServices)
        extra << QStringLiteral("--open311-services") << m_council;
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")), extra));
    m_config = m_dir->filePath(QStringLiteral("kiosk.json"));
    QVERIFY(writeKioskConfig(m_config, m_dir->filePath(QStringLiteral("data")), m_server.base()));
    // The shared helper writes the demo's two destinations; the council discovers here, and
    // the services folder holds only overlays (no flow files of its own).
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonObject destinations = config.value(QStringLiteral("destinations")).toObject();
    QJsonObject council = destinations.value(QStringLiteral("council")).toObject();
    council.insert(QStringLiteral("discover"), true);
    destinations.insert(QStringLiteral("council"), council);
    config.insert(QStringLiteral("destinations"), destinations);
    config.insert(QStringLiteral("servicesDir"), m_services);
    QVERIFY(writeFile(m_config, QJsonDocument(config).toJson()));
}

QStringList tst_Open311Discovery::storedForms()
{
    QStringList out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intake-read"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("intake.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral(
                    "SELECT body FROM submissions WHERE protocol = 'open311' ORDER BY id"))) {
                while (q.next())
                    out << QString::fromUtf8(q.value(0).toByteArray());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("intake-read"));
    return out;
}

void tst_Open311Discovery::pullListPreview()
{
    startServer();
    CtlResult r =
        ctl({QStringLiteral("services"), QStringLiteral("pull"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().object().value(QStringLiteral("changed")).toBool());
    QCOMPARE(r.json().object().value(QStringLiteral("services")).toInt(), 3);

    const QJsonObject pothole = listedService(QStringLiteral("POTHOLE"));
    QVERIFY(pothole.value(QStringLiteral("offered")).toBool());
    QCOMPARE(pothole.value(QStringLiteral("id")).toString(), QStringLiteral("pothole"));
    QCOMPARE(pothole.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(pothole.value(QStringLiteral("category")).toString(), QStringLiteral("Roads"));
    // metadata false: no questions of its own, still a service (location and details).
    QVERIFY(listedService(QStringLiteral("NOTICE")).value(QStringLiteral("offered")).toBool());

    r = ctl({QStringLiteral("services"), QStringLiteral("preview"), QStringLiteral("pothole"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray pages = r.json().object().value(QStringLiteral("pages")).toArray();
    QStringList types;
    for (const QJsonValue &p : pages)
        types << p.toObject().value(QStringLiteral("type")).toString();
    QCOMPARE(types,
             (QStringList {QStringLiteral("choice"), QStringLiteral("number"),
                           QStringLiteral("date"), QStringLiteral("multichoice"),
                           QStringLiteral("text"), QStringLiteral("longtext"),
                           QStringLiteral("postcode-address"), QStringLiteral("longtext")}));
    QCOMPARE(pages.at(1).toObject().value(QStringLiteral("hint")).toString(),
             QStringLiteral("For example, 30"));
    // No overlay gives this service a privacy block: the kiosk's general one, naming it.
    const QJsonObject privacy = r.json().object().value(QStringLiteral("privacy")).toObject();
    QVERIFY2(
        privacy.value(QStringLiteral("controller"))
            .toString()
            .startsWith(QLatin1String("The council receives your answers, through its service")),
        r.out.constData());
    QVERIFY(!privacy.value(QStringLiteral("retention")).toString().isEmpty());
    // The text form for people, in another language (the kiosk's own pages are translated).
    r = ctl({QStringLiteral("services"), QStringLiteral("preview"), QStringLiteral("pothole"),
             QStringLiteral("--language"), QStringLiteral("cy")});
    QVERIFY2(r.out.contains("Ble mae'r broblem?"), r.out.constData());
    QVERIFY2(r.out.contains("Y cyngor sy'n cael eich atebion"), r.out.constData());
    r = ctl({QStringLiteral("services"), QStringLiteral("preview"), QStringLiteral("nothing")});
    QCOMPARE(r.exitCode, 2);
    r = ctl({QStringLiteral("services"), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 1);
}

void tst_Open311Discovery::brokenDefinitionIsRefusedOthersLoad()
{
    // GRAFFITI asks for a photo (no such datatype in GeoReport, nothing a kiosk can take).
    QVERIFY(writeFile(m_council + QStringLiteral("/services/GRAFFITI.json"),
                      R"({"attributes":[{"code":"PHOTO","datatype":"image","variable":true,
                           "required":true,"description":"Take a photo"}]})"));
    startServer();
    CtlResult r = ctl({QStringLiteral("services"), QStringLiteral("pull")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("open311 council/GRAFFITI: PHOTO: The datatype \"image\"")
                 && r.err.contains("[open311.unsupported]"),
             r.err.constData());
    const QJsonObject graffiti = listedService(QStringLiteral("GRAFFITI"));
    QVERIFY(!graffiti.value(QStringLiteral("offered")).toBool());
    QCOMPARE(graffiti.value(QStringLiteral("problem"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("open311.unsupported"));
    QVERIFY(listedService(QStringLiteral("POTHOLE")).value(QStringLiteral("offered")).toBool());
    // civic-kioskctl status (what the admin screen's problems come from) names it too.
    r = ctl({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(r.out.contains("open311 council/GRAFFITI"), r.out.constData());

    // A good definition that later breaks: the last good one stays on offer, with the reason.
    QVERIFY(writeFile(m_council + QStringLiteral("/services/GRAFFITI.json"), kGraffiti));
    QVERIFY(ctl({QStringLiteral("services"), QStringLiteral("pull")}).exitCode == 0);
    QVERIFY(listedService(QStringLiteral("GRAFFITI")).value(QStringLiteral("offered")).toBool());
    QVERIFY(writeFile(m_council + QStringLiteral("/services/GRAFFITI.json"),
                      "{\"attributes\": [{\"code\":"));
    r = ctl({QStringLiteral("services"), QStringLiteral("pull")});
    QVERIFY2(r.err.contains("GRAFFITI") && r.err.contains("not valid JSON")
                 && r.err.contains("last good definition"),
             r.err.constData());
    QVERIFY(listedService(QStringLiteral("GRAFFITI")).value(QStringLiteral("offered")).toBool());
}

void tst_Open311Discovery::changedDefinitionGetsNewVersionQueuedRowsDeliver()
{
    startServer();
    QVERIFY(ctl({QStringLiteral("services"), QStringLiteral("pull")}).exitCode == 0);
    CtlResult r =
        ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("pothole"),
             QStringLiteral("--answers"), answers(potholeAnswers())});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString first = QString::fromLatin1(r.out.trimmed());

    // The council rewords a question and adds one: the next pull gives version 2.
    QByteArray changed = kPothole;
    changed.replace("How wide is it, in centimetres?", "About how wide is it, in centimetres?");
    changed.replace(
        R"({"code":"MORE")",
        R"({"code":"DEPTH","datatype":"number","variable":true,"required":false,"order":7,"description":"How deep is it?"},{"code":"MORE")");
    QVERIFY(writeFile(m_council + QStringLiteral("/services/POTHOLE.json"), changed));
    r = ctl({QStringLiteral("services"), QStringLiteral("pull"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().object().value(QStringLiteral("changed")).toBool());
    QCOMPARE(listedService(QStringLiteral("POTHOLE")).value(QStringLiteral("version")).toInt(), 2);
    // Pulling the same again changes nothing.
    r = ctl({QStringLiteral("services"), QStringLiteral("pull"), QStringLiteral("--json")});
    QVERIFY(!r.json().object().value(QStringLiteral("changed")).toBool());
    QCOMPARE(listedService(QStringLiteral("POTHOLE")).value(QStringLiteral("version")).toInt(), 2);

    r = ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("pothole"),
             QStringLiteral("--answers"), answers(potholeAnswers())});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString second = QString::fromLatin1(r.out.trimmed());
    r = ctl({QStringLiteral("queue"), QStringLiteral("--json")});
    QMap<QString, int> versions;
    for (const QJsonValue &row : r.json().object().value(QStringLiteral("rows")).toArray())
        versions.insert(row.toObject().value(QStringLiteral("reference")).toString(),
                        row.toObject().value(QStringLiteral("flowVersion")).toInt());
    QCOMPARE(versions.value(first), 1);
    QCOMPARE(versions.value(second), 2);

    r = ctl({QStringLiteral("sync"), QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
             QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl({QStringLiteral("queue"), QStringLiteral("--json"), QStringLiteral("--state"),
             QStringLiteral("delivered")});
    QCOMPARE(r.json().object().value(QStringLiteral("rows")).toArray().size(), 2);
    // The server checked each against the definition it serves: the attributes arrived under
    // the council's codes, the multivaluelist as attribute[HAZARDS][] twice.
    const QStringList forms = storedForms();
    QCOMPARE(forms.size(), 2);
    for (const QString &form : forms) {
        QVERIFY2(form.contains(QLatin1String("attribute%5BWHERE%5D=road")), qPrintable(form));
        QVERIFY2(form.contains(QLatin1String("attribute%5BSIZE_CM%5D=30")), qPrintable(form));
        QVERIFY2(form.count(QLatin1String("attribute%5BHAZARDS%5D%5B%5D=")) == 2, qPrintable(form));
        QVERIFY2(form.contains(QLatin1String("address_string=1%20Queen%20St")), qPrintable(form));
    }
}

void tst_Open311Discovery::offlineTheCacheStillOffers()
{
    startServer();
    QVERIFY(ctl({QStringLiteral("services"), QStringLiteral("pull")}).exitCode == 0);
    m_server.stop();
    const CtlResult r = ctl({QStringLiteral("services"), QStringLiteral("pull")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("council"), r.err.constData());
    QVERIFY(listedService(QStringLiteral("POTHOLE")).value(QStringLiteral("offered")).toBool());
    QVERIFY(ctl({QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("pothole"),
                 QStringLiteral("--answers"), answers(potholeAnswers())})
                .exitCode
            == 0);
}

// The reference server's own catalogue (the demo council), every datatype; MISSED_BIN has a
// hand-written flow file in the demo, so that one wins.
void tst_Open311Discovery::demoCouncilServicesAreDelivered()
{
    startServer(false);
    QVERIFY(writeFile(m_services + QStringLiteral("/missed-bin.json"), [] {
        QFile f(servicesDir() + QStringLiteral("/missed-bin.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }()));
    CtlResult r = ctl({QStringLiteral("services"), QStringLiteral("pull")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(
        listedService(QStringLiteral("MISSED_BIN")).value(QStringLiteral("replacedBy")).toString(),
        QStringLiteral("missed-bin.json"));
    const QByteArray fly =
        QJsonDocument(
            QJsonObject {
                {QStringLiteral("waste-type"),
                 QJsonArray {QStringLiteral("furniture"), QStringLiteral("tyres")}},
                {QStringLiteral("amount"), QStringLiteral("van")},
                {QStringLiteral("location"),
                 QJsonObject {{QStringLiteral("postcode"), QStringLiteral("CF10 1AA")},
                              {QStringLiteral("line1"), QStringLiteral("Lane behind 3 Mill St")}}}})
            .toJson();
    const QByteArray light =
        QJsonDocument(
            QJsonObject {
                {QStringLiteral("fault"), QStringLiteral("flicker")},
                {QStringLiteral("light-number"), QStringLiteral("LC 114")},
                {QStringLiteral("location"),
                 QJsonObject {{QStringLiteral("postcode"), QStringLiteral("SW1A 1AA")},
                              {QStringLiteral("line1"), QStringLiteral("Outside 10 Park Road")}}}})
            .toJson();
    for (const auto &[service, body] : {std::pair {QStringLiteral("fly-tipping"), fly},
                                        std::pair {QStringLiteral("street-light"), light}}) {
        r = ctl({QStringLiteral("submit"), QStringLiteral("--service"), service,
                 QStringLiteral("--answers"), answers(body)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    r = ctl({QStringLiteral("sync"), QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
             QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList forms = storedForms();
    QCOMPARE(forms.size(), 2);
    QVERIFY2(forms.at(0).contains(QLatin1String("attribute%5BWASTE_TYPE%5D%5B%5D=furniture")),
             qPrintable(forms.at(0)));
    QVERIFY2(forms.at(1).contains(QLatin1String("attribute%5BFAULT%5D=flicker")),
             qPrintable(forms.at(1)));
}

QTEST_GUILESS_MAIN(tst_Open311Discovery)
#include "tst_open311_discovery.moc"
