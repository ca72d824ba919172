// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/discovery/open311flowbuilder.h"

#include "core/translate.h"
#include "domain/flows/flowdefinition.h"
#include "domain/flows/privacynotice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"Open311FlowBuilder", "ck::Open311FlowBuilder", "ck"}, text);
}

Error unsupported(const QString &attribute, const QString &reason)
{
    return Error {QStringLiteral("open311.unsupported"),
                  attribute.isEmpty() ? reason : attribute + QStringLiteral(": ") + reason};
}

QJsonObject english(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonObject {{QStringLiteral("en"), text}};
}

// The overlay's languages over the council's (English only, as councils publish).
QJsonObject merged(QJsonObject base, const QJsonObject &overlay)
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

// The kiosk's own texts for the pages it adds, in its four languages (flow texts live in the
// flows, not in the Qt catalogues).
QJsonObject kioskText(const char *en, const char *cy, const char *pl, const char *ar)
{
    return {{QStringLiteral("en"), QString::fromUtf8(en)},
            {QStringLiteral("cy"), QString::fromUtf8(cy)},
            {QStringLiteral("pl"), QString::fromUtf8(pl)},
            {QStringLiteral("ar"), QString::fromUtf8(ar)}};
}

QString pageIdFrom(const QString &code, QSet<QString> &used)
{
    QString id;
    for (const QChar c : code.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    id = id.left(56);
    if (id.isEmpty() || id == QLatin1String("location") || id == QLatin1String("details"))
        id = QStringLiteral("q-") + (id.isEmpty() ? QStringLiteral("1") : id);
    const QString base = id;
    for (int n = 2; used.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    used.insert(id);
    return id;
}

std::optional<QString> fieldType(const QString &datatype)
{
    static const QHash<QString, QString> types {
        {QStringLiteral("string"), QStringLiteral("text")},
        {QStringLiteral("number"), QStringLiteral("number")},
        {QStringLiteral("datetime"), QStringLiteral("date")},
        {QStringLiteral("date"), QStringLiteral("date")}, // Boston's client type
        {QStringLiteral("text"), QStringLiteral("longtext")},
        {QStringLiteral("singlevaluelist"), QStringLiteral("choice")},
        {QStringLiteral("multivaluelist"), QStringLiteral("multichoice")},
    };
    if (types.contains(datatype))
        return types.value(datatype);
    return std::nullopt;
}

} // namespace

bool Open311FlowBuilder::isKioskAttribute(const QString &code)
{
    return code == QLatin1String("kiosk_reference")
        || code == QLatin1String("kiosk_idempotency_key");
}

Result<QJsonObject> Open311FlowBuilder::build(const QString &destination,
                                              const Open311Service &service,
                                              const std::optional<Open311Definition> &definition,
                                              const std::optional<ServiceOverlay> &overlay,
                                              int version)
{
    const ServiceOverlay none;
    const ServiceOverlay &o = overlay ? *overlay : none;
    QList<Open311Attribute> attributes =
        definition ? definition->attributes : QList<Open311Attribute>();
    // GeoReport v2: attributes are shown in `order`; equal or missing orders keep the
    // document's order (DC's are not in document order, Merton repeats 0).
    std::stable_sort(attributes.begin(), attributes.end(),
                     [](const Open311Attribute &a, const Open311Attribute &b) {
                         return a.order.value_or(std::numeric_limits<double>::max())
                             < b.order.value_or(std::numeric_limits<double>::max());
                     });
    QSet<QString> used;
    QHash<QString, QString> pageOf; // attribute code -> page id
    QJsonArray pages;
    QStringList notices; // informational attributes, shown as the hint of the next page
    QSet<QString> overlaid;
    for (const Open311Attribute &a : std::as_const(attributes)) {
        if (isKioskAttribute(a.code) || a.automated == QLatin1String("server_set"))
            continue;
        if (a.automated == QLatin1String("hidden_field")) {
            if (a.required)
                return unsupported(a.code,
                                   tr("The council's system fills this in by itself "
                                      "(hidden_field), and it is required: a kiosk "
                                      "cannot know it."));
            continue;
        }
        if (!a.variable || a.datatype == QLatin1String("informational")) {
            if (!a.description.isEmpty())
                notices << a.description;
            continue;
        }
        const auto type = fieldType(a.datatype);
        if (!type)
            return unsupported(
                a.code,
                tr("The datatype \"%1\" is not one the kiosk can ask for.").arg(a.datatype));
        const ServiceOverlay::Page extra = o.pages.value(a.code);
        overlaid.insert(a.code);
        QJsonObject question = merged(english(a.description), extra.question);
        if (!question.contains(QStringLiteral("en")))
            return unsupported(a.code,
                               tr("The question has no description; give it one in the "
                                  "overlay (pages.%1.question).")
                                   .arg(a.code));
        QJsonObject field {{QStringLiteral("type"), *type}};
        if (a.required)
            field.insert(QStringLiteral("required"), true);
        if (*type == QLatin1String("choice") || *type == QLatin1String("multichoice")) {
            if (a.values.isEmpty())
                return unsupported(a.code, tr("A list question with no values to choose from."));
            QJsonArray options;
            for (const Open311Value &v : a.values)
                options.append(QJsonObject {{QStringLiteral("value"), v.key},
                                            {QStringLiteral("label"),
                                             merged(english(v.name), extra.options.value(v.key))}});
            field.insert(QStringLiteral("options"), options);
        }
        const QString id = pageIdFrom(a.code, used);
        pageOf.insert(a.code, id);
        QJsonObject page {{QStringLiteral("id"), id},
                          {QStringLiteral("question"), question},
                          {QStringLiteral("field"), field},
                          {QStringLiteral("open311"), QStringLiteral("attribute[%1]").arg(a.code)}};
        QStringList hint = notices;
        notices.clear();
        if (!a.datatypeDescription.isEmpty() && !extra.dropHint)
            hint << a.datatypeDescription;
        const QJsonObject hintText = merged(english(hint.join(QLatin1Char(' '))), extra.hint);
        if (hintText.contains(QStringLiteral("en")))
            page.insert(QStringLiteral("hint"), hintText);
        // Boston's dependencies: shown when one earlier answer is one of some values.
        if (!a.dependencies.isEmpty() && !extra.showIf) {
            const QJsonArray conditions =
                a.dependencies.value(QStringLiteral("conditions")).toArray();
            QString on;
            QJsonArray values;
            bool simple = !conditions.isEmpty()
                && (conditions.size() == 1
                    || a.dependencies.value(QStringLiteral("clause")).toString().toUpper()
                        == QLatin1String("OR"));
            for (const QJsonValue &c : conditions) {
                const QJsonObject condition = c.toObject();
                const QString attribute = condition.value(QStringLiteral("attribute")).toString();
                simple = simple
                    && condition.value(QStringLiteral("op")).toString() == QLatin1String("eq")
                    && (on.isEmpty() || on == attribute);
                on = attribute;
                values.append(condition.value(QStringLiteral("value")).toVariant().toString());
            }
            if (!simple || !pageOf.contains(on))
                return unsupported(a.code,
                                   tr("It is shown under conditions the kiosk cannot "
                                      "follow; give it a showIf in the overlay."));
            page.insert(QStringLiteral("showIf"),
                        QJsonObject {{QStringLiteral("page"), pageOf.value(on)},
                                     {QStringLiteral("in"), values}});
        }
        if (extra.showIf) {
            QJsonObject showIf = *extra.showIf;
            const QString target = showIf.value(QStringLiteral("page")).toString();
            if (pageOf.contains(target))
                showIf.insert(QStringLiteral("page"), pageOf.value(target));
            page.insert(QStringLiteral("showIf"), showIf);
        }
        pages.append(page);
    }
    if (o.location) {
        const ServiceOverlay::Page extra = o.pages.value(QStringLiteral("location"));
        overlaid.insert(QStringLiteral("location"));
        QJsonObject hint = merged(kioskText("Type the postcode and the first line of the address.",
                                            "Teipiwch y cod post a llinell gyntaf y cyfeiriad.",
                                            "Wpisz kod pocztowy i pierwszą linię adresu.",
                                            "اكتب الرمز البريدي والسطر الأول من العنوان."),
                                  extra.hint);
        if (!notices.isEmpty())
            hint.insert(QStringLiteral("en"),
                        notices.join(QLatin1Char(' ')) + QLatin1Char(' ')
                            + hint.value(QStringLiteral("en")).toString());
        notices.clear();
        pages.append(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("location")},
                         {QStringLiteral("open311"), QStringLiteral("address_string")},
                         {QStringLiteral("question"),
                          merged(kioskText("Where is the problem?", "Ble mae'r broblem?",
                                           "Gdzie jest problem?", "أين المشكلة؟"),
                                 extra.question)},
                         {QStringLiteral("hint"), hint},
                         {QStringLiteral("field"),
                          QJsonObject {{QStringLiteral("type"), QStringLiteral("postcode-address")},
                                       {QStringLiteral("required"), true}}}});
    }
    const ServiceOverlay::Page details = o.pages.value(QStringLiteral("details"));
    overlaid.insert(QStringLiteral("details"));
    QJsonObject detailsPage {{QStringLiteral("id"), QStringLiteral("details")},
                             {QStringLiteral("open311"), QStringLiteral("description")},
                             {QStringLiteral("question"),
                              merged(kioskText("Is there anything else we should know?",
                                               "Oes unrhyw beth arall y dylem ei wybod?",
                                               "Czy jest coś jeszcze, o czym powinniśmy wiedzieć?",
                                               "هل هناك أي شيء آخر يجب أن نعرفه؟"),
                                     details.question)},
                             {QStringLiteral("field"),
                              QJsonObject {{QStringLiteral("type"), QStringLiteral("longtext")},
                                           {QStringLiteral("maxLength"), 2000}}}};
    QJsonObject detailsHint = merged(english(notices.join(QLatin1Char(' '))), details.hint);
    if (detailsHint.contains(QStringLiteral("en")))
        detailsPage.insert(QStringLiteral("hint"), detailsHint);
    pages.append(detailsPage);
    for (auto it = o.pages.cbegin(); it != o.pages.cend(); ++it) {
        if (!overlaid.contains(it.key()))
            return Error {
                QStringLiteral("overlay.invalid"),
                tr("pages.%1: the council's definition has no attribute \"%1\".").arg(it.key())};
    }

    QString id = o.id;
    if (id.isEmpty()) {
        QSet<QString> none;
        id = pageIdFrom(service.code, none);
    }
    QJsonObject flow {
        {QStringLiteral("schema"), FlowDefinition::SchemaVersion},
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), version},
        {QStringLiteral("title"),
         merged(english(service.name.isEmpty() ? service.code : service.name), o.title)},
        {QStringLiteral("destination"),
         QJsonObject {{QStringLiteral("name"), destination},
                      {QStringLiteral("serviceCode"), service.code}}},
        {QStringLiteral("pages"), pages}};
    const QJsonObject description = merged(english(service.description), o.description);
    if (description.contains(QStringLiteral("en")))
        flow.insert(QStringLiteral("description"), description);
    const QJsonObject category = merged(english(service.group), o.category);
    if (category.contains(QStringLiteral("en")))
        flow.insert(QStringLiteral("category"), category);
    if (!o.privacyNotice.isEmpty())
        flow.insert(QStringLiteral("privacyNotice"), o.privacyNotice);
    // A discovered service always asks where the problem is and lets the citizen write more, so
    // it always carries personal answers and needs a privacy block. The council's catalogue has
    // no such thing: the site's overlay gives its own, else the kiosk's general one, which names
    // the service and sends the citizen to staff for the council's notice (docs/flows.md).
    flow.insert(QStringLiteral("privacy"),
                o.privacy.isEmpty() ? PrivacyNotice::councilDefault(
                    service.name.isEmpty() ? service.code : service.name)
                                    : o.privacy);
    // The kiosk's own parser has the last word, as for a flow file in the services folder.
    FlowProblem problem;
    if (!FlowDefinition::parse(QJsonDocument(flow).toJson(QJsonDocument::Compact), QString(),
                               &problem))
        return Error {
            QStringLiteral("open311.flow"),
            tr("The flow made from it is refused: %1: %2").arg(problem.path, problem.reason)};
    return flow;
}

} // namespace ck
