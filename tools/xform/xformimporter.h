// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ck::xform {

// Why part of an XForm was refused: where (the instance path such as `/data/location`, or the
// element's place in the file when it has no path), a stable code and the reason.
struct XFormProblem
{
    QString path;
    QString code; // e.g. "xform.geopoint"
    QString reason;

    QString toString() const; // "path: reason [code]"
};

struct XFormImportOptions
{
    QString flowId; // empty: from the form id (the primary instance's id attribute)
    QString destination = QStringLiteral("council");
    QString serviceCode; // empty: the form id, as ODK names the form
    int version = 1;
};

struct XFormImport
{
    QJsonObject flow; // a flow file (docs/flows.md) that FlowDefinition::parse accepts
    QStringList notes; // what was deliberately left out and why (metadata, other languages)
};

// Turns an ODK XForm (as XLSForm/pyxform, ODK Build or KoBoToolbox write it) into a kiosk flow:
// inputs (string, int, decimal, date), select1 and select (inline items or a plain itemset),
// `required`, simple `relevant` expressions as showIf, labels and hints with their jr:itext
// translations in the kiosk's languages, groups flattened into one question a page. Whatever
// the kiosk cannot ask as the form means (repeats, calculations, locations, media, times,
// notes, other expressions) is refused with its path and reason: an import never silently
// drops a question or a rule. The result is checked with the kiosk's own FlowDefinition.
class XFormImporter
{
public:
    // On refusal the error code is the first problem's code and the message lists every
    // problem, one a line; `problems` (when given) receives them.
    static Result<XFormImport> import(const QByteArray &xml, const XFormImportOptions &options,
                                      QList<XFormProblem> *problems = nullptr);
};

} // namespace ck::xform
