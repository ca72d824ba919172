// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/open311catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace ck::intake {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Open311Catalogue", text);
}

QJsonObject value(const char *key, const char *name)
{
    return {{QStringLiteral("key"), QLatin1String(key)},
            {QStringLiteral("name"), QLatin1String(name)}};
}

QJsonObject attribute(const char *code, const char *datatype, bool required, int order,
                      const char *description, const char *hint = nullptr, QJsonArray values = {},
                      bool variable = true)
{
    QJsonObject a {{QStringLiteral("variable"), variable},
                   {QStringLiteral("code"), QLatin1String(code)},
                   {QStringLiteral("datatype"), QLatin1String(datatype)},
                   {QStringLiteral("required"), required},
                   {QStringLiteral("datatype_description"),
                    hint ? QJsonValue(QString::fromUtf8(hint)) : QJsonValue()},
                   {QStringLiteral("order"), order},
                   {QStringLiteral("description"), QString::fromUtf8(description)}};
    if (!values.isEmpty())
        a.insert(QStringLiteral("values"), values);
    return a;
}

struct BuiltIn
{
    const char *code;
    const char *name;
    const char *description;
    const char *group;
};

// The demo council. MISSED_BIN is what packaging/services/missed-bin.json targets (a
// hand-written flow wins over a discovered one); the others are offered by discovery only.
constexpr BuiltIn kServices[] = {
    {"MISSED_BIN", "Missed bin collection", "Tell us if we did not empty your bin.", "Waste"},
    {"FLY_TIPPING", "Report fly-tipping", "Tell us about rubbish dumped in a public place.",
     "Waste"},
    {"POTHOLE", "Report a pothole", "Tell us about a hole in a road or pavement.", "Roads"},
    {"STREET_LIGHT", "Report a street light fault", "Tell us about a street light that is broken.",
     "Roads"},
};

QJsonArray builtInAttributes(const QString &code)
{
    // Every definition names the two attributes each kiosk sends on every request.
    QJsonArray list {
        attribute("kiosk_reference", "string", false, 90, "Kiosk reference", "CK-XXXX-XXXX-X"),
        attribute("kiosk_idempotency_key", "string", false, 91, "Kiosk idempotency key",
                  "UUID, the same on every retry")};
    if (code == QLatin1String("FLY_TIPPING")) {
        list.append(attribute("SAFETY", "string", false, 1,
                              "Do not touch the rubbish: it may be dangerous.", nullptr, {},
                              false));
        list.append(
            attribute("WASTE_TYPE", "multivaluelist", true, 2, "What has been dumped?",
                      "Choose all that apply.",
                      {value("household", "Household rubbish"), value("furniture", "Furniture"),
                       value("building", "Building waste"), value("tyres", "Tyres")}));
        list.append(attribute("AMOUNT", "singlevaluelist", true, 3, "How much is there?", nullptr,
                              {value("bag", "One bag or less"), value("car", "A car boot load"),
                               value("van", "A van load or more")}));
        list.append(attribute("SEEN_ON", "datetime", false, 4, "When did you see it?",
                              "For example, 27 3 2026"));
    } else if (code == QLatin1String("POTHOLE")) {
        list.append(attribute("WHERE_ON_ROAD", "singlevaluelist", true, 1, "Where is the pothole?",
                              nullptr,
                              {value("road", "In the road"), value("pavement", "On the pavement"),
                               value("cycle_lane", "In a cycle lane")}));
        list.append(attribute("DEPTH_CM", "number", true, 2,
                              "About how deep is it, in centimetres?", "For example, 5"));
        list.append(attribute("DESCRIBE", "text", false, 3, "What does it look like?"));
    } else if (code == QLatin1String("STREET_LIGHT")) {
        list.append(attribute("LIGHT_NUMBER", "string", false, 1, "What is the number on the post?",
                              "It is on a small sign on the post."));
        list.append(
            attribute("FAULT", "singlevaluelist", true, 2, "What is wrong with the light?", nullptr,
                      {value("off", "It is off all the time"),
                       value("day", "It is on during the day"), value("flicker", "It flickers")}));
    }
    return list;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(4 * 1024 * 1024) : QByteArray();
}

} // namespace

Open311Catalogue::Open311Catalogue(QString directory)
    : m_directory(std::move(directory))
{ }

QList<QPair<QString, QString>> Open311Catalogue::parseForm(const QByteArray &body)
{
    // By hand: QUrlQuery keeps "[" and "]" (gen-delims) encoded and does not turn '+' into a
    // space, so "attribute%5Bkiosk_reference%5D" would not be found.
    QList<QPair<QString, QString>> out;
    for (QByteArray pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray data = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.append({QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(data)});
    }
    return out;
}

QByteArray Open311Catalogue::servicesDocument() const
{
    if (!m_directory.isEmpty())
        return readFile(QDir(m_directory).filePath(QStringLiteral("services.json")));
    QJsonArray list;
    for (const auto &s : kServices) {
        list.append(QJsonObject {{QStringLiteral("service_code"), QLatin1String(s.code)},
                                 {QStringLiteral("service_name"), QLatin1String(s.name)},
                                 {QStringLiteral("description"), QLatin1String(s.description)},
                                 {QStringLiteral("metadata"), true},
                                 {QStringLiteral("type"), QStringLiteral("realtime")},
                                 {QStringLiteral("keywords"), QString()},
                                 {QStringLiteral("group"), QLatin1String(s.group)}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray Open311Catalogue::definitionDocument(const QString &code) const
{
    if (!knows(code))
        return {};
    if (!m_directory.isEmpty()) {
        // The code comes from a URL: only a plain file name inside the folder.
        if (code.contains(QLatin1Char('/')) || code.contains(QLatin1String("..")))
            return {};
        return readFile(QDir(m_directory).filePath(QStringLiteral("services/%1.json").arg(code)));
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("service_code"), code},
                                      {QStringLiteral("attributes"), builtInAttributes(code)}})
        .toJson(QJsonDocument::Compact);
}

bool Open311Catalogue::knows(const QString &code) const
{
    const QJsonArray list = QJsonDocument::fromJson(servicesDocument()).array();
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QStringLiteral("service_code")).toString() == code)
            return true;
    }
    return false;
}

HttpReply Open311Catalogue::services() const
{
    HttpReply r;
    r.body = servicesDocument();
    return r;
}

HttpReply Open311Catalogue::definition(const QString &code) const
{
    const QByteArray document = definitionDocument(code);
    if (document.isEmpty()) {
        return HttpReply::json(404,
                               QJsonDocument(QJsonArray {QJsonObject {
                                   {QStringLiteral("code"), 404},
                                   {QStringLiteral("description"), tr("Unknown service_code.")}}}));
    }
    HttpReply r;
    r.body = document;
    return r;
}

QString Open311Catalogue::check(const QString &code,
                                const QList<QPair<QString, QString>> &fields) const
{
    const QJsonArray attributes = QJsonDocument::fromJson(definitionDocument(code))
                                      .object()
                                      .value(QStringLiteral("attributes"))
                                      .toArray();
    for (const QJsonValue &v : attributes) {
        const QJsonObject a = v.toObject();
        const QString name = a.value(QStringLiteral("code")).toString();
        const QString datatype = a.value(QStringLiteral("datatype")).toString();
        if (!a.value(QStringLiteral("variable")).toBool(true))
            continue;
        QStringList answers;
        for (const auto &[field, answer] : fields) {
            if ((field == QStringLiteral("attribute[%1]").arg(name)
                 || field == QStringLiteral("attribute[%1][]").arg(name))
                && !answer.isEmpty())
                answers << answer;
        }
        if (answers.isEmpty()) {
            if (a.value(QStringLiteral("required")).toBool())
                return tr("attribute[%1] is required.").arg(name);
            continue;
        }
        if (datatype != QLatin1String("singlevaluelist")
            && datatype != QLatin1String("multivaluelist"))
            continue;
        QSet<QString> keys;
        for (const QJsonValue &k : a.value(QStringLiteral("values")).toArray())
            keys.insert(k.toObject().value(QStringLiteral("key")).toVariant().toString());
        if (datatype == QLatin1String("singlevaluelist") && answers.size() > 1)
            return tr("attribute[%1] takes one value.").arg(name);
        for (const QString &answer : std::as_const(answers)) {
            if (!keys.contains(answer))
                return tr("attribute[%1]: \"%2\" is not one of its values.")
                    .arg(name, answer.left(40));
        }
    }
    return {};
}

} // namespace ck::intake
