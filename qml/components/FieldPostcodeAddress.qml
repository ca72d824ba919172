// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Field type "postcode-address": the GOV.UK address pattern typed in full (the kiosk has no
// address look-up service offline). `value` is {"line1","line2","town","postcode"}.
FieldBase {
    id: field
    function focusInput() { line1.input.forceActiveFocus(Qt.TabFocusReason) }
    function part(name) {
        return field.value && field.value[name] !== undefined && field.value[name] !== null
               ? String(field.value[name]) : ""
    }
    function emitEdited() {
        field.edited({ "line1": line1.inputText, "line2": line2.inputText,
                       "town": town.inputText, "postcode": postcode.inputText })
    }

    LabelledInput {
        id: line1
        objectName: "addressLine1"
        Layout.fillWidth: true
        text: qsTr("Building and street")
        accessibleName: qsTr("Building and street, line 1 of 2")
        hasError: field.hasError
        inputText: field.part("line1")
        onEdited: field.emitEdited()
    }
    LabelledInput {
        id: line2
        objectName: "addressLine2"
        Layout.fillWidth: true
        text: qsTr("Building and street line 2 (optional)")
        accessibleName: qsTr("Building and street, line 2 of 2")
        inputText: field.part("line2")
        onEdited: field.emitEdited()
    }
    LabelledInput {
        id: town
        objectName: "addressTown"
        Layout.fillWidth: true
        text: qsTr("Town or city")
        hasError: field.hasError
        inputText: field.part("town")
        onEdited: field.emitEdited()
    }
    LabelledInput {
        id: postcode
        objectName: "addressPostcode"
        text: qsTr("Postcode")
        widthChars: 10
        hasError: field.hasError
        inputHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
        inputText: field.part("postcode")
        onEdited: field.emitEdited()
    }
}
