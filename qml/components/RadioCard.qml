// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// A large, full-width radio (or tick box when `multiple`) answer card: the whole card is the
// target, not just the small circle, so it works with a finger, a fist or a head pointer.
// Built on ChoiceItem, so screen readers hear "radio button, checked" (or "check box") and
// AT-SPI's Press and Toggle choose it as a tap does.
ChoiceItem {
    id: card
    property string hint: ""
    property string value: ""
    property bool multiple: false
    readonly property int padding: Theme.spacing
    readonly property font font: Qt.font({ family: Theme.fontFamily, pixelSize: Theme.bodySize })

    exclusive: !multiple
    description: hint
    implicitWidth: Theme.minTarget * 8
    implicitHeight: Math.max(Theme.buttonHeight, row.implicitHeight + 2 * padding)

    Rectangle {
        id: background
        anchors.fill: parent
        color: card.checked ? Theme.selected : Theme.inputBackground
        border.width: card.checked ? Theme.fieldBorderWidth + 1 : Theme.borderWidth
        border.color: card.checked ? Theme.link : Theme.border
        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusRingWidth
            color: "transparent"
            border.width: Theme.focusRingWidth
            border.color: Theme.focus
            visible: card.activeFocus
            Rectangle {
                anchors.fill: parent
                anchors.margins: Theme.focusRingWidth
                color: "transparent"
                border.width: Theme.focusRingWidth
                border.color: Theme.focusInner
            }
        }
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: card.padding
        spacing: Theme.spacing
        Rectangle {
            id: mark
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: Theme.radioSize
            implicitHeight: Theme.radioSize
            radius: card.multiple ? 0 : width / 2
            color: Theme.inputBackground
            border.width: Theme.fieldBorderWidth
            border.color: Theme.inputBorder
            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.5
                height: width
                radius: card.multiple ? 0 : width / 2
                color: Theme.text
                visible: card.checked
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2
            Text {
                Layout.fillWidth: true
                text: card.text
                font: card.font
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: card.hint.length > 0
                text: card.hint
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }
    }
}
