// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import CivicKiosk

// Text that acts as a link ("Change", error summary entries). Not a Button because a Button's
// accessible role cannot be changed in Qt 6.4 (QTBUG-110114) and screen readers should hear
// "link" here, as on GOV.UK.
Item {
    id: link
    property alias text: label.text
    property string description: ""
    property color color: Theme.link
    property int pixelSize: Theme.bodySize
    property alias bold: label.font.bold
    signal activated()

    activeFocusOnTab: true
    implicitWidth: Math.max(Theme.minTarget, label.implicitWidth + Theme.spacingSmall * 2)
    implicitHeight: Math.max(Theme.minTarget, label.implicitHeight + Theme.spacingSmall * 2)

    Accessible.role: Accessible.Link
    Accessible.name: text
    Accessible.description: description
    Accessible.focusable: true
    Accessible.onPressAction: activated()
    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()
    Keys.onSpacePressed: activated()

    Rectangle {
        anchors.fill: parent
        color: link.activeFocus ? Theme.focus : "transparent"
        border.width: link.activeFocus ? Theme.focusRingWidth : 0
        border.color: Theme.focusInner
    }

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        font.family: Theme.fontFamily
        font.pixelSize: link.pixelSize
        font.underline: true
        color: link.activeFocus ? Theme.focusInner : link.color
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }

    TapHandler {
        onTapped: {
            link.forceActiveFocus(Qt.MouseFocusReason)
            link.activated()
        }
    }
}
