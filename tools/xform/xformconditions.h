// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tools/xform/xformexpression.h"

#include <QJsonArray>
#include <QString>

#include <functional>
#include <optional>

namespace ck::xform {

// What the kiosk can keep of an XForm's `relevant`, `required` and `constraint` expressions.
// Each reader either returns the rule in the kiosk's terms or a reason for the refusal.
class XFormConditions
{
public:
    // ${name} (XLSForm) -> the absolute instance path of the question called `name`, or empty.
    using NameLookup = std::function<QString(const QString &name)>;

    // A path as written ("/data/q", " ../q", ".", "q") resolved against the node the
    // expression belongs to; empty when it leaves the instance or is not a plain path.
    static QString resolve(const XFormExpression &path, const QString &context,
                           const NameLookup &lookup);

    struct Relevance
    {
        QString path; // empty: always shown
        QJsonArray values; // texts or numbers as written
        bool selected = false; // written with selected(): "one of the picked options"
        QString refusal; // not empty: the kiosk cannot express it
    };
    // `q = 'a'`, `q = 'a' or q = 'b'`, `selected(q, 'a')` (or several of them with `or`), and
    // constant true. All on one question: showIf has one.
    static Relevance relevance(const QString &source, const QString &context,
                               const NameLookup &lookup);

    // 1 true, 0 false, -1 an expression (required only when some other answer says so).
    static int required(const QString &source);

    struct Rules
    {
        std::optional<double> min, max; // number fields
        std::optional<int> minLength, maxLength; // text fields
        QString dateRange; // "past" / "future"
        QString refusal;
    };
    // `fieldType` is the kiosk's ("number", "text", "date", ...); `whole` for int inputs.
    static Rules constraint(const QString &source, const QString &fieldType, bool whole);
};

} // namespace ck::xform
