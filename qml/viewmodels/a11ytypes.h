// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Registers the kioska11y classes QML binds to in the CivicKiosk module without putting QML
// macros in a11y/ (which stays free of them), as shelltypes.h does for kiosk-shell.

#include "a11y/quick/screenreadaloud.h"

#include <QtQml/qqml.h>

// QML's ReadAloud reads whole screens too (readItems), so it is the Qt Quick subclass. QML may
// create it (a window's own read-aloud); C++ code talks to its ReadAloud base.
struct A11yReadAloudForeign
{
    Q_GADGET
    QML_FOREIGN(ck::ScreenReadAloud)
    QML_NAMED_ELEMENT(ReadAloud)
};
