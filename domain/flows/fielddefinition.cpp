// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/fielddefinition.h"

#include <array>
#include <utility>

namespace ck {

namespace {
constexpr std::array<std::pair<FieldType, const char *>, 11> kNames {{
    {FieldType::Text, "text"},
    {FieldType::LongText, "longtext"},
    {FieldType::Number, "number"},
    {FieldType::Date, "date"},
    {FieldType::Choice, "choice"},
    {FieldType::MultiChoice, "multichoice"},
    {FieldType::YesNo, "yesno"},
    {FieldType::Email, "email"},
    {FieldType::Phone, "phone"},
    {FieldType::Postcode, "postcode"},
    {FieldType::PostcodeAddress, "postcode-address"},
}};
} // namespace

QString fieldTypeName(FieldType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (const auto &[t, n] : kNames) {
        if (name == QLatin1String(n))
            return t;
    }
    return std::nullopt;
}

QStringList open311Keys()
{
    return {QStringLiteral("description"), QStringLiteral("address_string"),
            QStringLiteral("first_name"),  QStringLiteral("last_name"),
            QStringLiteral("email"),       QStringLiteral("phone"),
            QStringLiteral("lat"),         QStringLiteral("long")};
}

int FieldDefinition::defaultMaxLength(FieldType type)
{
    switch (type) {
    case FieldType::LongText:
        return 5000; // long enough for a planning comment, short enough for an Open311 CRM
    case FieldType::Email:
        return 254; // RFC 5321 path limit
    case FieldType::Phone:
        return 30;
    case FieldType::Postcode:
        return 16;
    default:
        return 500;
    }
}

const FieldOption *FieldDefinition::option(const QString &value) const
{
    for (const FieldOption &o : options) {
        if (o.value == value)
            return &o;
    }
    return nullptr;
}

QStringList FieldDefinition::errorKeys(FieldType type)
{
    QStringList keys {QStringLiteral("required")};
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
        keys << QStringLiteral("tooLong") << QStringLiteral("tooShort");
        break;
    case FieldType::Number:
        keys << QStringLiteral("number") << QStringLiteral("numberSeparator")
             << QStringLiteral("wholeNumber") << QStringLiteral("numberMin")
             << QStringLiteral("numberMax");
        break;
    case FieldType::Date:
        keys << QStringLiteral("date") << QStringLiteral("datePast")
             << QStringLiteral("dateFuture");
        break;
    case FieldType::Choice:
    case FieldType::MultiChoice:
        keys << QStringLiteral("choice");
        break;
    case FieldType::YesNo:
        break;
    case FieldType::Email:
        keys << QStringLiteral("email") << QStringLiteral("tooLong");
        break;
    case FieldType::Phone:
        keys << QStringLiteral("phone");
        break;
    case FieldType::Postcode:
        keys << QStringLiteral("postcode");
        break;
    case FieldType::PostcodeAddress:
        keys << QStringLiteral("postcode") << QStringLiteral("addressLine")
             << QStringLiteral("tooLong");
        break;
    }
    return keys;
}

bool FieldDefinition::isPersonalType(FieldType type)
{
    return type != FieldType::Choice && type != FieldType::MultiChoice && type != FieldType::YesNo;
}

} // namespace ck
