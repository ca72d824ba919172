// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ck {

// What a council's Open311 definition lacks, added by the site: one JSON file per service,
// `<servicesDir>/overlays/<destination>/<service_code>.json` (docs/flows.md "Open311
// discovery"). Texts are translated texts as in flow files and are merged language by
// language over the council's English; `pages` is keyed by attribute code (or "location",
// "details").
struct ServiceOverlay
{
    bool hidden = false;
    QString id; // flow id instead of the one made from the service code
    QJsonObject title, description, category, privacyNotice; // translated texts
    // The site's privacy block, as in flow files (controller, purpose, retention, published),
    // used whole; empty: the builder gives the kiosk's general one (PrivacyNotice::councilDefault).
    QJsonObject privacy;
    bool location = true; // false: the service asks no address
    struct Page
    {
        QJsonObject question, hint; // translated texts
        bool dropHint = false; // "hint": null: the council's datatype_description is not for people
        std::optional<QJsonObject> showIf; // as in flow files; "page" may name an attribute code
        QHash<QString, QJsonObject> options; // option key -> translated label
    };
    QHash<QString, Page> pages;

    // Strict like flow files: unknown keys are refused (error code "overlay.invalid", the
    // message names the key path).
    static Result<ServiceOverlay> parse(const QByteArray &json);
    // The file name for a service code: characters outside [A-Za-z0-9._-] as %XX.
    static QString fileNameFor(const QString &serviceCode);
};

} // namespace ck
