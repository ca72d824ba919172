// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// Field type "longtext": several lines; shows how many characters are left when limited.
FieldBase {
    id: field
    function focusInput() { area.forceActiveFocus(Qt.TabFocusReason) }

    TextArea {
        id: area
        objectName: "fieldInput"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(implicitHeight, Theme.bodySize * 7)
        activeFocusOnTab: true
        wrapMode: TextEdit.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        selectionColor: Theme.link
        selectedTextColor: Theme.background
        padding: Theme.spacing
        text: field.value === undefined || field.value === null ? "" : String(field.value)
        // Tab moves on instead of typing a tab character: keyboard users must get out.
        KeyNavigation.priority: KeyNavigation.BeforeItem
        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
        onTextChanged: if (activeFocus) field.edited(text)
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        Accessible.description: field.hint
        background: Rectangle {
            color: Theme.inputBackground
            border.width: field.hasError ? Theme.fieldBorderWidth + 1 : Theme.fieldBorderWidth
            border.color: field.hasError ? Theme.error : Theme.inputBorder
            Rectangle {
                anchors.fill: parent
                anchors.margins: -Theme.focusRingWidth - Theme.fieldBorderWidth
                color: "transparent"
                border.width: Theme.focusRingWidth
                border.color: Theme.focus
                visible: area.activeFocus
            }
        }
    }

    Text {
        Layout.fillWidth: true
        visible: field.maxLength > 0
        text: qsTr("You can enter up to %n character(s)", "", field.maxLength)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }
}
