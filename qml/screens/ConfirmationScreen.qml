import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Shown only after the submission is durably saved. The reference is large, in groups, and
// spelled out one character at a time for screen readers and read-aloud.
ScreenScaffold {
    id: screen
    property FlowController flow
    property FeedbackController feedback: null // "How was this?" (qml/bridge/helper_feedback.h)

    serviceName: flow.serviceTitle
    primaryText: qsTr("Finish")
    primaryDescription: qsTr("Clear this screen for the next person")
    onPrimaryClicked: appState.requestEndSession()

    Rectangle {
        id: panel
        objectName: "confirmationPanel"
        Layout.fillWidth: true
        implicitHeight: panelColumn.implicitHeight + 2 * Theme.spacingLarge
        color: Theme.success
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.successText
        activeFocusOnTab: true
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Your form has been sent. Your reference number is %1").arg(screen.flow.referenceSpoken)

        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusRingWidth
            color: "transparent"
            border.width: Theme.focusRingWidth
            border.color: Theme.focus
            visible: panel.activeFocus
        }

        ColumnLayout {
            id: panelColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacing
            Text {
                objectName: "screenHeading"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your form has been sent")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.successText
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your reference number")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                color: Theme.successText
                wrapMode: Text.Wrap
            }
            // Groups stay left-to-right even in Arabic: the reference is a code, not words.
            Flow {
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: panelColumn.width
                LayoutMirroring.enabled: false
                LayoutMirroring.childrenInherit: true
                spacing: Theme.spacing
                Repeater {
                    model: screen.flow.referenceGroups
                    delegate: Text {
                        required property string modelData
                        objectName: "referenceGroup"
                        text: modelData
                        font.family: "DejaVu Sans Mono"
                        font.pixelSize: Theme.referenceSize
                        font.bold: true
                        font.letterSpacing: Theme.referenceSize * 0.08
                        color: Theme.successText
                    }
                }
            }
        }
    }

    Text {
        objectName: "referenceText"
        Layout.fillWidth: true
        text: qsTr("Write this number down or take a photo of it. You can use it to check what is happening with your form.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("What happens next")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Your form is saved on this kiosk. The kiosk sends it to the council by itself. You do not need to wait.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("When you press Finish, your answers are cleared from this kiosk.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }
    KioskButton {
        objectName: "feedbackButton"
        kind: "secondary"
        visible: screen.feedback !== null
        text: qsTr("Tell us how this went")
        description: qsTr("Five faces and an optional comment. Your name is not sent.")
        onClicked: screen.feedback.open()
    }
}
