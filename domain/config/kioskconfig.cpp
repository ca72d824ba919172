// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/config/kioskconfig.h"

#include "core/translate.h"

#include "domain/config/configreader.h"
#include "domain/flows/referencenumber.h"
#include "offline-cache/outbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <limits>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"KioskConfig", "ck::KioskConfig", "ck"}, text);
}

// Ranges: generous enough for any real site, tight enough to catch a unit mistake
// (milliseconds typed into a seconds field) or a negative value.
constexpr int kMaxDaySeconds = 24 * 3600;
constexpr int kMaxWeekSeconds = 7 * kMaxDaySeconds;

void readDestinations(ConfigReader &r, const QJsonObject &root, KioskConfig &config)
{
    const QJsonObject map = r.object(root, QString(), QStringLiteral("destinations"));
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    for (auto it = map.begin(); it != map.end() && !r.failed(); ++it) {
        const QString path = QStringLiteral("destinations.") + it.key();
        if (!nameRe.match(it.key()).hasMatch()) {
            r.fail(path, tr("destination names use letters, digits, '-' and '_' only"));
            return;
        }
        const QJsonObject o = r.objectValue(it.value(), path);
        r.allowOnly(o, path,
                    {QStringLiteral("type"), QStringLiteral("url"), QStringLiteral("apiKey"),
                     QStringLiteral("credentialRef"), QStringLiteral("caPin"),
                     QStringLiteral("timeoutMs"), QStringLiteral("discover"),
                     QStringLiteral("discoverEverySec")});
        DestinationSettings d;
        d.name = it.key();
        d.type = r.string(o, path, QStringLiteral("type"), {}, true);
        if (!r.failed() && d.type != QLatin1String("open311") && d.type != QLatin1String("json"))
            r.fail(ConfigReader::join(path, QStringLiteral("type")),
                   tr("unknown destination type \"%1\" (expected \"open311\" or \"json\")")
                       .arg(d.type));
        const QString url = r.string(o, path, QStringLiteral("url"), {}, true);
        if (!r.failed())
            r.checkUrl(ConfigReader::join(path, QStringLiteral("url")), url, false);
        d.url = QUrl(url);
        d.apiKey = r.string(o, path, QStringLiteral("apiKey"));
        d.credentialRef = r.string(o, path, QStringLiteral("credentialRef"));
        if (!r.failed() && !d.apiKey.isEmpty() && !d.credentialRef.isEmpty())
            r.fail(path, tr("give either apiKey or credentialRef, not both"));
        if (!r.failed() && d.credentialRef.contains(QLatin1Char('/')))
            r.fail(ConfigReader::join(path, QStringLiteral("credentialRef")),
                   tr("a credential name, not a path"));
        d.caPin = r.string(o, path, QStringLiteral("caPin"));
        d.timeoutMs = r.integer(o, path, QStringLiteral("timeoutMs"), d.timeoutMs, 1000, 600000);
        const QJsonValue discover = o.value(QStringLiteral("discover"));
        if (!r.failed() && !discover.isUndefined() && !discover.isBool())
            r.fail(ConfigReader::join(path, QStringLiteral("discover")),
                   tr("expected true or false"));
        d.discover = discover.toBool(false);
        if (!r.failed() && d.discover && d.type != QLatin1String("open311"))
            r.fail(ConfigReader::join(path, QStringLiteral("discover")),
                   tr("only an open311 destination can discover its services"));
        d.discoverEverySec = r.integer(o, path, QStringLiteral("discoverEverySec"),
                                       d.discoverEverySec, 300, kMaxWeekSeconds);
        config.destinations.insert(d.name, d);
    }
}

void readHelpers(ConfigReader &r, const QJsonObject &root, KioskConfig &config)
{
    const QJsonArray helpers = r.array(root, QString(), QStringLiteral("helpers"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < helpers.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("helpers[%1]").arg(i);
        const QJsonObject o = r.objectValue(helpers.at(i), path);
        r.allowOnly(o, path,
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("pinHash")});
        HelperAccount h;
        h.id = r.string(o, path, QStringLiteral("id"), {}, true);
        h.name = r.string(o, path, QStringLiteral("name"));
        h.pinHash = r.string(o, path, QStringLiteral("pinHash"), {}, true);
        if (!r.failed())
            r.checkPinHash(ConfigReader::join(path, QStringLiteral("pinHash")), h.pinHash, false);
        if (!r.failed() && ids.contains(h.id))
            r.fail(ConfigReader::join(path, QStringLiteral("id")),
                   tr("helper id \"%1\" appears twice").arg(h.id));
        ids.insert(h.id);
        config.helpers.append(h);
    }
}

void readFleet(ConfigReader &r, const QJsonObject &root, KioskConfig &config)
{
    const QString path = QStringLiteral("fleet");
    const QJsonObject o = r.object(root, QString(), path);
    r.allowOnly(o, path,
                {QStringLiteral("configUrl"), QStringLiteral("publicKey"),
                 QStringLiteral("heartbeatUrl"), QStringLiteral("heartbeatDestination"),
                 QStringLiteral("heartbeatSec"), QStringLiteral("metricsTextfile"),
                 QStringLiteral("configPollSec"), QStringLiteral("kioskNumber"),
                 QStringLiteral("commandsUrl"), QStringLiteral("commandPollSec")});
    FleetSettings &f = config.fleet;
    const QString configUrl = r.string(o, path, QStringLiteral("configUrl"));
    r.checkUrl(ConfigReader::join(path, QStringLiteral("configUrl")), configUrl, true);
    f.configUrl = QUrl(configUrl);
    f.publicKey = r.string(o, path, QStringLiteral("publicKey"));
    if (!r.failed() && !f.configUrl.isEmpty() && f.publicKey.isEmpty())
        r.fail(ConfigReader::join(path, QStringLiteral("publicKey")),
               tr("required when fleet.configUrl is set: unsigned configuration is never applied"));
    if (!r.failed() && !f.publicKey.isEmpty()
        && !f.publicKey.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----"))
        && QByteArray::fromBase64(f.publicKey.toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
                .size()
            != 32)
        r.fail(ConfigReader::join(path, QStringLiteral("publicKey")),
               tr("expected a base64 raw Ed25519 public key (32 bytes) or a PEM public key"));
    const QString commandsUrl = r.string(o, path, QStringLiteral("commandsUrl"));
    r.checkUrl(ConfigReader::join(path, QStringLiteral("commandsUrl")), commandsUrl, true);
    f.commandsUrl = QUrl(commandsUrl);
    if (!r.failed() && !f.commandsUrl.isEmpty() && f.publicKey.isEmpty())
        r.fail(ConfigReader::join(path, QStringLiteral("publicKey")),
               tr("required when fleet.commandsUrl is set: unsigned commands are never run"));
    f.commandPollSec =
        r.integer(o, path, QStringLiteral("commandPollSec"), f.commandPollSec, 10, kMaxDaySeconds);
    const QString heartbeatUrl = r.string(o, path, QStringLiteral("heartbeatUrl"));
    r.checkUrl(ConfigReader::join(path, QStringLiteral("heartbeatUrl")), heartbeatUrl, true);
    f.heartbeatUrl = QUrl(heartbeatUrl);
    f.heartbeatDestination = r.string(o, path, QStringLiteral("heartbeatDestination"));
    if (!r.failed() && !f.heartbeatDestination.isEmpty()) {
        const auto it = config.destinations.constFind(f.heartbeatDestination);
        if (it == config.destinations.constEnd() || it->type != QLatin1String("json"))
            r.fail(ConfigReader::join(path, QStringLiteral("heartbeatDestination")),
                   tr("\"%1\" is not a configured json destination").arg(f.heartbeatDestination));
    }
    f.heartbeatSec =
        r.integer(o, path, QStringLiteral("heartbeatSec"), f.heartbeatSec, 10, kMaxDaySeconds);
    f.metricsTextfile = r.string(o, path, QStringLiteral("metricsTextfile"));
    if (!r.failed() && !f.metricsTextfile.isEmpty() && QFileInfo(f.metricsTextfile).isRelative())
        r.fail(ConfigReader::join(path, QStringLiteral("metricsTextfile")),
               tr("must be an absolute path"));
    f.configPollSec =
        r.integer(o, path, QStringLiteral("configPollSec"), f.configPollSec, 60, kMaxWeekSeconds);
    if (!r.failed() && o.contains(QStringLiteral("kioskNumber"))) {
        const int number =
            r.integer(o, path, QStringLiteral("kioskNumber"), 0, std::numeric_limits<int>::min(),
                      std::numeric_limits<int>::max());
        if (!r.failed()
            && (number < ReferenceNumber::MinKioskNumber
                || number > ReferenceNumber::MaxKioskNumber))
            r.fail(ConfigReader::join(path, QStringLiteral("kioskNumber")),
                   tr("%1 is not a kiosk number: use a whole number from %2 to %3, a different "
                      "one for every kiosk in the fleet")
                       .arg(number)
                       .arg(ReferenceNumber::MinKioskNumber)
                       .arg(ReferenceNumber::MaxKioskNumber));
        if (!r.failed())
            f.kioskNumber = number;
    }
}

void readOutboxKey(ConfigReader &r, const QJsonObject &root, KioskConfig &config)
{
    const QString path = QStringLiteral("outboxKey");
    const QJsonObject o = r.object(root, QString(), path);
    r.allowOnly(
        o, path,
        {QStringLiteral("credential"), QStringLiteral("encryptedFile"), QStringLiteral("file")});
    OutboxKeySettings &k = config.outboxKey;
    k.credential = r.string(o, path, QStringLiteral("credential"), k.credential);
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    if (!r.failed()
        && (!nameRe.match(k.credential).hasMatch() || k.credential.startsWith(QLatin1Char('.'))))
        r.fail(ConfigReader::join(path, QStringLiteral("credential")),
               tr("a credential name (letters, digits, '.', '-', '_'), not a path"));
    for (const QString &key : {QStringLiteral("encryptedFile"), QStringLiteral("file")}) {
        const QString value = r.string(o, path, key);
        if (!r.failed() && !value.isEmpty() && QFileInfo(value).isRelative())
            r.fail(ConfigReader::join(path, key), tr("must be an absolute path"));
        (key == QLatin1String("file") ? k.file : k.encryptedFile) = value;
    }
}

void readWelshAndPlace(ConfigReader &r, const QJsonObject &root, KioskConfig &c)
{
    const QString welsh = QStringLiteral("welshLanguageStandards");
    const QJsonValue standards = root.value(welsh);
    if (!standards.isUndefined() && !standards.isBool()) {
        r.fail(welsh, tr("expected true or false"));
        return;
    }
    c.welshLanguageStandards = standards.toBool(false);
    if (c.welshLanguageStandards) {
        // Strict rather than silently reordered: the site's admin should see what the kiosk will
        // do with its list.
        if (c.languages.value(0) != QLatin1String("cy")) {
            r.fail(QStringLiteral("languages"),
                   tr("must start with \"cy\" when welshLanguageStandards is true"));
            return;
        }
        if (!c.languages.contains(QLatin1String("en"))) {
            r.fail(QStringLiteral("languages"),
                   tr("must include \"en\" when welshLanguageStandards is true: the welcome "
                      "screen is in Welsh and English"));
            return;
        }
        if (c.defaultLanguage != QLatin1String("cy")) {
            r.fail(QStringLiteral("defaultLanguage"),
                   tr("must be \"cy\" when welshLanguageStandards is true"));
            return;
        }
    }
    const QString place = QStringLiteral("placeName");
    if (!root.contains(place))
        return;
    const QJsonValue value = root.value(place);
    if (!value.isObject()) {
        r.fail(place,
               tr("expected an object of names by language, like {\"en\": \"Central "
                  "Library\"}"));
        return;
    }
    const QJsonObject names = value.toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        const QString path = ConfigReader::join(place, it.key());
        if (!c.languages.contains(it.key())) {
            r.fail(path, tr("\"%1\" is not one of the configured languages").arg(it.key()));
            return;
        }
        const QString name = it.value().toString().trimmed();
        if (!it.value().isString() || name.isEmpty() || name.size() > 80
            || name.contains(QLatin1Char('%'))) {
            r.fail(path, tr("expected a name of 1 to 80 characters, without \"%\""));
            return;
        }
        c.placeName.insert(it.key(), name);
    }
}

void readPrinting(ConfigReader &r, const QJsonObject &root, KioskConfig &c)
{
    c.printer = r.string(root, {}, QStringLiteral("printer"));
    if (!c.printer.isEmpty()) {
        static const QRegularExpression queueRe(QStringLiteral("^[A-Za-z0-9_.-]{1,127}$"));
        const QUrl url(c.printer);
        const bool ipp =
            (url.scheme() == QLatin1String("ipp") || url.scheme() == QLatin1String("ipps"))
            && !url.host().isEmpty();
        if (!ipp && !queueRe.match(c.printer).hasMatch()) {
            r.fail(QStringLiteral("printer"),
                   tr("expected a CUPS printer name or an ipp:// or ipps:// address"));
            return;
        }
    }
    const QString key = QStringLiteral("trackingContact");
    if (!root.contains(key))
        return;
    if (!root.value(key).isObject()) {
        r.fail(
            key,
            tr("expected an object of texts by language, like {\"en\": \"Phone 029 2087 2087\"}"));
        return;
    }
    const QJsonObject texts = root.value(key).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString path = ConfigReader::join(key, it.key());
        if (!c.languages.contains(it.key())) {
            r.fail(path, tr("\"%1\" is not one of the configured languages").arg(it.key()));
            return;
        }
        const QString text = it.value().toString().trimmed();
        if (!it.value().isString() || text.isEmpty() || text.size() > 200) {
            r.fail(path, tr("expected a text of 1 to 200 characters"));
            return;
        }
        c.trackingContact.insert(it.key(), text);
    }
}

} // namespace

Result<KioskConfig> KioskConfig::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Result<KioskConfig>::failure(QStringLiteral("config-invalid"),
                                            tr("%1: not valid JSON at offset %2: %3")
                                                .arg(sourceName)
                                                .arg(error.offset)
                                                .arg(error.errorString()));
    }
    if (!doc.isObject()) {
        return Result<KioskConfig>::failure(
            QStringLiteral("config-invalid"),
            tr("%1: the configuration must be a JSON object").arg(sourceName));
    }
    return parseObject(doc.object(), sourceName);
}

Result<KioskConfig> KioskConfig::parseObject(const QJsonObject &root, const QString &sourceName)
{
    ConfigReader r(sourceName);
    r.allowOnly(root, QString(),
                {QStringLiteral("schema"),
                 QStringLiteral("version"),
                 QStringLiteral("kioskId"),
                 QStringLiteral("site"),
                 QStringLiteral("dataDir"),
                 QStringLiteral("servicesDir"),
                 QStringLiteral("languages"),
                 QStringLiteral("defaultLanguage"),
                 QStringLiteral("welshLanguageStandards"),
                 QStringLiteral("placeName"),
                 QStringLiteral("printer"),
                 QStringLiteral("trackingContact"),
                 QStringLiteral("idleTimeoutSec"),
                 QStringLiteral("idleWarningSec"),
                 QStringLiteral("receiptDays"),
                 QStringLiteral("minFreeMb"),
                 QStringLiteral("destinations"),
                 QStringLiteral("webAllowList"),
                 QStringLiteral("webFrameAllowList"),
                 QStringLiteral("adminPinHash"),
                 QStringLiteral("helpers"),
                 QStringLiteral("fleet"),
                 QStringLiteral("outboxKey")});
    KioskConfig c;
    c.schema = r.integer(root, {}, QStringLiteral("schema"), 0, kSchema, kSchema, true);
    c.version =
        r.integer(root, {}, QStringLiteral("version"), 0, 0, std::numeric_limits<int>::max());
    c.kioskId = r.string(root, {}, QStringLiteral("kioskId"), {}, true);
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!r.failed() && !idRe.match(c.kioskId).hasMatch())
        r.fail(QStringLiteral("kioskId"), tr("use 1 to 64 letters, digits, '.', '-' or '_'"));
    c.site = r.string(root, {}, QStringLiteral("site"));
    c.dataDir = r.string(root, {}, QStringLiteral("dataDir"));
    if (!r.failed() && !c.dataDir.isEmpty() && QFileInfo(c.dataDir).isRelative())
        r.fail(QStringLiteral("dataDir"), tr("must be an absolute path"));
    c.servicesDir = r.string(root, {}, QStringLiteral("servicesDir"));
    c.languages = r.stringList(root, {}, QStringLiteral("languages"), c.languages);
    static const QRegularExpression langRe(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!r.failed() && c.languages.isEmpty())
        r.fail(QStringLiteral("languages"), tr("at least one language is needed"));
    for (const QString &lang : std::as_const(c.languages)) {
        if (!r.failed() && !langRe.match(lang).hasMatch())
            r.fail(QStringLiteral("languages"), tr("\"%1\" is not a language code").arg(lang));
    }
    c.defaultLanguage = r.string(root, {}, QStringLiteral("defaultLanguage"), c.languages.value(0));
    if (!r.failed() && !c.languages.contains(c.defaultLanguage))
        r.fail(QStringLiteral("defaultLanguage"),
               tr("\"%1\" is not one of the configured languages").arg(c.defaultLanguage));
    if (!r.failed())
        readWelshAndPlace(r, root, c);
    if (!r.failed())
        readPrinting(r, root, c);
    c.idleTimeoutSec =
        r.integer(root, {}, QStringLiteral("idleTimeoutSec"), c.idleTimeoutSec, 10, kMaxDaySeconds);
    c.idleWarningSec =
        r.integer(root, {}, QStringLiteral("idleWarningSec"), c.idleWarningSec, 5, 600);
    if (!r.failed() && c.idleWarningSec >= c.idleTimeoutSec)
        r.fail(QStringLiteral("idleWarningSec"), tr("must be shorter than idleTimeoutSec"));
    c.receiptDays = r.integer(root, {}, QStringLiteral("receiptDays"), c.receiptDays, 0, 3650);
    c.minFreeMb = r.integer(root, {}, QStringLiteral("minFreeMb"), c.minFreeMb, 0, 1024 * 1024);
    if (!r.failed())
        readDestinations(r, root, c);
    c.webAllowList = r.stringList(root, {}, QStringLiteral("webAllowList"), {});
    for (qsizetype i = 0; i < c.webAllowList.size() && !r.failed(); ++i)
        r.checkUrl(QStringLiteral("webAllowList[%1]").arg(i), c.webAllowList.at(i), false);
    c.webFrameAllowList = r.stringList(root, {}, QStringLiteral("webFrameAllowList"), {});
    for (qsizetype i = 0; i < c.webFrameAllowList.size() && !r.failed(); ++i)
        r.checkUrl(QStringLiteral("webFrameAllowList[%1]").arg(i), c.webFrameAllowList.at(i),
                   false);
    c.adminPinHash = r.string(root, {}, QStringLiteral("adminPinHash"));
    if (!r.failed())
        r.checkPinHash(QStringLiteral("adminPinHash"), c.adminPinHash, true);
    if (!r.failed())
        readHelpers(r, root, c);
    if (!r.failed())
        readFleet(r, root, c);
    if (!r.failed())
        readOutboxKey(r, root, c);
    if (r.failed())
        return r.error();
    return c;
}

Result<KioskConfig> KioskConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<KioskConfig>::failure(
            QStringLiteral("config-io"),
            tr("%1: cannot read the configuration: %2").arg(path, file.errorString()));
    }
    // A config is a few kilobytes; a huge file is a mistake (or hostile), not a config.
    if (file.size() > 1024 * 1024) {
        return Result<KioskConfig>::failure(
            QStringLiteral("config-invalid"),
            tr("%1: the file is too large for a configuration").arg(path));
    }
    return parse(file.readAll(), QFileInfo(path).fileName());
}

KioskConfig KioskConfig::demo()
{
    QString base = qEnvironmentVariable("CIVIC_KIOSK_DEMO_INTAKE_URL");
    if (base.isEmpty())
        base = QStringLiteral("http://127.0.0.1:8311");
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);

    KioskConfig c;
    c.version = 1;
    c.kioskId = QStringLiteral("demo-kiosk");
    c.site = QStringLiteral("Demo library");
    c.dataDir = qEnvironmentVariable("CIVIC_KIOSK_DEMO_DATA_DIR");
    if (c.dataDir.isEmpty())
        c.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    c.destinations.insert(QStringLiteral("council"),
                          DestinationSettings {QStringLiteral("council"),
                                               QStringLiteral("open311"),
                                               QUrl(base + QStringLiteral("/open311/v2/")),
                                               QStringLiteral("demo-api-key"),
                                               {},
                                               {},
                                               30000});
    c.destinations.insert(QStringLiteral("planning"),
                          DestinationSettings {QStringLiteral("planning"),
                                               QStringLiteral("json"),
                                               QUrl(base + QStringLiteral("/v1/")),
                                               {},
                                               {},
                                               {},
                                               30000});
    c.webAllowList = {QStringLiteral("https://www.gov.uk/")};
    // Demo PINs only (admin 2468, helper H001 1357): PBKDF2-SHA256, 600,000 iterations.
    c.adminPinHash = QStringLiteral("pbkdf2-sha256$600000$HZHXsAOfk1fD9r24FRHoZw==$"
                                    "9o1LhbizsY1bbD3XhYgFomaGlSaajadDr0Zsnu+/66A=");
    c.helpers.append(
        HelperAccount {QStringLiteral("H001"), QStringLiteral("Demo helper"),
                       QStringLiteral("pbkdf2-sha256$600000$LpFFOSFH3FIsXR8QbuGgdg==$"
                                      "vU0P0V9MSEL8XnMyRuDMOFb4xuVXcXeoMgG79bm0ER0=")});
    // The matching private key is packaging/demo-keys/demo-config-signing.pem (demo only).
    c.fleet.publicKey = QStringLiteral("WJOPJ6wyzQEUosfk6KFfRWfYLBYXGXjkfa8OAEZ7Xjc=");
    c.fleet.heartbeatUrl = QUrl(base + QStringLiteral("/v1/heartbeat"));
    c.fleet.heartbeatDestination = QStringLiteral("planning");
    // Numbered like every kiosk should be (docs/fleet.md): references from the kiosk's own block,
    // and no collision warning at every start of the demo.
    c.fleet.kioskNumber = 1;
    return c;
}

QJsonObject KioskConfig::toJson() const
{
    QJsonObject destinationsJson;
    for (const DestinationSettings &d : destinations) {
        QJsonObject o {{QStringLiteral("type"), d.type},
                       {QStringLiteral("url"), d.url.toString()},
                       {QStringLiteral("timeoutMs"), d.timeoutMs}};
        if (!d.apiKey.isEmpty())
            o.insert(QStringLiteral("apiKey"), d.apiKey);
        if (!d.credentialRef.isEmpty())
            o.insert(QStringLiteral("credentialRef"), d.credentialRef);
        if (!d.caPin.isEmpty())
            o.insert(QStringLiteral("caPin"), d.caPin);
        if (d.discover) {
            o.insert(QStringLiteral("discover"), true);
            o.insert(QStringLiteral("discoverEverySec"), d.discoverEverySec);
        }
        destinationsJson.insert(d.name, o);
    }
    QJsonArray helpersJson;
    for (const HelperAccount &h : helpers)
        helpersJson.append(QJsonObject {{QStringLiteral("id"), h.id},
                                        {QStringLiteral("name"), h.name},
                                        {QStringLiteral("pinHash"), h.pinHash}});
    QJsonObject fleetJson {{QStringLiteral("heartbeatSec"), fleet.heartbeatSec},
                           {QStringLiteral("configPollSec"), fleet.configPollSec}};
    if (!fleet.configUrl.isEmpty())
        fleetJson.insert(QStringLiteral("configUrl"), fleet.configUrl.toString());
    if (!fleet.publicKey.isEmpty())
        fleetJson.insert(QStringLiteral("publicKey"), fleet.publicKey);
    if (!fleet.heartbeatUrl.isEmpty())
        fleetJson.insert(QStringLiteral("heartbeatUrl"), fleet.heartbeatUrl.toString());
    if (!fleet.heartbeatDestination.isEmpty())
        fleetJson.insert(QStringLiteral("heartbeatDestination"), fleet.heartbeatDestination);
    if (!fleet.metricsTextfile.isEmpty())
        fleetJson.insert(QStringLiteral("metricsTextfile"), fleet.metricsTextfile);
    if (fleet.kioskNumber)
        fleetJson.insert(QStringLiteral("kioskNumber"), *fleet.kioskNumber);
    if (!fleet.commandsUrl.isEmpty()) {
        fleetJson.insert(QStringLiteral("commandsUrl"), fleet.commandsUrl.toString());
        fleetJson.insert(QStringLiteral("commandPollSec"), fleet.commandPollSec);
    }

    QJsonObject placeNameJson;
    for (auto it = placeName.begin(); it != placeName.end(); ++it)
        placeNameJson.insert(it.key(), it.value());

    QJsonObject trackingJson;
    for (auto it = trackingContact.begin(); it != trackingContact.end(); ++it)
        trackingJson.insert(it.key(), it.value());

    QJsonObject json {
        {QStringLiteral("schema"), schema},
        {QStringLiteral("version"), version},
        {QStringLiteral("kioskId"), kioskId},
        {QStringLiteral("site"), site},
        {QStringLiteral("dataDir"), dataDir},
        {QStringLiteral("servicesDir"), servicesDir},
        {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
        {QStringLiteral("defaultLanguage"), defaultLanguage},
        {QStringLiteral("welshLanguageStandards"), welshLanguageStandards},
        {QStringLiteral("placeName"), placeNameJson},
        {QStringLiteral("idleTimeoutSec"), idleTimeoutSec},
        {QStringLiteral("idleWarningSec"), idleWarningSec},
        {QStringLiteral("receiptDays"), receiptDays},
        {QStringLiteral("minFreeMb"), minFreeMb},
        {QStringLiteral("destinations"), destinationsJson},
        {QStringLiteral("webAllowList"), QJsonArray::fromStringList(webAllowList)},
        {QStringLiteral("webFrameAllowList"), QJsonArray::fromStringList(webFrameAllowList)},
        {QStringLiteral("adminPinHash"), adminPinHash},
        {QStringLiteral("helpers"), helpersJson},
        {QStringLiteral("fleet"), fleetJson}};
    if (!printer.isEmpty())
        json.insert(QStringLiteral("printer"), printer);
    if (!trackingJson.isEmpty())
        json.insert(QStringLiteral("trackingContact"), trackingJson);
    // Only when set: a fleet-wide signed file leaves it out and each kiosk keeps its own.
    if (outboxKey != OutboxKeySettings {}) {
        QJsonObject key {{QStringLiteral("credential"), outboxKey.credential}};
        if (!outboxKey.encryptedFile.isEmpty())
            key.insert(QStringLiteral("encryptedFile"), outboxKey.encryptedFile);
        if (!outboxKey.file.isEmpty())
            key.insert(QStringLiteral("file"), outboxKey.file);
        json.insert(QStringLiteral("outboxKey"), key);
    }
    return json;
}

QString KioskConfig::resolvedDataDir() const
{
    if (!dataDir.isEmpty())
        return dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

OutboxOptions KioskConfig::outboxOptions() const
{
    OutboxOptions options;
    options.dataDir = resolvedDataDir();
    options.receiptDays = receiptDays;
    options.minFreeBytes = qint64(minFreeMb) * 1024 * 1024;
    options.key.credentialName = outboxKey.credential;
    options.key.encryptedFile = outboxKey.encryptedFile;
    options.key.plainFile = outboxKey.file;
    return options;
}

const DestinationSettings *KioskConfig::firstDestinationOfType(const QString &type) const
{
    for (const DestinationSettings &d : destinations) {
        if (d.type == type)
            return &d;
    }
    return nullptr;
}

QString KioskConfig::placeNameIn(const QString &language) const
{
    return placeName.value(language, placeName.value(QStringLiteral("en")));
}

const HelperAccount *KioskConfig::helper(const QString &id) const
{
    for (const HelperAccount &h : helpers) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

} // namespace ck
