// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/keyecho.h"

#include <QCoreApplication>

namespace ck {

namespace {

// The key names keep the catalogue context they were translated in (ReadAloud said them).
QString keyName(const char *name)
{
    return QCoreApplication::translate("ck::ReadAloud", name);
}

} // namespace

KeyEcho::Echo KeyEcho::of(int qtKey, const QString &text)
{
    switch (qtKey) {
    case Qt::Key_Backspace:
        return {keyName(QT_TRANSLATE_NOOP("ck::ReadAloud", "Delete")), false};
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return {keyName(QT_TRANSLATE_NOOP("ck::ReadAloud", "Enter")), false};
    case Qt::Key_Shift:
        return {keyName(QT_TRANSLATE_NOOP("ck::ReadAloud", "Shift")), false};
    case Qt::Key_Space:
        return {keyName(QT_TRANSLATE_NOOP("ck::ReadAloud", "Space")), false};
    case Qt::Key_Left:
        return {keyName(QT_TRANSLATE_NOOP("ck::ReadAloud", "Left")), false};
    case Qt::Key_Right:
        return {keyName(QT_TRANSLATE_NOOP("ck::ReadAloud", "Right")), false};
    default:
        return {text, true};
    }
}

} // namespace ck
