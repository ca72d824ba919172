import QtQuick
import QtQuick.Controls

ApplicationWindow {
    id: window
    width: 1280
    height: 1024
    visible: true
    title: qsTr("Civic Kiosk")
    color: Theme.background

    Label {
        anchors.centerIn: parent
        text: qsTr("Welcome")
        font.pixelSize: Theme.bodySize * 2
        color: Theme.text
    }
}
