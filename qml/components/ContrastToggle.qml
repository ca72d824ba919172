import QtQuick
import QtQuick.Templates as T
import CivicKiosk

// Switches the whole kiosk between the standard palette and high contrast (every text >= 7:1).
// The label says the current state in words, not only by colour.
T.Button {
    id: control
    property bool onDark: true

    objectName: "contrastToggle"
    text: Theme.highContrast ? qsTr("High contrast: on") : qsTr("High contrast: off")
    checkable: true
    checked: Theme.highContrast
    activeFocusOnTab: true
    focusPolicy: Qt.StrongFocus
    padding: 6
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    implicitWidth: Math.max(Theme.minTarget * 2, contentItem.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minTarget + 8, contentItem.implicitHeight + topPadding + bottomPadding)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    Accessible.name: qsTr("High contrast")
    Accessible.description: qsTr("Yellow and white writing on black")
    Accessible.checkable: true
    Accessible.checked: Theme.highContrast
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    onClicked: {
        Theme.highContrast = !Theme.highContrast
        checked = Qt.binding(() => Theme.highContrast)
    }

    contentItem: Text {
        text: "\u25D0 " + control.text
        font: control.font
        color: control.onDark ? Theme.headerText : Theme.link
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    background: Rectangle {
        color: "transparent"
        border.width: Theme.borderWidth
        border.color: control.onDark ? Theme.headerText : Theme.link
        FocusRing { target: parent; showing: control.activeFocus }
    }
}
