// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import CivicKiosk

// Three text sizes (100 %, 150 %, 200 %): a group of radio buttons, each with a name a screen
// reader can say and the current one checked. The "A" glyphs keep a fixed size so the control
// stays where people found it when the rest of the screen grows.
Row {
    id: control
    property bool onDark: true

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Text size")

    function focusCurrent() {
        for (let i = 0; i < sizes.count; ++i) {
            const b = sizes.itemAt(i)
            // Not b.current: called while the text size changes, before every binding caught up.
            if (b && Math.abs(Theme.textScale - b.modelData) < 0.01)
                b.forceActiveFocus(Qt.OtherFocusReason)
        }
    }

    Repeater {
        id: sizes
        model: Theme.textScales
        delegate: ChoiceItem {
            id: sizeButton
            required property var modelData
            required property int index
            readonly property bool current: Math.abs(Theme.textScale - modelData) < 0.01
            readonly property var names: [qsTr("Standard text size"), qsTr("Large text"),
                                          qsTr("Largest text")]
            readonly property font font: Qt.font({ family: Theme.fontFamily, bold: true,
                                                   pixelSize: 24 + 8 * index })

            objectName: "textSize_" + Math.round(modelData * 100)
            checked: current
            implicitWidth: Math.max(Theme.minTarget + 12, glyph.implicitWidth + 16)
            implicitHeight: Math.max(Theme.minTarget + 8, glyph.implicitHeight + 12)

            text: names[index] ?? qsTr("Text size %1%").arg(Math.round(modelData * 100))
            description: qsTr("Makes all the writing on the screen bigger or smaller")
            onClicked: Theme.textScale = modelData

            Rectangle {
                anchors.fill: parent
                color: sizeButton.current ? (control.onDark ? Theme.headerText : Theme.link)
                                          : "transparent"
                border.width: Theme.borderWidth
                border.color: control.onDark ? Theme.headerText : Theme.link
                FocusRing { target: parent; showing: sizeButton.activeFocus }
            }
            Text {
                id: glyph
                anchors.fill: parent
                text: qsTr("A", "text size button glyph")
                font: sizeButton.font
                color: sizeButton.current
                       ? (control.onDark ? Theme.headerBackground : Theme.background)
                       : (control.onDark ? Theme.headerText : Theme.link)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
