// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "core/passwordhash.h"
#include "domain/config/kioskconfig.h"
#include "domain/flows/referencenumber.h"
#include "offline-cache/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using ck::KioskConfig;

namespace {

// A complete, valid configuration; each malformed case below changes one thing in it.
QJsonObject validConfig()
{
    QFile file(QStringLiteral(CK_SOURCE_DIR "/tests/unit/domain/config/data/valid-kiosk.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data valid-kiosk.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets a value at a dotted path ("fleet.heartbeatSec"), creating nothing that is not there.
QJsonObject with(QJsonObject root, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject o, int i) {
        if (i == parts.size() - 1) {
            if (value.isUndefined())
                o.remove(parts.at(i));
            else
                o.insert(parts.at(i), value);
            return o;
        }
        o.insert(parts.at(i), set(o.value(parts.at(i)).toObject(), i + 1));
        return o;
    };
    return set(root, 0);
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

} // namespace

class tst_KioskConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAllKeys()
    {
        auto r = KioskConfig::parse(bytes(validConfig()), QStringLiteral("kiosk.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const KioskConfig &c = r.value();
        QCOMPARE(c.version, 7);
        QCOMPARE(c.kioskId, QStringLiteral("cardiff-central-01"));
        QCOMPARE(c.languages, QStringList({"en", "cy"}));
        QCOMPARE(c.defaultLanguage, QStringLiteral("cy"));
        QCOMPARE(c.idleTimeoutSec, 90);
        QCOMPARE(c.idleWarningSec, 20);
        QCOMPARE(c.receiptDays, 14);
        QCOMPARE(c.minFreeMb, 500);
        QCOMPARE(c.destinations.size(), 2);
        QCOMPARE(c.destinations.value("council").type, QStringLiteral("open311"));
        QCOMPARE(c.destinations.value("council").credentialRef, QStringLiteral("council-api-key"));
        QCOMPARE(c.destinations.value("planning").url, QUrl("https://planning.example.gov.uk/v1/"));
        QCOMPARE(c.destinations.value("planning").timeoutMs, 15000);
        QCOMPARE(c.webAllowList.size(), 2);
        QCOMPARE(c.webFrameAllowList, QStringList {"https://pay.example.gov.uk/frames/"});
        QCOMPARE(c.helpers.size(), 1);
        QCOMPARE(c.helper("H001")->name, QStringLiteral("Ann"));
        QVERIFY(c.helper("H002") == nullptr);
        QCOMPARE(c.fleet.heartbeatSec, 60);
        QCOMPARE(c.fleet.configPollSec, 600);
        QCOMPARE(c.fleet.heartbeatDestination, QStringLiteral("planning"));
        QCOMPARE(c.fleet.kioskNumber, std::optional<int>(17));
        QCOMPARE(c.firstDestinationOfType("json")->name, QStringLiteral("planning"));
        QCOMPARE(c.outboxKey.encryptedFile,
                 QStringLiteral("/etc/credstore.encrypted/civic-kiosk-outbox.key"));
        QCOMPARE(c.outboxKey.file,
                 QStringLiteral("/etc/civic-kiosk/credentials/civic-kiosk-outbox.key"));
    }

    // The kiosk and civic-kioskctl open their outbox from the same options, key rule included.
    void outboxOptionsCarryTheKeyRule()
    {
        auto r = KioskConfig::parse(bytes(validConfig()), QStringLiteral("kiosk.json"));
        QVERIFY(r.ok());
        const ck::OutboxOptions o = r->outboxOptions();
        QCOMPARE(o.dataDir, QStringLiteral("/var/lib/civic-kiosk"));
        QCOMPARE(o.receiptDays, 14);
        QCOMPARE(o.minFreeBytes, qint64(500) * 1024 * 1024);
        QCOMPARE(o.key.credentialName, QStringLiteral("civic-kiosk-outbox.key"));
        QCOMPARE(o.key.encryptedFile, r->outboxKey.encryptedFile);
        QCOMPARE(o.key.plainFile, r->outboxKey.file);
        QCOMPARE(o.access, ck::OutboxOptions::Access::ReadWrite);
    }

    void defaults()
    {
        auto r = KioskConfig::parse("{\"schema\": 1, \"kioskId\": \"k1\"}", "min.json");
        QVERIFY(r.ok());
        QCOMPARE(r->version, 0);
        QCOMPARE(r->languages, QStringList({"en", "cy", "pl", "ar"}));
        QCOMPARE(r->defaultLanguage, QStringLiteral("en"));
        QCOMPARE(r->idleTimeoutSec, 120);
        QCOMPARE(r->idleWarningSec, 30);
        QCOMPARE(r->receiptDays, 30);
        QCOMPARE(r->minFreeMb, 200);
        QCOMPARE(r->fleet.heartbeatSec, 300);
        QVERIFY(!r->fleet.kioskNumber.has_value()); // unset: the hash-based references
        QVERIFY(!r->toJson().value("fleet").toObject().contains("kioskNumber"));
        QVERIFY(r->destinations.isEmpty());
        // No key files unless the config names them (the packaged one does): a developer's or
        // test machine never picks up a machine-wide key by accident.
        QCOMPARE(r->outboxKey.credential, QStringLiteral("civic-kiosk-outbox.key"));
        QVERIFY(r->outboxKey.encryptedFile.isEmpty() && r->outboxKey.file.isEmpty());
        QVERIFY(!r->toJson().contains("outboxKey"));
    }

    void roundTrip()
    {
        // With the optional command channel too.
        QJsonObject withCommands = validConfig();
        QJsonObject fleet = withCommands.value("fleet").toObject();
        fleet.insert("commandsUrl", "https://fleet.example/v1/commands");
        fleet.insert("commandPollSec", 30);
        withCommands.insert("fleet", fleet);
        auto commands = KioskConfig::parse(bytes(withCommands), "c.json");
        QVERIFY2(commands.ok(), qPrintable(commands.ok() ? QString() : commands.error().message));
        QCOMPARE(commands->fleet.commandsUrl, QUrl("https://fleet.example/v1/commands"));
        QCOMPARE(commands->fleet.commandPollSec, 30);
        QCOMPARE(KioskConfig::parseObject(commands->toJson(), "d.json")->toJson(),
                 commands->toJson());

        auto first = KioskConfig::parse(
            bytes(with(with(validConfig(), "destinations.council.discover", true),
                       "destinations.council.discoverEverySec", 3600)),
            "a.json");
        QVERIFY(first.ok());
        QVERIFY(first->destinations.value(QStringLiteral("council")).discover);
        QCOMPARE(first->destinations.value(QStringLiteral("council")).discoverEverySec, 3600);
        auto second = KioskConfig::parseObject(first->toJson(), "b.json");
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QCOMPARE(second->toJson(), first->toJson());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mustMention"); // the key path (or reason) the error names

        const QJsonObject v = validConfig();
        QTest::newRow("bad json") << QByteArray("{\"schema\": 1,") << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "must be a JSON object";
        QTest::newRow("unknown top key")
            << bytes(with(v, "idleTimeoutSecs", 30)) << "idleTimeoutSecs: unknown key";
        QTest::newRow("unknown nested key")
            << bytes(with(v, "fleet.heartbeat", 30)) << "fleet.heartbeat: unknown key";
        QTest::newRow("unknown destination key")
            << bytes(with(v, "destinations.council.password", "x"))
            << "destinations.council.password: unknown key";
        QTest::newRow("missing schema")
            << bytes(with(v, "schema", QJsonValue::Undefined)) << "schema: required key is missing";
        QTest::newRow("schema 2") << bytes(with(v, "schema", 2)) << "schema: 2 is out of range";
        QTest::newRow("missing kiosk id")
            << bytes(with(v, "kioskId", QJsonValue::Undefined)) << "kioskId: required";
        QTest::newRow("kiosk id spaces") << bytes(with(v, "kioskId", "a b")) << "kioskId:";
        QTest::newRow("timeout as string")
            << bytes(with(v, "idleTimeoutSec", "120")) << "idleTimeoutSec: expected integer";
        QTest::newRow("timeout fraction")
            << bytes(with(v, "idleTimeoutSec", 12.5)) << "idleTimeoutSec: expected integer";
        QTest::newRow("negative timeout")
            << bytes(with(v, "idleTimeoutSec", -5)) << "idleTimeoutSec: -5 is out of range";
        QTest::newRow("negative warning")
            << bytes(with(v, "idleWarningSec", -1)) << "idleWarningSec: -1 is out of range";
        QTest::newRow("warning longer than timeout")
            << bytes(with(with(v, "idleTimeoutSec", 30), "idleWarningSec", 30))
            << "idleWarningSec: must be shorter";
        QTest::newRow("negative receipt days")
            << bytes(with(v, "receiptDays", -1)) << "receiptDays: -1 is out of range";
        QTest::newRow("heartbeat in ms")
            << bytes(with(v, "fleet.heartbeatSec", 300000)) << "fleet.heartbeatSec";
        QTest::newRow("languages not array")
            << bytes(with(v, "languages", "en")) << "languages: expected array";
        QTest::newRow("language number")
            << bytes(with(v, "languages", QJsonArray {"en", 3})) << "languages[1]";
        QTest::newRow("default language not offered")
            << bytes(with(v, "defaultLanguage", "fr")) << "defaultLanguage:";
        QTest::newRow("discover on a json destination")
            << bytes(with(v, "destinations.planning.discover", true))
            << "destinations.planning.discover: only an open311 destination";
        QTest::newRow("discover as text")
            << bytes(with(v, "destinations.council.discover", "yes"))
            << "destinations.council.discover: expected true or false";
        QTest::newRow("discover every minute")
            << bytes(with(v, "destinations.council.discoverEverySec", 60))
            << "destinations.council.discoverEverySec";
        QTest::newRow("bad url") << bytes(with(v, "destinations.council.url", "not a url"))
                                 << "destinations.council.url:";
        QTest::newRow("relative url") << bytes(with(v, "destinations.council.url", "/open311/v2/"))
                                      << "destinations.council.url:";
        QTest::newRow("plain http off-box")
            << bytes(with(v, "destinations.planning.url", "http://planning.example/v1/"))
            << "destinations.planning.url: plain http";
        QTest::newRow("ftp url") << bytes(with(v, "fleet.configUrl", "ftp://x.example/c"))
                                 << "fleet.configUrl:";
        QTest::newRow("bad allow-list entry")
            << bytes(with(v, "webAllowList", QJsonArray {"https://www.gov.uk/", "gov.uk"}))
            << "webAllowList[1]";
        QTest::newRow("plain http frame allow-list entry")
            << bytes(with(v, "webFrameAllowList", QJsonArray {"http://pay.example/"}))
            << "webFrameAllowList[0]: plain http";
        QTest::newRow("unknown destination type")
            << bytes(with(v, "destinations.council.type", "soap"))
            << "destinations.council.type: unknown destination type \"soap\"";
        QTest::newRow("destination not object")
            << bytes(with(v, "destinations.council", "https://x/")) << "destinations.council:";
        QTest::newRow("apiKey and credentialRef")
            << bytes(with(v, "destinations.council.apiKey", "k")) << "destinations.council:";
        QTest::newRow("pin in clear")
            << bytes(with(v, "adminPinHash", "2468")) << "adminPinHash: not a usable PIN hash";
        QTest::newRow("helpers not array")
            << bytes(with(v, "helpers", QJsonObject())) << "helpers: expected array";
        QTest::newRow("heartbeat via open311")
            << bytes(with(v, "fleet.heartbeatDestination", "council"))
            << "fleet.heartbeatDestination";
        QTest::newRow("bad public key")
            << bytes(with(v, "fleet.publicKey", "AAAA")) << "fleet.publicKey";
        QTest::newRow("config url without key")
            << bytes(with(v, "fleet.publicKey", QJsonValue::Undefined)) << "fleet.publicKey";
        QTest::newRow("relative metrics file")
            << bytes(with(v, "fleet.metricsTextfile", "m.prom")) << "fleet.metricsTextfile";
        // Kiosk numbers: whole numbers 1..4095 (12 bits of the reference), said in the message.
        QTest::newRow("kiosk number 0")
            << bytes(with(v, "fleet.kioskNumber", 0))
            << "fleet.kioskNumber: 0 is not a kiosk number: use a whole number from 1 to 4095";
        QTest::newRow("kiosk number negative")
            << bytes(with(v, "fleet.kioskNumber", -2)) << "fleet.kioskNumber: -2 is not a kiosk";
        QTest::newRow("kiosk number past 4095") << bytes(with(v, "fleet.kioskNumber", 4096))
                                                << "fleet.kioskNumber: 4096 is not a kiosk";
        QTest::newRow("kiosk number huge")
            << bytes(with(v, "fleet.kioskNumber", 1e12)) << "fleet.kioskNumber:";
        QTest::newRow("kiosk number as string")
            << bytes(with(v, "fleet.kioskNumber", "7")) << "fleet.kioskNumber: expected integer";
        QTest::newRow("kiosk number fraction")
            << bytes(with(v, "fleet.kioskNumber", 7.5)) << "fleet.kioskNumber: expected integer";
        QTest::newRow("kiosk number null") << bytes(with(v, "fleet.kioskNumber", QJsonValue::Null))
                                           << "fleet.kioskNumber: expected integer";
        QTest::newRow("outbox key unknown member")
            << bytes(with(v, "outboxKey.path", "/k")) << "outboxKey.path: unknown key";
        QTest::newRow("outbox key relative file")
            << bytes(with(v, "outboxKey.file", "keys/k")) << "outboxKey.file: must be an absolute";
        QTest::newRow("outbox key relative encrypted file")
            << bytes(with(v, "outboxKey.encryptedFile", "k.cred"))
            << "outboxKey.encryptedFile: must be an absolute";
        QTest::newRow("outbox key credential is a path")
            << bytes(with(v, "outboxKey.credential", "../etc/shadow")) << "outboxKey.credential:";
        QTest::newRow("outbox key credential empty")
            << bytes(with(v, "outboxKey.credential", "")) << "outboxKey.credential:";
        QTest::newRow("outbox key not an object")
            << bytes(with(v, "outboxKey", "/etc/k")) << "outboxKey:";
        // Welsh Language Standards: Welsh first and default, English there for the welcome.
        const QJsonObject welsh = with(with(v, "languages", QJsonArray {"cy", "en", "pl", "ar"}),
                                       "welshLanguageStandards", true);
        QTest::newRow("welsh standards not bool")
            << bytes(with(welsh, "welshLanguageStandards", "yes"))
            << "welshLanguageStandards: expected true or false";
        QTest::newRow("welsh standards, English first")
            << bytes(with(v, "welshLanguageStandards", true))
            << "languages: must start with \"cy\"";
        QTest::newRow("welsh standards without English")
            << bytes(with(welsh, "languages", QJsonArray {"cy", "pl"}))
            << "languages: must include \"en\"";
        QTest::newRow("welsh standards, English default")
            << bytes(with(welsh, "defaultLanguage", "en")) << "defaultLanguage: must be \"cy\"";
        QTest::newRow("place name not object")
            << bytes(with(v, "placeName", "Central Library")) << "placeName: expected an object";
        QTest::newRow("place name unknown language")
            << bytes(with(v, "placeName", QJsonObject {{"fr", "Bibliothèque"}}))
            << "placeName.fr: \"fr\" is not one of the configured languages";
        QTest::newRow("place name empty")
            << bytes(with(v, "placeName", QJsonObject {{"en", " "}})) << "placeName.en: expected";
        QTest::newRow("place name placeholder")
            << bytes(with(v, "placeName", QJsonObject {{"en", "Library %1"}}))
            << "placeName.en: expected";
        QTest::newRow("place name too long")
            << bytes(with(v, "placeName", QJsonObject {{"en", QString(81, 'x')}}))
            << "placeName.en: expected";
        QTest::newRow("printer not a name or IPP address")
            << bytes(with(v, "printer", "http://printer.example/")) << "printer: expected a CUPS";
        QTest::newRow("printer name with a slash")
            << bytes(with(v, "printer", "front/desk")) << "printer: expected a CUPS";
        QTest::newRow("tracking contact not object")
            << bytes(with(v, "trackingContact", "Phone us"))
            << "trackingContact: expected an object";
        QTest::newRow("tracking contact unknown language")
            << bytes(with(v, "trackingContact", QJsonObject {{"fr", "Appelez"}}))
            << "trackingContact.fr: \"fr\" is not one of the configured languages";
        QTest::newRow("tracking contact too long")
            << bytes(with(v, "trackingContact", QJsonObject {{"en", QString(201, 'x')}}))
            << "trackingContact.en: expected";
        QTest::newRow("commands over plain http")
            << bytes(with(v, "fleet.commandsUrl", "http://fleet.example/v1/commands"))
            << "fleet.commandsUrl:";
        QTest::newRow("command poll too often") << bytes(with(v, "fleet.commandPollSec", 5))
                                                << "fleet.commandPollSec: 5 is out of range";
        QTest::newRow("commands without a key")
            << bytes(with(with(with(v, "fleet.publicKey", QJsonValue::Undefined), "fleet.configUrl",
                               QJsonValue::Undefined),
                          "fleet.commandsUrl", "https://fleet.example/v1/commands"))
            << "fleet.publicKey: required when fleet.commandsUrl is set";
    }

    void welshLanguageStandards()
    {
        QJsonObject o = with(validConfig(), "languages", QJsonArray {"cy", "en", "pl", "ar"});
        o = with(with(o, "welshLanguageStandards", true), "defaultLanguage", QJsonValue::Undefined);
        o = with(o, "placeName",
                 QJsonObject {{"en", "Central Library"}, {"cy", "Llyfrgell Ganolog"}});
        const auto r = KioskConfig::parse(bytes(o), "kiosk.json");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(r->welshLanguageStandards);
        QCOMPARE(r->defaultLanguage, QStringLiteral("cy"));
        QCOMPARE(r->placeNameIn("cy"), QStringLiteral("Llyfrgell Ganolog"));
        QCOMPARE(r->placeNameIn("pl"), QStringLiteral("Central Library")); // falls back to en
        const auto again = KioskConfig::parseObject(r->toJson(), "again.json");
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), r->toJson());
        // Off by default, no place name: the staff texts use their wording without one.
        const auto plain = KioskConfig::parse(bytes(validConfig()), "kiosk.json");
        QVERIFY(!plain->welshLanguageStandards);
        QVERIFY(plain->placeNameIn("en").isEmpty());
    }

    void printing()
    {
        // A printer's own IPP address, a CUPS queue, or nothing (no printing: the default).
        for (const char *printer :
             {"ipp://192.0.2.7:631/ipp/print", "ipps://printer.local/ipp/print", "library-front"}) {
            QJsonObject o = with(validConfig(), "printer", QString::fromLatin1(printer));
            o = with(o, "trackingContact", QJsonObject {{"en", "Phone 029 2087 2087"}});
            const auto r = KioskConfig::parse(bytes(o), "kiosk.json");
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->printer, QString::fromLatin1(printer));
            QCOMPARE(r->trackingContact.value("en"), QStringLiteral("Phone 029 2087 2087"));
            const auto again = KioskConfig::parseObject(r->toJson(), "again.json");
            QVERIFY(again.ok());
            QCOMPARE(again->toJson(), r->toJson());
        }
        const auto plain = KioskConfig::parse(bytes(validConfig()), "kiosk.json");
        QVERIFY(plain->printer.isEmpty());
        QVERIFY(!plain->toJson().contains("printer"));
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mustMention);
        auto r = KioskConfig::parse(json, QStringLiteral("kiosk.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("config-invalid"));
        QVERIFY2(r.error().message.startsWith(QStringLiteral("kiosk.json: ")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(mustMention), qPrintable(r.error().message));
    }

    void kioskNumberRange_data()
    {
        QTest::addColumn<int>("number");
        QTest::newRow("first") << 1;
        QTest::newRow("last") << 4095;
    }

    void kioskNumberRange()
    {
        QFETCH(int, number);
        auto r =
            KioskConfig::parse(bytes(with(validConfig(), "fleet.kioskNumber", number)), "k.json");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->fleet.kioskNumber, std::optional<int>(number));
        QCOMPARE(r->toJson().value("fleet").toObject().value("kioskNumber").toInt(), number);
    }

    void sampleConfigNumbersItsKiosk()
    {
        // The packaged sample shows the key next to the kioskId an admin must change anyway.
        auto r = KioskConfig::load(QStringLiteral(CK_SOURCE_DIR "/packaging/etc/kiosk.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->fleet.kioskNumber, std::optional<int>(1));
        QVERIFY(r->kioskId.startsWith("change-me"));
        // ... and names the key files the unit hands over, so a staff shell finds the same key.
        QCOMPARE(r->outboxKey.encryptedFile,
                 QStringLiteral("/etc/credstore.encrypted/civic-kiosk-outbox.key"));
        QCOMPARE(r->outboxKey.file,
                 QStringLiteral("/etc/civic-kiosk/credentials/civic-kiosk-outbox.key"));
        QCOMPARE(r->outboxKey.credential, QStringLiteral("civic-kiosk-outbox.key"));
    }

    void duplicateHelper()
    {
        QJsonObject v = validConfig();
        QJsonArray helpers = v.value("helpers").toArray();
        helpers.append(helpers.at(0));
        v.insert("helpers", helpers);
        auto r = KioskConfig::parse(bytes(v), "kiosk.json");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("helpers[1].id"));
    }

    void pinIsNeverEchoed()
    {
        auto r = KioskConfig::parse(bytes(with(validConfig(), "adminPinHash", "975310")), "k.json");
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.contains("975310"));
    }

    void loadFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes(validConfig()));
        f.close();
        auto r = KioskConfig::load(path);
        QVERIFY(r.ok());
        QCOMPARE(r->kioskId, QStringLiteral("cardiff-central-01"));

        auto missing = KioskConfig::load(dir.filePath("nope.json"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("config-io"));
        QVERIFY(missing.error().message.contains("nope.json"));
    }

    void demoConfig()
    {
        qputenv("CIVIC_KIOSK_DEMO_INTAKE_URL", "http://127.0.0.1:45678/");
        qputenv("CIVIC_KIOSK_DEMO_DATA_DIR", "/tmp/ck-demo-data");
        const KioskConfig demo = KioskConfig::demo();
        QCOMPARE(demo.kioskId, QStringLiteral("demo-kiosk"));
        QCOMPARE(demo.dataDir, QStringLiteral("/tmp/ck-demo-data"));
        QCOMPARE(demo.destinations.value("council").type, QStringLiteral("open311"));
        QCOMPARE(demo.destinations.value("council").url,
                 QUrl("http://127.0.0.1:45678/open311/v2/"));
        QCOMPARE(demo.destinations.value("planning").type, QStringLiteral("json"));
        QCOMPARE(demo.destinations.value("planning").url, QUrl("http://127.0.0.1:45678/v1/"));
        QVERIFY(demo.helper("H001"));
        QCOMPARE(ck::PasswordHash::verify(QStringLiteral("2468"), demo.adminPinHash).value(), true);
        QCOMPARE(
            ck::PasswordHash::verify(QStringLiteral("1357"), demo.helper("H001")->pinHash).value(),
            true);
        QCOMPARE(ck::PasswordHash::verify(QStringLiteral("2469"), demo.adminPinHash).value(),
                 false);
        // The demo must pass its own validation.
        auto again = KioskConfig::parseObject(demo.toJson(), "demo");
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        // Numbered, as the walk-through in docs/fleet.md numbers every kiosk: its references
        // come from its own block and the collision warning never shows in the demo.
        QCOMPARE(demo.fleet.kioskNumber, std::optional<int>(1));
        QCOMPARE(again->fleet.kioskNumber, std::optional<int>(1));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("kioskNumber")));
        ck::ReferenceGenerator generator(demo.kioskId, demo.fleet.kioskNumber,
                                         [] { return ck::Result<quint64>(quint64(1)); });
        const auto reference = generator.next();
        QVERIFY(reference.ok());

        qunsetenv("CIVIC_KIOSK_DEMO_INTAKE_URL");
        QCOMPARE(KioskConfig::demo().destinations.value("planning").url,
                 QUrl("http://127.0.0.1:8311/v1/"));
        qunsetenv("CIVIC_KIOSK_DEMO_DATA_DIR");
    }
};

QTEST_GUILESS_MAIN(tst_KioskConfig)
#include "tst_kioskconfig.moc"
