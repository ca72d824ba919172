// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import CivicKiosk

// The shell's overlays as Main.qml shows them: a session screen underneath, the idle warning
// on top; the PIN pad and the admin screen swapped in by the admin gate.
Window {
    id: root
    width: 1280
    height: 1024
    visible: true
    color: Theme.background

    required property IdleWatcher watcher
    required property AdminGate gate
    required property AdminStatus status
    property bool showPin: false

    Text {
        objectName: "sessionScreen"
        anchors.centerIn: parent
        text: "A question page"
        font.pixelSize: Theme.headingSize
        color: Theme.text
    }

    Loader {
        anchors.fill: parent
        active: root.showPin || root.gate.open
        sourceComponent: root.gate.open ? adminComponent : pinComponent
    }
    Component {
        id: pinComponent
        PinPadScreen { gate: root.gate; onCancelled: root.showPin = false }
    }
    Component {
        id: adminComponent
        AdminScreen { status: root.status; gate: root.gate }
    }

    IdleWarning {
        anchors.fill: parent
        watcher: root.watcher
    }
}
