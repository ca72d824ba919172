// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/flowdefinition.h"

#include "domain/flows/flowparser.h"

#include <QSet>

#include <algorithm>

namespace ck {

QString FlowProblem::toString() const
{
    QString out = file;
    if (!path.isEmpty())
        out += QStringLiteral(": ") + path;
    return out + QStringLiteral(": ") + reason;
}

bool ShowIf::matches(const QJsonValue &answer) const
{
    if (answer.isArray()) {
        const QJsonArray selected = answer.toArray();
        for (const QJsonValue &v : selected) {
            if (values.contains(v))
                return true;
        }
        return false;
    }
    return !answer.isNull() && !answer.isUndefined() && values.contains(answer);
}

Result<FlowDefinition> FlowDefinition::parse(const QByteArray &json, const QString &fileName,
                                             FlowProblem *problem)
{
    FlowParser parser(fileName);
    FlowDefinition flow;
    if (parser.parse(json, flow))
        return flow;
    if (problem)
        *problem = parser.problem();
    return Result<FlowDefinition>::failure(parser.problem().code, parser.problem().toString());
}

const FlowPage *FlowDefinition::page(const QString &pageId) const
{
    const int index = pageIndex(pageId);
    return index < 0 ? nullptr : &m_pages[index];
}

int FlowDefinition::pageIndex(const QString &pageId) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].id == pageId)
            return int(i);
    }
    return -1;
}

QStringList FlowDefinition::noticeParagraphs(const QString &language) const
{
    // A flow may have both (an overlay's older text over a discovered service): the site's own
    // words follow the four, so nothing it wrote is lost.
    QStringList out = m_privacy.paragraphs(language);
    if (!m_privacyNotice.isEmpty())
        out.append(m_privacyNotice.text(language));
    return out;
}

bool FlowDefinition::asksForPersonalData() const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(),
                       [](const FlowPage &page) { return page.field.isPersonal(); });
}

QStringList FlowDefinition::completeLanguages() const
{
    QSet<QString> langs(m_title.texts().keyBegin(), m_title.texts().keyEnd());
    const auto keep = [&langs](const LocalizedText &text) {
        if (text.isEmpty())
            return; // optional text not given: nothing to translate
        QSet<QString> have(text.texts().keyBegin(), text.texts().keyEnd());
        langs.intersect(have);
    };
    keep(m_description);
    keep(m_category);
    keep(m_privacyNotice);
    for (const QString &key : PrivacyNotice::keys())
        keep(m_privacy.text(key));
    for (const FlowPage &page : m_pages) {
        keep(page.question);
        keep(page.hint);
        for (const FieldOption &option : page.field.options) {
            keep(option.label);
            keep(option.hint);
        }
        for (const LocalizedText &error : page.field.errors)
            keep(error);
    }
    QStringList out(langs.begin(), langs.end());
    out.sort();
    return out;
}

} // namespace ck
