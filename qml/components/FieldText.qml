// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Field type "text": one line of free text.
FieldBase {
    id: field
    property alias input: box
    property int inputHints: Qt.ImhNone
    property int widthChars: 0
    function focusInput() { box.forceActiveFocus(Qt.TabFocusReason) }

    KioskTextInput {
        id: box
        objectName: "fieldInput"
        Layout.fillWidth: field.widthChars === 0
        Layout.preferredWidth: field.widthChars === 0 ? -1 : implicitWidth
        Layout.maximumWidth: field.width
        label: field.label
        hint: field.hint
        hasError: field.hasError
        widthChars: field.widthChars
        inputMethodHints: field.inputHints
        maximumLength: field.maxLength > 0 ? field.maxLength : 32767
        text: field.value === undefined || field.value === null ? "" : String(field.value)
        onTextEdited: field.edited(text)
    }
}
