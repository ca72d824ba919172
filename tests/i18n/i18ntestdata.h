// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the i18n tests read: the .ts catalogues as translators leave them, the texts of the
// service files (packaging/services), and the glossary (translations/glossary.json).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace i18ntest {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false;
    QStringList translations; // one per plural form, or one
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const { return context + QStringLiteral(": \"") + source + u'"'; }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

inline Catalogue parseCatalogue(const QString &path)
{
    Catalogue cat;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cat.error = QStringLiteral("cannot open %1").arg(path);
        return cat;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                cat.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = Message {};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source" && inMessage) {
                current.source = xml.readElementText();
            } else if (name == u"comment" && inMessage) {
                current.comment = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == u"unfinished";
                current.obsolete = type == u"obsolete" || type == u"vanished";
                if (!current.numerus)
                    current.translations.append(
                        xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == u"numerusform" && inMessage) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            cat.messages.append(current);
        }
    }
    if (xml.hasError())
        cat.error =
            QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return cat;
}

inline QString tsPath(const QString &lang)
{
    return QStringLiteral(CK_SOURCE_DIR "/translations/civickiosk_%1.ts").arg(lang);
}

inline const QStringList &kioskLanguages()
{
    static const QStringList langs {QStringLiteral("en"), QStringLiteral("cy"),
                                    QStringLiteral("pl"), QStringLiteral("ar")};
    return langs;
}

// One translated text of a service file: {"en": ..., "cy": ..., ...} at a JSON path.
struct ServiceText
{
    QString file;
    QString path;
    QJsonObject texts;
    QString where() const { return file + QStringLiteral(": ") + path; }
};

inline void collectTexts(const QJsonValue &v, const QString &file, const QString &path,
                         QList<ServiceText> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("en")).isString()) {
            out.append({file, path, o});
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            collectTexts(it.value(), file, path + u'.' + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectTexts(a.at(i), file, path + QStringLiteral("[%1]").arg(i), out);
    }
}

// Every translated text of every service file the kiosk ships, and the test flows.
inline QList<ServiceText> serviceTexts()
{
    QList<ServiceText> out;
    const QDir dir(QStringLiteral(CK_SOURCE_DIR "/packaging/services"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            collectTexts(QJsonDocument::fromJson(f.readAll()).object(), name, QString(), out);
    }
    return out;
}

inline QJsonObject glossary()
{
    QFile f(QStringLiteral(CK_SOURCE_DIR "/translations/glossary.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QRegularExpression regex(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// Qt 6.4's plural rules (qttools numerus rules as lrelease writes them into the .qm): which
// numerus form a count takes. tst_plurals checks this table against the compiled catalogues.
inline int pluralForm(const QString &lang, int n)
{
    if (lang == u"pl") {
        if (n == 1)
            return 0;
        const int tens = n % 100;
        return (n % 10 >= 2 && n % 10 <= 4 && (tens < 10 || tens >= 20)) ? 1 : 2;
    }
    if (lang == u"ar") {
        if (n <= 2)
            return n;
        const int h = n % 100;
        if (h >= 3 && h <= 10)
            return 3;
        return h >= 11 ? 4 : 5;
    }
    if (lang == u"cy") {
        if (n <= 1)
            return n;
        if (n <= 5)
            return 2;
        return n == 6 ? 3 : 4;
    }
    return n == 1 ? 0 : 1;
}

inline int pluralFormCount(const QString &lang)
{
    if (lang == u"pl")
        return 3;
    if (lang == u"ar")
        return 6;
    if (lang == u"cy")
        return 5;
    return 2;
}

} // namespace i18ntest
