// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// What every answer component shares. The Question screen sets `label` (the question, read by
// screen readers as the field's name), `hint`, `hasError`, `value` (the draft answer in the
// shape FlowController hands out) and listens to `edited(value)`. Components never validate:
// FlowController does, in C++.
ColumnLayout {
    id: base
    property string label: ""
    property string hint: ""
    property bool hasError: false
    property var value
    property var options: null // OptionListModel for choice and multichoice
    property int maxLength: 0
    property string fieldId: ""
    // What the person typed or chose: a remote view (RemoteViewCapture) hides the whole
    // component, since covering only the chosen option would show which one it was.
    readonly property bool showsAnswer: true
    signal edited(var value)

    // Focus the first input: called by the error summary link and on arrival at the page.
    function focusInput() {
        nextItemInFocusChain(true)
    }

    spacing: Theme.spacing
}
