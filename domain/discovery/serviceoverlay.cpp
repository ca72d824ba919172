// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/discovery/serviceoverlay.h"

#include "core/translate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"ServiceOverlay", "ck::ServiceOverlay", "ck"}, text);
}

Error invalid(const QString &path, const QString &reason)
{
    return Error {QStringLiteral("overlay.invalid"), path + QStringLiteral(": ") + reason};
}

std::optional<Error> onlyKeys(const QJsonObject &o, const QString &path, const QStringList &keys)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            return invalid(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                           tr("Unknown key. Check the spelling against docs/flows.md."));
    }
    return std::nullopt;
}

// A translated text: {"en": "...", "cy": "..."}, every value a text. English is optional in an
// overlay (the council's English stays).
std::optional<Error> readText(const QJsonObject &o, const QString &key, const QString &path,
                              QJsonObject &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    const QString at = path.isEmpty() ? key : path + QLatin1Char('.') + key;
    if (!v.isObject())
        return invalid(at, tr("Expected an object of translations, like {\"cy\": \"...\"}."));
    const QJsonObject texts = v.toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return invalid(at + QLatin1Char('.') + it.key(),
                           tr("Expected a text that is not empty."));
    }
    out = texts;
    return std::nullopt;
}

} // namespace

QString ServiceOverlay::fileNameFor(const QString &serviceCode)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(serviceCode, "._-"))
        + QStringLiteral(".json");
}

Result<ServiceOverlay> ServiceOverlay::parse(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QString(), tr("This is not a JSON object (%1).").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (auto e = onlyKeys(root, QString(),
                          {QStringLiteral("schema"), QStringLiteral("hidden"), QStringLiteral("id"),
                           QStringLiteral("title"), QStringLiteral("description"),
                           QStringLiteral("category"), QStringLiteral("privacyNotice"),
                           QStringLiteral("privacy"), QStringLiteral("location"),
                           QStringLiteral("pages")}))
        return *e;
    if (root.value(QStringLiteral("schema")).toInt() != 1)
        return invalid(QStringLiteral("schema"), tr("An overlay has \"schema\": 1."));
    ServiceOverlay out;
    const QJsonValue hidden = root.value(QStringLiteral("hidden"));
    const QJsonValue location = root.value(QStringLiteral("location"));
    if ((!hidden.isUndefined() && !hidden.isBool())
        || (!location.isUndefined() && !location.isBool()))
        return invalid(hidden.isBool() || hidden.isUndefined() ? QStringLiteral("location")
                                                               : QStringLiteral("hidden"),
                       tr("Expected true or false."));
    out.hidden = hidden.toBool(false);
    out.location = location.toBool(true);
    out.id = root.value(QStringLiteral("id")).toString();
    for (const auto &[key, target] :
         {std::pair {QStringLiteral("title"), &out.title},
          std::pair {QStringLiteral("description"), &out.description},
          std::pair {QStringLiteral("category"), &out.category},
          std::pair {QStringLiteral("privacyNotice"), &out.privacyNotice}}) {
        if (auto e = readText(root, key, QString(), *target))
            return *e;
    }
    // The privacy block is checked here for its shape only; the flow parser then requires all
    // four texts with English, since nothing of the council's fills them in.
    const QJsonValue privacy = root.value(QStringLiteral("privacy"));
    if (!privacy.isUndefined()) {
        if (!privacy.isObject())
            return invalid(QStringLiteral("privacy"),
                           tr("Expected an object with \"controller\", \"purpose\", "
                              "\"retention\" and \"published\", each a translated text."));
        const QJsonObject block = privacy.toObject();
        if (auto e = onlyKeys(block, QStringLiteral("privacy"),
                              {QStringLiteral("controller"), QStringLiteral("purpose"),
                               QStringLiteral("retention"), QStringLiteral("published")}))
            return *e;
        for (auto it = block.begin(); it != block.end(); ++it) {
            QJsonObject text;
            if (auto e = readText(block, it.key(), QStringLiteral("privacy"), text))
                return *e;
            out.privacy.insert(it.key(), text);
        }
    }
    const QJsonObject pages = root.value(QStringLiteral("pages")).toObject();
    for (auto it = pages.begin(); it != pages.end(); ++it) {
        const QString path = QStringLiteral("pages.") + it.key();
        if (!it.value().isObject())
            return invalid(path, tr("Expected an object."));
        const QJsonObject p = it.value().toObject();
        if (auto e = onlyKeys(p, path,
                              {QStringLiteral("question"), QStringLiteral("hint"),
                               QStringLiteral("showIf"), QStringLiteral("options")}))
            return *e;
        Page page;
        if (auto e = readText(p, QStringLiteral("question"), path, page.question))
            return *e;
        page.dropHint =
            p.contains(QStringLiteral("hint")) && p.value(QStringLiteral("hint")).isNull();
        if (!page.dropHint) {
            if (auto e = readText(p, QStringLiteral("hint"), path, page.hint))
                return *e;
        }
        if (p.contains(QStringLiteral("showIf"))) {
            if (!p.value(QStringLiteral("showIf")).isObject())
                return invalid(path + QStringLiteral(".showIf"),
                               tr("Expected {\"page\": ..., \"equals\": ...} or {\"page\": ..., "
                                  "\"in\": [...]}."));
            page.showIf = p.value(QStringLiteral("showIf")).toObject();
        }
        const QJsonObject options = p.value(QStringLiteral("options")).toObject();
        for (auto o = options.begin(); o != options.end(); ++o) {
            QJsonObject label;
            if (auto e = readText(options, o.key(), path + QStringLiteral(".options"), label))
                return *e;
            page.options.insert(o.key(), label);
        }
        out.pages.insert(it.key(), page);
    }
    return out;
}

} // namespace ck
