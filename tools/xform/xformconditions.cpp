// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/xform/xformconditions.h"

#include <QCoreApplication>

#include <cmath>

namespace ck::xform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XFormImporter", text);
}

QString flip(const QString &op)
{
    if (op == QLatin1String("<"))
        return QStringLiteral(">");
    if (op == QLatin1String(">"))
        return QStringLiteral("<");
    if (op == QLatin1String("<="))
        return QStringLiteral(">=");
    if (op == QLatin1String(">="))
        return QStringLiteral("<=");
    return op;
}

bool isSelf(const XFormExpression &e)
{
    return e.kind == XFormExpression::Kind::Path && e.text.trimmed() == QLatin1String(".");
}

} // namespace

QString XFormConditions::resolve(const XFormExpression &path, const QString &context,
                                 const NameLookup &lookup)
{
    if (path.kind == XFormExpression::Kind::Reference)
        return lookup ? lookup(path.text) : QString();
    if (path.kind != XFormExpression::Kind::Path)
        return {};
    const QString written = path.text.trimmed();
    QStringList parts = written.startsWith(QLatin1Char('/'))
        ? QStringList()
        : context.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &step : written.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (step == QLatin1String("."))
            continue;
        if (step == QLatin1String("..")) {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
            continue;
        }
        if (step.contains(QLatin1Char(':')) || step == QLatin1String("*"))
            return {};
        parts.append(step);
    }
    if (parts.isEmpty())
        return {};
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

XFormConditions::Relevance XFormConditions::relevance(const QString &source, const QString &context,
                                                      const NameLookup &lookup)
{
    Relevance out;
    if (source.trimmed().isEmpty())
        return out;
    const XFormExpression e = XFormExpression::parse(source);
    if (e.constantTruth() == 1)
        return out;
    if (e.constantTruth() == 0) {
        out.refusal = tr("The question is never shown (relevant is \"%1\"): it asks nothing.")
                          .arg(source.simplified());
        return out;
    }
    const auto refuse = [&out, &source] {
        out.path.clear();
        out.values = QJsonArray();
        out.refusal = tr("The condition \"%1\" is not one the kiosk can follow: it shows a page "
                         "when one earlier answer is one of some values (q = 'x', "
                         "selected(q, 'x'), joined with \"or\").")
                          .arg(source.simplified());
        return out;
    };
    if (e.hasOther())
        return refuse();
    const QList<XFormExpression> atoms =
        e.kind == XFormExpression::Kind::Or ? e.args : QList<XFormExpression> {e};
    for (const XFormExpression &atom : atoms) {
        const XFormExpression *pathPart = nullptr;
        const XFormExpression *value = nullptr;
        bool selected = false;
        if (atom.kind == XFormExpression::Kind::Compare && atom.text == QLatin1String("=")) {
            pathPart = &atom.args[0];
            value = &atom.args[1];
            if (pathPart->isLiteral())
                std::swap(pathPart, value);
        } else if (atom.isCall("selected", 2)) {
            pathPart = &atom.args[0];
            value = &atom.args[1];
            selected = true;
        }
        if (!pathPart || !value || !pathPart->isPath() || !value->isLiteral())
            return refuse();
        const QString path = resolve(*pathPart, context, lookup);
        if (path.isEmpty()
            || (!out.path.isEmpty() && (path != out.path || selected != out.selected)))
            return refuse();
        out.path = path;
        out.selected = selected;
        if (value->kind == XFormExpression::Kind::Number)
            out.values.append(value->text.toDouble());
        else
            out.values.append(value->text);
    }
    return out;
}

int XFormConditions::required(const QString &source)
{
    if (source.trimmed().isEmpty())
        return 0;
    return XFormExpression::parse(source).constantTruth();
}

XFormConditions::Rules XFormConditions::constraint(const QString &source, const QString &fieldType,
                                                   bool whole)
{
    Rules out;
    if (source.trimmed().isEmpty())
        return out;
    const XFormExpression e = XFormExpression::parse(source);
    const auto refuse = [&out, &source] {
        out = Rules();
        out.refusal = tr("The rule \"%1\" cannot be checked by the kiosk; it checks number "
                         "ranges (. >= 1 and . <= 10), text lengths (string-length(.) <= 50) and "
                         "dates before or after today (. <= today()).")
                          .arg(source.simplified());
        return out;
    };
    if (e.hasOther())
        return refuse();
    const QList<XFormExpression> atoms =
        e.kind == XFormExpression::Kind::And ? e.args : QList<XFormExpression> {e};
    for (const XFormExpression &atom : atoms) {
        if (atom.kind != XFormExpression::Kind::Compare || atom.text == QLatin1String("!="))
            return refuse();
        const XFormExpression *subject = &atom.args[0];
        const XFormExpression *bound = &atom.args[1];
        QString op = atom.text;
        if (!isSelf(*subject) && !subject->isCall("string-length", 1)) {
            std::swap(subject, bound);
            op = flip(op);
        }
        if (fieldType == QLatin1String("number") && isSelf(*subject)
            && bound->kind == XFormExpression::Kind::Number) {
            const double n = bound->text.toDouble();
            if ((op == QLatin1String(">") || op == QLatin1String("<"))
                && !(whole && std::floor(n) == n))
                return refuse(); // "more than 1.5" has no inclusive bound the kiosk can use
            if (op == QLatin1String(">") || op == QLatin1String(">="))
                out.min = op == QLatin1String(">") ? n + 1 : n;
            else if (op == QLatin1String("<") || op == QLatin1String("<="))
                out.max = op == QLatin1String("<") ? n - 1 : n;
            else
                out.min = out.max = n;
        } else if ((fieldType == QLatin1String("text") || fieldType == QLatin1String("longtext"))
                   && subject->isCall("string-length", 1) && isSelf(subject->args[0])
                   && bound->kind == XFormExpression::Kind::Number) {
            const double n = bound->text.toDouble();
            if (n < 0 || n > 100000 || std::floor(n) != n)
                return refuse();
            const int length = int(n);
            if (op == QLatin1String(">") || op == QLatin1String(">="))
                out.minLength = op == QLatin1String(">") ? length + 1 : length;
            else if (op == QLatin1String("<") || op == QLatin1String("<="))
                out.maxLength = op == QLatin1String("<") ? length - 1 : length;
            else
                out.minLength = out.maxLength = length;
        } else if (fieldType == QLatin1String("date") && isSelf(*subject)
                   && bound->isCall("today", 0)) {
            // The kiosk's "past" and "future" both include today.
            if (op == QLatin1String("<="))
                out.dateRange = QStringLiteral("past");
            else if (op == QLatin1String(">="))
                out.dateRange = QStringLiteral("future");
            else
                return refuse();
        } else {
            return refuse();
        }
    }
    if ((out.min && out.max && *out.min > *out.max)
        || (out.minLength && out.maxLength
            && (*out.minLength > *out.maxLength || *out.maxLength < 1)))
        return refuse();
    return out;
}

} // namespace ck::xform
