// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace ck {

// What this kiosk's own outbox knows about a reference (Outbox::receipt, adapted by the
// composition root, which also knows which protocol the service's destination speaks).
struct LocalReceipt
{
    QString state; // queued | sending | delivered | rejected
    QDateTime createdAt;
    QDateTime deliveredAt; // invalid until delivered
    QString serverReference; // Open311 service_request_id / JSON API serverReference
    QString protocol; // "open311" | "json" | "" (unknown)
};

// A status in plain words, ready for the screen. `kind` is stable (tests, read-aloud icons);
// `text` is already in the session language, dates included.
struct TrackingAnswer
{
    enum class Kind { Waiting, Problem, Received, InProgress, Closed, NotFound, Unknown };

    Kind kind = Kind::Unknown;
    QString text;
    QDateTime when; // the date the text talks about
    QDateTime checkedAt; // when the back end said so (for "We last checked on ...")
    bool fromCache = false;
    // The council's own words about it (Open311 status_notes), as they wrote them: public
    // case notes, never the citizen's answers. Empty when there are none.
    QString notes;
};

// Maps protocol answers and outbox states to plain words:
//   queued/sending          -> "Waiting to be sent from this kiosk."
//   rejected                -> "There was a problem sending this form. Ask a member of staff."
//   received / Open311 open -> "Received by the council on 3 March."
//   in-progress             -> "The council is working on this. Last update on 5 March."
//   closed                  -> "Closed on 7 March."
// Dates are formatted here, in C++, in the session language (QLocale of `language`).
class TrackingStatus
{
public:
    static TrackingAnswer fromReceipt(const LocalReceipt &receipt, const QString &language);
    // GET /v1/submissions/{reference}: {"status": "received|in-progress|closed", "receivedAt",
    // "updatedAt", ...}. "tracking-answer" when the body is not that shape.
    static Result<TrackingAnswer> fromJsonApi(const QByteArray &body, const QString &language);
    // GeoReport v2 GET requests/{id}.json (or .xml, or one bare object as Boston answers):
    // [{"status": "open|closed", "status_notes", "requested_datetime", "updated_datetime"}].
    // open -> Received (requested date), or InProgress (last update) once the council has
    // written notes or updated it since; closed -> Closed (last update).
    static Result<TrackingAnswer> fromOpen311(const QByteArray &body, const QString &language);

    static TrackingAnswer make(TrackingAnswer::Kind kind, const QDateTime &when,
                               const QString &language);
    // "3 March" this year, "3 March 2025" otherwise, in the language's own month names.
    static QString formatDate(const QDateTime &when, const QString &language,
                              const QDate &today = QDate::currentDate());
    // "We last checked on 3 March at 14:05." appended to a cached answer.
    static QString lastChecked(const QDateTime &checkedAt, const QString &language);

    // The locale a session language means on a UK kiosk: "en" is en_GB (24-hour clock, day
    // before month), "cy" cy_GB, others their default country.
    static QLocale locale(const QString &language);

    static QString kindName(TrackingAnswer::Kind kind);
    static TrackingAnswer::Kind kindFromName(const QString &name);
};

} // namespace ck
