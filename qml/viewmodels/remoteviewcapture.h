// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>

class QQuickItem;
class QQuickWindow;

namespace ck {

// Renders the kiosk window for a remote view with everything of the person at the screen
// hidden: the hidden items are made fully transparent, the window is rendered (grabWindow
// renders the scene anew, so the raw pixels of those items are never drawn into the image),
// the items get their opacity back, and grey boxes are then drawn where they were. Hidden:
//   text-input  every text field and text box (what was typed; masked ones too)
//   web-view    every web view (a web page may hold anything)
//   personal    any item marked `property bool personal: true` (Check your answers)
//   answer      any item marked `property bool showsAnswer: true` (answer components, the
//               on-screen keyboard's word suggestions, references, ratings), and any text
//               that contains one of the session's answers (`answers`), as a last net
// Covering chosen options only would show which one was chosen, so an answer component is
// hidden as a whole.
class RemoteViewCapture
{
public:
    struct Hidden
    {
        QString reason; // text-input, web-view, personal, answer
        QRectF rect; // in window coordinates (logical pixels)
    };
    struct Image
    {
        QImage image; // the window, then a caption band below it
        QList<Hidden> hidden;
    };

    // `whileHidden` runs after the items are made transparent and before the window is
    // rendered (tests look at what a person or screen reader could still read then).
    static Result<Image> capture(QQuickWindow *window, const QStringList &answers,
                                 const QString &caption,
                                 const std::function<void()> &whileHidden = {});

    // What capture() would hide, without rendering anything.
    static QList<QPair<QQuickItem *, QString>> itemsToHide(QQuickWindow *window,
                                                           const QStringList &answers);
};

} // namespace ck
