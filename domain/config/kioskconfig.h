// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ck {

struct OutboxOptions;

// One named back end the outbox delivers to ("destinations" in the config file).
struct DestinationSettings
{
    QString name; // the map key, e.g. "council"
    QString type; // "open311" | "json"
    QUrl url; // base URL, e.g. https://crm.example/open311/v2/
    QString apiKey; // inline key (demo and tests); prefer credentialRef in production
    QString credentialRef; // name of a file in $CREDENTIALS_DIRECTORY holding the key
    QString caPin; // PEM text or a path to a PEM file; empty = system CAs
    int timeoutMs = 30000;
    // Open311 only: list the council's own services (GET services.json) and refresh them every
    // discoverEverySec (docs/flows.md "Open311 discovery").
    bool discover = false;
    int discoverEverySec = 6 * 3600;
};

// A helper (library staff member) who may sign in to assisted mode.
struct HelperAccount
{
    QString id; // e.g. "H001", also what a staff card encodes
    QString name; // shown on screen while helping, never sent anywhere
    QString pinHash; // PasswordHash format
};

struct FleetSettings
{
    QUrl configUrl; // signed config to poll; empty = no remote configuration
    QString publicKey; // Ed25519 public key pinned for config signatures (base64 raw or PEM)
    QUrl heartbeatUrl; // informational: where the heartbeat destination ends up
    QString heartbeatDestination; // json destination heartbeats go through; empty = first json one
    int heartbeatSec = 300;
    QString metricsTextfile; // node_exporter textfile collector target; empty = no metrics file
    int configPollSec = 3600;
    // Signed fleet commands to pull (FleetCommandChannel); empty = no remote actions.
    QUrl commandsUrl;
    int commandPollSec = 60;
    // Assigned by the fleet admin, unique in the fleet, never reused: the kiosk then draws its
    // references from its own block, so they cannot collide with another kiosk's (see
    // ReferenceNumber::generateInBlock). Unset: the older hash-based scheme (rare collisions).
    std::optional<int> kioskNumber;
};

// Where the outbox key (KEK) is, for KeyStore::open ("outboxKey" in the config file). Under
// systemd the kiosk gets it in $CREDENTIALS_DIRECTORY as `credential`; a staff shell has no such
// directory and reads the file the unit names instead: `encryptedFile`
// (LoadCredentialEncrypted=, decrypted with systemd-creds) or `file` (LoadCredential=). The
// packaged config names both; empty means "not here", and then only
// `<dataDir>/keys/kiosk.key` is left.
struct OutboxKeySettings
{
    QString credential = QStringLiteral("civic-kiosk-outbox.key");
    QString encryptedFile;
    QString file;

    bool operator==(const OutboxKeySettings &) const = default;
};

// The kiosk configuration (DESIGN.md "Data directory and files"). Parsed strictly: an unknown
// key is an error naming its path, because a misspelt key silently falling back to a default on
// a public machine (say "idleTimeoutSecs") is worse than refusing to start.
class KioskConfig
{
public:
    static constexpr int kSchema = 1;

    int schema = kSchema;
    int version = 0; // config version; signed updates must increase it
    QString kioskId;
    QString site;
    QString dataDir; // empty = QStandardPaths::AppDataLocation (see resolvedDataDir())
    QString servicesDir; // empty = let main find packaging/services
    QStringList languages {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                           QStringLiteral("ar")};
    QString defaultLanguage = QStringLiteral("en");
    // Sites under the Welsh Language Standards (Welsh Language (Wales) Measure 2011): Welsh is
    // the default and listed first, and the welcome screen shows Welsh and English side by
    // side, Welsh first. Needs "cy" first in `languages`, "en" in them, defaultLanguage "cy".
    bool welshLanguageStandards = false;
    // Where the kiosk stands, as people there call it, per language ("Cardiff Central Library",
    // "Llyfrgell Ganolog Caerdydd"): named in the staff-help texts instead of a fixed "the
    // library". Keys are configured languages; a missing language falls back to "en", then to
    // wording without a place name.
    QMap<QString, QString> placeName;
    // Where receipts and settings cards print: a CUPS queue name or a printer's own ipp:// or
    // ipps:// address (IPP Everywhere). Empty: no printing, the screens offer the QR on screen.
    QString printer;
    // How to check on a form besides this kiosk, per language, printed on the receipt ("Phone
    // 029 2087 2087 or visit cardiff.gov.uk/track"). Missing language: "en", then nothing.
    QMap<QString, QString> trackingContact;
    int idleTimeoutSec = 120;
    int idleWarningSec = 30;
    int receiptDays = 30;
    int minFreeMb = 200;
    QMap<QString, DestinationSettings> destinations;
    QStringList webAllowList;
    // Addresses an allowed page may embed as a frame (payment, captcha), never open as a page.
    QStringList webFrameAllowList;
    QString adminPinHash;
    QList<HelperAccount> helpers;
    FleetSettings fleet;
    OutboxKeySettings outboxKey;

    // Errors carry code "config-invalid" (or "config-io" from load()) and a translated message
    // that names the source and the key path, e.g. "kiosk.json: destinations.council.url: ...".
    static Result<KioskConfig> parse(const QByteArray &json, const QString &sourceName);
    static Result<KioskConfig> parseObject(const QJsonObject &object, const QString &sourceName);
    static Result<KioskConfig> load(const QString &path);

    // The embedded demo configuration. Reads CIVIC_KIOSK_DEMO_INTAKE_URL (default
    // http://127.0.0.1:8311) and CIVIC_KIOSK_DEMO_DATA_DIR (default AppDataLocation).
    // Demo admin PIN 2468, demo helper H001 with PIN 1357.
    static KioskConfig demo();

    // Serialises back to the file format (parse(toJson()) round-trips).
    QJsonObject toJson() const;

    QString resolvedDataDir() const;
    // The outbox this config describes (data dir, receipts, free-space floor, key location).
    // The kiosk and civic-kioskctl both open their outbox with it, so they find the same files
    // and the same key by the same rule.
    OutboxOptions outboxOptions() const;
    // The first destination of the given type, or nullptr.
    const DestinationSettings *firstDestinationOfType(const QString &type) const;
    const HelperAccount *helper(const QString &id) const;
    // placeName in `language`, else in English, else empty.
    QString placeNameIn(const QString &language) const;
};

} // namespace ck
