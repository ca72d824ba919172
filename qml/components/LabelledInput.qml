// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// A small visible label above a text box, for fields made of several boxes (date, address).
ColumnLayout {
    id: part
    property alias text: caption.text
    property alias input: box
    property alias inputText: box.text
    property bool hasError: false
    property int widthChars: 0
    property int inputHints: Qt.ImhNone
    property string accessibleName: caption.text
    signal edited(string text)

    spacing: Theme.spacingSmall
    Text {
        id: caption
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    KioskTextInput {
        id: box
        Layout.fillWidth: part.widthChars === 0
        Layout.preferredWidth: part.widthChars === 0 ? -1 : implicitWidth
        widthChars: part.widthChars
        label: part.accessibleName
        hasError: part.hasError
        inputMethodHints: part.inputHints
        onTextEdited: part.edited(text)
    }
}
