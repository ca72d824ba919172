// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/xform/xformimporter.h"

#include "tools/xform/xformconditions.h"
#include "tools/xform/xformrun.h"

#include "domain/flows/flowdefinition.h"
#include "domain/flows/privacynotice.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ck::xform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XFormImporter", text);
}

} // namespace

QString XFormRun::idFrom(const QString &name)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            id += c;
        else if ((c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))
                 && !id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.left(56);
}

QString XFormRun::lastSegment(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString XFormRun::typeName(const QString &bindType)
{
    const QString t = bindType.trimmed();
    if (t.startsWith(QLatin1String("xsd:")) || t.startsWith(QLatin1String("xs:")))
        return t.mid(t.indexOf(QLatin1Char(':')) + 1).toLower();
    return t.toLower();
}

void XFormRun::collectNodes(const XmlElement &node, const QString &path)
{
    if (node.children().isEmpty()) {
        if (!node.text.trimmed().isEmpty())
            m_defaults.insert(path, node.text.trimmed());
        return;
    }
    for (const auto &c : node.children())
        collectNodes(*c, path + QLatin1Char('/') + c->name);
}

void XFormRun::readModel(const XmlElement *model)
{
    bool primary = true;
    for (const XmlElement *instance : model->childrenNamed(QStringLiteral("instance"))) {
        const XmlElement *root =
            instance->children().isEmpty() ? nullptr : instance->children().constFirst().get();
        if (primary && !instance->hasAttribute(QStringLiteral("id")) && root) {
            primary = false;
            m_rootPath = QLatin1Char('/') + root->name;
            collectNodes(*root, m_rootPath);
            m_formId = root->attribute(QStringLiteral("id"));
        } else if (root) {
            m_secondary.insert(instance->attribute(QStringLiteral("id")), root);
        }
    }
    for (const XmlElement *bind : model->childrenNamed(QStringLiteral("bind"))) {
        const QString nodeset = XFormConditions::resolve(
            {XFormExpression::Kind::Path, bind->attribute(QStringLiteral("nodeset")), {}},
            m_rootPath, {});
        if (nodeset.isEmpty()) {
            refuse(bind->path, "xform.bind",
                   tr("This bind's nodeset \"%1\" is not a plain path in the form.")
                       .arg(bind->attribute(QStringLiteral("nodeset"))));
            continue;
        }
        if (!m_binds.contains(nodeset))
            m_bindOrder.append(nodeset);
        m_binds.insert(nodeset, bind);
        if (bind->hasAttribute(QStringLiteral("id")))
            m_bindIds.insert(bind->attribute(QStringLiteral("id")), nodeset);
    }
    for (const auto &c : model->children()) {
        if (c->name == QLatin1String("setvalue") || c->name == QLatin1String("action")
            || c->name.startsWith(QLatin1String("setgeo")))
            refuse(c->path, "xform.calculate",
                   tr("The form sets values by itself (<%1>); the kiosk only keeps what people "
                      "answer.")
                       .arg(c->name));
    }
    m_texts.load(model, m_notes);
}

QString XFormRun::lookupName(const QString &name) const
{
    QString found;
    for (auto it = m_controls.cbegin(); it != m_controls.cend(); ++it) {
        if (lastSegment(it.key()) == name) {
            if (!found.isEmpty())
                return {}; // two questions of that name: ambiguous
            found = it.key();
        }
    }
    return found;
}

void XFormRun::checkUnusedBinds()
{
    for (const QString &path : std::as_const(m_bindOrder)) {
        if (m_withControl.contains(path)
            || std::any_of(m_refused.cbegin(), m_refused.cend(), [&path](const QString &r) {
                   return path.startsWith(r + QLatin1Char('/'));
               }))
            continue;
        const XmlElement *bind = m_binds.value(path);
        const bool meta = path.startsWith(m_rootPath + QStringLiteral("/meta/"))
            || path == m_rootPath + QStringLiteral("/meta");
        const QString preload = bind->attribute(QStringLiteral("preload"));
        if (meta) {
            // orx:meta (instanceID, instanceName, ...) names the submission; the kiosk gives
            // each its own reference and idempotency key.
            m_notes << tr("%1 is left out: the kiosk gives every submission its own reference "
                          "and key.")
                           .arg(path);
        } else if (!preload.isEmpty()) {
            m_notes << tr("%1 (%2) is left out: the kiosk records when each submission was made.")
                           .arg(path, preload);
        } else if (!bind->attribute(QStringLiteral("calculate")).isEmpty()) {
            refuse(path, "xform.calculate",
                   tr("The value is calculated by the form (%1); the kiosk only keeps what "
                      "people answer.")
                       .arg(bind->attribute(QStringLiteral("calculate")).simplified().left(120)));
        } else if (!path.startsWith(m_rootPath + QLatin1Char('/'))) {
            refuse(path, "xform.bind", tr("This bind points outside the form's answers."));
        }
    }
}

bool XFormRun::run(const XmlElement &root, XFormImport &out)
{
    const XmlElement *head = root.child(QStringLiteral("head"));
    const XmlElement *body = root.child(QStringLiteral("body"));
    const XmlElement *model = head ? head->child(QStringLiteral("model")) : nullptr;
    if (root.name != QLatin1String("html") || !model || !body) {
        refuse(root.path, "xform.structure",
               tr("This is not an XForm: it needs <h:html> with <h:head><model> and <h:body>."));
        return false;
    }
    readModel(model);
    if (m_rootPath.isEmpty()) {
        refuse(model->path, "xform.structure", tr("The form has no main <instance>."));
        return false;
    }
    walk(*body, m_rootPath, {});
    checkUnusedBinds();
    if (m_pages.isEmpty() && m_problems.isEmpty())
        refuse(body->path, "xform.empty", tr("The form has no question the kiosk can ask."));
    if (!m_problems.isEmpty())
        return false;

    const XmlElement *title = head->child(QStringLiteral("title"));
    QString titleText = title ? title->allText().simplified() : QString();
    if (titleText.isEmpty())
        titleText = m_formId;
    QString id = m_options.flowId.isEmpty() ? idFrom(m_formId) : m_options.flowId;
    if (id.isEmpty())
        id = QStringLiteral("xform");
    QJsonObject destination {{QStringLiteral("name"), m_options.destination}};
    const QString code = m_options.serviceCode.isEmpty() ? m_formId : m_options.serviceCode;
    if (!code.isEmpty())
        destination.insert(QStringLiteral("serviceCode"), code);
    out.flow =
        QJsonObject {{QStringLiteral("schema"), FlowDefinition::SchemaVersion},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("version"), m_options.version},
                     {QStringLiteral("title"), QJsonObject {{QStringLiteral("en"), titleText}}},
                     {QStringLiteral("destination"), destination},
                     {QStringLiteral("pages"), m_pages}};
    // An XForm says nothing of who receives the answers or how long they are kept, yet a flow
    // that asks anything personal is refused without a privacy block: the kiosk's general one
    // lets the import load, and the note asks for the council's own words.
    out.flow.insert(QStringLiteral("privacy"), PrivacyNotice::councilDefault(titleText));
    // An XForm's <h:title> has no translations (XLSForm's form_title is one text).
    m_notes << tr("The title \"%1\" is in English only: add its Welsh, Polish and Arabic to "
                  "\"title\" in the flow file.")
                   .arg(titleText);
    m_notes << tr("The \"privacy\" block is the kiosk's general one: replace it with what the "
                  "council says about who receives the answers, why, how long they are kept and "
                  "whether anything is published (docs/flows.md).");
    out.notes = m_notes;
    // The kiosk's own parser has the last word: what it refuses, the import refuses.
    FlowProblem problem;
    const auto parsed =
        FlowDefinition::parse(QJsonDocument(out.flow).toJson(), QString(), &problem);
    if (!parsed) {
        refuse(problem.path, "xform.flow", problem.reason);
        return false;
    }
    return true;
}

QString XFormProblem::toString() const
{
    return (path.isEmpty() ? QString() : path + QStringLiteral(": ")) + reason
        + QStringLiteral(" [") + code + QLatin1Char(']');
}

Result<XFormImport> XFormImporter::import(const QByteArray &xml, const XFormImportOptions &options,
                                          QList<XFormProblem> *problems)
{
    QList<XFormProblem> found;
    XFormImport out;
    const auto tree = XmlElement::parse(xml);
    if (!tree) {
        found.append({QString(), tree.error().code, tree.error().message});
    } else {
        XFormRun run(options, found);
        if (run.run(**tree, out) && found.isEmpty()) {
            if (problems)
                problems->clear();
            return out;
        }
    }
    if (problems)
        *problems = found;
    QStringList lines;
    for (const XFormProblem &p : std::as_const(found))
        lines << p.toString();
    return Result<XFormImport>::failure(found.isEmpty() ? QStringLiteral("xform.refused")
                                                        : found.first().code,
                                        lines.join(QLatin1Char('\n')));
}

} // namespace ck::xform