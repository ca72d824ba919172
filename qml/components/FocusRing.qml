// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import CivicKiosk

// The kiosk's focus indicator: a Theme.focus band (3 px or more) with a dark inner line, drawn
// just outside `target`. Two colours so that at least one of them reaches 3:1 against whatever
// surrounds the control (WCAG 2.4.11 / 1.4.11), in both palettes.
Rectangle {
    id: ring
    property Item target: parent
    property bool showing: target ? target.activeFocus : false

    anchors.fill: target
    anchors.margins: -Theme.focusRingWidth
    z: 100
    visible: showing
    color: "transparent"
    border.width: Theme.focusRingWidth
    border.color: Theme.focus
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusRingWidth
        color: "transparent"
        border.width: Theme.focusRingWidth
        border.color: Theme.focusInner
        Accessible.ignored: true
    }
}
