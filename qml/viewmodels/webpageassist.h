// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace ck {

// What the kiosk does to the pages of the contained web view, for WebServiceScreen: the script
// it injects (focus ring, high contrast, a floor under text size, read-aloud answers; the
// script's own header says more), the page zoom for each text size, and which fields are
// personal. Plain QtCore: WebEngine itself stays in the web plugin.
class WebPageAssist : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // A per-view secret the script puts on its console lines, so a page cannot pass lines of
    // its own off as the kiosk's.
    Q_PROPERTY(QString token READ token CONSTANT FINAL)

public:
    explicit WebPageAssist(QObject *parent = nullptr);

    QString token() const { return m_token; }

    // The injected script, with the settings it starts from. `colours`: background, text,
    // link, focus, focusInner (CSS colours) and ringWidth (px), from Theme.
    Q_INVOKABLE QString pageScript(bool highContrast, const QVariantMap &colours) const;
    // The same settings for a page that is already open (run in the script's world).
    Q_INVOKABLE QString applyCall(bool highContrast, const QVariantMap &colours) const;
    // Page zoom for the kiosk's text scale (1.0, 1.5, 2.0).
    Q_INVOKABLE static double pageZoom(double textScale);
    // The kiosk's rule for personal answers (FieldDefinition::isPersonalType) in HTML terms:
    // what a person typed is personal; a choice from the page's own list is not.
    Q_INVOKABLE static bool isPersonalInput(const QString &inputType);
    // "kind" of a console line from this view's script ("action", "focus", "alert"); empty for
    // any other line, the page's own included.
    Q_INVOKABLE QString nudgeKind(const QString &consoleLine) const;

private:
    QString configJson(bool highContrast, const QVariantMap &colours) const;

    QString m_token;
};

} // namespace ck
