// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// GOV.UK error summary: at the top of the page, takes focus when it appears (so a screen reader
// reads it at once), and each error is a link that moves focus to the answer it is about.
// `errors` is FlowController.errors, an ErrorListModel (roles fieldId, code, message).
FocusScope {
    id: summary
    property ErrorListModel errors: null
    signal errorActivated(string fieldId)

    visible: errors !== null && errors.count > 0
    activeFocusOnTab: visible
    implicitHeight: visible ? box.implicitHeight : 0
    implicitWidth: box.implicitWidth
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("There is a problem")
    Accessible.description: errors ? errors.spokenText : ""

    // Called by the screen after a failed "Continue": focus moves here, as GOV.UK does.
    function takeFocus() {
        if (visible)
            forceActiveFocus(Qt.OtherFocusReason)
    }

    Rectangle {
        id: box
        anchors.fill: parent
        implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
        implicitWidth: column.implicitWidth + 2 * Theme.spacingLarge
        color: Theme.background
        border.width: summary.activeFocus ? Theme.errorBarWidth : Theme.errorBarWidth / 2 + 1
        border.color: summary.activeFocus ? Theme.focus : Theme.error

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("There is a problem")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: summary.errors
                delegate: LinkButton {
                    required property string fieldId
                    required property string message
                    objectName: "errorLink_" + fieldId
                    Layout.fillWidth: true
                    text: message
                    color: Theme.error
                    bold: true
                    onActivated: summary.errorActivated(fieldId)
                }
            }
        }
    }
}
