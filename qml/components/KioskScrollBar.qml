// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Templates as T
import CivicKiosk

// The kiosk's scroll bar: a solid handle in the theme's text colour, shown whenever the page is
// longer than the screen, so people who would not think to swipe still see there is more.
// Built on QtQuick.Templates, not a Controls style, so the welcome screen starts without
// loading one (bench-startup).
T.ScrollBar {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: 2
    visible: policy !== T.ScrollBar.AlwaysOff
    minimumSize: orientation === Qt.Horizontal ? height / width : width / height
    Accessible.name: qsTr("Scroll the page")

    contentItem: Rectangle {
        implicitWidth: 6
        implicitHeight: 6
        radius: width / 2
        color: control.pressed ? Theme.text : Theme.secondaryText
        visible: control.policy === T.ScrollBar.AlwaysOn || (control.active && control.size < 1.0)
    }
}
