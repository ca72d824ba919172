// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVariantMap>

class QQmlEngine;
class QQuickItem;

namespace ck {

// `civic-kiosk --self-test`: every QML file of the CivicKiosk module compiles in the kiosk's own
// engine with no error or warning, and every screen instantiates with the objects the composition
// pushed into Main.qml. A QML mistake in a screen nobody opened in a test (or that only a
// helper, the admin or an online service reaches) fails CI rather than a citizen's session.
class QmlSelfTest
{
public:
    struct Outcome
    {
        QStringList checked; // one line per file: "ok <file> (compiled[, instantiated])"
        QStringList problems; // the engine's errors and warnings, each naming its file
        bool passed() const { return problems.isEmpty() && !checked.isEmpty(); }
    };

    // `objects`: what Main.qml received (KioskComposition::initialProperties()); `parent`: the
    // item screens are put under while they exist (the window's content item), or null.
    static Outcome run(QQmlEngine *engine, const QVariantMap &objects, QQuickItem *parent);
    // The module's QML files as the engine loads them (qrc:/CivicKiosk/...), sorted.
    static QStringList moduleFiles();
};

} // namespace ck
