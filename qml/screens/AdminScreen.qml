import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// The admin's view of this kiosk: how many submissions wait in which state, when it last
// delivered, the last error, the version; and the four things an admin may do here. Figures
// and texts come formatted from AdminStatus (C++).
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

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        clip: true

        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: Math.min(Theme.maxContentWidth, screen.width - 2 * Theme.pageMargin)
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
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
                Layout.fillWidth: true
                text: qsTr("Submissions in the outbox")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            GridLayout {
                objectName: "outboxDepth"
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacingSmall
                Repeater {
                    model: screen.status.depth
                    delegate: Text {
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 0
                        text: modelData.state === "queued" ? qsTr("Waiting to send")
                            : modelData.state === "sending" ? qsTr("Sending now")
                            : modelData.state === "delivered" ? qsTr("Delivered (receipts kept)")
                            : modelData.state === "rejected" ? qsTr("Refused by the service (dead letters)")
                            : modelData.state
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text + ": " + modelData.count
                    }
                }
                Repeater {
                    model: screen.status.depth
                    delegate: Text {
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 1
                        text: modelData.count
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: modelData.state === "rejected" && modelData.count > 0 ? Theme.error : Theme.text
                        Accessible.ignored: true
                    }
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
                    Layout.fillWidth: true
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
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                spacing: Theme.spacing

                KioskButton {
                    id: syncButton
                    objectName: "syncNow"
                    text: qsTr("Sync now")
                    description: qsTr("Try to send every waiting submission now")
                    focus: true
                    onClicked: { screen.status.requestSyncNow(); screen.syncNowClicked() }
                }
                KioskButton {
                    objectName: "endSession"
                    kind: "secondary"
                    text: qsTr("End session")
                    description: qsTr("Clear everything from the current session and go back to the welcome screen")
                    onClicked: screen.endSessionClicked()
                }
                KioskButton {
                    objectName: "restartKiosk"
                    kind: "secondary"
                    text: qsTr("Restart kiosk")
                    onClicked: screen.restartClicked()
                }
                KioskButton {
                    objectName: "exitKiosk"
                    kind: "warning"
                    text: qsTr("Exit kiosk")
                    description: qsTr("Close the kiosk program; the machine stays on")
                    onClicked: screen.exitClicked()
                }
                KioskButton {
                    objectName: "closeAdmin"
                    kind: "secondary"
                    text: qsTr("Close", "leave the admin screen")
                    onClicked: screen.gate.close()
                }
            }
        }
    }

    Component.onCompleted: syncButton.forceActiveFocus()
}
