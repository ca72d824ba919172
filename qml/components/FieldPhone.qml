// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import CivicKiosk

// Field type "phone": UK numbers; the dial pad layout of the on-screen keyboard.
FieldText {
    inputHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
    widthChars: 16
}
