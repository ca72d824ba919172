// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// "How was this?" after the confirmation. Anonymous: five faces and an optional comment; the
// comment box asks for no names or contact details (and C++ removes e-mail addresses, phone
// numbers, postcodes and references anyway). Finish clears the screen for the next person.
ScreenScaffold {
    id: screen
    property FeedbackController feedback

    serviceName: qsTr("How was this?")
    secondaryText: feedback.sent ? "" : qsTr("Skip")
    primaryText: feedback.sent ? qsTr("Finish") : qsTr("Send")
    primaryEnabled: feedback.sent || faces.value > 0
    primaryDescription: feedback.sent ? qsTr("Clear this screen for the next person")
                                      : qsTr("Send your answer to the council without your name")
    onSecondaryClicked: feedback.finish()
    onPrimaryClicked: {
        if (feedback.sent) {
            feedback.finish()
        } else if (feedback.send(faces.value, comment.text)) {
            comment.text = ""
            thanks.forceActiveFocus()
        }
    }

    Text {
        objectName: "screenHeading"
        Layout.fillWidth: true
        text: qsTr("How was using this kiosk?")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.focusable: true
    }
    Text {
        Layout.fillWidth: true
        visible: !screen.feedback.sent
        text: qsTr("Choose one face. You do not have to answer.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    FaceRating {
        id: faces
        // The face the person chose: hidden in a remote view (RemoteViewCapture).
        readonly property bool showsAnswer: true
        Layout.fillWidth: true
        visible: !screen.feedback.sent
        labels: screen.feedback.labels
    }
    Text {
        Layout.fillWidth: true
        visible: !screen.feedback.sent
        text: qsTr("Anything else you want to tell us? (optional)")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.labelSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        visible: !screen.feedback.sent
        text: qsTr("Do not write your name, address or phone number.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }
    TextArea {
        id: comment
        objectName: "feedbackComment"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Theme.fieldHeight * 2, implicitHeight)
        visible: !screen.feedback.sent
        activeFocusOnTab: true
        wrapMode: TextEdit.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        padding: Theme.spacing
        inputMethodHints: Qt.ImhNoPredictiveText
        onTextChanged: {
            if (length > screen.feedback.maxCommentLength)
                remove(screen.feedback.maxCommentLength, length)
        }
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Anything else you want to tell us? (optional)")
        Accessible.description: qsTr("Do not write your name, address or phone number.")
        background: Rectangle {
            color: Theme.inputBackground
            border.width: Theme.fieldBorderWidth
            border.color: Theme.inputBorder
            Rectangle {
                anchors.fill: parent
                anchors.margins: -Theme.focusRingWidth - Theme.fieldBorderWidth
                color: "transparent"
                border.width: Theme.focusRingWidth
                border.color: Theme.focus
                visible: comment.activeFocus
            }
        }
    }
    Text {
        objectName: "feedbackError"
        Layout.fillWidth: true
        visible: screen.feedback.error.length > 0
        text: screen.feedback.error
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.error
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Text {
        id: thanks
        objectName: "feedbackThanks"
        Layout.fillWidth: true
        visible: screen.feedback.sent
        text: qsTr("Thank you. Your answer helps the council make this better.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        color: Theme.text
        wrapMode: Text.Wrap
        // Focus comes here (forceActiveFocus) so a screen reader reads it; not a Tab stop.
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
