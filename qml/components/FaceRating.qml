// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// "How was this?": five large faces, worst to best, each with its words under it (faces alone
// are not clear to everyone). Behaves as a radio group: one choice, arrow keys move, Space or
// Enter picks. `rating` is 1..5, or 0 when nothing is chosen.
FocusScope {
    id: rating
    objectName: "faceRating"
    property var labels: []
    property int value: 0

    implicitWidth: faces.implicitWidth
    implicitHeight: faces.implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("How was this?")

    Flow {
        id: faces
        width: rating.width
        spacing: Theme.spacing

        Repeater {
            id: repeater
            model: 5
            delegate: Rectangle {
                id: face
                required property int index
                readonly property int score: index + 1
                readonly property bool chosen: rating.value === score
                objectName: "face" + score
                width: Math.max(Theme.minTarget * 3, label.implicitWidth + 2 * Theme.spacing)
                height: column.implicitHeight + 2 * Theme.spacing
                color: chosen ? Theme.selected : Theme.background
                border.width: chosen ? Theme.fieldBorderWidth + 1 : Theme.borderWidth
                border.color: chosen ? Theme.link : Theme.border
                activeFocusOnTab: index === 0 || chosen
                focus: chosen

                Accessible.role: Accessible.RadioButton
                Accessible.name: label.text
                Accessible.checkable: true
                Accessible.checked: chosen
                Accessible.focusable: true
                Accessible.onPressAction: rating.value = score
                Accessible.onToggleAction: rating.value = score

                Keys.onSpacePressed: rating.value = score
                Keys.onReturnPressed: rating.value = score
                Keys.onEnterPressed: rating.value = score
                Keys.onRightPressed: rating.move(index, 1)
                Keys.onLeftPressed: rating.move(index, -1)

                Rectangle {
                    anchors.fill: parent
                    anchors.margins: -Theme.focusRingWidth - Theme.borderWidth
                    color: "transparent"
                    border.width: Theme.focusRingWidth
                    border.color: Theme.focus
                    visible: face.activeFocus
                }

                ColumnLayout {
                    id: column
                    anchors.centerIn: parent
                    spacing: Theme.spacingSmall

                    Canvas {
                        id: drawing
                        Layout.alignment: Qt.AlignHCenter
                        implicitWidth: Theme.buttonHeight
                        implicitHeight: Theme.buttonHeight
                        // Mouth from a frown (-1) to a smile (+1).
                        readonly property real mood: (face.score - 3) / 2
                        readonly property color ink: Theme.text
                        onInkChanged: requestPaint()
                        onWidthChanged: requestPaint()
                        onPaint: {
                            const ctx = getContext("2d")
                            const w = width, h = height, r = Math.min(w, h) / 2 - 3
                            ctx.reset()
                            ctx.lineWidth = Math.max(3, r / 10)
                            ctx.strokeStyle = ink
                            ctx.fillStyle = ink
                            ctx.beginPath()
                            ctx.arc(w / 2, h / 2, r, 0, 2 * Math.PI)
                            ctx.stroke()
                            for (const dx of [-0.35, 0.35]) {
                                ctx.beginPath()
                                ctx.arc(w / 2 + dx * r, h / 2 - 0.25 * r, r / 9, 0, 2 * Math.PI)
                                ctx.fill()
                            }
                            const y = h / 2 + 0.35 * r
                            ctx.beginPath()
                            ctx.moveTo(w / 2 - 0.45 * r, y - mood * 0.1 * r)
                            ctx.quadraticCurveTo(w / 2, y + mood * 0.35 * r, w / 2 + 0.45 * r,
                                                 y - mood * 0.1 * r)
                            ctx.stroke()
                        }
                    }
                    Text {
                        id: label
                        Layout.alignment: Qt.AlignHCenter
                        text: rating.labels.length > face.index ? rating.labels[face.index] : ""
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        font.bold: face.chosen
                        color: Theme.text
                    }
                }

                TapHandler {
                    onTapped: {
                        rating.value = face.score
                        face.forceActiveFocus()
                    }
                }
            }
        }
    }

    function move(fromIndex, step) {
        const next = Math.max(0, Math.min(4, fromIndex + step))
        rating.value = next + 1
        repeater.itemAt(next).forceActiveFocus()
    }
}
