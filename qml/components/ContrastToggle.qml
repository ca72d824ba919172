// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import CivicKiosk

// Switches the whole kiosk between the standard palette and high contrast (every text >= 7:1).
// The label says the current state in words, not only by colour; screen readers hear a tick
// box, checked when high contrast is on.
ChoiceItem {
    id: control
    property bool onDark: true
    readonly property font font: Qt.font({ family: Theme.fontFamily, pixelSize: Theme.bodySize })

    objectName: "contrastToggle"
    exclusive: false
    checked: Theme.highContrast
    implicitWidth: Math.max(Theme.minTarget * 2, label.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Math.max(Theme.minTarget + 8, label.implicitHeight + 12)

    text: qsTr("High contrast")
    description: qsTr("Yellow and white writing on black")
    onClicked: Theme.highContrast = !Theme.highContrast

    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.width: Theme.borderWidth
        border.color: control.onDark ? Theme.headerText : Theme.link
        FocusRing { target: parent; showing: control.activeFocus }
    }
    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        text: "\u25D0 " + (Theme.highContrast ? qsTr("High contrast: on") : qsTr("High contrast: off"))
        font: control.font
        color: control.onDark ? Theme.headerText : Theme.link
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
