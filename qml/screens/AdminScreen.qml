// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// The admin's view of this kiosk: how many submissions wait in which state, when it last
// delivered, the last error, the version; the things an admin may do here; then today's
// anonymous usage counts. Figures and texts come formatted from AdminStatus (C++). Every
// figure is one wrapping line, so 200 % text reflows instead of running off a two-column
// grid, and the page scrolls (with a visible bar) to whatever has the keyboard focus.
FocusScope {
    id: screen
    objectName: "adminScreen"

    required property AdminStatus status
    required property AdminGate gate
    signal syncNowClicked()
    signal endSessionClicked()
    signal restartClicked()
    signal exitClicked()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // Tab to a button below the fold brings it into view.
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
        objectName: "adminContent"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: KioskScrollBar {
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            width: Theme.spacing
        }

        // A Column (not a ColumnLayout): wrapped lines here change height with the text size,
        // and a positioner follows that at once where a layout kept stale heights (a11y audit:
        // the buttons overlapped the last counts at 150 % and 200 %).
        Column {
            id: column
            x: Math.max(Theme.pageMargin, (flick.width - width) / 2)
            y: Theme.pageMargin
            width: Math.min(Theme.maxContentWidth, flick.width - 2 * Theme.pageMargin)
            spacing: Theme.spacing

            Text {
                width: column.width
                text: qsTr("Kiosk administration")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Text {
                width: column.width
                text: qsTr("Submissions in the outbox")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            // One line per state.
            Repeater {
                objectName: "outboxDepth"
                model: screen.status.depth
                delegate: Text {
                    required property var modelData
                    objectName: "depth_" + modelData.state
                    width: column.width
                    text: modelData.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: modelData.attention
                    color: modelData.attention ? Theme.error : Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }

            Repeater {
                model: [
                    { label: qsTr("Last delivery"), value: screen.status.lastSyncText, name: "lastSync" },
                    { label: qsTr("Last error"), value: screen.status.lastError.length > 0
                                                        ? screen.status.lastError : qsTr("None"), name: "lastError" },
                    { label: qsTr("Version"), value: screen.status.version, name: "version" },
                    { label: qsTr("Kiosk"), value: screen.status.kioskId, name: "kioskId" }
                ]
                delegate: Text {
                    required property var modelData
                    objectName: modelData.name
                    width: column.width
                    visible: modelData.value.length > 0
                    text: modelData.label + ": " + modelData.value
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }

            Flow {
                id: actions
                width: column.width
                topPadding: Theme.spacingLarge
                spacing: Theme.spacing

                KioskButton {
                    id: syncButton
                    objectName: "syncNow"
                    text: qsTr("Sync now")
                    description: qsTr("Try to send every waiting submission now")
                    width: Math.min(implicitWidth, actions.width)
                    focus: true
                    // Tab goes round this screen only: the kiosk screen it covers is still
                    // loaded underneath, and focus must not go where nobody sees it (2.4.11).
                    KeyNavigation.backtab: closeButton
                    onClicked: { screen.status.requestSyncNow(); screen.syncNowClicked() }
                }
                KioskButton {
                    objectName: "endSession"
                    kind: "secondary"
                    text: qsTr("End session")
                    description: qsTr("Clear everything from the current session and go back to the welcome screen")
                    width: Math.min(implicitWidth, actions.width)
                    onClicked: screen.endSessionClicked()
                }
                KioskButton {
                    objectName: "restartKiosk"
                    kind: "secondary"
                    text: qsTr("Restart kiosk")
                    description: qsTr("Close the kiosk program; the system starts it again")
                    width: Math.min(implicitWidth, actions.width)
                    onClicked: screen.restartClicked()
                }
                KioskButton {
                    objectName: "exitKiosk"
                    kind: "warning"
                    text: qsTr("Exit kiosk")
                    description: qsTr("Close the kiosk program; the machine stays on")
                    width: Math.min(implicitWidth, actions.width)
                    onClicked: screen.exitClicked()
                }
                KioskButton {
                    id: closeButton
                    objectName: "closeAdmin"
                    KeyNavigation.tab: syncButton
                    kind: "secondary"
                    text: qsTr("Close", "leave the admin screen")
                    description: qsTr("Back to the screen the kiosk was showing")
                    width: Math.min(implicitWidth, actions.width)
                    onClicked: screen.gate.close()
                }
            }

            Text {
                width: column.width
                topPadding: Theme.spacingLarge
                text: qsTr("Use of this kiosk today")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                width: column.width
                text: qsTr("Counts only. Nothing about any one person is kept or shown.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
            Repeater {
                objectName: "evidenceCounts"
                model: screen.status.evidence
                delegate: Text {
                    required property var modelData
                    objectName: "evidence_" + modelData.key
                    width: column.width
                    text: modelData.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
    }

    Component.onCompleted: syncButton.forceActiveFocus()
}
