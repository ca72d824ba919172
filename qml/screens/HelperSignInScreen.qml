// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Staff sign-in for helper mode: helper number and PIN, or a staff card swiped on the reader
// (a keyboard wedge: the swipe arrives as typing in the focused box, `;H001=1357?`). The PIN
// box shows dots and speaks nothing of what is typed (QTBUG-120097: Qt 6.4 may read a password
// field aloud, so its accessible name never includes the text).
ScreenScaffold {
    id: screen
    property HelperController helper

    showLanguages: false
    serviceName: qsTr("Staff sign in")
    secondaryText: qsTr("Cancel")
    primaryText: qsTr("Sign in")
    onSecondaryClicked: {
        pin.text = ""
        helper.cancel()
    }
    onPrimaryClicked: screen.signIn()

    function signIn() {
        const ok = helper.signIn(helperId.text, pin.text)
        pin.text = ""
        if (!ok)
            errorText.forceActiveFocus()
    }
    // A card reader types the whole track and Enter; take it the moment the end sentinel lands.
    function takeSwipe(field) {
        const t = field.text
        if (!helper.looksLikeSwipe(t) || !/\?.?$/.test(t))
            return
        field.text = ""
        const ok = helper.swipe(t, pin.text)
        pin.text = ""
        if (!ok)
            errorText.forceActiveFocus()
    }

    // A staff card reader types into the focused box: the helper number box has the focus
    // from the start, not the heading.
    focusHeadingOnArrival: false
    Component.onCompleted: helperId.forceActiveFocus()

    Text {
        objectName: "screenHeading"
        Layout.fillWidth: true
        text: qsTr("Sign in to help someone")
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
        text: qsTr("For staff only. Swipe your staff card, or type your helper number and PIN.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Text {
        id: errorText
        objectName: "helperError"
        Layout.fillWidth: true
        visible: screen.helper.error.length > 0
        text: screen.helper.error
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.error
        wrapMode: Text.Wrap
        // Focus comes here (forceActiveFocus) so a screen reader reads it at once; it is not
        // a Tab stop of its own, as the GOV.UK error summary is not (WCAG 2.5.8 targets).
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Helper number")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.labelSize
        font.bold: true
        color: Theme.text
    }
    KioskTextInput {
        id: helperId
        objectName: "helperIdInput"
        label: qsTr("Helper number")
        hint: qsTr("For example, H001")
        widthChars: 10
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        hasError: screen.helper.error.length > 0
        onTextChanged: screen.takeSwipe(helperId)
        onAccepted: pin.forceActiveFocus()
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("PIN")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.labelSize
        font.bold: true
        color: Theme.text
    }
    KioskTextInput {
        id: pin
        objectName: "helperPinInput"
        label: qsTr("PIN")
        hint: qsTr("Your PIN is not shown or read aloud")
        widthChars: 8
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        hasError: screen.helper.error.length > 0
        onAccepted: screen.signIn()
    }
}
