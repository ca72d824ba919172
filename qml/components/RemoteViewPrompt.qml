// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Support staff ask to see the screen during a session (fleet command "request-screenshot",
// RemoteView). Nothing is captured unless the person at the screen chooses "Yes"; "No", or no
// answer before the time runs out, sends nothing. Modal and announced like the idle warning:
// focus moves to it, and it is read aloud when this person has been listening.
FocusScope {
    id: prompt
    objectName: "remoteViewPrompt"

    required property RemoteView remoteView
    property var speech: null // ReadAloud (a11y) when present

    readonly property string message: qsTr("Support staff want to see a picture of this screen to help with a problem. Your answers and personal details will be hidden in the picture. Nothing is sent unless you choose yes.")

    function announce() {
        noButton.forceActiveFocus()
        if (speech && speech.inUse)
            speech.say(qsTr("Support staff want to see a picture of this screen.") + " " + message)
    }
    Component.onCompleted: announce()

    // Swallows touches meant for the screen underneath.
    MouseArea {
        anchors.fill: parent
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
                objectName: "remoteViewTitle"
                Layout.fillWidth: true
                text: qsTr("Support staff want to see a picture of this screen.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "remoteViewMessage"
                Layout.fillWidth: true
                text: prompt.message
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Text {
                objectName: "remoteViewTime"
                Layout.fillWidth: true
                text: qsTr("If you do not answer within %n second(s), nothing is sent.", "", prompt.remoteView ? prompt.remoteView.secondsLeft : 0)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
            KioskButton {
                id: yesButton
                objectName: "remoteViewYes"
                Layout.fillWidth: true
                text: qsTr("Yes, send the picture")
                description: prompt.message
                onClicked: prompt.remoteView.accept()
            }
            KioskButton {
                id: noButton
                objectName: "remoteViewNo"
                Layout.fillWidth: true
                kind: "secondary"
                text: qsTr("No, do not send it")
                description: prompt.message
                onClicked: prompt.remoteView.decline()
            }
        }
    }
}
