// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Field type "yesno": two large radio cards side by side (stacked when text is large).
FieldBase {
    id: field
    function focusInput() { yes.forceActiveFocus(Qt.TabFocusReason) }

    GridLayout {
        Layout.fillWidth: true
        columns: Theme.textScale > 1.0 ? 1 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        RadioCard {
            id: yes
            objectName: "option_yes"
            Layout.fillWidth: true
            text: qsTr("Yes")
            checked: field.value === true
            onClicked: field.edited(true)
        }
        RadioCard {
            objectName: "option_no"
            Layout.fillWidth: true
            text: qsTr("No")
            checked: field.value === false
            onClicked: field.edited(false)
        }
    }
}
