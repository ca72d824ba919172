// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Asked of the citizen, in their language, before a helper sees or types anything. The
// language buttons stay in the header so the person can switch to their own language first;
// the answer is recorded with the language it was given in.
ScreenScaffold {
    id: screen
    property HelperController helper

    serviceName: qsTr("Help from staff")
    secondaryText: qsTr("No, thank you")
    primaryText: qsTr("Yes, I would like help")
    primaryDescription: qsTr("The helper can see your answers and type them for you if you ask")
    onPrimaryClicked: helper.answerConsent(true)
    onSecondaryClicked: helper.answerConsent(false)

    Component.onCompleted: heading.forceActiveFocus()

    Text {
        id: heading
        objectName: "screenHeading"
        Layout.fillWidth: true
        text: qsTr("Would you like %1 to help you?").arg(screen.helper.helperName)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        activeFocusOnTab: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        objectName: "consentText"
        Layout.fillWidth: true
        // The place comes from the site's config (placeName): kiosks also stand in council
        // offices and job centres.
        text: screen.helper.placeName.length > 0
              ? qsTr("%1 works for %2. If you say yes, they can see what you type. They can also type for you if you ask.").arg(screen.helper.helperName).arg(screen.helper.placeName)
              : qsTr("%1 is a member of staff here. If you say yes, they can see what you type. They can also type for you if you ask.").arg(screen.helper.helperName)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
        lineHeight: 1.2
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("The council will be told that you had help. It will not be told who helped you.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
        lineHeight: 1.2
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Nothing is kept on this kiosk after you finish. You can say no and carry on by yourself.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }
}
