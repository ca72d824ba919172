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
    Component.onCompleted: readOnArrival()
    function readOnArrival() {
        Qt.callLater(() => {
            const speech = scaffold.Window.window ? scaffold.Window.window.readAloud : null
            if (speech && speech.readOnArrival)
                speech.readItems(flick.contentItem)
        })
    }
    signal primaryClicked()
    signal secondaryClicked()

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

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

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
                    width: Math.min(implicitWidth, headerFlow.width)
                    height: Math.max(implicitHeight, Theme.minTarget)
                    verticalAlignment: Text.AlignVCenter
                    text: scaffold.serviceName.length > 0 ? scaffold.serviceName
                                                         : qsTr("Council services")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.labelSize
                    font.bold: true
                    color: Theme.headerText
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                // Accessibility controls on every screen (a11y): text size, contrast, read aloud.
                // Each is its own item so the header Flow wraps them one by one at 200 % text.
                TextSizeControl { }
                ContrastToggle {
                    width: Math.min(implicitWidth, headerFlow.width)
                }
                ReadAloudButton {
                    maxWidth: headerFlow.width
                    readAloud: scaffold.Window.window ? scaffold.Window.window.readAloud : null
                    readRoot: flick.contentItem
                }
                // Further per-screen tools; a Row so it keeps its natural width inside the Flow.
                Row {
                    id: tools
                    spacing: Theme.spacingSmall
                }
                LanguageSwitcher {
                    width: Math.min(naturalWidth, headerFlow.width)
                    visible: scaffold.showLanguages
                    appState: scaffold.appState
                    onDark: true
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
