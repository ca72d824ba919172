// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// "Are you still there?" (WCAG 2.2.1 Timing Adjustable): shown by IdleWatcher before a quiet
// session is wiped. Modal, large, announced by moving focus to it (no Accessible.announce()
// before Qt 6.8) and read aloud through `speech` when read-aloud is on. One touch anywhere, or
// "I need more time", starts the idle period again.
FocusScope {
    id: warning
    objectName: "idleWarning"

    required property IdleWatcher watcher
    property var speech: null // ReadAloud (a11y) when present

    visible: watcher !== null && watcher.warning
    z: 1000

    readonly property string message: qsTr("Are you still there? Your answers will be cleared in %n second(s) to keep them private.", "", watcher ? watcher.secondsLeft : 0)

    function announce() {
        moreTime.forceActiveFocus()
        // Spoken when this person has been listening (read-aloud used in the session).
        if (speech && speech.inUse)
            speech.say(qsTr("Are you still there? Your answers will be cleared soon. Touch the screen or choose ‘I need more time’."))
    }
    onVisibleChanged: if (visible) announce()
    // Main.qml makes the warning only when it is due, so it is visible from the start.
    Component.onCompleted: if (visible) announce()

    // Swallows touches meant for the screen underneath: the first touch only says "I'm here".
    MouseArea {
        anchors.fill: parent
        onPressed: warning.watcher.moreTime()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.headerBackground
        opacity: 0.85
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.maxContentWidth)
        implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
        color: Theme.background
        border.width: Theme.fieldBorderWidth * 2
        border.color: Theme.focus

        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacingLarge

            Text {
                objectName: "idleTitle"
                Layout.fillWidth: true
                text: qsTr("Are you still there?")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "idleMessage"
                Layout.fillWidth: true
                text: qsTr("Your answers will be cleared in %n second(s) to keep them private.", "", warning.watcher ? warning.watcher.secondsLeft : 0)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            KioskButton {
                id: moreTime
                objectName: "moreTime"
                Layout.fillWidth: true
                text: qsTr("I need more time")
                description: warning.message
                onClicked: warning.watcher.moreTime()
            }
        }
    }
}
