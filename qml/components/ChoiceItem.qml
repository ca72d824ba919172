// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import CivicKiosk

// A choice a person makes by touch, by keyboard (Tab, then Space or Enter) or through
// assistive technology: a radio button (`exclusive`) or a tick box. Not a Button: Qt 6.4 cannot
// change a Button's accessible role (QTBUG-110114), so screen readers said "button" for every
// answer and never "checked". Here role, state and actions are declared, and AT-SPI's Press and
// Toggle do exactly what a tap does. `checked` is bound by the user to the state held in C++;
// a choice only asks for a change (`clicked`) and shows whatever the state then is.
Item {
    id: choice
    property string text: ""
    property string description: ""
    property bool checked: false
    property bool exclusive: true
    // Pressed by a finger or the mouse right now (for the pressed look).
    readonly property bool down: tap.pressed
    signal clicked()

    // One entry point for a tap, a key and an assistive technology's action.
    function activate(reason) {
        if (!enabled)
            return
        forceActiveFocus(reason)
        clicked()
    }

    activeFocusOnTab: true
    implicitWidth: Theme.minTarget
    implicitHeight: Theme.minTarget

    Accessible.role: exclusive ? Accessible.RadioButton : Accessible.CheckBox
    Accessible.name: text
    Accessible.description: description
    Accessible.focusable: true
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.onPressAction: activate(Qt.OtherFocusReason)
    Accessible.onToggleAction: activate(Qt.OtherFocusReason)

    Keys.onSpacePressed: activate(Qt.OtherFocusReason)
    Keys.onReturnPressed: activate(Qt.OtherFocusReason)
    Keys.onEnterPressed: activate(Qt.OtherFocusReason)

    TapHandler {
        id: tap
        onTapped: choice.activate(Qt.MouseFocusReason)
    }
}
