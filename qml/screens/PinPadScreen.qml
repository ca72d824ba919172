import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// Staff-only PIN entry, reached through the hidden admin gesture (docs/admin.md). Opening the
// admin screen is AdminGate.open; this screen only collects digits and shows the gate's
// message (wrong PIN, lockout countdown).
FocusScope {
    id: screen
    objectName: "pinPadScreen"

    required property AdminGate gate
    signal cancelled()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.maxContentWidth / 2 + Theme.pageMargin)
        spacing: Theme.spacingLarge

        Text {
            Layout.fillWidth: true
            text: qsTr("Staff only: enter the admin PIN")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Text {
            id: message
            objectName: "pinMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: screen.gate.locked
                  ? qsTr("Too many wrong PINs. Try again in %n second(s).", "", screen.gate.lockSecondsLeft)
                  : screen.gate.checking ? qsTr("Checking…") : screen.gate.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: screen.gate.locked || screen.gate.failures > 0 ? Theme.error : Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        PinPad {
            id: pad
            objectName: "pinPad"
            Layout.fillWidth: true
            gate: screen.gate
            focus: true
        }

        KioskButton {
            objectName: "cancelPin"
            Layout.fillWidth: true
            kind: "secondary"
            text: qsTr("Cancel")
            onClicked: {
                screen.gate.clearEntry()
                screen.cancelled()
            }
        }
    }

    Component.onCompleted: pad.forceActiveFocus()
}
