// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/privacynotice.h"

namespace ck {

namespace {

QJsonObject texts(const char *en, const char *cy, const char *pl, const char *ar)
{
    return QJsonObject {{QStringLiteral("en"), QString::fromUtf8(en)},
                        {QStringLiteral("cy"), QString::fromUtf8(cy)},
                        {QStringLiteral("pl"), QString::fromUtf8(pl)},
                        {QStringLiteral("ar"), QString::fromUtf8(ar)}};
}

} // namespace

QStringList PrivacyNotice::keys()
{
    return {QStringLiteral("controller"), QStringLiteral("purpose"), QStringLiteral("retention"),
            QStringLiteral("published")};
}

const LocalizedText &PrivacyNotice::text(const QString &key) const
{
    if (key == QLatin1String("purpose"))
        return purpose;
    if (key == QLatin1String("retention"))
        return retention;
    if (key == QLatin1String("published"))
        return published;
    return controller;
}

QStringList PrivacyNotice::paragraphs(const QString &language) const
{
    QStringList out;
    for (const QString &key : keys()) {
        const QString t = text(key).text(language);
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QJsonObject PrivacyNotice::councilDefault(const QString &serviceName)
{
    // The service's name is the council's own (usually English only): it is quoted, not
    // translated, so the citizen can ask staff about it by that name. In Arabic it sits in a
    // first-strong isolate, so a Latin name with spaces keeps its own order.
    QJsonObject controller = texts("The council receives your answers, through its service “%1”.",
                                   "Y cyngor sy'n cael eich atebion, drwy ei wasanaeth “%1”.",
                                   "Twoje odpowiedzi otrzymuje urząd przez swoją usługę „%1”.",
                                   "يتلقى المجلس إجاباتك عبر خدمته «\u2068%1\u2069».");
    for (auto it = controller.begin(); it != controller.end(); ++it)
        it.value() = it.value().toString().arg(serviceName.simplified());
    return QJsonObject {
        {QStringLiteral("controller"), controller},
        {QStringLiteral("purpose"),
         texts("The council uses them to deal with this form, and to contact you about it if "
               "you give your details.",
               "Mae'r cyngor yn eu defnyddio i ddelio â'r ffurflen hon, ac i gysylltu â "
               "chi amdani os ydych yn rhoi eich manylion.",
               "Urząd używa ich, aby zająć się tym formularzem i "
               "skontaktować się z tobą w tej sprawie, jeśli podasz swoje "
               "dane.",
               "يستخدمها المجلس لمعالجة هذا النموذج، وللتواصل معك بشأنه إذا أعطيت بياناتك.")},
        {QStringLiteral("retention"),
         texts("The council keeps them for as long as its own privacy notice says. Ask staff for "
               "a copy of it.",
               "Mae'r cyngor yn eu cadw cyhyd ag y mae ei hysbysiad preifatrwydd ei hun yn ei "
               "ddweud. Gofynnwch i'r staff am gopi ohono.",
               "Urząd przechowuje je tak długo, jak mówi jego własna "
               "informacja o prywatności. Poproś pracownika o jej kopię.",
               "يحتفظ بها المجلس المدة التي يذكرها إشعار الخصوصية الخاص به. اطلب نسخة منه من فريق "
               "العمل.")},
        {QStringLiteral("published"),
         texts("This kiosk publishes nothing. Ask staff whether the council publishes anything "
               "from forms like this one.",
               "Does dim byd yn cael ei gyhoeddi gan y ciosg hwn. Gofynnwch i'r staff a yw'r "
               "cyngor yn cyhoeddi unrhyw beth o ffurflenni fel hon.",
               "Ten kiosk niczego nie publikuje. Zapytaj pracownika, czy urząd publikuje "
               "coś z takich formularzy.",
               "هذا الكشك لا ينشر شيئًا. اسأل فريق العمل إن كان المجلس ينشر شيئًا من نماذج كهذا.")}};
}

} // namespace ck
