// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// First screen of every session: what the kiosk is for, the language choice in large print,
// and one big Start button.
ScreenScaffold {
    id: screen
    showLanguages: false
    readonly property bool bilingual: screen.appState !== null && screen.appState.bilingualWelcome

    // Welsh Language Standards sites: Welsh and English side by side, Welsh first.
    Loader {
        Layout.fillWidth: true
        active: screen.bilingual
        visible: active
        source: active ? Qt.resolvedUrl("../components/BilingualWelcome.qml") : ""
        onLoaded: item.appState = screen.appState
    }
    Text {
        objectName: screen.bilingual ? "" : "screenHeading"
        visible: !screen.bilingual
        Layout.fillWidth: true
        text: qsTr("Welcome to council services")
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
        visible: !screen.bilingual
        Layout.fillWidth: true
        text: qsTr("Use this kiosk to report a problem to the council or to comment on a planning application. It takes about 5 minutes.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
        lineHeight: 1.2
    }
    Text {
        visible: !screen.bilingual
        Layout.fillWidth: true
        text: qsTr("Nothing you type is kept on this kiosk after you finish.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("Choose your language")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    LanguageSwitcher {
        objectName: "welcomeLanguages"
        Layout.fillWidth: true
        large: true
        appState: screen.appState
    }
    KioskButton {
        id: start
        objectName: "startButton"
        Layout.topMargin: Theme.spacingLarge
        Layout.preferredWidth: Math.min(implicitWidth * 1.5, parent.width)
        text: qsTr("Start")
        description: qsTr("Start using the council services")
        font.pixelSize: Theme.headingSize
        onClicked: screen.appState.showServices()
    }
    // Helper mode (HelperController, TrackController): check on an earlier
    // report, and the staff sign-in for helping someone.
    property TrackController track: null
    property HelperController helper: null
    property SettingsCardController settingsCard: null
    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        spacing: Theme.spacingLarge
        visible: screen.track !== null || screen.helper !== null || screen.settingsCard !== null
        KioskButton {
            objectName: "trackButton"
            kind: "secondary"
            visible: screen.track !== null
            width: Math.min(implicitWidth, parent.width)
            text: qsTr("Check on a form you sent")
            description: qsTr("Use the reference number you were given to see what is happening with your form")
            onClicked: screen.track.open()
        }
        // Settings cards (SettingsCardController): save or type one.
        KioskButton {
            objectName: "settingsCardButton"
            kind: "secondary"
            visible: screen.settingsCard !== null
            width: Math.min(implicitWidth, parent.width)
            text: qsTr("Settings card")
            description: qsTr("Save your text size, contrast and speech on a card, or use the card you have")
            onClicked: screen.settingsCard.open()
        }
        LinkButton {
            objectName: "helperSignInLink"
            visible: screen.helper !== null && !screen.helper.active
            text: qsTr("Staff: sign in to help someone")
            onActivated: screen.helper.openSignIn()
        }
    }
}
