// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Field type "multichoice": any number of answers, as large tick-box cards. `value` is an
// array of the ticked options' values.
FieldBase {
    id: field
    function focusInput() {
        if (cards.count > 0)
            cards.itemAt(0).forceActiveFocus(Qt.TabFocusReason)
    }
    function isTicked(v) {
        return Array.isArray(field.value) && field.value.indexOf(v) >= 0
    }
    function toggled(v) {
        const out = Array.isArray(field.value) ? field.value.filter(x => x !== v) : []
        if (!isTicked(v))
            out.push(v)
        field.edited(out)
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("Select all that apply.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }

    Repeater {
        id: cards
        model: field.options
        delegate: RadioCard {
            objectName: "option_" + model.value
            Layout.fillWidth: true
            multiple: true
            value: model.value
            text: model.label
            hint: model.hint
            checked: field.isTicked(model.value)
            onClicked: field.toggled(value)
        }
    }
}
