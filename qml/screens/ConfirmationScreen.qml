// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Shown only after the submission is durably saved. The reference is large, in groups, and
// spelled out one character at a time for screen readers and read-aloud.
ScreenScaffold {
    id: screen
    property FlowController flow
    property FeedbackController feedback: null // "How was this?" (FeedbackController)
    property ReceiptController receipts: null // printing and the QR (ReceiptController)
    // The printer let the citizen down: the QR and reference are what they take away instead,
    // so the code is shown larger.
    readonly property bool printFailed: receipts !== null
        && ["outOfPaper", "offline", "failed"].indexOf(receipts.status) >= 0

    serviceName: flow.serviceTitle
    primaryText: qsTr("Finish")
    primaryDescription: qsTr("Clear this screen for the next person")
    onPrimaryClicked: appState.requestEndSession()
    heading: panel
    // Large text: the panel and its words shrink towards the body size, and the service's name
    // stays out, so that the reference number is in view without scrolling on a 1366 x 768
    // screen at 200 % (tst_a11y_geometry).
    readonly property bool compact: Theme.textScale > 1.0
    showCaption: false

    Rectangle {
        id: panel
        objectName: "confirmationPanel"
        Layout.fillWidth: true
        implicitHeight: panelColumn.implicitHeight + 2 * panelColumn.anchors.margins
        color: Theme.success
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.successText
        activeFocusOnTab: true
        // The page's heading for assistive technology, and where focus lands (heading: panel):
        // what is said first is that it was sent, then the reference one character at a time.
        Accessible.role: Accessible.Heading
        Accessible.name: qsTr("Your form has been sent. Your reference number is %1").arg(screen.flow.referenceSpoken)
        Accessible.focusable: true

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
            anchors.margins: screen.compact ? Theme.spacing : Theme.spacingLarge
            spacing: screen.compact ? Theme.spacingSmall : Theme.spacing
            Text {
                objectName: "screenHeading"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your form has been sent")
                font.family: Theme.fontFamily
                font.pixelSize: screen.compact ? Theme.headingSize : Theme.titleSize
                font.bold: true
                color: Theme.successText
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your reference number")
                font.family: Theme.fontFamily
                font.pixelSize: screen.compact ? Theme.bodySize : Theme.headingSize
                color: Theme.successText
                wrapMode: Text.Wrap
            }
            // Groups stay left-to-right even in Arabic: the reference is a code, not words. One
            // line, always: the size is the reference size unless the line would not fit the
            // panel (a portrait screen at 200 %), where one group per line pushed the last
            // groups below the fold.
            Row {
                id: reference
                // The reference leads to the person's form: hidden in a remote view.
                readonly property bool showsAnswer: true
                readonly property int characters: screen.flow.referenceGroups.join("").length
                // DejaVu Sans Mono advances 0.602 em, plus the 0.08 em letter spacing.
                readonly property int fitSize: characters > 0
                    ? Math.floor((panelColumn.width - (screen.flow.referenceGroups.length - 1) * spacing)
                                 / (characters * 0.682) * 0.97)
                    : Theme.referenceSize
                readonly property int size: Math.max(Theme.bodySize, Math.min(Theme.referenceSize, fitSize))
                Layout.alignment: Qt.AlignHCenter
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
                        font.pixelSize: reference.size
                        font.bold: true
                        font.letterSpacing: reference.size * 0.08
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
    // Taking it away: the reference as a QR code (a phone reads it, staff can scan it at the
    // desk) and the printed receipt. Below "What happens next" and the feedback button, so what
    // the page says first stays in view (tst_atspi finds only what is showing).
    Image {
        id: qr
        objectName: "referenceQr"
        visible: screen.receipts !== null && screen.receipts.qrImage.length > 0
        Layout.alignment: Qt.AlignHCenter
        readonly property int side: Math.round((screen.printFailed ? 360 : 220) * Math.sqrt(Theme.textScale))
        Layout.preferredWidth: side
        Layout.preferredHeight: side
        source: screen.receipts ? screen.receipts.qrImage : ""
        smooth: false
        fillMode: Image.PreserveAspectFit
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("QR code of your reference number")
    }
    ColumnLayout {
        objectName: "receiptBox"
        Layout.fillWidth: true
        visible: screen.receipts !== null && screen.receipts.printerConfigured
        spacing: Theme.spacing
        RadioCard {
            objectName: "printAnswersToo"
            Layout.fillWidth: true
            multiple: true
            text: qsTr("Print my answers too")
            hint: qsTr("The page will then have your personal details on it. Take it with you.")
            checked: screen.receipts !== null && screen.receipts.includeAnswers
            onClicked: screen.receipts.includeAnswers = !screen.receipts.includeAnswers
        }
        KioskButton {
            objectName: "printReceipt"
            kind: "secondary"
            enabled: screen.receipts !== null && screen.receipts.status !== "printing"
            text: screen.receipts !== null && screen.receipts.status === "printed"
                  ? qsTr("Print another receipt") : qsTr("Print a receipt")
            description: qsTr("A page with your reference number, its QR code and what happens next")
            onClicked: screen.receipts.print()
        }
        Text {
            id: printStatus
            objectName: "printStatus"
            Layout.fillWidth: true
            visible: text.length > 0
            text: {
                switch (screen.receipts ? screen.receipts.status : "") {
                case "printing": return qsTr("Printing your receipt…")
                case "printed": return qsTr("Your receipt has printed. Take it from the printer.")
                case "outOfPaper": return qsTr("The printer is out of paper. Take a photo of the QR code or write down your reference number, or ask a member of staff.")
                case "offline": return qsTr("The printer is not working at the moment. Take a photo of the QR code or write down your reference number, or ask a member of staff.")
                case "failed": return qsTr("Your receipt could not be printed. Take a photo of the QR code or write down your reference number, or ask a member of staff.")
                }
                return ""
            }
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: screen.printFailed
            color: screen.printFailed ? Theme.error : Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
