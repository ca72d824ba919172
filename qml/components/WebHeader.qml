// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import CivicKiosk

// The web screen's header (WebServiceScreen): "Back to the kiosk" and the kiosk's own help for
// the page -- text size (page zoom), high contrast, read-aloud, the languages of the kiosk's
// controls and, while a helper is signed in, "Ask for help" -- then the page's title. A Flow,
// so at large text the controls wrap rather than run off the screen.
Rectangle {
    id: header
    objectName: "webHeader"
    property AppState appState: null
    property HelperController helper: null
    property ReadAloud readAloud: null
    // Reads the page (WebServiceScreen.readPageAloud): the page's text is not in QML items.
    property var reader: null
    property string title: ""
    // What the header says after "Ask for help" (an alert, read aloud).
    property string helpNotice: ""
    readonly property alias backButton: back
    signal backClicked()
    signal helpAsked()

    implicitHeight: headerColumn.implicitHeight + 2 * Theme.spacingSmall
    color: Theme.headerBackground
    border.width: Theme.highContrast ? Theme.borderWidth : 0
    border.color: Theme.headerText
    ColumnLayout {
        id: headerColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingSmall
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: Theme.pageMargin
        spacing: Theme.spacingSmall
        Flow {
            id: bar
            objectName: "webHeaderTools"
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                id: back
                objectName: "backToKiosk"
                kind: "secondary"
                text: qsTr("Back to the kiosk")
                description: qsTr("Leave this website and return to the council services")
                onClicked: header.backClicked()
            }
            TextSizeControl {
                id: textSize
                onDark: true
            }
            ContrastToggle {
                onDark: true
                width: Math.min(implicitWidth, bar.width)
            }
            ReadAloudButton {
                id: readAloudTools
                visible: header.readAloud !== null
                readAloud: header.readAloud
                reader: header.reader
                maxWidth: bar.width
            }
            T.Button {
                id: askForHelp
                objectName: "askForHelp"
                visible: header.helper !== null && header.helper.active
                width: Math.min(implicitWidth, bar.width)
                activeFocusOnTab: true
                focusPolicy: Qt.StrongFocus
                padding: 6
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                implicitWidth: Math.max(Theme.minTarget * 2, contentItem.implicitWidth + leftPadding + rightPadding)
                implicitHeight: Math.max(Theme.minTarget + 8, contentItem.implicitHeight + topPadding + bottomPadding)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                text: qsTr("Ask for help")
                Accessible.name: text
                Accessible.description: qsTr("Lets the member of staff helping you know that you need them")
                // Qt 6.4 ignores AT-SPI's Press on a Button (KioskButton says more).
                Accessible.onPressAction: if (enabled) clicked()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    header.helpNotice = qsTr("Your helper has been asked to come and help you.")
                    // Said out loud whatever the read-aloud setting: the helper hears it too.
                    if (header.readAloud)
                        header.readAloud.say(header.helpNotice)
                    header.helpAsked()
                }
                contentItem: Text {
                    text: askForHelp.text
                    font: askForHelp.font
                    color: Theme.headerBackground
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
                background: Rectangle {
                    color: Theme.headerText
                    border.width: Theme.borderWidth
                    border.color: Theme.headerText
                    FocusRing { target: parent; showing: askForHelp.activeFocus }
                }
            }
            LanguageSwitcher {
                visible: header.appState !== null
                width: Math.min(naturalWidth, bar.width)
                appState: header.appState
                onDark: true
            }
        }
        Text {
            objectName: "webPageTitle"
            // A signed-in page's title can name the person: hidden in a remote view
            // (RemoteViewCapture), as the page itself is.
            readonly property bool showsAnswer: true
            Layout.fillWidth: true
            text: header.title
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.headerText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            id: helpNoticeText
            objectName: "helpNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            text: header.helpNotice
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.headerText
            activeFocusOnTab: visible
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            FocusRing { target: parent; showing: helpNoticeText.activeFocus }
            onTextChanged: if (text.length > 0) forceActiveFocus(Qt.OtherFocusReason)
        }
    }
}
