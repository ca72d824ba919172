// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/xform/xformtexts.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ck::xform {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("XFormImporter", text);
}

QString clean(const QString &text)
{
    return text.simplified();
}

// jr:itext('/data/q:label') -> /data/q:label; the itemset form jr:itext(itextId) -> "itextId"
// with `field` set.
QString itextId(const QString &ref, bool *field = nullptr)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*jr:itext\\(\\s*(?:'([^']*)'|\"([^\"]*)\"|([A-Za-z_][\\w.-]*))\\s*\\)\\s*$"));
    const QRegularExpressionMatch m = re.match(ref);
    if (!m.hasMatch())
        return {};
    if (field)
        *field = !m.captured(3).isEmpty();
    for (int i = 1; i <= 3; ++i) {
        if (!m.captured(i).isEmpty())
            return m.captured(i);
    }
    return {};
}

} // namespace

QStringList XFormTexts::kioskLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"), QStringLiteral("ar")};
}

QString XFormTexts::languageCode(const QString &name)
{
    static const QRegularExpression code(
        QStringLiteral("\\(\\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\\s*\\)"));
    const QRegularExpressionMatch m = code.match(name);
    if (m.hasMatch())
        return m.captured(1).toLower();
    const QString n = name.trimmed().toLower();
    static const QHash<QString, QString> names {
        {QStringLiteral("en"), QStringLiteral("en")},
        {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("cy"), QStringLiteral("cy")},
        {QStringLiteral("welsh"), QStringLiteral("cy")},
        {QStringLiteral("cymraeg"), QStringLiteral("cy")},
        {QStringLiteral("pl"), QStringLiteral("pl")},
        {QStringLiteral("polish"), QStringLiteral("pl")},
        {QStringLiteral("polski"), QStringLiteral("pl")},
        {QStringLiteral("ar"), QStringLiteral("ar")},
        {QStringLiteral("arabic"), QStringLiteral("ar")},
        {QStringLiteral("العربية"), QStringLiteral("ar")},
    };
    if (names.contains(n))
        return names.value(n);
    static const QRegularExpression bare(QStringLiteral("^[a-z]{2,3}$"));
    if (bare.match(n).hasMatch() && n != QLatin1String("default"))
        return n;
    return {};
}

void XFormTexts::load(const XmlElement *model, QStringList &notes)
{
    const XmlElement *itext = model ? model->child(QStringLiteral("itext")) : nullptr;
    if (!itext)
        return;
    m_hasItext = true;
    struct Translation
    {
        const XmlElement *element;
        QString name;
        QString code;
        bool isDefault;
    };
    QList<Translation> translations;
    for (const XmlElement *t : itext->childrenNamed(QStringLiteral("translation"))) {
        const QString name = t->attribute(QStringLiteral("lang"));
        const QString def = t->attribute(QStringLiteral("default")).trimmed();
        translations.append(
            {t, name, languageCode(name),
             def == QLatin1String("true()") || def == QLatin1String("true")
                 || name.trimmed().compare(QLatin1String("default"), Qt::CaseInsensitive) == 0});
    }
    const auto hasEnglish = [&translations] {
        return std::any_of(translations.cbegin(), translations.cend(),
                           [](const Translation &t) { return t.code == QLatin1String("en"); });
    };
    if (!hasEnglish()) {
        // XLSForm's "label" column without a language is "default": usually the author's own
        // language, which the kiosk needs as its English fallback text.
        Translation *standIn = nullptr;
        for (Translation &t : translations) {
            if (t.isDefault && !standIn)
                standIn = &t;
        }
        if (!standIn && translations.size() == 1)
            standIn = &translations.first();
        if (standIn) {
            notes << tr("The translation \"%1\" is used as the English text.").arg(standIn->name);
            standIn->code = QStringLiteral("en");
        }
    }
    QSet<QString> used;
    for (const Translation &t : std::as_const(translations)) {
        if (!kioskLanguages().contains(t.code)) {
            notes << tr("The translation \"%1\" is left out: the kiosk speaks English, Welsh, "
                        "Polish and Arabic.")
                         .arg(t.name);
            continue;
        }
        if (used.contains(t.code)) {
            notes << tr("The translation \"%1\" is left out: another one is already used for "
                        "\"%2\".")
                         .arg(t.name, t.code);
            continue;
        }
        used.insert(t.code);
        for (const XmlElement *text : t.element->childrenNamed(QStringLiteral("text"))) {
            Entry &entry = m_entries[text->attribute(QStringLiteral("id"))];
            QString plain;
            QString longForm;
            for (const XmlElement *value : text->childrenNamed(QStringLiteral("value"))) {
                const QString form = value->attribute(QStringLiteral("form"));
                if (!value->children().isEmpty())
                    entry.dynamic = true;
                if (form.isEmpty())
                    plain = clean(value->allText());
                else if (form == QLatin1String("long"))
                    longForm = clean(value->allText());
                else if (form != QLatin1String("short") && form != QLatin1String("guidance")
                         && !clean(value->allText()).isEmpty() && !entry.media.contains(form))
                    entry.media.append(form);
            }
            const QString chosen = plain.isEmpty() ? longForm : plain;
            if (!chosen.isEmpty())
                entry.texts.insert(t.code, chosen);
        }
    }
}

QJsonObject XFormTexts::byId(const QString &id, const QString &path,
                             QList<XFormProblem> &problems) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd()) {
        problems.append({path, QStringLiteral("xform.itext"),
                         tr("The text \"%1\" is not in the form's translations.").arg(id)});
        return {};
    }
    if (!it->media.isEmpty()) {
        problems.append({path, QStringLiteral("xform.media"),
                         tr("The label has %1 media; the kiosk shows words only.")
                             .arg(it->media.join(QStringLiteral(", ")))});
        return {};
    }
    if (it->dynamic) {
        problems.append({path, QStringLiteral("xform.output"),
                         tr("The text shows earlier answers (<output>); kiosk texts are fixed.")});
        return {};
    }
    QJsonObject out;
    for (auto t = it->texts.cbegin(); t != it->texts.cend(); ++t)
        out.insert(t.key(), t.value());
    return out;
}

QJsonObject XFormTexts::resolve(const XmlElement *element, const QString &path,
                                QList<XFormProblem> &problems) const
{
    if (!element)
        return {};
    const QString ref = element->attribute(QStringLiteral("ref"));
    if (!ref.isEmpty()) {
        const QString id = itextId(ref);
        if (id.isEmpty() || !m_hasItext) {
            problems.append({path, QStringLiteral("xform.itext"),
                             tr("The text reference \"%1\" is not a jr:itext('...') the kiosk "
                                "can look up.")
                                 .arg(ref)});
            return {};
        }
        return byId(id, path, problems);
    }
    if (!element->childrenNamed(QStringLiteral("output")).isEmpty()) {
        problems.append({path, QStringLiteral("xform.output"),
                         tr("The text shows earlier answers (<output>); kiosk texts are fixed.")});
        return {};
    }
    const QString text = clean(element->allText());
    if (text.isEmpty())
        return {};
    return QJsonObject {{QStringLiteral("en"), text}};
}

} // namespace ck::xform
