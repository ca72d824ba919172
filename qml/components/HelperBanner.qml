import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Over every screen while a member of staff is helping: who is helping, and the helper's
// controls ("Let me type" / "You type", "Carry on by yourself", "Sign out"). It sits in the
// window's header so screens keep their own layout. Hidden when no helper is signed in.
//
// At 150 % and 200 % text the three controls fold behind one "Staff options" button, so the
// banner keeps to one row: unfolded they took four rows at 200 % and, under the screen's own
// header, left the consent question and every form page no room at all (a11y audit).
Rectangle {
    id: banner
    objectName: "helperBanner"
    property HelperController helper
    readonly property bool compact: Theme.textScale > 1.0
    readonly property bool helping: helper !== null && helper.state === "helping"
    property bool optionsOpen: false
    readonly property bool showActions: helping && (!compact || optionsOpen)

    visible: helper !== null && helper.active
    onVisibleChanged: optionsOpen = false
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spacingSmall : 0
    color: Theme.highContrast ? Theme.background : Theme.link
    border.width: Theme.highContrast ? Theme.borderWidth : 0
    border.color: Theme.headerText

    Accessible.role: Accessible.Pane
    Accessible.name: banner.helper ? banner.helper.bannerText : ""

    // Evidence counters (anonymous): which text size was used. Read-aloud use is counted by
    // HelperComposition from the window's ReadAloud.
    Connections {
        target: Theme
        function onTextScaleChanged() {
            if (banner.helper)
                banner.helper.noteTextScale(Theme.textScale)
        }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: Theme.pageMargin
        spacing: Theme.spacingSmall

        // Anchors, not a RowLayout: a row layout kept the wrapped text at the height of the
        // previous text size (seen in the a11y audit at 150 % and 200 %).
        Item {
            id: topRow
            Layout.fillWidth: true
            implicitHeight: Math.max(bannerText.implicitHeight, topButtons.implicitHeight)

            Text {
                id: bannerText
                objectName: "helperBannerText"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - (topButtons.width > 0 ? topButtons.width + Theme.spacing : 0)
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
            Row {
                id: topButtons
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacing

                KioskButton {
                    objectName: "helperOptionsButton"
                    kind: "secondary"
                    visible: banner.compact && banner.helping
                    width: Math.min(implicitWidth, topRow.width / 2)
                    text: banner.optionsOpen ? qsTr("Hide staff options") : qsTr("Staff options")
                    description: qsTr("Typing for the person, stepping away, signing out")
                    onClicked: banner.optionsOpen = !banner.optionsOpen
                }
                // Before the person has agreed, the helper's only control.
                KioskButton {
                    objectName: "helperSignOutButton"
                    kind: "warning"
                    visible: !banner.helping
                    width: Math.min(implicitWidth, topRow.width / 2)
                    text: qsTr("Sign out")
                    description: qsTr("Ends this session and clears every answer from the screen")
                    onClicked: banner.helper.signOut()
                }
            }
        }

        Flow {
            id: actions
            Layout.fillWidth: true
            visible: banner.showActions
            spacing: Theme.spacing

            KioskButton {
                objectName: "helperTypeButton"
                kind: "secondary"
                text: banner.helper && banner.helper.helperTyping ? qsTr("You type")
                                                                  : qsTr("Let me type")
                description: banner.helper && banner.helper.helperTyping
                             ? qsTr("Give the keyboard back to the person you are helping")
                             : qsTr("The helper types the answers for the person")
                width: Math.min(implicitWidth, actions.width)
                onClicked: banner.helper.helperTyping ? banner.helper.giveKeyboardBack()
                                                      : banner.helper.takeOver()
            }
            KioskButton {
                objectName: "helperHandBackButton"
                kind: "secondary"
                text: qsTr("Carry on by yourself")
                description: qsTr("The helper steps away. Your answers stay on the screen.")
                width: Math.min(implicitWidth, actions.width)
                onClicked: banner.helper.handBack()
            }
            KioskButton {
                objectName: "helperSignOutButton"
                kind: "warning"
                text: qsTr("Sign out")
                description: qsTr("Ends this session and clears every answer from the screen")
                width: Math.min(implicitWidth, actions.width)
                onClicked: banner.helper.signOut()
            }
        }
    }
}
