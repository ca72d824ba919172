// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import CivicKiosk

// Field type "number": a text box (GOV.UK advises against spin boxes) with the digit keyboard.
FieldText {
    inputHints: Qt.ImhFormattedNumbersOnly | Qt.ImhNoPredictiveText
    widthChars: 10
}
