// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Field type "choice": one answer from a list, as large radio cards. `value` is the chosen
// option's value (a string).
FieldBase {
    id: field
    function focusInput() {
        if (cards.count > 0)
            cards.itemAt(0).forceActiveFocus(Qt.TabFocusReason)
    }

    Repeater {
        id: cards
        model: field.options
        delegate: RadioCard {
            objectName: "option_" + model.value
            Layout.fillWidth: true
            value: model.value
            text: model.label
            hint: model.hint
            checked: field.value === model.value
            onClicked: field.edited(value)
        }
    }
}
