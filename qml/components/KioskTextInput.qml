// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// A single-line text box in the GOV.UK style: thick dark border, thicker red border when the
// answer has an error, yellow focus ring. `label` is what a screen reader announces.
TextField {
    id: control
    property string label: ""
    property string hint: ""
    property bool hasError: false
    property int widthChars: 0 // 0: fill the width; else sized for about this many characters

    activeFocusOnTab: true
    selectByMouse: true
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.text
    placeholderTextColor: Theme.secondaryText
    selectionColor: Theme.link
    selectedTextColor: Theme.background
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    implicitHeight: Math.max(Theme.fieldHeight, contentHeight + topPadding + bottomPadding)
    implicitWidth: widthChars > 0 ? widthChars * Theme.bodySize * 0.75 + leftPadding + rightPadding
                                 : Theme.minTarget * 8

    Accessible.role: Accessible.EditableText
    Accessible.name: label
    Accessible.description: hint

    background: Rectangle {
        color: Theme.inputBackground
        border.width: control.hasError ? Theme.fieldBorderWidth + 1 : Theme.fieldBorderWidth
        border.color: control.hasError ? Theme.error : Theme.inputBorder
        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusRingWidth - Theme.fieldBorderWidth
            color: "transparent"
            border.width: Theme.focusRingWidth
            border.color: Theme.focus
            visible: control.activeFocus
        }
    }
}
