// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "app/composition/qmlselftest.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>

#include <memory>

namespace ck {

namespace {

// Main.qml hands some objects to its screens under shorter names.
const QHash<QString, QString> &screenAliases()
{
    static const QHash<QString, QString> aliases {
        {QStringLiteral("status"), QStringLiteral("adminStatus")},
        {QStringLiteral("gate"), QStringLiteral("adminGate")},
        {QStringLiteral("speech"), QStringLiteral("readAloud")},
        {QStringLiteral("watcher"), QStringLiteral("idleWatcher")},
    };
    return aliases;
}

// The objects a screen declares a property for, by its name or Main.qml's alias for it.
QVariantMap propertiesFor(const QObject *object, const QVariantMap &objects)
{
    QVariantMap out;
    const QMetaObject *meta = object->metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QString name = QString::fromLatin1(meta->property(i).name());
        const QString source = screenAliases().value(name, name);
        if (objects.contains(source))
            out.insert(name, objects.value(source));
    }
    return out;
}

} // namespace

QStringList QmlSelfTest::moduleFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/CivicKiosk"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QStringLiteral("qrc") + it.next());
    files.sort();
    return files;
}

QmlSelfTest::Outcome QmlSelfTest::run(QQmlEngine *engine, const QVariantMap &objects,
                                      QQuickItem *parent)
{
    Outcome outcome;
    if (!engine) {
        outcome.problems.append(QStringLiteral("no QML engine"));
        return outcome;
    }
    QStringList warnings;
    const auto connection = QObject::connect(engine, &QQmlEngine::warnings, engine,
                                             [&warnings](const QList<QQmlError> &list) {
                                                 for (const QQmlError &w : list)
                                                     warnings.append(w.toString());
                                             });
    const QStringList files = moduleFiles();
    if (files.isEmpty())
        outcome.problems.append(QStringLiteral("no QML file under qrc:/CivicKiosk"));
    for (const QString &file : files) {
        const QUrl url(file);
        QQmlComponent component(engine, url, QQmlComponent::PreferSynchronous);
        if (component.isLoading()) {
            outcome.problems.append(file + QStringLiteral(": still loading"));
            continue;
        }
        if (component.isError()) {
            for (const QQmlError &e : component.errors())
                outcome.problems.append(e.toString());
            continue;
        }
        QString how = QStringLiteral("compiled");
        // Screens are whole pages with everything they need pushed in: build each one.
        // Components need their field or model from a screen, so compiling is their check.
        // The online-service screen would start Chromium, which needs the GL context only a
        // real display gives (tst_e2e_webservice builds it there).
        if (file.endsWith(QLatin1String("/WebServiceScreen.qml"))) {
            how += QStringLiteral("; not instantiated: it starts Qt WebEngine");
        } else if (file.contains(QLatin1String("/screens/"))) {
            std::unique_ptr<QObject> object(component.beginCreate(engine->rootContext()));
            if (!object) {
                for (const QQmlError &e : component.errors())
                    outcome.problems.append(e.toString());
                continue;
            }
            component.setInitialProperties(object.get(), propertiesFor(object.get(), objects));
            if (auto *item = qobject_cast<QQuickItem *>(object.get()); item && parent)
                item->setParentItem(parent);
            component.completeCreate();
            if (component.isError()) {
                for (const QQmlError &e : component.errors())
                    outcome.problems.append(e.toString());
                continue;
            }
            QCoreApplication::processEvents();
            how += QStringLiteral(", instantiated");
        }
        outcome.checked.append(QStringLiteral("ok %1 (%2)").arg(file, how));
    }
    QCoreApplication::processEvents();
    QObject::disconnect(connection);
    outcome.problems.append(warnings);
    return outcome;
}

} // namespace ck
