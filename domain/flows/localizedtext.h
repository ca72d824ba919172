// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ck {

// A text written in several languages inside a flow file, e.g. {"en": "...", "cy": "..."}.
// Flow texts are translated in the flow files themselves (not in Qt .ts files) so a council can
// add a service without rebuilding the kiosk.
class LocalizedText
{
public:
    // Every flow text must exist in this language; it is the fallback for any other.
    static QString defaultLanguage() { return QStringLiteral("en"); }

    LocalizedText() = default;
    explicit LocalizedText(QHash<QString, QString> texts)
        : m_texts(std::move(texts))
    { }

    // The text in `lang`, else in the default language, else empty.
    QString text(const QString &lang) const;
    bool has(const QString &lang) const { return m_texts.contains(lang); }
    QStringList languages() const; // sorted
    bool isEmpty() const { return m_texts.isEmpty(); }
    const QHash<QString, QString> &texts() const { return m_texts; }

    bool operator==(const LocalizedText &other) const = default;

private:
    QHash<QString, QString> m_texts;
};

} // namespace ck
