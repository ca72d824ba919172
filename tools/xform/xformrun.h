// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to XFormImporter: shared by xformimporter.cpp (the model, metadata, the result) and
// xformcontrols.cpp (the body's questions).
#include "tools/xform/xformimporter.h"
#include "tools/xform/xformtexts.h"
#include "tools/xform/xmlelement.h"

#include <QHash>
#include <QJsonArray>
#include <QPair>
#include <QSet>

namespace ck::xform {

// `relevant` expressions with the node each is relative to (a group's, a question's).
using Conditions = QList<QPair<QString, QString>>;

struct Control
{
    QString path;
    QString pageId;
    QString fieldType;
};

// One import: the state of the walk over one form (XFormImporter::import).
class XFormRun
{
public:
    XFormRun(const XFormImportOptions &options, QList<XFormProblem> &problems)
        : m_options(options)
        , m_problems(problems)
    { }

    bool run(const XmlElement &root, XFormImport &out);

    // An instance node name as a flow id: lower case, '_' and '.' as '-', nothing else.
    static QString idFrom(const QString &name);
    static QString lastSegment(const QString &path);
    // "xsd:string" and "string" alike; "odk:rank" keeps its prefix (it is not an XSD type).
    static QString typeName(const QString &bindType);

private:
    void refuse(const QString &path, const char *code, const QString &reason)
    {
        m_problems.append({path, QString::fromLatin1(code), reason});
    }
    void readModel(const XmlElement *model);
    void collectNodes(const XmlElement &node, const QString &path);
    void walk(const XmlElement &parent, const QString &context, const Conditions &relevants);
    void control(const XmlElement &e, const QString &context, Conditions relevants);
    QJsonArray options(const XmlElement &e, const QString &path);
    QJsonArray itemset(const XmlElement &itemset, const QString &path);
    void checkUnusedBinds();
    QString lookupName(const QString &name) const;

    const XFormImportOptions &m_options;
    QList<XFormProblem> &m_problems;
    XFormTexts m_texts;
    QStringList m_notes;
    QString m_rootPath; // "/data"
    QString m_formId; // the primary instance's id attribute
    QStringList m_refused; // repeats: what is inside them is refused with them
    QHash<QString, const XmlElement *> m_binds; // absolute nodeset -> <bind>
    QStringList m_bindOrder; // nodesets in file order, so notes and problems read top down
    QHash<QString, QString> m_bindIds; // bind id -> nodeset
    QHash<QString, QString> m_defaults; // leaf path -> default value
    QHash<QString, const XmlElement *> m_secondary; // instance id -> its root element
    QSet<QString> m_withControl;
    QSet<QString> m_failed; // questions refused: conditions on them are not reported again
    QHash<QString, Control> m_controls; // path -> page made of it
    QSet<QString> m_pageIds;
    QJsonArray m_pages;
};

} // namespace ck::xform
