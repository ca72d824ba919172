import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Over every screen while a member of staff is helping: who is helping, and the helper's
// controls ("Let me type" / "You type", "Carry on by yourself", "Sign out"). It sits in the
// window's header so screens keep their own layout. Hidden when no helper is signed in.
Rectangle {
    id: banner
    objectName: "helperBanner"
    property HelperController helper

    visible: helper !== null && helper.active
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.highContrast ? Theme.background : Theme.link
    border.width: Theme.highContrast ? Theme.borderWidth : 0
    border.color: Theme.headerText

    Accessible.role: Accessible.Pane
    Accessible.name: banner.helper ? banner.helper.bannerText : ""

    // Evidence counters (anonymous): which text size was used. Read-aloud use is reported by
    // the read-aloud button itself through helper.noteReadAloud().
    Connections {
        target: Theme
        function onTextScaleChanged() {
            if (banner.helper)
                banner.helper.noteTextScale(Theme.textScale)
        }
    }

    Flow {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: Theme.pageMargin
        spacing: Theme.spacing

        Text {
            objectName: "helperBannerText"
            width: Math.min(implicitWidth, row.width)
            height: Math.max(implicitHeight, Theme.buttonHeight)
            verticalAlignment: Text.AlignVCenter
            text: banner.helper ? banner.helper.bannerText : ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.labelSize
            font.bold: true
            color: Theme.highContrast ? Theme.headerText : Theme.primaryText
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        KioskButton {
            objectName: "helperTypeButton"
            kind: "secondary"
            visible: banner.helper !== null && banner.helper.state === "helping"
            text: banner.helper && banner.helper.helperTyping ? qsTr("You type")
                                                              : qsTr("Let me type")
            description: banner.helper && banner.helper.helperTyping
                         ? qsTr("Give the keyboard back to the person you are helping")
                         : qsTr("The helper types the answers for the person")
            width: Math.min(implicitWidth, row.width)
            onClicked: banner.helper.helperTyping ? banner.helper.giveKeyboardBack()
                                                  : banner.helper.takeOver()
        }
        KioskButton {
            objectName: "helperHandBackButton"
            kind: "secondary"
            visible: banner.helper !== null && banner.helper.state === "helping"
            text: qsTr("Carry on by yourself")
            description: qsTr("The helper steps away. Your answers stay on the screen.")
            width: Math.min(implicitWidth, row.width)
            onClicked: banner.helper.handBack()
        }
        KioskButton {
            objectName: "helperSignOutButton"
            kind: "warning"
            text: qsTr("Sign out")
            description: qsTr("Ends this session and clears every answer from the screen")
            width: Math.min(implicitWidth, row.width)
            onClicked: banner.helper.signOut()
        }
    }
}
