// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/localizedtext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ck {

// The kinds of answer a flow page can ask for. The names in flow files are in
// fieldTypeName(): "text", "longtext", "number", "date", "choice", "multichoice", "yesno",
// "email", "phone", "postcode", "postcode-address".
//
// Normalised answer shapes (what FieldValidator returns and FlowSession stores):
//   text, longtext, email, phone, postcode  -> JSON string
//   number                                  -> JSON number
//   date                                    -> "YYYY-MM-DD" (input: that string or
//                                              {"day","month","year"} from three boxes)
//   choice                                  -> option value (string)
//   multichoice                             -> array of option values, in option order
//   yesno                                   -> JSON bool (input also "yes"/"no")
//   postcode-address                        -> {"postcode","line1","line2","town"}
//   unanswered optional field               -> JSON null
enum class FieldType {
    Text,
    LongText,
    Number,
    Date,
    Choice,
    MultiChoice,
    YesNo,
    Email,
    Phone,
    Postcode,
    PostcodeAddress,
};

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString &name);

// Which dates a date field accepts, relative to the kiosk's local "today".
enum class DateRange {
    Any,
    PastOrToday, // e.g. "When was your bin missed?"
    TodayOrFuture, // e.g. "When can we visit?"
};

struct FieldOption
{
    QString value; // stable machine value, sent to the back end
    LocalizedText label; // what the citizen sees
    LocalizedText hint; // optional
};

// The keys a page may use in its "open311" mapping (GeoReport v2 request fields). Pages with no
// mapping go to open311.attributes by page id (docs/payload.md).
QStringList open311Keys();

struct FieldDefinition
{
    FieldType type = FieldType::Text;
    bool required = false;
    std::optional<int> minLength; // characters (Unicode code points), text-like fields
    std::optional<int> maxLength; // defaults: defaultMaxLength(type)
    std::optional<double> min; // number
    std::optional<double> max; // number
    bool wholeNumber = false; // number: refuse decimals
    DateRange dateRange = DateRange::Any;
    QList<FieldOption> options; // choice, multichoice
    // The flow file's own error messages, by FieldValidator code without "field."
    // ("required" -> "Select which bin was missed"): GOV.UK error messages name the question,
    // which only the flow knows. Codes without an entry keep the kiosk's general message.
    QHash<QString, LocalizedText> errors;

    // Hard upper bound even when the flow file sets none, so hostile input (a 1 MB paste) gets
    // a clear "too long" error instead of travelling to the outbox.
    static int defaultMaxLength(FieldType type);
    int effectiveMaxLength() const { return maxLength.value_or(defaultMaxLength(type)); }

    const FieldOption *option(const QString &value) const; // nullptr when unknown
    // The error codes (without "field.") this type of field can give, so a flow file cannot
    // carry a message that would never be shown.
    static QStringList errorKeys(FieldType type);
    bool hasOptions() const { return type == FieldType::Choice || type == FieldType::MultiChoice; }
    // Whether an answer to this field can be personal data. Only the kiosk's own closed answers
    // (choice, multichoice, yesno) cannot; any typed text, number, date or address can name or
    // locate a person. The same rule decides what read-aloud speaks only into a headset and
    // which flows must carry a privacy block.
    bool isPersonal() const { return isPersonalType(type); }
    static bool isPersonalType(FieldType type);
};

} // namespace ck
