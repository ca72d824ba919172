// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// "Check on a form you sent": type the reference from the confirmation screen; the answer comes back
// in plain words with its date (formatted in C++, in the session language).
ScreenScaffold {
    id: screen
    property TrackController track

    serviceName: qsTr("Check on a form you sent")
    secondaryText: qsTr("Back")
    primaryText: qsTr("Check")
    primaryEnabled: !track.busy
    onSecondaryClicked: track.close()
    onPrimaryClicked: screen.check()

    function check() {
        if (!track.lookup(reference.text))
            errorText.forceActiveFocus()
    }
    Connections {
        target: screen.track
        function onAnswered() { answerPanel.forceActiveFocus() }
    }

    Text {
        objectName: "screenHeading"
        Layout.fillWidth: true
        text: qsTr("Check on a form you sent")
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
        text: qsTr("Type the reference number you were given. It starts with CK, like CK-7F3K-92QD-X.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Text {
        id: errorText
        objectName: "trackError"
        Layout.fillWidth: true
        visible: screen.track.error.length > 0
        text: screen.track.error
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.error
        wrapMode: Text.Wrap
        // Focus comes here (forceActiveFocus) so a screen reader reads it at once; it is not
        // a Tab stop of its own, as the GOV.UK error summary is not (WCAG 2.5.8 targets).
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    KioskTextInput {
        id: reference
        objectName: "trackReferenceInput"
        label: qsTr("Reference number")
        hint: qsTr("It starts with CK")
        widthChars: 16
        font.family: "DejaVu Sans Mono"
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        hasError: screen.track.error.length > 0
        onAccepted: screen.check()
    }
    Text {
        Layout.fillWidth: true
        visible: screen.track.busy
        text: qsTr("Checking…")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
    }
    Rectangle {
        id: answerPanel
        objectName: "trackAnswer"
        // What is happening with someone's form: hidden in a remote view (RemoteViewCapture).
        readonly property bool showsAnswer: true
        Layout.fillWidth: true
        visible: screen.track.statusText.length > 0
        implicitHeight: answerColumn.implicitHeight + 2 * Theme.spacingLarge
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
        activeFocusOnTab: true
        Accessible.role: Accessible.StaticText
        Accessible.name: screen.track.statusNotes.length > 0
                         ? qsTr("Reference %1. %2 Note from the council: %3").arg(screen.track.reference).arg(screen.track.statusText).arg(screen.track.statusNotes)
                         : qsTr("Reference %1. %2").arg(screen.track.reference).arg(screen.track.statusText)

        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusRingWidth
            color: "transparent"
            border.width: Theme.focusRingWidth
            border.color: Theme.focus
            visible: answerPanel.activeFocus
        }
        ColumnLayout {
            id: answerColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: screen.track.reference
                font.family: "DejaVu Sans Mono"
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                LayoutMirroring.enabled: false
            }
            Text {
                objectName: "trackStatusText"
                Layout.fillWidth: true
                text: screen.track.statusText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.2
            }
            // The council's own case notes (Open311 status_notes), as they wrote them.
            Text {
                objectName: "trackNotesHeading"
                Layout.fillWidth: true
                visible: screen.track.statusNotes.length > 0
                text: qsTr("Note from the council")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "trackNotesText"
                Layout.fillWidth: true
                visible: screen.track.statusNotes.length > 0
                text: screen.track.statusNotes
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
    }
}
