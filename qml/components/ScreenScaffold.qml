// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import CivicKiosk

// The frame of every screen: a header (service name, language choice and a slot for the
// accessibility controls), the screen's content in a scrolling column that reflows at 200 %
// text, and a footer with the screen's secondary and primary buttons. Screens put their
// content inside as children; they never size text or pick colours themselves.
FocusScope {
    id: scaffold

    property AppState appState
    property string serviceName: ""
    property bool showLanguages: true
    property string primaryText: ""
    property string primaryDescription: ""
    property string secondaryText: ""
    property bool primaryEnabled: true
    property alias primaryButton: primary
    property alias secondaryButton: secondary
    property alias flickable: flick
    // Slot for the text-size, contrast and read-aloud controls (a11y engineer).
    property alias headerTools: tools.data
    default property alias content: column.data
    // Changes when the screen shows a new page (the question screen sets its page id): with
    // "Read every page" on, the new page is read out (a11y).
    property string pageKey: ""
    onPageKeyChanged: readOnArrival()
    Component.onCompleted: {
        if (focusHeadingOnArrival)
            focusHeading()
        readOnArrival()
    }
    // Where focus lands when the screen opens or shows a new page: its main heading, as GOV.UK
    // moves focus to a new page's h1, so a screen reader starts with what the page is about and
    // Tab goes on from the top of the page. Screens mark it with objectName "screenHeading" or
    // set `heading`; one that must take typing at once (a staff card reader types into the
    // focused box) sets focusHeadingOnArrival to false and focuses its box itself.
    property Item heading: null
    property bool focusHeadingOnArrival: true
    function focusHeading() {
        const h = heading ? heading : findNamed(column, "screenHeading")
        if (!h)
            return
        h.forceActiveFocus(Qt.OtherFocusReason)
        // The focus change scrolled "the heading into view" before the new page was laid out
        // (seen as a page that opened part-scrolled): a page's heading is at its top.
        scrollToTop()
    }
    // A heading or a message that was given the focus is no Tab stop of its own, and Qt Quick
    // moves on by Tab only from Tab stops: the key reaches the screen unused, so Tab goes on
    // from here to the next stop (and Shift+Tab back), as from any control.
    Keys.onTabPressed: (event) => moveFocus(event, true)
    Keys.onBacktabPressed: (event) => moveFocus(event, false)
    function moveFocus(event, forward) {
        const from = Window.window ? Window.window.activeFocusItem : null
        const next = from ? from.nextItemInFocusChain(forward) : null
        if (!next || next === from) {
            event.accepted = false
            return
        }
        next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
    }
    function findNamed(root, name) {
        const queue = [root]
        while (queue.length > 0) {
            const item = queue.shift()
            if (item.objectName === name && item.visible)
                return item
            for (let i = 0; i < item.children.length; ++i)
                queue.push(item.children[i])
        }
        return null
    }
    function readOnArrival() {
        Qt.callLater(() => {
            const speech = scaffold.Window.window ? scaffold.Window.window.readAloud : null
            if (speech && speech.readOnArrival)
                speech.readItems(flick.contentItem)
        })
    }
    signal primaryClicked()
    signal secondaryClicked()

    // At 150 % text and more the header's controls (text size, contrast, read aloud, languages)
    // fold behind one "Display and language" button that opens them as a page over the screen
    // (DisplayOptionsPage): unfolded they took a third of a 1280 x 1024 screen at 200 %, and the
    // question and its answers need the room.
    readonly property bool foldTools: Theme.textScale >= 1.5
    property bool displayOptionsOpen: false
    // The service's name above the page when the header is folded.
    property bool showCaption: true
    readonly property string brandText: serviceName.length > 0 ? serviceName
                                                                : qsTr("Council services")
    onFoldToolsChanged: {
        // The text-size control just pressed has moved: the focus follows it.
        if (!foldTools && displayOptionsOpen) {
            closeDisplayOptions()
        } else if (foldTools && !displayOptionsOpen) {
            // Only when the focus was in the header (or went with the control that hid):
            // never out of a page or dialog that has it.
            const focused = Window.window ? Window.window.activeFocusItem : null
            if (!focused || isDescendant(focused, headerFlow) || isDescendant(scaffold, focused))
                displayButton.forceActiveFocus(Qt.OtherFocusReason)
        }
    }
    function closeDisplayOptions() {
        displayOptionsOpen = false
        // Later: a text-size change is still reaching the header's `visible` bindings.
        Qt.callLater(() => {
            if (foldTools)
                displayButton.forceActiveFocus(Qt.OtherFocusReason)
            else
                textSize.focusCurrent()
        })
    }

    // Keeps the keyboard focus on screen: Tab to a field below the fold scrolls it into view.
    function ensureVisible(item) {
        if (!item || !flick.contentItem || !isDescendant(item, flick.contentItem))
            return
        const p = item.mapToItem(flick.contentItem, 0, 0)
        const margin = Theme.spacingLarge
        if (p.y - margin < flick.contentY)
            flick.contentY = Math.max(0, p.y - margin)
        else if (p.y + item.height + margin > flick.contentY + flick.height)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height),
                                      p.y + item.height + margin - flick.height)
    }
    function isDescendant(item, ancestor) {
        for (let i = item; i; i = i.parent) {
            if (i === ancestor)
                return true
        }
        return false
    }
    function scrollToTop() { flick.contentY = 0 }

    Connections {
        target: scaffold.Window.window
        function onActiveFocusItemChanged() {
            scaffold.ensureVisible(scaffold.Window.window.activeFocusItem)
        }
    }

    Loader {
        active: scaffold.displayOptionsOpen
        sourceComponent: DisplayOptionsPage {
            appState: scaffold.appState
            showLanguages: scaffold.showLanguages
            readAloud: scaffold.Window.window ? scaffold.Window.window.readAloud : null
            readRoot: flick.contentItem
            onCloseRequested: scaffold.closeDisplayOptions()
        }
    }

    // No background rectangle of its own: the window's colour (Theme.background) is the
    // screen's background. A full-window Rectangle here was filled again on every frame, which
    // under software rendering (llvmpipe) was a sixth of each page turn (bench-pageturn, A/B).

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            id: header
            Layout.fillWidth: true
            implicitHeight: headerFlow.implicitHeight + 2 * Theme.spacing
            color: Theme.headerBackground
            border.width: Theme.highContrast ? Theme.borderWidth : 0
            border.color: Theme.headerText

            Flow {
                id: headerFlow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.pageMargin
                anchors.rightMargin: Theme.pageMargin
                spacing: Theme.spacingLarge

                Text {
                    id: brand
                    objectName: "serviceName"
                    visible: !scaffold.foldTools
                    width: Math.min(implicitWidth, headerFlow.width)
                    height: Math.max(implicitHeight, Theme.minTarget)
                    verticalAlignment: Text.AlignVCenter
                    text: scaffold.brandText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.labelSize
                    font.bold: true
                    color: Theme.headerText
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                // Accessibility controls on every screen (a11y): text size, contrast, read aloud.
                // Each is its own item so the header Flow wraps them one by one.
                TextSizeControl {
                    id: textSize
                    visible: !scaffold.foldTools
                }
                ContrastToggle {
                    visible: !scaffold.foldTools
                    width: Math.min(implicitWidth, headerFlow.width)
                }
                ReadAloudButton {
                    visible: !scaffold.foldTools
                    maxWidth: headerFlow.width
                    readAloud: scaffold.Window.window ? scaffold.Window.window.readAloud : null
                    readRoot: flick.contentItem
                }
                // Further per-screen tools; a Row so it keeps its natural width inside the Flow.
                Row {
                    id: tools
                    visible: !scaffold.foldTools
                    spacing: Theme.spacingSmall
                }
                LanguageSwitcher {
                    width: Math.min(naturalWidth, headerFlow.width)
                    visible: scaffold.showLanguages && !scaffold.foldTools
                    appState: scaffold.appState
                    onDark: true
                }
                // Large text: all of the above behind one button, opened as a page of its own.
                T.Button {
                    id: displayButton
                    objectName: "displayOptionsButton"
                    visible: scaffold.foldTools
                    width: Math.min(implicitWidth, headerFlow.width)
                    activeFocusOnTab: true
                    focusPolicy: Qt.StrongFocus
                    padding: 6
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    implicitWidth: Math.max(Theme.minTarget * 2, contentItem.implicitWidth + leftPadding + rightPadding)
                    implicitHeight: Math.max(Theme.minTarget + 8, contentItem.implicitHeight + topPadding + bottomPadding)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    text: qsTr("Display and language")
                    Accessible.name: text
                    Accessible.description: qsTr("Text size, contrast, reading aloud and language")
                    // Qt 6.4 ignores AT-SPI's Press on a Button (KioskButton says more).
                    Accessible.onPressAction: clicked()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: scaffold.displayOptionsOpen = true
                    contentItem: Text {
                        text: displayButton.text
                        font: displayButton.font
                        color: Theme.headerText
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.Wrap
                    }
                    background: Rectangle {
                        color: "transparent"
                        border.width: Theme.borderWidth
                        border.color: Theme.headerText
                        FocusRing { target: parent; showing: displayButton.activeFocus }
                    }
                }
            }
        }

        Flickable {
            id: flick
            objectName: "screenContent"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: column.implicitHeight + 2 * Theme.pageMargin
            boundsBehavior: Flickable.StopAtBounds
            T.ScrollBar.vertical: KioskScrollBar {
                policy: flick.contentHeight > flick.height ? T.ScrollBar.AlwaysOn
                                                           : T.ScrollBar.AsNeeded
                width: Theme.spacing
            }

            ColumnLayout {
                id: column
                x: Math.max(Theme.pageMargin, (flick.width - width) / 2)
                y: Theme.pageMargin
                width: Math.min(Theme.maxContentWidth, flick.width - 2 * Theme.pageMargin)
                spacing: Theme.spacingLarge

                // With the header folded the service's name moves here, above the heading (the
                // GOV.UK caption), so the header keeps to one short row.
                Text {
                    objectName: "serviceCaption"
                    Layout.fillWidth: true
                    Layout.bottomMargin: -Theme.spacing
                    visible: scaffold.foldTools && scaffold.showCaption
                    text: scaffold.brandText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }

        Rectangle {
            id: footer
            Layout.fillWidth: true
            visible: primary.visible || secondary.visible
            implicitHeight: footerFlow.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            Flow {
                id: footerFlow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.pageMargin
                anchors.rightMargin: Theme.pageMargin
                spacing: Theme.spacingLarge

                KioskButton {
                    id: secondary
                    objectName: "secondaryButton"
                    kind: "secondary"
                    visible: scaffold.secondaryText.length > 0
                    text: scaffold.secondaryText
                    width: Math.min(implicitWidth, footerFlow.width)
                    onClicked: scaffold.secondaryClicked()
                }
                KioskButton {
                    id: primary
                    objectName: "primaryButton"
                    kind: "primary"
                    visible: scaffold.primaryText.length > 0
                    enabled: scaffold.primaryEnabled
                    text: scaffold.primaryText
                    description: scaffold.primaryDescription
                    width: Math.min(implicitWidth, footerFlow.width)
                    onClicked: scaffold.primaryClicked()
                }
            }
        }
    }
}
