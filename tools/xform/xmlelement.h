// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace ck::xform {

// A small read-only element tree, built with QXmlStreamReader rather than QtXml's DOM so that
// hostile input is bounded (size, depth, element count) before anything is kept. Names are
// local names (the namespace prefix is dropped): XForms put the same local names in the XHTML
// and XForms namespaces only for html/head/body/title, which are looked for by place anyway.
class XmlElement
{
public:
    static constexpr qsizetype kMaxBytes = 8 * 1024 * 1024; // the largest real form seen: 1.5 MB
    static constexpr int kMaxDepth = 64;
    static constexpr int kMaxElements = 200000;

    // Error code "xform.xml": not well-formed, or over the limits above; the message names the
    // line and column.
    static Result<std::shared_ptr<const XmlElement>> parse(const QByteArray &xml);

    QString name; // local name, e.g. "select1"
    QString prefix; // e.g. "h", "odk"; empty in the default namespace
    int line = 0;

    QString attribute(const QString &localName) const; // empty when missing
    bool hasAttribute(const QString &localName) const;
    // Direct text content (children's text excluded), as written.
    QString text;
    // All text inside, children included, in document order.
    QString allText() const;

    const QList<std::shared_ptr<XmlElement>> &children() const { return m_children; }
    const XmlElement *child(const QString &localName) const; // first, or nullptr
    QList<const XmlElement *> childrenNamed(const QString &localName) const;
    // "h:html/h:head" style path of this element for error messages (computed while parsing).
    QString path;

private:
    friend class XmlTreeBuilder;
    struct Attribute
    {
        QString localName;
        QString value;
    };
    QList<Attribute> m_attributes;
    QList<std::shared_ptr<XmlElement>> m_children;
};

} // namespace ck::xform
