// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The body of an XForm: groups, repeats and questions, each question a flow page.
#include "tools/xform/xformconditions.h"
#include "tools/xform/xformrun.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ck::xform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XFormImporter", text);
}

} // namespace

void XFormRun::walk(const XmlElement &parent, const QString &context, const Conditions &relevants)
{
    for (const auto &child : parent.children()) {
        const XmlElement &e = *child;
        const QString ref = XFormConditions::resolve(
            {XFormExpression::Kind::Path, e.attribute(QStringLiteral("ref")), {}}, context, {});
        const QString nodeset = XFormConditions::resolve(
            {XFormExpression::Kind::Path, e.attribute(QStringLiteral("nodeset")), {}}, context, {});
        if (e.name == QLatin1String("label") || e.name == QLatin1String("hint"))
            continue; // a group's heading: the kiosk has one question a page, no sections
        if (e.name == QLatin1String("group")) {
            Conditions inner = relevants;
            if (const XmlElement *bind = m_binds.value(ref))
                inner.append({bind->attribute(QStringLiteral("relevant")), ref});
            m_withControl.insert(ref);
            walk(e, ref.isEmpty() ? context : ref, inner);
        } else if (e.name == QLatin1String("repeat")) {
            refuse(nodeset.isEmpty() ? e.path : nodeset, "xform.repeat",
                   tr("A repeat (asking the same questions again and again) cannot be shown: "
                      "the kiosk asks each question once."));
            m_withControl.insert(nodeset);
            if (!nodeset.isEmpty())
                m_refused << nodeset;
        } else if (e.name == QLatin1String("input") || e.name == QLatin1String("select1")
                   || e.name == QLatin1String("select")) {
            control(e, context, relevants);
        } else if (e.name == QLatin1String("upload")) {
            refuse(ref.isEmpty() ? e.path : ref, "xform.media",
                   tr("Photos, sound, video and files cannot be taken at the kiosk."));
            m_withControl.insert(ref);
        } else if (e.name == QLatin1String("trigger")) {
            refuse(ref.isEmpty() ? e.path : ref, "xform.trigger",
                   tr("An acknowledgement (trigger) has no answer the kiosk can store."));
            m_withControl.insert(ref);
        } else {
            refuse(ref.isEmpty() ? e.path : ref, "xform.control",
                   tr("<%1> is not a question the kiosk can ask.").arg(e.name));
            m_withControl.insert(ref);
        }
    }
}

void XFormRun::control(const XmlElement &e, const QString &context, Conditions relevants)
{
    QString path = XFormConditions::resolve(
        {XFormExpression::Kind::Path, e.attribute(QStringLiteral("ref")), {}}, context, {});
    if (path.isEmpty() && e.hasAttribute(QStringLiteral("bind")))
        path = m_bindIds.value(e.attribute(QStringLiteral("bind")));
    if (path.isEmpty()) {
        refuse(e.path, "xform.ref", tr("This question has no ref naming where its answer goes."));
        return;
    }
    m_withControl.insert(path);
    const XmlElement *bind = m_binds.value(path);
    const auto attr = [bind](const char *name) {
        return bind ? bind->attribute(QLatin1String(name)) : QString();
    };
    const int before = int(m_problems.size());
    const QString xtype = typeName(attr("type"));
    QString type;
    bool whole = false;
    if (e.name == QLatin1String("select1")) {
        type = QStringLiteral("choice");
    } else if (e.name == QLatin1String("select")) {
        type = QStringLiteral("multichoice");
    } else if (xtype.isEmpty() || xtype == QLatin1String("string")) {
        type = e.attribute(QStringLiteral("appearance")).contains(QLatin1String("multiline"))
            ? QStringLiteral("longtext")
            : QStringLiteral("text");
    } else if (xtype == QLatin1String("int") || xtype == QLatin1String("integer")) {
        type = QStringLiteral("number");
        whole = true;
    } else if (xtype == QLatin1String("decimal")) {
        type = QStringLiteral("number");
    } else if (xtype == QLatin1String("date")) {
        type = QStringLiteral("date");
    } else if (xtype == QLatin1String("geopoint") || xtype == QLatin1String("geotrace")
               || xtype == QLatin1String("geoshape")) {
        refuse(path, "xform.geopoint",
               tr("A location on a map (%1) cannot be taken at the kiosk.").arg(xtype));
    } else if (xtype == QLatin1String("binary")) {
        refuse(path, "xform.media",
               tr("Photos, sound, video and files cannot be taken at the kiosk."));
    } else if (xtype == QLatin1String("time") || xtype == QLatin1String("datetime")) {
        refuse(path, "xform.time",
               tr("A time of day (%1) cannot be asked: the kiosk asks for dates only.").arg(xtype));
    } else {
        refuse(path, "xform.type",
               tr("The answer type \"%1\" is not one the kiosk can ask for.").arg(attr("type")));
    }
    const QString appearance = e.attribute(QStringLiteral("appearance"));
    if (type == QLatin1String("date")
        && (appearance.contains(QLatin1String("month-year"))
            || appearance.contains(QLatin1String("year"))))
        refuse(path, "xform.appearance",
               tr("This date asks for a month or a year only (%1); the kiosk asks for a whole "
                  "date.")
                   .arg(appearance));
    if (!attr("calculate").isEmpty())
        refuse(path, "xform.calculate",
               tr("The answer is calculated by the form (%1); the kiosk only keeps what people "
                  "answer.")
                   .arg(attr("calculate").simplified()));
    const QString readonly = attr("readonly").trimmed();
    if (!readonly.isEmpty() && XFormConditions::required(readonly) != 0)
        refuse(path, "xform.note",
               tr("A read-only question (a note) has no answer; put its words in a hint."));

    QJsonObject field {{QStringLiteral("type"), type}};
    const int required = XFormConditions::required(attr("required"));
    if (required < 0)
        refuse(path, "xform.required",
               tr("\"required\" depends on other answers (%1); the kiosk has required or not.")
                   .arg(attr("required").simplified()));
    if (required == 1)
        field.insert(QStringLiteral("required"), true);
    if (whole)
        field.insert(QStringLiteral("wholeNumber"), true);
    const XFormConditions::Rules rules =
        XFormConditions::constraint(attr("constraint"), type, whole);
    if (!rules.refusal.isEmpty())
        refuse(path, "xform.constraint", rules.refusal);
    if (rules.min)
        field.insert(QStringLiteral("min"), *rules.min);
    if (rules.max)
        field.insert(QStringLiteral("max"), *rules.max);
    if (rules.minLength)
        field.insert(QStringLiteral("minLength"), *rules.minLength);
    if (rules.maxLength)
        field.insert(QStringLiteral("maxLength"), *rules.maxLength);
    if (!rules.dateRange.isEmpty())
        field.insert(QStringLiteral("dateRange"), rules.dateRange);
    if (type == QLatin1String("choice") || type == QLatin1String("multichoice"))
        field.insert(QStringLiteral("options"), options(e, path));
    if (m_defaults.contains(path))
        m_notes << tr("%1: the default answer \"%2\" is left out; the kiosk starts every "
                      "question empty.")
                       .arg(path, m_defaults.value(path).left(40));

    const QJsonObject question =
        m_texts.resolve(e.child(QStringLiteral("label")), path, m_problems);
    const QJsonObject hint = m_texts.resolve(e.child(QStringLiteral("hint")), path, m_problems);
    if (!question.contains(QStringLiteral("en")) && int(m_problems.size()) == before)
        refuse(path, "xform.label",
               tr("The question has no label in English (or the default "
                  "language)."));

    // showIf: the question's own condition and its groups'; the kiosk keeps one.
    relevants.append({attr("relevant"), path});
    QJsonObject showIf;
    for (const auto &[source, where] : std::as_const(relevants)) {
        const XFormConditions::Relevance r = XFormConditions::relevance(
            source, where, [this](const QString &name) { return lookupName(name); });
        if (!r.refusal.isEmpty()) {
            refuse(path, "xform.relevant", r.refusal);
            continue;
        }
        if (r.path.isEmpty())
            continue;
        if (!showIf.isEmpty()) {
            refuse(path, "xform.relevant",
                   tr("The question depends on more than one condition (its own and its "
                      "group's); the kiosk's pages depend on one."));
            continue;
        }
        const auto target = m_controls.constFind(r.path);
        if (target == m_controls.cend() && m_failed.contains(r.path))
            continue; // that question's own problem is reported; this one follows from it
        if (target == m_controls.cend()) {
            refuse(path, "xform.relevant",
                   tr("The condition depends on %1, which is not a question asked before this one.")
                       .arg(r.path));
            continue;
        }
        if (target->fieldType == QLatin1String("multichoice") && !r.selected) {
            refuse(path, "xform.relevant",
                   tr("The condition compares a whole multiple choice answer (%1 = ...); use "
                      "selected(%1, '...').")
                       .arg(r.path));
            continue;
        }
        QJsonArray values;
        for (const QJsonValue &v : r.values) {
            const bool textual = target->fieldType != QLatin1String("number");
            if (textual && v.isDouble())
                values.append(QString::number(v.toDouble(), 'g', 15));
            else if (!textual && v.isString())
                values.append(v.toString().toDouble());
            else
                values.append(v);
        }
        showIf.insert(QStringLiteral("page"), target->pageId);
        if (values.size() == 1)
            showIf.insert(QStringLiteral("equals"), values.first());
        else
            showIf.insert(QStringLiteral("in"), values);
    }
    if (int(m_problems.size()) != before) {
        m_failed.insert(path);
        return;
    }

    QString id = idFrom(lastSegment(path));
    if (id.isEmpty())
        id = QStringLiteral("q");
    const QString base = id;
    for (int n = 2; m_pageIds.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    m_pageIds.insert(id);
    m_controls.insert(path, Control {path, id, type});
    QJsonObject page {{QStringLiteral("id"), id},
                      {QStringLiteral("question"), question},
                      {QStringLiteral("field"), field}};
    if (hint.contains(QStringLiteral("en")))
        page.insert(QStringLiteral("hint"), hint);
    if (!showIf.isEmpty())
        page.insert(QStringLiteral("showIf"), showIf);
    m_pages.append(page);
}

QJsonArray XFormRun::options(const XmlElement &e, const QString &path)
{
    if (const XmlElement *set = e.child(QStringLiteral("itemset")))
        return itemset(*set, path);
    QJsonArray out;
    for (const XmlElement *item : e.childrenNamed(QStringLiteral("item"))) {
        const XmlElement *value = item->child(QStringLiteral("value"));
        const QJsonObject label =
            m_texts.resolve(item->child(QStringLiteral("label")), path, m_problems);
        out.append(
            QJsonObject {{QStringLiteral("value"), value ? value->text.trimmed() : QString()},
                         {QStringLiteral("label"), label}});
    }
    return out;
}

QJsonArray XFormRun::itemset(const XmlElement &set, const QString &path)
{
    // pyxform: nodeset="instance('list')/root/item", <value ref="name"/>, <label ref="label"/>
    // or <label ref="jr:itext(itextId)"/>. A predicate ([...]) filters by other answers: a
    // cascading select, which the kiosk's fixed option lists cannot follow.
    static const QRegularExpression plain(QStringLiteral(
        "^\\s*instance\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)((?:/[A-Za-z_][\\w.-]*)+)\\s*$"));
    const QString nodeset = set.attribute(QStringLiteral("nodeset"));
    const QRegularExpressionMatch m = plain.match(nodeset);
    const XmlElement *root = m.hasMatch() ? m_secondary.value(m.captured(1)) : nullptr;
    if (!root) {
        refuse(path, "xform.itemset",
               tr("The options come from \"%1\", which filters or calculates them; the kiosk "
                  "needs a fixed list.")
                   .arg(nodeset.simplified()));
        return {};
    }
    QStringList steps = m.captured(2).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!steps.isEmpty() && steps.first() == root->name)
        steps.removeFirst();
    QList<const XmlElement *> items {root};
    for (const QString &step : std::as_const(steps)) {
        QList<const XmlElement *> next;
        for (const XmlElement *i : std::as_const(items))
            next += i->childrenNamed(step);
        items = next;
    }
    const XmlElement *valueRef = set.child(QStringLiteral("value"));
    const XmlElement *labelRef = set.child(QStringLiteral("label"));
    const QString valueField = valueRef ? valueRef->attribute(QStringLiteral("ref")) : QString();
    const QString labelField = labelRef ? labelRef->attribute(QStringLiteral("ref")) : QString();
    static const QRegularExpression itextField(
        QStringLiteral("^\\s*jr:itext\\(\\s*([A-Za-z_][\\w.-]*)\\s*\\)\\s*$"));
    const QRegularExpressionMatch lm = itextField.match(labelField);
    QJsonArray out;
    for (const XmlElement *item : std::as_const(items)) {
        const XmlElement *value = item->child(valueField.trimmed());
        QJsonObject label;
        if (lm.hasMatch()) {
            const XmlElement *id = item->child(lm.captured(1));
            label = m_texts.byId(id ? id->text.trimmed() : QString(), path, m_problems);
        } else if (const XmlElement *text = item->child(labelField.trimmed())) {
            const QString t = text->allText().simplified();
            if (!t.isEmpty())
                label.insert(QStringLiteral("en"), t);
        }
        out.append(
            QJsonObject {{QStringLiteral("value"), value ? value->text.trimmed() : QString()},
                         {QStringLiteral("label"), label}});
    }
    return out;
}

} // namespace ck::xform
