// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Language choice, each language named in itself ("Cymraeg", not "Welsh") so people find their
// own. `appState` is the AppState bridge; switching keeps every answer (C++ does that). A
// group of radio buttons: screen readers hear which language is the current one.
Flow {
    id: switcher
    property AppState appState
    property bool onDark: false
    property bool large: false // the welcome screen's big choice

    // The width of all buttons on one line: a parent Flow sizes the switcher with it, so the
    // buttons wrap only when the line really is too short (200 % text, portrait screens).
    readonly property real naturalWidth: {
        let w = 0
        for (let i = 0; i < buttons.count; ++i) {
            const b = buttons.itemAt(i)
            if (b)
                w += b.implicitWidth + (i > 0 ? spacing : 0)
        }
        return w
    }

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    Repeater {
        id: buttons
        model: switcher.appState ? switcher.appState.languages : []
        delegate: ChoiceItem {
            id: langButton
            required property var modelData
            readonly property bool current: switcher.appState.language === modelData.code
            readonly property font font: Qt.font({
                family: Theme.fontFamily, bold: current,
                pixelSize: switcher.large ? Theme.headingSize : Theme.bodySize })
            readonly property real horizontalPadding: switcher.large ? Theme.spacingLarge : Theme.spacing
            objectName: "language_" + modelData.code
            checked: current
            implicitHeight: Math.max(switcher.large ? Theme.buttonHeight : Theme.minTarget + 8,
                                     label.implicitHeight + 2 * Theme.spacingSmall)
            implicitWidth: Math.max(Theme.minTarget * 2, label.implicitWidth + 2 * horizontalPadding)
            text: modelData.name
            description: current ? qsTr("Current language") : qsTr("Change language")
            onClicked: switcher.appState.setLanguage(modelData.code)

            Rectangle {
                anchors.fill: parent
                color: langButton.current ? (switcher.onDark ? Theme.headerText : Theme.link) : "transparent"
                border.width: Theme.borderWidth
                border.color: switcher.onDark ? Theme.headerText : Theme.link
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: -Theme.focusRingWidth
                    color: "transparent"
                    border.width: Theme.focusRingWidth
                    border.color: Theme.focus
                    visible: langButton.activeFocus
                }
            }
            Text {
                id: label
                anchors.fill: parent
                text: langButton.text
                font: langButton.font
                color: langButton.current ? (switcher.onDark ? Theme.headerBackground : Theme.background)
                                          : (switcher.onDark ? Theme.headerText : Theme.link)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                // Each language name is shown in its own script and direction.
                textFormat: Text.PlainText
            }
        }
    }
}
