// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/discovery/open311documents.h"
#include "domain/discovery/serviceoverlay.h"

#include "core/result.h"

#include <QJsonObject>

#include <optional>

namespace ck {

// Turns one discovered Open311 service into a flow file (docs/flows.md): one attribute a page
// in `order`, datatypes to field types (string text, number number, datetime date, text
// longtext, singlevaluelist choice, multivaluelist multichoice), `required`, the description as
// the question and datatype_description as the hint, informational attributes as hints, a
// postcode-address page for the location and an optional "anything else" page for the
// request's description, the group as the category; then the site's overlay on top. Answers go
// back as attribute[CODE] (the page's "open311" key), so page ids may differ from codes.
//
// Refusals (code "open311.unsupported", "open311.flow" or the overlay's) name the attribute
// and the reason: a service is offered as the council defined it, or not at all.
class Open311FlowBuilder
{
public:
    static Result<QJsonObject> build(const QString &destination, const Open311Service &service,
                                     const std::optional<Open311Definition> &definition,
                                     const std::optional<ServiceOverlay> &overlay, int version);

    // Attributes the kiosk fills in itself on every request (the Open311 adapter sends them).
    static bool isKioskAttribute(const QString &code);
};

} // namespace ck
