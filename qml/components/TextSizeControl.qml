import QtQuick
import QtQuick.Templates as T
import CivicKiosk

// Three text sizes (100 %, 150 %, 200 %), each a real button with a name a screen reader can
// say. The "A" glyphs keep a fixed size so the control stays where people found it when the
// rest of the screen grows.
Row {
    id: control
    property bool onDark: true

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Text size")

    Repeater {
        model: Theme.textScales
        delegate: T.Button {
            id: sizeButton
            required property var modelData
            required property int index
            readonly property bool current: Math.abs(Theme.textScale - modelData) < 0.01
            readonly property var names: [qsTr("Standard text size"), qsTr("Large text"),
                                          qsTr("Largest text")]

            objectName: "textSize_" + Math.round(modelData * 100)
            text: qsTr("A", "text size button glyph")
            checkable: true
            checked: current
            activeFocusOnTab: true
            focusPolicy: Qt.StrongFocus
            padding: 6
            horizontalPadding: 8
            implicitWidth: Math.max(Theme.minTarget + 12, contentItem.implicitWidth + leftPadding + rightPadding)
            implicitHeight: Math.max(Theme.minTarget + 8, contentItem.implicitHeight + topPadding + bottomPadding)
            font.family: Theme.fontFamily
            font.pixelSize: 24 + 8 * index
            font.bold: true

            Accessible.name: names[index] ?? qsTr("Text size %1%").arg(Math.round(modelData * 100))
            Accessible.description: qsTr("Makes all the writing on the screen bigger or smaller")
            Accessible.checkable: true
            Accessible.checked: current
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            // A binding to `checked` would break on the first click: set the scale, let `current`
            // drive the look.
            onClicked: {
                Theme.textScale = modelData
                checked = Qt.binding(() => current)
            }

            contentItem: Text {
                text: sizeButton.text
                font: sizeButton.font
                color: sizeButton.current
                       ? (control.onDark ? Theme.headerBackground : Theme.background)
                       : (control.onDark ? Theme.headerText : Theme.link)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                Accessible.ignored: true
            }
            background: Rectangle {
                color: sizeButton.current ? (control.onDark ? Theme.headerText : Theme.link)
                                          : "transparent"
                border.width: Theme.borderWidth
                border.color: control.onDark ? Theme.headerText : Theme.link
                FocusRing { target: parent; showing: sizeButton.activeFocus }
            }
        }
    }
}
