pragma Singleton
import QtQuick

QtObject {
    property real textScale: 1.0
    readonly property int bodySize: Math.round(24 * textScale)
    readonly property int minTarget: 44
    readonly property color background: "#ffffff"
    readonly property color text: "#0b0c0c"
}
