// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import CivicKiosk

// Over every screen while a member of staff is helping: who is helping, and the helper's
// controls ("Let me type" / "You type", "Carry on by yourself", "Sign out"). It sits in the
// window's header so screens keep their own layout. Hidden when no helper is signed in.
//
// At 150 % and 200 % text the three controls fold behind one "Staff options" button, so the
// banner keeps to one row: unfolded they took four rows at 200 % and, under the screen's own
// header, left the consent question and every form page no room at all (a11y audit). The
// button opens them as a page of their own over the screen (modal: Tab and screen readers stay
// on it) rather than growing the banner, which pushed the screen's own buttons off the window.
Rectangle {
    id: banner
    objectName: "helperBanner"
    property HelperController helper
    readonly property bool compact: Theme.textScale > 1.0
    readonly property bool helping: helper !== null && helper.state === "helping"
    property bool optionsOpen: false
    readonly property bool showActions: helping && !compact

    visible: helper !== null && helper.active
    onVisibleChanged: optionsOpen = false
    onOptionsOpenChanged: optionsOpen && helping ? optionsPage.open() : optionsPage.close()
    onHelpingChanged: if (!helping) optionsOpen = false
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
                horizontalAlignment: Text.AlignLeft // mirrored in Arabic, whatever the name is
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
                    text: qsTr("Staff options")
                    description: qsTr("Typing for the person, stepping away, signing out")
                    onClicked: banner.optionsOpen = true
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

    T.Dialog {
        id: optionsPage
        objectName: "helperOptionsPage"
        parent: banner.Window.contentItem // the whole window, not the banner
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        focus: true
        closePolicy: T.Popup.CloseOnEscape
        // A Dialog for its title: the name assistive technology gives the page.
        title: qsTr("Staff options")
        padding: 0
        onClosed: banner.optionsOpen = false
        background: Rectangle {
            color: Theme.background
        }

        contentItem: Flickable {
            id: pageFlick
            clip: true
            contentWidth: width
            contentHeight: pageColumn.implicitHeight + 2 * Theme.pageMargin
            boundsBehavior: Flickable.StopAtBounds
            T.ScrollBar.vertical: KioskScrollBar {
                policy: pageFlick.contentHeight > pageFlick.height ? T.ScrollBar.AlwaysOn
                                                                   : T.ScrollBar.AsNeeded
                width: Theme.spacing
            }

            Column {
                id: pageColumn
                // The page lives in the window's overlay, outside the mirrored screens: mirror
                // it like the banner, so buttons start at the right in Arabic.
                LayoutMirroring.enabled: banner.LayoutMirroring.enabled
                LayoutMirroring.childrenInherit: true
                x: Math.max(Theme.pageMargin, (pageFlick.width - width) / 2)
                y: Theme.pageMargin
                width: Math.min(Theme.maxContentWidth, pageFlick.width - 2 * Theme.pageMargin)
                spacing: Theme.spacingLarge

                Text {
                    width: pageColumn.width
                    text: qsTr("Staff options")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    width: pageColumn.width
                    text: banner.helper ? banner.helper.bannerText : ""
                    // Starts with the helper's (Latin) name: align by the session's direction,
                    // not by the first letter.
                    horizontalAlignment: Text.AlignLeft
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                KioskButton {
                    id: pageTypeButton
                    objectName: "helperTypeButton"
                    kind: "secondary"
                    anchors.left: parent.left
                    width: Math.min(implicitWidth, pageColumn.width)
                    text: banner.helper && banner.helper.helperTyping ? qsTr("You type")
                                                                      : qsTr("Let me type")
                    description: banner.helper && banner.helper.helperTyping
                                 ? qsTr("Give the keyboard back to the person you are helping")
                                 : qsTr("The helper types the answers for the person")
                    onClicked: {
                        banner.helper.helperTyping ? banner.helper.giveKeyboardBack()
                                                   : banner.helper.takeOver()
                        banner.optionsOpen = false
                    }
                }
                KioskButton {
                    objectName: "helperHandBackButton"
                    kind: "secondary"
                    anchors.left: parent.left
                    width: Math.min(implicitWidth, pageColumn.width)
                    text: qsTr("Carry on by yourself")
                    description: qsTr("The helper steps away. Your answers stay on the screen.")
                    onClicked: {
                        banner.optionsOpen = false
                        banner.helper.handBack()
                    }
                }
                KioskButton {
                    objectName: "helperSignOutButton"
                    kind: "warning"
                    anchors.left: parent.left
                    width: Math.min(implicitWidth, pageColumn.width)
                    text: qsTr("Sign out")
                    description: qsTr("Ends this session and clears every answer from the screen")
                    onClicked: {
                        banner.optionsOpen = false
                        banner.helper.signOut()
                    }
                }
                KioskButton {
                    objectName: "helperOptionsClose"
                    kind: "primary"
                    anchors.left: parent.left
                    width: Math.min(implicitWidth, pageColumn.width)
                    text: qsTr("Back to the screen")
                    description: qsTr("Close the staff options")
                    onClicked: banner.optionsOpen = false
                }
            }
        }
        onOpened: pageTypeButton.forceActiveFocus()
    }
}
