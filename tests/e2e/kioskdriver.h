// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>
#include <QTest>

// Drives the real kiosk window the way a person does: finds items by objectName, brings them
// into view, clicks with the mouse or types with the keyboard, and saves screenshots under
// <build>/screenshots/<folder>/. Shared by the end-to-end tests.
class KioskDriver
{
public:
    KioskDriver(QQuickWindow *window, QString screenshotFolder)
        : m_window(window)
        , m_folder(std::move(screenshotFolder))
    {
        QDir().mkpath(m_folder);
    }

    static QString screenshotRoot()
    {
        const QString build =
            qEnvironmentVariable("CK_BUILD_DIR", QStringLiteral(CK_BIN_DIR "/.."));
        return QDir(build).filePath(QStringLiteral("screenshots"));
    }

    QQuickItem *find(const QString &name, QQuickItem *root = nullptr) const
    {
        QList<QQuickItem *> queue {root ? root : m_window->contentItem()};
        while (!queue.isEmpty()) {
            QQuickItem *item = queue.takeFirst();
            if (item->objectName() == name && item->isVisible())
                return item;
            queue.append(item->childItems());
        }
        return nullptr;
    }

    // The current screen (the Loader's item), whose ensureVisible() scrolls an item into view.
    QQuickItem *screen() const
    {
        QQuickItem *loader = find(QStringLiteral("screenLoader"));
        return loader ? loader->property("item").value<QQuickItem *>() : nullptr;
    }

    void bringIntoView(QQuickItem *item) const
    {
        if (QQuickItem *s = screen())
            QMetaObject::invokeMethod(s, "ensureVisible",
                                      Q_ARG(QVariant, QVariant::fromValue(item)));
        QTest::qWait(30);
    }

    bool click(const QString &name) const
    {
        QQuickItem *item = find(name);
        if (!item)
            return false;
        bringIntoView(item);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(30);
        return true;
    }

    void type(const QString &text) const
    {
        // QTest::keyClicks() takes only widgets in Qt 6.4: one key event per character.
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
        QTest::qWait(10);
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::keyClick(m_window, key, modifiers);
        QTest::qWait(10);
    }

    QQuickItem *focused() const { return m_window->activeFocusItem(); }

    QString shoot(const QString &name) const
    {
        QTest::qWait(50); // let the scene settle (fonts, layout) before the grab
        const QImage image = m_window->grabWindow();
        const QString file = QDir(m_folder).filePath(name + QStringLiteral(".png"));
        image.save(file);
        return file;
    }

private:
    QQuickWindow *m_window;
    QString m_folder;
};
