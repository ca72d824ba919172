// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/quick/pagetext.h"

#include "a11y/sentences.h"

#include <QQuickItem>
#include <QStringList>

namespace ck {

namespace {

void collectText(QQuickItem *item, bool privateListening, QStringList &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    if (!privateListening && item->property("personal").toBool())
        return;
    // Typed answers are personal by default: a text box's content never reaches the room.
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return;
    if (item->inherits("QQuickText")) {
        const QString text = item->property("text").toString().trimmed();
        if (!text.isEmpty() && (out.isEmpty() || out.constLast() != text))
            out.append(text);
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectText(child, privateListening, out);
}

} // namespace

QString PageText::of(QQuickItem *root, bool privateListening)
{
    QStringList parts;
    if (root)
        collectText(root, privateListening, parts);
    QString text;
    for (const QString &part : parts)
        appendSentence(text, part);
    return text;
}

} // namespace ck
