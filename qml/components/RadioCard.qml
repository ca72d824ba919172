import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// A large, full-width radio (or tick box when `multiple`) answer card: the whole card is the
// target, not just the small circle, so it works with a finger, a fist or a head pointer.
AbstractButton {
    id: card
    property string hint: ""
    property string value: ""
    property bool multiple: false

    // Not checkable: `checked` stays bound to the answer held in C++, so a tap asks for a
    // change (clicked) and the card shows whatever FlowController then holds.
    checkable: false
    activeFocusOnTab: true
    focusPolicy: Qt.StrongFocus
    implicitWidth: Theme.minTarget * 8
    implicitHeight: Math.max(Theme.buttonHeight, row.implicitHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    Accessible.role: multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.name: text
    Accessible.description: hint
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.onPressAction: clicked()
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
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

    contentItem: RowLayout {
        id: row
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
