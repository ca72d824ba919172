// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Drives a QML harness that holds a WebServiceScreen: runs page scripts through the view's
// runJavaScript and waits for their answers.
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>
#include <QVariant>

class WebHarness
{
public:
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

    bool load(const QString &file, const QVariantMap &properties)
    {
        // The CivicKiosk module is linked statically; its qmldir lives in the resources.
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.setInitialProperties(properties);
        engine.load(QUrl::fromLocalFile(file));
        if (engine.rootObjects().isEmpty())
            return false;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        return window != nullptr;
    }

    QObject *root() const { return window; }

    QVariant js(const QString &script, int timeoutMs = 15000)
    {
        const int before = window->property("resultCount").toInt();
        QVariant started;
        QMetaObject::invokeMethod(window, "js", Q_RETURN_ARG(QVariant, started),
                                  Q_ARG(QVariant, script));
        if (!started.toBool())
            return QVariant(QStringLiteral("<no web view>"));
        if (!QTest::qWaitFor([&] { return window->property("resultCount").toInt() > before; },
                             timeoutMs))
            return QVariant(QStringLiteral("<timeout>"));
        return window->property("lastResult");
    }

    // Polls a script until it returns `expected` (pages load asynchronously).
    bool waitFor(const QString &script, const QVariant &expected, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return js(script, 5000) == expected; }, timeoutMs);
    }

    void call(const char *method)
    {
        QVariant ignored;
        QMetaObject::invokeMethod(window, method, Q_RETURN_ARG(QVariant, ignored));
    }
};
