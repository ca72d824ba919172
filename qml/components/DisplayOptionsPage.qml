// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Templates as T
import CivicKiosk

// The header's controls (text size, contrast, read aloud, language) as a page of their own
// over the screen, opened by "Display and language" when text is 150 % or larger
// (ScreenScaffold folds them there). Modal: Tab and screen readers stay on it until "Back to
// the screen" or Escape.
T.Dialog {
    id: page
    objectName: "displayOptionsPage"
    property AppState appState
    property bool showLanguages: true
    property ReadAloud readAloud: null
    property Item readRoot: null
    signal closeRequested()

    parent: T.Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    visible: true
    closePolicy: T.Popup.CloseOnEscape
    // A Dialog, not a bare Popup: its title is the name assistive technology gives it (a
    // Popup is an unnamed "dialog" to AT-SPI, and Accessible cannot be attached to one).
    title: qsTr("Display and language")
    padding: 0
    onClosed: closeRequested()
    onOpened: heading.forceActiveFocus(Qt.OtherFocusReason)

    background: Rectangle {
        color: Theme.background
    }

    contentItem: Flickable {
        id: flick
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        boundsBehavior: Flickable.StopAtBounds
        T.ScrollBar.vertical: KioskScrollBar {
            policy: flick.contentHeight > flick.height ? T.ScrollBar.AlwaysOn
                                                       : T.ScrollBar.AsNeeded
            width: Theme.spacing
        }

        // Tab to a control below the fold brings it into view.
        Connections {
            target: page.contentItem.Window.window
            function onActiveFocusItemChanged() {
                const item = page.contentItem.Window.window.activeFocusItem
                if (!item)
                    return
                const p = item.mapToItem(column, 0, 0)
                const top = p.y + column.y - Theme.spacing
                const bottom = p.y + column.y + item.height + Theme.spacing
                if (top < flick.contentY)
                    flick.contentY = Math.max(0, top)
                else if (bottom > flick.contentY + flick.height)
                    flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height),
                                              bottom - flick.height)
            }
        }

        Column {
            id: column
            // The page lives in the window's overlay, outside the mirrored screens: mirror it
            // with the session's direction, so it reads from the right in Arabic.
            LayoutMirroring.enabled: page.appState && page.appState.rightToLeft
            LayoutMirroring.childrenInherit: true
            x: Math.max(Theme.pageMargin, (flick.width - width) / 2)
            y: Theme.pageMargin
            width: Math.min(Theme.maxContentWidth, flick.width - 2 * Theme.pageMargin)
            spacing: Theme.spacingLarge

            Text {
                id: heading
                objectName: "displayOptionsHeading"
                width: column.width
                text: qsTr("Display and language")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
                Accessible.focusable: true
            }

            Text {
                width: column.width
                text: qsTr("Text size")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            TextSizeControl {
                onDark: false
            }
            ContrastToggle {
                onDark: false
                width: Math.min(implicitWidth, column.width)
            }
            ReadAloudButton {
                onDark: false
                maxWidth: column.width
                readAloud: page.readAloud
                readRoot: page.readRoot
            }

            Text {
                visible: page.showLanguages
                width: column.width
                text: qsTr("Language")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            LanguageSwitcher {
                visible: page.showLanguages
                width: Math.min(naturalWidth, column.width)
                appState: page.appState
                onDark: false
            }

            KioskButton {
                objectName: "displayOptionsClose"
                kind: "primary"
                width: Math.min(implicitWidth, column.width)
                text: qsTr("Back to the screen")
                description: qsTr("Close the display and language options")
                onClicked: page.close()
            }
        }
    }
}
