// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Settings cards: make a card of the current text size, contrast, speech and language (shown as
// a QR code and a short code, printed when there is a printer), or type the code of a card.
// A scanner needs no screen at all: a scanned card applies on any screen.
ScreenScaffold {
    id: screen
    property SettingsCardController settingsCard
    property ReadAloud readAloud: null

    serviceName: qsTr("Settings card")
    secondaryText: qsTr("Back")
    primaryText: qsTr("Use this code")
    onSecondaryClicked: settingsCard.close()
    onPrimaryClicked: screen.apply()

    function apply() {
        if (settingsCard.applyCode(code.text))
            applied.forceActiveFocus()
        else
            errorText.forceActiveFocus()
    }
    function speedIndex() {
        const rate = screen.readAloud ? screen.readAloud.rate : 0
        return rate < -0.2 ? 0 : (rate > 0.2 ? 2 : 1)
    }

    Text {
        objectName: "screenHeading"
        Layout.fillWidth: true
        text: qsTr("Settings card")
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
        Layout.fillWidth: true
        text: qsTr("A settings card keeps your text size, contrast, read aloud, speech speed, language and more time. It has no personal details on it.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    RadioCard {
        objectName: "moreTimeOption"
        Layout.fillWidth: true
        multiple: true
        text: qsTr("Give me more time on each page")
        checked: screen.settingsCard.moreTime
        onClicked: screen.settingsCard.moreTime = !screen.settingsCard.moreTime
    }
    KioskButton {
        objectName: "makeSettingsCard"
        kind: "secondary"
        text: qsTr("Save my settings")
        description: qsTr("Shows a QR code and a short code for your settings")
        onClicked: screen.settingsCard.makeCard(Math.max(0, Theme.textScales.indexOf(Theme.textScale)),
                                                Theme.highContrast,
                                                screen.readAloud !== null && screen.readAloud.inUse,
                                                screen.speedIndex())
    }
    Image {
        objectName: "settingsCardQr"
        visible: screen.settingsCard.cardImage.length > 0
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Math.round(260 * Math.sqrt(Theme.textScale))
        Layout.preferredHeight: Layout.preferredWidth
        source: screen.settingsCard.cardImage
        smooth: false
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("QR code of your settings")
    }
    Text {
        objectName: "settingsCardCode"
        visible: text.length > 0
        Layout.alignment: Qt.AlignHCenter
        text: screen.settingsCard.cardCode
        font.family: "DejaVu Sans Mono"
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        LayoutMirroring.enabled: false
        Accessible.role: Accessible.StaticText
        Accessible.name: text.split("").join(" ")
    }
    KioskButton {
        objectName: "printSettingsCard"
        kind: "secondary"
        visible: screen.settingsCard.cardCode.length > 0 && screen.settingsCard.printerConfigured
        enabled: screen.settingsCard.printStatus !== "printing"
        text: qsTr("Print my settings card")
        onClicked: screen.settingsCard.printCard()
    }
    Text {
        objectName: "settingsCardPrintStatus"
        Layout.fillWidth: true
        visible: text.length > 0
        text: {
            switch (screen.settingsCard.printStatus) {
            case "printing": return qsTr("Printing your settings card…")
            case "printed": return qsTr("Your settings card has printed. Take it from the printer.")
            case "outOfPaper": return qsTr("The printer is out of paper. Take a photo of the QR code or write down the code.")
            case "offline":
            case "failed": return qsTr("The printer is not working at the moment. Take a photo of the QR code or write down the code.")
            }
            return ""
        }
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        text: qsTr("Use a settings card")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        id: errorText
        objectName: "settingsCardError"
        Layout.fillWidth: true
        visible: screen.settingsCard.error.length > 0
        text: screen.settingsCard.error
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.error
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    KioskTextInput {
        id: code
        objectName: "settingsCodeInput"
        label: qsTr("Code on your settings card")
        hint: qsTr("It starts with KS1, like KS1-EN-00010-1")
        widthChars: 16
        font.family: "DejaVu Sans Mono"
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        hasError: screen.settingsCard.error.length > 0
        onAccepted: screen.apply()
    }
    Text {
        id: applied
        objectName: "settingsCardApplied"
        Layout.fillWidth: true
        visible: screen.settingsCard.appliedCount > 0 && screen.settingsCard.error.length === 0
        text: qsTr("Your settings card has been applied.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
        activeFocusOnTab: false
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
