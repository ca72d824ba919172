// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/flowparser.h"

#include "core/translate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"FlowDefinition", "ck::FlowParser", "ck::FlowDefinition", "ck"}, text);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString at(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

bool isId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return re.match(id).hasMatch();
}

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    return re.match(tag).hasMatch();
}

bool isWholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::abs(d) < 1e9;
}

} // namespace

bool FlowParser::fail(const QString &path, const char *code, const QString &reason)
{
    m_problem = FlowProblem {m_fileName, path, QString::fromLatin1(code), reason};
    return false;
}

bool FlowParser::onlyKeys(const QJsonObject &object, const QString &path,
                          std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known) {
            // Unknown keys are refused rather than ignored: a misspelt "requried" would
            // otherwise silently make a question optional.
            return fail(
                join(path, it.key()), "flow.unknownKey",
                tr("Unknown key \"%1\". Check the spelling against docs/flows.md.").arg(it.key()));
        }
    }
    return true;
}

bool FlowParser::readText(const QJsonObject &object, const char *key, const QString &path,
                          bool required, LocalizedText &out)
{
    const QString p = join(path, QLatin1String(key));
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required)
            return fail(p, "flow.missingKey", tr("This text is required."));
        return true;
    }
    if (!value.isObject())
        return fail(p, "flow.text",
                    tr("Expected an object of translations, like {\"en\": \"...\"}."));
    QHash<QString, QString> texts;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!isLanguageTag(it.key()))
            return fail(join(p, it.key()), "flow.language",
                        tr("\"%1\" is not a language code like \"en\" or \"cy\".").arg(it.key()));
        const QString text = it.value().toString().trimmed();
        if (!it.value().isString() || text.isEmpty())
            return fail(join(p, it.key()), "flow.text", tr("Expected a text that is not empty."));
        // Nothing fills %1 or %n in a flow text: it would reach the screen as written.
        static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
        if (text.contains(placeholder))
            return fail(join(p, it.key()), "flow.placeholder",
                        tr("Flow texts are shown as they are written: write the number or "
                           "word itself instead of %1 or %n."));
        texts.insert(it.key(), text);
    }
    if (!texts.contains(LocalizedText::defaultLanguage()))
        return fail(p, "flow.missingDefaultLanguage",
                    tr("There is no English (\"en\") text. Every text needs one: it is shown "
                       "when a translation is missing."));
    out = LocalizedText(std::move(texts));
    return true;
}

bool FlowParser::readId(const QJsonValue &value, const QString &path, QString &out)
{
    if (value.isUndefined())
        return fail(path, "flow.missingKey", tr("An id is required."));
    if (!value.isString() || !isId(value.toString()))
        return fail(path, "flow.id",
                    tr("An id uses only lower-case letters, digits and dashes (at most 64)."));
    out = value.toString();
    return true;
}

bool FlowParser::readLength(const QJsonObject &object, const char *key, const QString &path,
                            std::optional<int> &out)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!isWholeNumber(v) || v.toDouble() < 0 || v.toDouble() > 100000)
        return fail(join(path, QLatin1String(key)), "flow.length",
                    tr("Expected a whole number from 0 to 100000."));
    out = v.toInt();
    return true;
}

bool FlowParser::readOptions(const QJsonValue &value, const QString &path, QList<FieldOption> &out)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(path, "flow.noOptions", tr("A choice needs a list of at least one option."));
    const QJsonArray options = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString p = at(path, i);
        if (!options.at(i).isObject())
            return fail(p, "flow.option", tr("Expected an option object {\"value\", \"label\"}."));
        const QJsonObject o = options.at(i).toObject();
        if (!onlyKeys(o, p, {"value", "label", "hint"}))
            return false;
        FieldOption option;
        const QJsonValue v = o.value(QLatin1String("value"));
        if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > 100)
            return fail(join(p, QStringLiteral("value")), "flow.option",
                        tr("An option needs a short \"value\" text."));
        option.value = v.toString();
        if (seen.contains(option.value))
            return fail(join(p, QStringLiteral("value")), "flow.duplicateOption",
                        tr("The option value \"%1\" is used twice.").arg(option.value));
        seen.insert(option.value);
        if (!readText(o, "label", p, true, option.label)
            || !readText(o, "hint", p, false, option.hint))
            return false;
        out.append(option);
    }
    return true;
}

bool FlowParser::readField(const QJsonValue &value, const QString &path, FieldDefinition &out)
{
    if (!value.isObject())
        return fail(path, value.isUndefined() ? "flow.missingKey" : "flow.field",
                    tr("Every page needs a \"field\" object."));
    const QJsonObject o = value.toObject();
    if (!onlyKeys(o, path,
                  {"type", "required", "minLength", "maxLength", "min", "max", "wholeNumber",
                   "dateRange", "options", "errors"}))
        return false;
    const QString typePath = join(path, QStringLiteral("type"));
    const auto type = fieldTypeFromName(o.value(QLatin1String("type")).toString());
    if (!type)
        return fail(typePath, "flow.unknownFieldType",
                    tr("Unknown field type. Use one of: text, longtext, number, date, choice, "
                       "multichoice, yesno, email, phone, postcode, postcode-address."));
    out.type = *type;
    const QJsonValue required = o.value(QLatin1String("required"));
    if (!required.isUndefined() && !required.isBool())
        return fail(join(path, QStringLiteral("required")), "flow.required",
                    tr("Expected true or false."));
    out.required = required.toBool(false);

    const bool textual = out.type == FieldType::Text || out.type == FieldType::LongText;
    if ((o.contains(QLatin1String("minLength")) || o.contains(QLatin1String("maxLength")))
        && !textual)
        return fail(join(path, QStringLiteral("maxLength")), "flow.keyNotAllowed",
                    tr("Only text and longtext fields have a length."));
    if (!readLength(o, "minLength", path, out.minLength)
        || !readLength(o, "maxLength", path, out.maxLength))
        return false;
    if (out.maxLength && *out.maxLength < 1)
        return fail(join(path, QStringLiteral("maxLength")), "flow.length",
                    tr("maxLength must be at least 1."));
    if (out.minLength && out.maxLength && *out.minLength > *out.maxLength)
        return fail(join(path, QStringLiteral("minLength")), "flow.length",
                    tr("minLength is larger than maxLength."));

    for (const char *key : {"min", "max"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (out.type != FieldType::Number)
            return fail(join(path, QLatin1String(key)), "flow.keyNotAllowed",
                        tr("Only number fields have a minimum or maximum."));
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(join(path, QLatin1String(key)), "flow.number", tr("Expected a number."));
        (qstrcmp(key, "min") == 0 ? out.min : out.max) = v.toDouble();
    }
    if (out.min && out.max && *out.min > *out.max)
        return fail(join(path, QStringLiteral("min")), "flow.number",
                    tr("min is larger than max."));
    const QJsonValue whole = o.value(QLatin1String("wholeNumber"));
    if (!whole.isUndefined() && (!whole.isBool() || out.type != FieldType::Number))
        return fail(join(path, QStringLiteral("wholeNumber")), "flow.keyNotAllowed",
                    tr("wholeNumber is true or false, on number fields only."));
    out.wholeNumber = whole.toBool(false);

    const QJsonValue range = o.value(QLatin1String("dateRange"));
    if (!range.isUndefined()) {
        const QString r = range.toString();
        if (out.type != FieldType::Date)
            return fail(join(path, QStringLiteral("dateRange")), "flow.keyNotAllowed",
                        tr("Only date fields have a dateRange."));
        if (r == QLatin1String("any"))
            out.dateRange = DateRange::Any;
        else if (r == QLatin1String("past"))
            out.dateRange = DateRange::PastOrToday;
        else if (r == QLatin1String("future"))
            out.dateRange = DateRange::TodayOrFuture;
        else
            return fail(join(path, QStringLiteral("dateRange")), "flow.dateRange",
                        tr("dateRange is \"any\", \"past\" or \"future\"."));
    }

    if (o.contains(QLatin1String("errors"))
        && !readErrors(o, join(path, QStringLiteral("errors")), out))
        return false;

    const QJsonValue options = o.value(QLatin1String("options"));
    if (out.hasOptions())
        return readOptions(options, join(path, QStringLiteral("options")), out.options);
    if (!options.isUndefined())
        return fail(join(path, QStringLiteral("options")), "flow.keyNotAllowed",
                    tr("Only choice and multichoice fields have options."));
    return true;
}

bool FlowParser::readErrors(const QJsonObject &field, const QString &path, FieldDefinition &out)
{
    const QJsonValue value = field.value(QLatin1String("errors"));
    if (!value.isObject() || value.toObject().isEmpty())
        return fail(path, "flow.errors",
                    tr("Expected an object of error messages, like {\"required\": {\"en\": "
                       "\"Select which bin was missed\"}}."));
    const QJsonObject errors = value.toObject();
    const QStringList allowed = FieldDefinition::errorKeys(out.type);
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(join(path, it.key()), "flow.errorKey",
                        tr("This field never gives the error \"%1\". It can give: %2.")
                            .arg(it.key(), allowed.join(QStringLiteral(", "))));
        LocalizedText text;
        if (!readText(errors, qPrintable(it.key()), path, true, text))
            return false;
        out.errors.insert(it.key(), text);
    }
    return true;
}

bool FlowParser::readShowIf(const QJsonValue &value, const QString &path, ShowIf &out)
{
    if (!value.isObject())
        return fail(
            path, "flow.showIf",
            tr("Expected {\"page\": ..., \"equals\": ...} or {\"page\": ..., \"in\": [...]}."));
    const QJsonObject o = value.toObject();
    if (!onlyKeys(o, path, {"page", "equals", "in"}))
        return false;
    out.page = o.value(QLatin1String("page")).toString();
    if (out.page.isEmpty())
        return fail(join(path, QStringLiteral("page")), "flow.showIf",
                    tr("showIf needs the id of the page it depends on."));
    const bool hasEquals = o.contains(QLatin1String("equals"));
    const bool hasIn = o.contains(QLatin1String("in"));
    if (hasEquals == hasIn)
        return fail(path, "flow.showIf", tr("showIf needs exactly one of \"equals\" or \"in\"."));
    if (hasEquals) {
        out.values = QJsonArray {o.value(QLatin1String("equals"))};
    } else {
        const QJsonValue in = o.value(QLatin1String("in"));
        if (!in.isArray() || in.toArray().isEmpty())
            return fail(join(path, QStringLiteral("in")), "flow.showIf",
                        tr("\"in\" needs a list of at least one value."));
        out.values = in.toArray();
        out.inList = true;
    }
    for (const QJsonValue &v : std::as_const(out.values)) {
        if (!v.isString() && !v.isBool() && !v.isDouble())
            return fail(join(path, hasEquals ? QStringLiteral("equals") : QStringLiteral("in")),
                        "flow.showIf", tr("showIf compares with texts, numbers or true/false."));
    }
    return true;
}

bool FlowParser::readPage(const QJsonValue &value, const QString &path, FlowPage &out)
{
    if (!value.isObject())
        return fail(path, "flow.page", tr("Expected a page object."));
    const QJsonObject o = value.toObject();
    if (!onlyKeys(o, path, {"id", "question", "hint", "field", "showIf", "open311"}))
        return false;
    if (!readId(o.value(QLatin1String("id")), join(path, QStringLiteral("id")), out.id)
        || !readText(o, "question", path, true, out.question)
        || !readText(o, "hint", path, false, out.hint)
        || !readField(o.value(QLatin1String("field")), join(path, QStringLiteral("field")),
                      out.field))
        return false;
    if (o.contains(QLatin1String("showIf"))) {
        ShowIf showIf;
        if (!readShowIf(o.value(QLatin1String("showIf")), join(path, QStringLiteral("showIf")),
                        showIf))
            return false;
        out.showIf = showIf;
    }
    const QJsonValue open311 = o.value(QLatin1String("open311"));
    if (!open311.isUndefined()) {
        // "attribute[CODE]": an Open311 attribute whose code is not a page id (discovered
        // services keep the council's codes, which may have upper case, '_' or spaces).
        static const QRegularExpression attribute(
            QStringLiteral("^attribute\\[[^\\[\\]]{1,100}\\]$"));
        if (!open311Keys().contains(open311.toString())
            && !attribute.match(open311.toString()).hasMatch())
            return fail(join(path, QStringLiteral("open311")), "flow.open311Key",
                        tr("Unknown Open311 key. Use one of: %1.")
                            .arg(open311Keys().join(QStringLiteral(", "))));
        out.open311 = open311.toString();
    }
    return true;
}

// Branches: a page may depend only on an earlier page (so the flow can always be walked in
// file order), never on itself or in a loop, and only on a value that can really be answered
// (otherwise the page could never be shown: an unreachable page is a typo in the file).
bool FlowParser::checkBranches(const FlowDefinition &flow)
{
    const QList<FlowPage> &pages = flow.pages();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (!pages[i].showIf)
            continue;
        const QString path = at(QStringLiteral("pages"), i) + QStringLiteral(".showIf.page");
        const ShowIf &showIf = *pages[i].showIf;
        const int target = flow.pageIndex(showIf.page);
        if (target < 0)
            return fail(path, "flow.showIfUnknownPage",
                        tr("showIf refers to a page \"%1\" that does not exist.").arg(showIf.page));
        // Follow the chain of dependencies; coming back to page i is a cycle.
        QStringList chain {pages[i].id};
        int cursor = target;
        for (qsizetype step = 0; cursor >= 0 && step <= pages.size(); ++step) {
            chain.append(pages[cursor].id);
            if (cursor == i)
                return fail(path, "flow.showIfCycle",
                            tr("showIf goes round in a circle (%1): these pages can never be "
                               "shown.")
                                .arg(chain.join(QStringLiteral(" → "))));
            cursor = pages[cursor].showIf ? flow.pageIndex(pages[cursor].showIf->page) : -1;
        }
        if (target > i)
            return fail(path, "flow.showIfForward",
                        tr("showIf must depend on an earlier page, but \"%1\" comes later.")
                            .arg(showIf.page));
        const FieldDefinition &field = pages[target].field;
        for (const QJsonValue &v : showIf.values) {
            bool possible = true;
            if (field.hasOptions())
                possible = v.isString() && field.option(v.toString());
            else if (field.type == FieldType::YesNo)
                possible = v.isBool();
            if (!possible)
                return fail(path, "flow.unreachablePage",
                            tr("This page can never be shown: the page \"%1\" cannot have that "
                               "answer.")
                                .arg(showIf.page));
        }
    }
    return true;
}

bool FlowParser::parse(const QByteArray &json, FlowDefinition &out)
{
    out.m_fileName = m_fileName;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QString(), "flow.badJson",
                    tr("This is not valid JSON (at character %1: %2).")
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (!doc.isObject())
        return fail(QString(), "flow.badJson", tr("Expected a JSON object at the top."));
    const QJsonObject root = doc.object();
    const QJsonValue kind = root.value(QLatin1String("kind"));
    const bool web = kind == QLatin1String("web");
    if (!kind.isUndefined() && !web && kind != QLatin1String("form"))
        return fail(QStringLiteral("kind"), "flow.kind",
                    tr("\"kind\" is \"form\" (questions, the default) or \"web\" (an online "
                       "service)."));
    if (web ? !onlyKeys(root, QString(),
                        {"schema", "kind", "id", "version", "title", "description", "url"})
            : !onlyKeys(root, QString(),
                        {"schema", "kind", "id", "version", "title", "description", "category",
                         "privacyNotice", "privacy", "destination", "pages"}))
        return false;
    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (!isWholeNumber(schema) || schema.toInt() != FlowDefinition::SchemaVersion)
        return fail(QStringLiteral("schema"), "flow.schema",
                    tr("This kiosk reads flow files with \"schema\": %1.")
                        .arg(FlowDefinition::SchemaVersion));
    out.m_schema = schema.toInt();
    if (!readId(root.value(QLatin1String("id")), QStringLiteral("id"), out.m_id))
        return false;
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!isWholeNumber(version) || version.toInt() < 1)
        return fail(QStringLiteral("version"), "flow.version",
                    tr("\"version\" must be a whole number of at least 1."));
    out.m_version = version.toInt();
    if (!readText(root, "title", QString(), true, out.m_title)
        || !readText(root, "description", QString(), false, out.m_description))
        return false;
    if (web)
        return readWebService(root, out);
    if (!readText(root, "category", QString(), false, out.m_category)
        || !readText(root, "privacyNotice", QString(), false, out.m_privacyNotice)
        || !readPrivacy(root, out))
        return false;

    const QJsonValue destination = root.value(QLatin1String("destination"));
    if (!destination.isObject())
        return fail(QStringLiteral("destination"), "flow.destination",
                    tr("A \"destination\" object with a \"name\" is required."));
    const QJsonObject dest = destination.toObject();
    if (!onlyKeys(dest, QStringLiteral("destination"), {"name", "serviceCode"}))
        return false;
    out.m_destination.name = dest.value(QLatin1String("name")).toString();
    out.m_destination.serviceCode = dest.value(QLatin1String("serviceCode")).toString();
    if (out.m_destination.name.isEmpty() || !isId(out.m_destination.name))
        return fail(QStringLiteral("destination.name"), "flow.destination",
                    tr("The destination name is a configured destination, like \"council\"."));

    const QJsonValue pages = root.value(QLatin1String("pages"));
    if (!pages.isArray() || pages.toArray().isEmpty())
        return fail(QStringLiteral("pages"), "flow.pages",
                    tr("A flow needs a list of at least one page."));
    const QJsonArray list = pages.toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        FlowPage page;
        const QString path = at(QStringLiteral("pages"), i);
        if (!readPage(list.at(i), path, page))
            return false;
        if (ids.contains(page.id))
            return fail(path + QStringLiteral(".id"), "flow.duplicatePage",
                        tr("The page id \"%1\" is used twice.").arg(page.id));
        ids.insert(page.id);
        out.m_pages.append(page);
    }
    if (!checkBranches(out))
        return false;
    // UK GDPR Articles 13 and 14: whoever collects personal data says who receives it, why, for
    // how long, and to whom it goes, at the time it is collected. A flow that can carry personal
    // answers without saying so is refused here, at load, rather than asked on a screen with
    // nothing to show. The older free-text privacyNotice does not say those four things for
    // sure, so it is not enough on its own.
    if (out.m_privacy.isEmpty() && out.asksForPersonalData()) {
        const auto personal = std::find_if(out.m_pages.cbegin(), out.m_pages.cend(),
                                           [](const FlowPage &p) { return p.field.isPersonal(); });
        return fail(QStringLiteral("privacy"), "flow.missingPrivacy",
                    tr("The page \"%1\" asks for an answer that can be personal (%2), so the "
                       "flow needs a \"privacy\" block: who receives the answers "
                       "(\"controller\"), why (\"purpose\"), how long they are kept "
                       "(\"retention\") and whether anything is published (\"published\"). "
                       "See docs/flows.md.")
                        .arg(personal->id, fieldTypeName(personal->field.type)));
    }
    return true;
}

bool FlowParser::readPrivacy(const QJsonObject &root, FlowDefinition &out)
{
    const QJsonValue value = root.value(QLatin1String("privacy"));
    if (value.isUndefined())
        return true;
    const QString path = QStringLiteral("privacy");
    if (!value.isObject())
        return fail(path, "flow.privacy",
                    tr("Expected an object with \"controller\", \"purpose\", \"retention\" "
                       "and \"published\", each a translated text."));
    const QJsonObject o = value.toObject();
    if (!onlyKeys(o, path, {"controller", "purpose", "retention", "published"}))
        return false;
    // All four are required: a notice that leaves out how long answers are kept, or whether
    // they are published, leaves the citizen to guess exactly what they most need to know.
    PrivacyNotice privacy;
    for (const auto &[key, target] :
         {std::pair {"controller", &privacy.controller}, std::pair {"purpose", &privacy.purpose},
          std::pair {"retention", &privacy.retention},
          std::pair {"published", &privacy.published}}) {
        if (!readText(o, key, path, true, *target))
            return false;
    }
    out.m_privacy = privacy;
    return true;
}

bool FlowParser::readWebService(const QJsonObject &root, FlowDefinition &out)
{
    // Whether the address is on the site's allow-list is the composition root's check (the
    // config is not known here); this one only makes sure it is a web address at all.
    const QUrl url(root.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return fail(QStringLiteral("url"), "flow.url",
                    tr("A web service needs a \"url\" starting with https://."));
    out.m_webAddress = url;
    return true;
}

} // namespace ck
