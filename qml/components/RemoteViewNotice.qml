// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Tells the person at the screen that support staff were sent a picture of it (RemoteView),
// for a few seconds after every remote view, in a session or not. Not modal: it does not take
// focus from what the person is doing; it is read aloud when they have been listening.
Rectangle {
    id: notice
    objectName: "remoteViewNotice"

    required property RemoteView remoteView
    property var speech: null // ReadAloud (a11y) when present

    readonly property string message: remoteView && remoteView.noticeDuringSession
        ? qsTr("A picture of this screen was sent to support staff. Your answers and personal details were hidden in it.")
        : qsTr("A picture of this screen was sent to support staff.")

    Component.onCompleted: if (speech && speech.inUse) speech.say(message)

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.headerBackground

    RowLayout {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        Text {
            objectName: "remoteViewNoticeText"
            Layout.fillWidth: true
            text: notice.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.headerText
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        KioskButton {
            objectName: "remoteViewNoticeClose"
            kind: "secondary"
            text: qsTr("Close")
            description: notice.message
            onClicked: notice.remoteView.dismissNotice()
        }
    }
}
