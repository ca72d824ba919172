// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// The welcome texts in Welsh and in English side by side, Welsh first (Welsh Language
// Standards: Welsh must not be treated less favourably than English). Both columns are
// translated from the catalogues directly, whatever the session language is; on a narrow
// window or at large text sizes the English column moves under the Welsh one.
GridLayout {
    id: bilingual
    property AppState appState
    readonly property var texts: [
        QT_TRANSLATE_NOOP("WelcomeScreen", "Welcome to council services"),
        QT_TRANSLATE_NOOP("WelcomeScreen", "Use this kiosk to report a problem to the council or to comment on a planning application. It takes about 5 minutes."),
        QT_TRANSLATE_NOOP("WelcomeScreen", "Nothing you type is kept on this kiosk after you finish.")
    ]
    columns: width > Theme.titleSize * 24 ? 2 : 1
    columnSpacing: Theme.spacingLarge
    rowSpacing: Theme.spacing
    LayoutMirroring.enabled: false

    Repeater {
        model: ["cy", "en"]
        ColumnLayout {
            required property string modelData
            required property int index
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1
            spacing: Theme.spacing
            Text {
                objectName: index === 0 ? "screenHeading" : "welcomeHeading_" + modelData
                Layout.fillWidth: true
                text: bilingual.appState ? bilingual.appState.translate(modelData, "WelcomeScreen", bilingual.texts[0]) : ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: bilingual.appState ? bilingual.appState.translate(modelData, "WelcomeScreen", bilingual.texts[1]) : ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.2
            }
            Text {
                Layout.fillWidth: true
                text: bilingual.appState ? bilingual.appState.translate(modelData, "WelcomeScreen", bilingual.texts[2]) : ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }
    }
}
