// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Templates as T
import CivicKiosk

// The one button of the kiosk. `kind` picks the GOV.UK look: "primary" (green, the main
// action of a screen), "secondary" (grey) or "warning". Size, colours and the focus ring come
// from Theme so text size and contrast changes reach every button. A template button (no
// Controls style): it draws itself entirely, and the welcome screen loads no style (bench-startup).
T.Button {
    id: control
    property string kind: "primary"
    property string description: ""

    activeFocusOnTab: true
    focusPolicy: Qt.StrongFocus
    implicitHeight: Math.max(Theme.buttonHeight, contentItem.implicitHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.minTarget * 3, contentItem.implicitWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    font.family: Theme.fontFamily
    font.pixelSize: Theme.labelSize
    font.bold: true

    Accessible.name: text
    Accessible.description: description
    // Qt 6.4 answers AT-SPI's Press on a Button with success and does nothing: voice control,
    // switch access and screen readers press here, as a tap does.
    Accessible.onPressAction: if (control.enabled) control.clicked()
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.kind === "primary" || control.kind === "warning"
               ? Theme.primaryText : Theme.secondaryButtonText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        opacity: control.enabled ? 1.0 : 0.6
    }

    background: Rectangle {
        implicitWidth: Theme.minTarget
        implicitHeight: Theme.minTarget
        color: control.kind === "primary" ? (control.down ? Theme.primaryPressed : Theme.primary)
             : control.kind === "warning" ? Theme.error
             : Theme.secondaryButton
        border.width: control.kind === "secondary" || Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.highContrast ? Theme.primary : Theme.border
        radius: Theme.radius

        // Focus ring: yellow band with a dark line inside, visible on every background.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusRingWidth
            color: "transparent"
            border.width: Theme.focusRingWidth
            border.color: Theme.focus
            visible: control.activeFocus
            Rectangle {
                anchors.fill: parent
                anchors.margins: Theme.focusRingWidth
                color: "transparent"
                border.width: Theme.focusRingWidth
                border.color: Theme.focusInner
            }
        }
    }
}
