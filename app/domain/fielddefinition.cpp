#include "fielddefinition.h"

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

} // namespace ck
