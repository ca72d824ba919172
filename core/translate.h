// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace ck {

// Looks `text` up under each context in turn and returns the first translation found.
// Why: files with a file-local `tr()` helper pass one context at run time, but lupdate files each
// call by where it stands — "ck::FieldValidator" inside the class, "ck" in a free function — so
// one context alone misses part of the catalogue (seen: Welsh errors shown in English).
inline QString translateIn(std::initializer_list<const char *> contexts, const char *text)
{
    const QString source = QString::fromUtf8(text);
    for (const char *context : contexts) {
        QString translated = QCoreApplication::translate(context, text);
        if (translated != source)
            return translated;
    }
    return source;
}

// The same for a count: `text` carries %n and each catalogue picks the plural form for `n`
// (Welsh has five forms in Qt, Polish three, Arabic six). Untranslated, Qt fills %n into the
// source itself, so that is what "not found in this context" looks like. With no catalogue at
// all (civic-kioskctl, unit tests) the English source is still made to read right: "(s)" is
// dropped for one and becomes "s" otherwise, as the English catalogue does.
inline QString translateIn(std::initializer_list<const char *> contexts, const char *text, int n)
{
    const QString untranslated =
        QString::fromUtf8(text).replace(QLatin1String("%n"), QString::number(n));
    for (const char *context : contexts) {
        QString translated = QCoreApplication::translate(context, text, nullptr, n);
        if (translated != untranslated)
            return translated;
    }
    QString english = untranslated;
    return english.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace ck
