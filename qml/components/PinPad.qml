// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// Digits for the admin PIN. The digits go straight to AdminGate (C++); QML only learns how
// many there are, so nothing here can show, log or read aloud the PIN (Qt 6.4 can read a
// password field aloud, QTBUG-120097). The entry display announces a count, never digits.
FocusScope {
    id: pad

    required property AdminGate gate
    // For a screen that keeps Tab inside itself: the first Tab stop (the entry display), and
    // where Shift+Tab goes from it (null: the window's focus chain).
    readonly property Item firstTabStop: display
    property Item backtabTarget: null
    signal submitted()

    implicitWidth: grid.implicitWidth
    implicitHeight: column.implicitHeight

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            pad.gate.appendDigit(event.key - Qt.Key_0)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            pad.gate.backspace()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.gate.submit()
            pad.submitted()
            event.accepted = true
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing

        Rectangle {
            id: display
            objectName: "pinDisplay"
            Layout.fillWidth: true
            implicitHeight: Theme.fieldHeight
            color: Theme.inputBackground
            border.width: Theme.fieldBorderWidth
            border.color: Theme.inputBorder
            activeFocusOnTab: true
            KeyNavigation.backtab: pad.backtabTarget
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%n digit(s) entered", "", pad.gate.enteredLength)

            FocusRing {
                target: display
            }

            Row {
                anchors.centerIn: parent
                spacing: Theme.spacingSmall
                Repeater {
                    model: pad.gate.enteredLength
                    Rectangle {
                        width: Theme.bodySize
                        height: width
                        radius: width / 2
                        color: Theme.text
                    }
                }
            }
        }

        GridLayout {
            id: grid
            Layout.alignment: Qt.AlignHCenter
            // A keypad keeps 1-2-3 from the left in right-to-left languages too, as phone and
            // card-terminal keypads do; the labels still read in the session language.
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true
            columns: 3
            rowSpacing: Theme.spacingSmall
            columnSpacing: Theme.spacingSmall

            Repeater {
                model: [1, 2, 3, 4, 5, 6, 7, 8, 9]
                KioskButton {
                    required property int modelData
                    objectName: "digit" + modelData
                    kind: "secondary"
                    text: modelData
                    Layout.preferredWidth: Theme.buttonHeight * 2
                    leftPadding: Theme.spacingSmall
                    rightPadding: Theme.spacingSmall
                    enabled: !pad.gate.checking && !pad.gate.locked
                    onClicked: pad.gate.appendDigit(modelData)
                }
            }
            KioskButton {
                objectName: "backspace"
                kind: "secondary"
                text: qsTr("Delete", "remove the last PIN digit")
                Layout.preferredWidth: Theme.buttonHeight * 2
                leftPadding: Theme.spacingSmall
                rightPadding: Theme.spacingSmall
                enabled: pad.gate.enteredLength > 0 && !pad.gate.checking
                onClicked: pad.gate.backspace()
            }
            KioskButton {
                objectName: "digit0"
                kind: "secondary"
                text: "0"
                Layout.preferredWidth: Theme.buttonHeight * 2
                leftPadding: Theme.spacingSmall
                rightPadding: Theme.spacingSmall
                enabled: !pad.gate.checking && !pad.gate.locked
                onClicked: pad.gate.appendDigit(0)
            }
            KioskButton {
                objectName: "submitPin"
                kind: "primary"
                text: qsTr("Enter", "confirm the PIN")
                Layout.preferredWidth: Theme.buttonHeight * 2
                leftPadding: Theme.spacingSmall
                rightPadding: Theme.spacingSmall
                enabled: pad.gate.enteredLength > 0 && !pad.gate.checking && !pad.gate.locked
                onClicked: {
                    pad.gate.submit()
                    pad.submitted()
                }
            }
        }
    }
}
