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

} // namespace ck
