// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ck::xform {

// The part of XPath 1.0 that XForms `relevant`, `required` and `constraint` attributes use in
// practice, parsed into a small tree the importer can recognise shapes in: `/data/q = 'x'`,
// `selected( /data/q , 'x')`, `${q} = 'x'` (as XLSForm authors write it), `. <= today()`,
// `string-length(.) <= 50`, joined by `and` / `or`. Anything else (arithmetic, predicates,
// unions) parses to Kind::Other so the importer can refuse it with the text as written.
struct XFormExpression
{
    enum class Kind {
        Or,
        And,
        Compare, // op in text: = != < <= > >=
        Path, // text: the path as written ("/data/q", "../q", ".")
        Reference, // ${name}: text = name
        String, // text: the literal without quotes
        Number, // text: as written
        Call, // text: function name; args
        Other, // text: why it is not understood
    };
    Kind kind = Kind::Other;
    QString text;
    QList<XFormExpression> args;

    static XFormExpression parse(const QString &source);

    bool isLiteral() const { return kind == Kind::String || kind == Kind::Number; }
    bool isPath() const { return kind == Kind::Path || kind == Kind::Reference; }
    bool isCall(const char *name, qsizetype arity) const
    {
        return kind == Kind::Call && text == QLatin1String(name) && args.size() == arity;
    }
    // true(), false(), 'true', 1... as a constant truth value; -1 when not a constant.
    int constantTruth() const;
    // Kind::Other anywhere in the tree.
    bool hasOther() const;
};

} // namespace ck::xform
