// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/xform/xmlelement.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace ck::xform {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("XFormImporter", text);
}
} // namespace

class XmlTreeBuilder
{
public:
    static Result<std::shared_ptr<const XmlElement>> build(const QByteArray &xml)
    {
        using R = Result<std::shared_ptr<const XmlElement>>;
        const auto fail = [](const QXmlStreamReader &reader, const QString &why) {
            return R::failure(QStringLiteral("xform.xml"),
                              tr("This is not a readable XForm (line %1, column %2: %3).")
                                  .arg(reader.lineNumber())
                                  .arg(reader.columnNumber())
                                  .arg(why));
        };
        if (xml.size() > XmlElement::kMaxBytes)
            return R::failure(QStringLiteral("xform.xml"),
                              tr("The file is larger than 8 MB: not an XForm a kiosk can use."));
        QXmlStreamReader reader(xml);
        // Entities could make a small file huge (billion laughs): XForms never need a DTD.
        QList<std::shared_ptr<XmlElement>> stack;
        std::shared_ptr<XmlElement> root;
        int count = 0;
        while (!reader.atEnd()) {
            switch (reader.readNext()) {
            case QXmlStreamReader::DTD:
                return fail(reader, tr("a DTD is not allowed in an XForm"));
            case QXmlStreamReader::StartElement: {
                if (++count > XmlElement::kMaxElements)
                    return fail(reader, tr("too many elements"));
                if (stack.size() >= XmlElement::kMaxDepth)
                    return fail(reader, tr("elements nested too deeply"));
                auto element = std::make_shared<XmlElement>();
                element->name = reader.name().toString();
                element->prefix = reader.prefix().toString();
                element->line = int(reader.lineNumber());
                const QString qualified = reader.qualifiedName().toString();
                if (stack.isEmpty()) {
                    element->path = qualified;
                    root = element;
                } else {
                    XmlElement &parent = *stack.last();
                    int same = 1;
                    for (const auto &sibling : std::as_const(parent.m_children))
                        same += sibling->name == element->name ? 1 : 0;
                    element->path = parent.path + QLatin1Char('/') + qualified
                        + (same > 1 ? QStringLiteral("[%1]").arg(same) : QString());
                    parent.m_children.append(element);
                }
                const QXmlStreamAttributes attributes = reader.attributes();
                for (const QXmlStreamAttribute &a : attributes)
                    element->m_attributes.append({a.name().toString(), a.value().toString()});
                stack.append(element);
                break;
            }
            case QXmlStreamReader::EndElement:
                if (!stack.isEmpty())
                    stack.removeLast();
                break;
            case QXmlStreamReader::Characters:
                if (!stack.isEmpty())
                    stack.last()->text += reader.text();
                break;
            case QXmlStreamReader::EntityReference:
                return fail(reader, tr("unknown entity"));
            default:
                break;
            }
        }
        if (reader.hasError())
            return fail(reader, reader.errorString());
        if (!root)
            return fail(reader, tr("there is no element"));
        return std::shared_ptr<const XmlElement>(std::move(root));
    }
};

Result<std::shared_ptr<const XmlElement>> XmlElement::parse(const QByteArray &xml)
{
    return XmlTreeBuilder::build(xml);
}

QString XmlElement::attribute(const QString &localName) const
{
    for (const Attribute &a : m_attributes) {
        if (a.localName == localName)
            return a.value;
    }
    return {};
}

bool XmlElement::hasAttribute(const QString &localName) const
{
    for (const Attribute &a : m_attributes) {
        if (a.localName == localName)
            return true;
    }
    return false;
}

QString XmlElement::allText() const
{
    // Document order is lost between direct text and children; labels with markup are refused
    // before this matters, so direct text then children is enough.
    QString out = text;
    for (const auto &c : m_children)
        out += c->allText();
    return out;
}

const XmlElement *XmlElement::child(const QString &localName) const
{
    for (const auto &c : m_children) {
        if (c->name == localName)
            return c.get();
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::childrenNamed(const QString &localName) const
{
    QList<const XmlElement *> out;
    for (const auto &c : m_children) {
        if (c->name == localName)
            out.append(c.get());
    }
    return out;
}

} // namespace ck::xform
