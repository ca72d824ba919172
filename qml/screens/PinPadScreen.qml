// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
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

    // Tab to a key below the fold brings it into view.
    function ensureVisible(item) {
        for (let i = item; i; i = i.parent) {
            if (i === column) {
                const p = item.mapToItem(column, 0, 0)
                const top = p.y + column.y - Theme.spacing
                const bottom = p.y + column.y + item.height + Theme.spacing
                if (top < flick.contentY)
                    flick.contentY = Math.max(0, top)
                else if (bottom > flick.contentY + flick.height)
                    flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height),
                                              bottom - flick.height)
                return
            }
        }
    }
    Connections {
        target: screen.Window.window
        function onActiveFocusItemChanged() {
            screen.ensureVisible(screen.Window.window.activeFocusItem)
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.pageMargin)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: KioskScrollBar {
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            width: Theme.spacing
        }

        ColumnLayout {
            id: column
            // Centred while it fits; at 200 % text it starts at the top and the page scrolls.
            x: Math.max(Theme.pageMargin, (flick.width - width) / 2)
            y: Math.max(Theme.pageMargin, (flick.height - implicitHeight) / 2)
            width: Math.min(flick.width - 2 * Theme.pageMargin, Theme.maxContentWidth / 2 + Theme.pageMargin)
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
                backtabTarget: cancelButton
                Layout.fillWidth: true
                gate: screen.gate
                focus: true
            }

            KioskButton {
                id: cancelButton
                objectName: "cancelPin"
                // Tab goes round this screen only: the screen it covers is still loaded
                // underneath, and focus must not move where nobody can see it (WCAG 2.4.11).
                KeyNavigation.tab: pad.firstTabStop
                Layout.fillWidth: true
                kind: "secondary"
                text: qsTr("Cancel")
                onClicked: {
                    screen.gate.clearEntry()
                    screen.cancelled()
                }
            }
        }
    }

    Component.onCompleted: pad.forceActiveFocus()
}
