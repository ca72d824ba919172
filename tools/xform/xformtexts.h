// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tools/xform/xformimporter.h"
#include "tools/xform/xmlelement.h"

#include <QHash>
#include <QJsonObject>

namespace ck::xform {

// The labels and hints of one XForm in the kiosk's languages. `<itext>` translations are named
// as XLSForm writes them ("English (en)", "Welsh (cy)", "default") or by plain language names;
// the kiosk shows en, cy, pl and ar. Other languages are left out with a note. When no
// translation is English, the default one (or the only one) stands in for it, with a note.
class XFormTexts
{
public:
    static QStringList kioskLanguages();
    // "English (en)" -> "en", "Cymraeg" -> "cy", "French (fr)" -> "fr", "default" -> "".
    static QString languageCode(const QString &name);

    void load(const XmlElement *model, QStringList &notes);

    // The text of a <label> or <hint> element: {"en": ..., "cy": ...}; empty when the element
    // is missing or says nothing. Media, dynamic text (<output>) and unknown itext ids are
    // problems at `path`.
    QJsonObject resolve(const XmlElement *element, const QString &path,
                        QList<XFormProblem> &problems) const;
    // An itext id named by an itemset item (label ref="jr:itext(itextId)").
    QJsonObject byId(const QString &id, const QString &path, QList<XFormProblem> &problems) const;

private:
    struct Entry
    {
        QHash<QString, QString> texts; // kiosk language -> text
        QStringList media; // forms such as "image", "audio"
        bool dynamic = false; // holds <output>
    };
    QHash<QString, Entry> m_entries; // itext id -> texts
    bool m_hasItext = false;
};

} // namespace ck::xform
