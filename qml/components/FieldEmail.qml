import QtQuick
import CivicKiosk

// Field type "email".
FieldText {
    inputHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
}
