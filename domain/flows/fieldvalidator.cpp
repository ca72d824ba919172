// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/fieldvalidator.h"

#include "core/translate.h"

#include "domain/flows/numberinput.h"
#include "domain/flows/textcleaner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"FieldValidator", "ck::FieldValidator", "ck"}, text);
}

// Counts go through the plural forms of each language ("%n character(s)").
QString tr(const char *text, const char *, int n)
{
    return translateIn({"FieldValidator", "ck::FieldValidator", "ck"}, text, n);
}

Result<QJsonValue> failure(const char *code, const QString &message)
{
    return Result<QJsonValue>::failure(QString::fromLatin1(code), message);
}

bool isBlank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty());
}

qsizetype codePoints(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

Result<QJsonValue> validateText(const FieldDefinition &field, const QJsonValue &raw)
{
    if (!raw.isString() && !isBlank(raw))
        return failure("field.wrongType", tr("Enter your answer as text"));
    const QString input = raw.toString();
    const int max = field.effectiveMaxLength();
    // Refuse a huge paste before doing any work on it.
    if (input.size() > qsizetype(max) * 4 + 1024)
        return failure("field.tooLong",
                       tr("Your answer must be %n character(s) or fewer", nullptr, max));
    const QString text = FieldValidator::cleanText(input, field.type == FieldType::LongText);
    if (text.isEmpty()) {
        if (field.required)
            return failure("field.required", tr("Enter your answer"));
        return QJsonValue(QJsonValue::Null);
    }
    const qsizetype length = codePoints(text);
    if (length > max)
        return failure("field.tooLong",
                       tr("Your answer must be %n character(s) or fewer", nullptr, max));
    if (field.minLength && length < *field.minLength)
        return failure(
            "field.tooShort",
            tr("Your answer must be %n character(s) or more", nullptr, *field.minLength));
    return QJsonValue(text);
}

Result<QJsonValue> validateNumber(const FieldDefinition &field, const QJsonValue &raw,
                                  const QString &lang)
{
    if (isBlank(raw)) {
        if (field.required)
            return failure("field.required", tr("Enter a number"));
        return QJsonValue(QJsonValue::Null);
    }
    // Examples and limits are written the way this field accepts them back ("12,5" in Polish).
    const QString example = NumberInput::format(12.5, lang);
    const auto notANumber = [&] {
        return failure("field.number", tr("Enter a number, like 5 or %1").arg(example));
    };
    double value = 0;
    if (raw.isDouble()) {
        value = raw.toDouble();
    } else if (raw.isString()) {
        const NumberInput::Parsed parsed = NumberInput::parse(raw.toString(), lang);
        if (parsed.problem == NumberInput::Problem::Separator) {
            // Two readings are possible ("12,5": 12.5 or 125?): ask, never guess.
            return failure(
                "field.numberSeparator",
                NumberInput::decimalComma(lang)
                    ? tr("Enter the number with a comma for decimals, like %1, and "
                         "no full stop between thousands")
                          .arg(example)
                    : tr("Enter the number with a full stop for decimals, like %1").arg(example));
        }
        if (!parsed.value)
            return notANumber();
        value = *parsed.value;
    } else {
        return failure("field.wrongType", tr("Enter a number, like 5 or %1").arg(example));
    }
    if (!std::isfinite(value))
        return notANumber();
    if (field.wholeNumber && std::floor(value) != value)
        return failure("field.wholeNumber", tr("Enter a whole number, like 5"));
    const auto shown = [&](double v) { return NumberInput::format(v, lang); };
    if (field.min && field.max && (value < *field.min || value > *field.max))
        return failure(
            value < *field.min ? "field.numberMin" : "field.numberMax",
            tr("Enter a number between %1 and %2").arg(shown(*field.min), shown(*field.max)));
    if (field.min && value < *field.min)
        return failure("field.numberMin",
                       tr("Enter a number of %1 or more").arg(shown(*field.min)));
    if (field.max && value > *field.max)
        return failure("field.numberMax",
                       tr("Enter a number of %1 or less").arg(shown(*field.max)));
    return QJsonValue(value);
}

QString part(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 0);
    return v.toString().trimmed().left(10);
}

Result<QJsonValue> validateDate(const FieldDefinition &field, const QJsonValue &raw,
                                const QDate &today)
{
    QString day, month, year;
    if (raw.isObject()) {
        const QJsonObject o = raw.toObject();
        day = part(o, "day");
        month = part(o, "month");
        year = part(o, "year");
    } else if (raw.isString() && !isBlank(raw)) {
        static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
        const auto m = iso.match(raw.toString().trimmed());
        if (!m.hasMatch())
            return failure("field.date", tr("Date must be a real date"));
        year = m.captured(1);
        month = m.captured(2);
        day = m.captured(3);
    } else if (!isBlank(raw)) {
        return failure("field.wrongType", tr("Date must be a real date"));
    }
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
        if (field.required)
            return failure("field.required", tr("Enter a date"));
        return QJsonValue(QJsonValue::Null);
    }
    // GOV.UK date input pattern: say which part is missing.
    if (day.isEmpty())
        return failure("field.date", tr("Date must include a day"));
    if (month.isEmpty())
        return failure("field.date", tr("Date must include a month"));
    if (year.isEmpty())
        return failure("field.date", tr("Date must include a year"));
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (!digits.match(day).hasMatch() || !digits.match(month).hasMatch()
        || !digits.match(year).hasMatch())
        return failure("field.date", tr("Date must be a real date"));
    if (year.size() != 4)
        return failure("field.date", tr("Year must include 4 numbers"));
    const QDate date(year.toInt(), month.toInt(), day.toInt());
    if (!date.isValid())
        return failure("field.date", tr("Date must be a real date"));
    if (field.dateRange == DateRange::PastOrToday && date > today)
        return failure("field.dateFuture", tr("Date must be today or in the past"));
    if (field.dateRange == DateRange::TodayOrFuture && date < today)
        return failure("field.datePast", tr("Date must be today or in the future"));
    return QJsonValue(date.toString(Qt::ISODate));
}

Result<QJsonValue> validateChoice(const FieldDefinition &field, const QJsonValue &raw)
{
    if (isBlank(raw)) {
        if (field.required)
            return failure("field.required", tr("Select an option"));
        return QJsonValue(QJsonValue::Null);
    }
    if (!raw.isString() || !field.option(raw.toString()))
        return failure("field.choice", tr("Select one of the options"));
    return QJsonValue(raw.toString());
}

Result<QJsonValue> validateMultiChoice(const FieldDefinition &field, const QJsonValue &raw)
{
    QJsonArray picked;
    if (raw.isString() && !isBlank(raw))
        picked.append(raw);
    else if (raw.isArray())
        picked = raw.toArray();
    else if (!isBlank(raw))
        return failure("field.wrongType", tr("Select one of the options"));
    if (picked.size() > field.options.size() * 2)
        return failure("field.choice", tr("Select one of the options"));
    for (const QJsonValue &v : std::as_const(picked)) {
        if (!v.isString() || !field.option(v.toString()))
            return failure("field.choice", tr("Select one of the options"));
    }
    // Option order, without duplicates: the same choices always give the same payload.
    QJsonArray normalised;
    for (const FieldOption &o : field.options) {
        if (picked.contains(QJsonValue(o.value)))
            normalised.append(o.value);
    }
    if (normalised.isEmpty()) {
        if (field.required)
            return failure("field.required", tr("Select at least one option"));
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(normalised);
}

Result<QJsonValue> validateYesNo(const FieldDefinition &field, const QJsonValue &raw)
{
    if (raw.isBool())
        return raw;
    const QString text = raw.toString().trimmed().toLower();
    if (text == QLatin1String("yes") || text == QLatin1String("true"))
        return QJsonValue(true);
    if (text == QLatin1String("no") || text == QLatin1String("false"))
        return QJsonValue(false);
    if (!isBlank(raw))
        return failure("field.wrongType", tr("Select yes or no"));
    if (field.required)
        return failure("field.required", tr("Select yes or no"));
    return QJsonValue(QJsonValue::Null);
}

Result<QJsonValue> validateEmail(const FieldDefinition &field, const QJsonValue &raw)
{
    if (!raw.isString() && !isBlank(raw))
        return failure("field.wrongType", tr("Enter an email address"));
    const QString input = raw.toString();
    if (input.size() > 1024)
        return failure("field.tooLong",
                       tr("Email address must be %n character(s) or fewer", nullptr, 254));
    const QString text = FieldValidator::cleanText(input, false);
    if (text.isEmpty()) {
        if (field.required)
            return failure("field.required", tr("Enter an email address"));
        return QJsonValue(QJsonValue::Null);
    }
    if (text.size() > 254)
        return failure("field.tooLong",
                       tr("Email address must be %n character(s) or fewer", nullptr, 254));
    // Deliberately simple (as GOV.UK Notify): something@domain.tld with no spaces, no double
    // dots, a top-level domain of letters. Unicode letters are fine in both halves.
    static const QRegularExpression re(
        QStringLiteral("^[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}@((?!-)[\\p{L}\\p{N}-]{1,63}(?<!-)\\.)+"
                       "\\p{L}{2,63}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!re.match(text).hasMatch() || text.contains(QStringLiteral(".."))
        || text.startsWith(QLatin1Char('.')) || text.contains(QStringLiteral(".@")))
        return failure("field.email",
                       tr("Enter an email address in the correct format, like name@example.com"));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    return QJsonValue(text.left(at + 1) + text.mid(at + 1).toLower());
}

Result<QJsonValue> validatePhone(const FieldDefinition &field, const QJsonValue &raw)
{
    if (!raw.isString() && !isBlank(raw))
        return failure("field.wrongType", tr("Enter a phone number"));
    const QString text = raw.toString().trimmed();
    if (text.isEmpty()) {
        if (field.required)
            return failure("field.required", tr("Enter a phone number"));
        return QJsonValue(QJsonValue::Null);
    }
    const auto phone = text.size() > 64 ? std::nullopt : FieldValidator::normalisePhone(text);
    if (!phone)
        return failure("field.phone",
                       tr("Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 "
                          "0192"));
    return QJsonValue(*phone);
}

Result<QJsonValue> validatePostcode(const FieldDefinition &field, const QJsonValue &raw)
{
    if (!raw.isString() && !isBlank(raw))
        return failure("field.wrongType", tr("Enter a postcode"));
    const QString text = raw.toString().trimmed();
    if (text.isEmpty()) {
        if (field.required)
            return failure("field.required", tr("Enter a postcode"));
        return QJsonValue(QJsonValue::Null);
    }
    const auto postcode = text.size() > 16 ? std::nullopt : FieldValidator::normalisePostcode(text);
    if (!postcode)
        return failure("field.postcode", tr("Enter a real postcode, like CF10 1AA"));
    return QJsonValue(*postcode);
}

Result<QJsonValue> validateAddress(const FieldDefinition &field, const QJsonValue &raw)
{
    if (!raw.isObject() && !isBlank(raw))
        return failure("field.wrongType", tr("Enter the address"));
    const QJsonObject o = raw.toObject();
    constexpr int kLineMax = 100;
    QJsonObject out;
    bool any = false;
    for (const char *key : {"line1", "line2", "town"}) {
        const QString input = o.value(QLatin1String(key)).toString();
        if (input.size() > kLineMax * 4)
            return failure(
                "field.tooLong",
                tr("Each line of the address must be %n character(s) or fewer", nullptr, kLineMax));
        const QString line = FieldValidator::cleanText(input, false);
        if (codePoints(line) > kLineMax)
            return failure(
                "field.tooLong",
                tr("Each line of the address must be %n character(s) or fewer", nullptr, kLineMax));
        out.insert(QLatin1String(key), line);
        any = any || !line.isEmpty();
    }
    const QString postcodeText = o.value(QLatin1String("postcode")).toString().trimmed();
    any = any || !postcodeText.isEmpty();
    if (!any) {
        if (field.required)
            return failure("field.required", tr("Enter the address"));
        return QJsonValue(QJsonValue::Null);
    }
    if (postcodeText.isEmpty())
        return failure("field.postcode", tr("Enter a postcode"));
    const auto postcode =
        postcodeText.size() > 16 ? std::nullopt : FieldValidator::normalisePostcode(postcodeText);
    if (!postcode)
        return failure("field.postcode", tr("Enter a real postcode, like CF10 1AA"));
    if (out.value(QLatin1String("line1")).toString().isEmpty())
        return failure("field.addressLine", tr("Enter the first line of the address"));
    out.insert(QLatin1String("postcode"), *postcode);
    return QJsonValue(out);
}

} // namespace

QString FieldValidator::cleanText(const QString &text, bool keepNewlines)
{
    return TextCleaner::clean(text, keepNewlines);
}

std::optional<QString> FieldValidator::normalisePostcode(const QString &text)
{
    return TextCleaner::postcode(text);
}

std::optional<QString> FieldValidator::normalisePhone(const QString &text)
{
    return TextCleaner::phone(text);
}

Result<QJsonValue> FieldValidator::validate(const FieldDefinition &field, const QJsonValue &raw,
                                            const QString &lang)
{
    return validate(field, raw, lang, QDate::currentDate());
}

Result<QJsonValue> FieldValidator::validate(const FieldDefinition &field, const QJsonValue &raw,
                                            const QString &lang, const QDate &today)
{
    Result<QJsonValue> result = check(field, raw, lang, today);
    if (result.ok() || field.errors.isEmpty())
        return result;
    // The flow's own words for this question win ("Select which bin was missed").
    const QString key = result.error().code.mid(int(qstrlen("field.")));
    const auto own = field.errors.constFind(key);
    if (own == field.errors.constEnd())
        return result;
    return Result<QJsonValue>::failure(result.error().code, own->text(lang));
}

Result<QJsonValue> FieldValidator::check(const FieldDefinition &field, const QJsonValue &raw,
                                         const QString &lang, const QDate &today)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return validateText(field, raw);
    case FieldType::Number:
        return validateNumber(field, raw, lang);
    case FieldType::Date:
        return validateDate(field, raw, today);
    case FieldType::Choice:
        return validateChoice(field, raw);
    case FieldType::MultiChoice:
        return validateMultiChoice(field, raw);
    case FieldType::YesNo:
        return validateYesNo(field, raw);
    case FieldType::Email:
        return validateEmail(field, raw);
    case FieldType::Phone:
        return validatePhone(field, raw);
    case FieldType::Postcode:
        return validatePostcode(field, raw);
    case FieldType::PostcodeAddress:
        return validateAddress(field, raw);
    }
    return failure("field.wrongType", tr("Enter your answer"));
}

} // namespace ck
