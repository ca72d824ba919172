import QtQuick
import QtQuick.Layouts
import CivicKiosk

// First screen of every session: what the kiosk is for, the language choice in large print,
// and one big Start button.
ScreenScaffold {
    id: screen
    showLanguages: false

    Text {
        objectName: "screenHeading"
        Layout.fillWidth: true
        text: qsTr("Welcome to council services")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Use this screen to report a problem to the council or to comment on a planning application. It takes about 5 minutes.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
        lineHeight: 1.2
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Nothing you type is kept on this screen after you finish.")
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
}
