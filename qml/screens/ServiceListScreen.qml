// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// The services on offer, one large card each (title and a line saying what it is for),
// under a heading per category when the services have one (discovered Open311 groups).
ScreenScaffold {
    id: screen
    property ServiceListModel services
    property FlowController flow
    property PerformanceInfo performance: null // "how long it usually takes" (PerformanceInfo)

    secondaryText: qsTr("Back")
    onSecondaryClicked: appState.showWelcome()

    Text {
        objectName: "screenHeading"
        Layout.fillWidth: true
        text: qsTr("What do you want to do?")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.focusable: true
    }

    Repeater {
        model: screen.services
        // A discovered service's category (its Open311 group) is a heading above the first
        // card of that category.
        delegate: ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Text {
                objectName: "category_" + model.serviceId
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                visible: model.categoryStart
                text: model.category
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
                Accessible.ignored: !visible
            }
            AbstractButton {
                id: card
                objectName: "service_" + model.serviceId
                Layout.fillWidth: true
                activeFocusOnTab: true
                focusPolicy: Qt.StrongFocus
                padding: Theme.spacingLarge
                implicitHeight: Math.max(Theme.buttonHeight, column.implicitHeight + topPadding + bottomPadding)
                text: model.title
                Accessible.name: model.title
                // People should know before they touch it that this one is a website, not questions.
                Accessible.description: model.online ? model.description + " " + onlineNote.text
                                                     : model.description
                // Qt 6.4 ignores AT-SPI's Press on a button (KioskButton says more).
                Accessible.onPressAction: if (card.enabled) card.clicked()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: screen.flow.start(model.serviceId)

                background: Rectangle {
                    color: card.down ? Theme.selected : Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                    Rectangle {
                        // The GOV.UK "card" accent on the leading edge.
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        anchors.left: parent.left
                        width: Theme.errorBarWidth
                        color: Theme.link
                    }
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: -Theme.focusRingWidth
                        color: "transparent"
                        border.width: Theme.focusRingWidth
                        border.color: Theme.focus
                        visible: card.activeFocus
                        Rectangle {
                            anchors.fill: parent
                            anchors.margins: Theme.focusRingWidth
                            color: "transparent"
                            border.width: Theme.focusRingWidth
                            border.color: Theme.focusInner
                        }
                    }
                }
                contentItem: ColumnLayout {
                    id: column
                    spacing: Theme.spacingSmall
                    Text {
                        Layout.fillWidth: true
                        text: model.title
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        font.underline: true
                        color: Theme.link
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: model.description
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Text {
                        id: onlineNote
                        objectName: "serviceOnline"
                        Layout.fillWidth: true
                        visible: model.online
                        text: qsTr("Opens a government website on this kiosk.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.secondaryText
                        wrapMode: Text.Wrap
                    }
                    Text {
                        objectName: "servicePerformance"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        // revision: re-read when new figures arrive or the language changes.
                        text: screen.performance && screen.performance.revision >= 0
                              ? screen.performance.describe(model.serviceId) : ""
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.secondaryText
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
