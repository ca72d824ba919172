// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/quick/screenreadaloud.h"

#include "a11y/quick/pagetext.h"

namespace ck {

ScreenReadAloud::ScreenReadAloud(QObject *parent)
    : ReadAloud(parent)
{ }

QString ScreenReadAloud::pageText(QQuickItem *root) const
{
    return PageText::of(root, privateListening());
}

QString ScreenReadAloud::readItems(QQuickItem *root)
{
    const QString text = pageText(root);
    return say(text) ? text : QString();
}

} // namespace ck
