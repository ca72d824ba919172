// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import CivicKiosk

// Field type "postcode": UK postcode; C++ upper-cases and spaces it.
FieldText {
    inputHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
    widthChars: 10
}
