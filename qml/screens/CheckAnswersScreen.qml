// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// "Check your answers" (GOV.UK): every visible question with its answer and a Change link,
// then the declaration and Send. The Confirmation appears only after the outbox has durably
// saved the submission; if saving fails the answers stay and a member of staff is asked for.
ScreenScaffold {
    id: screen
    property FlowController flow

    serviceName: flow.serviceTitle
    secondaryText: qsTr("Back")
    primaryText: qsTr("Accept and send")
    primaryDescription: qsTr("Send your form to the council")
    onSecondaryClicked: flow.back()
    onPrimaryClicked: {
        if (!flow.submit() && flow.submitError.length > 0)
            submitProblem.forceActiveFocus(Qt.OtherFocusReason)
    }

    Text {
        objectName: "screenHeading"
        Layout.fillWidth: true
        text: qsTr("Check your answers before sending")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.focusable: true
    }

    // Saving failed (disk nearly full, storage fault): say so plainly, keep the answers.
    Rectangle {
        id: submitProblem
        objectName: "submitError"
        Layout.fillWidth: true
        visible: screen.flow.submitError.length > 0
        activeFocusOnTab: visible
        implicitHeight: problemText.implicitHeight + 2 * Theme.spacingLarge
        color: Theme.background
        border.width: Theme.errorBarWidth / 2 + 1
        border.color: activeFocus ? Theme.focus : Theme.error
        Accessible.role: Accessible.AlertMessage
        Accessible.name: screen.flow.submitError
        Text {
            id: problemText
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            text: screen.flow.submitError
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }

    Repeater {
        model: screen.flow.summary
        // A Column, not a ColumnLayout: wrapped text inside nested layouts can keep a stale
        // height in Qt 6.4 and rows then overlap; a positioner follows the text's real height.
        delegate: Column {
            id: row
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            required property string pageId
            required property string question
            required property string answer
            Rectangle {
                width: row.width
                height: Theme.borderWidth
                color: Theme.border
            }
            Text {
                width: row.width
                text: row.question
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "answer_" + row.pageId
                // Answers are personal: "Read aloud" speaks them only with headphones (a11y).
                property bool personal: true
                width: row.width
                text: row.answer.length > 0 ? row.answer : qsTr("Not answered")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: row.answer.length > 0 ? Theme.text : Theme.secondaryText
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            LinkButton {
                objectName: "change_" + row.pageId
                width: Math.min(implicitWidth, row.width)
                text: qsTr("Change")
                // Screen readers hear which answer the link changes.
                Accessible.name: qsTr("Change your answer to: %1").arg(row.question)
                onActivated: screen.flow.change(row.pageId)
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.borderWidth
        color: Theme.border
    }
    // What happens to the answers (the flow's privacy block), read before "Accept and send"
    // (UK GDPR Art. 13: at the time they are collected). Each part under its own label; every
    // text takes the focus on Tab so a screen reader or keyboard user meets it on the way to the
    // button, and "Read aloud" reads it with the rest of the page (none of it is personal).
    // A Column, not a ColumnLayout, for the same stale-height reason as the answers above.
    Column {
        id: privacySection
        objectName: "privacySection"
        Layout.fillWidth: true
        visible: screen.flow.privacy.length > 0 || screen.flow.privacyNotice.length > 0
        spacing: Theme.spacingSmall
        readonly property var labels: [
            qsTr("Who receives your answers"),
            qsTr("Why we need them"),
            qsTr("How long we keep them"),
            qsTr("What is published")
        ]

        Text {
            objectName: "privacyHeading"
            width: privacySection.width
            height: Math.max(Theme.minTarget, implicitHeight)
            text: qsTr("How we use your answers")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            activeFocusOnTab: privacySection.visible
            Accessible.role: Accessible.Heading
            Accessible.name: text
            Accessible.focusable: true
            Accessible.ignored: !privacySection.visible
            FocusRing { anchors.margins: -2 * Theme.focusRingWidth }
        }
        Repeater {
            model: screen.flow.privacy
            delegate: Column {
                id: part
                required property string modelData
                required property int index
                width: privacySection.width
                Text {
                    width: part.width
                    text: privacySection.labels[part.index] || ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.ignored: true // said with the text below, as one sentence
                }
                Text {
                    objectName: "privacy_" + part.index
                    width: part.width
                    // A Tab stop is a target too (WCAG 2.5.8): one line of text is not 44 px.
                    height: Math.max(Theme.minTarget, implicitHeight)
                    text: part.modelData
                    textFormat: Text.PlainText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    activeFocusOnTab: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: (privacySection.labels[part.index] || "") + ": " + text
                    Accessible.focusable: true
                    // Clear of the glyphs: the ring's inner line would touch the text.
                    FocusRing { anchors.margins: -2 * Theme.focusRingWidth }
                }
            }
        }
        // The older single text (flows written before the block, an overlay's own words).
        Text {
            objectName: "privacyNotice"
            width: privacySection.width
            height: Math.max(Theme.minTarget, implicitHeight)
            visible: screen.flow.privacyNotice.length > 0
            text: screen.flow.privacyNotice
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            activeFocusOnTab: visible
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.focusable: true
            Accessible.ignored: !visible
            FocusRing { anchors.margins: -2 * Theme.focusRingWidth }
        }
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.borderWidth
        color: Theme.border
        visible: privacySection.visible
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Now send your answers")
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
        text: qsTr("By sending this form you confirm that your answers are correct, as far as you know.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    LinkButton {
        objectName: "startAgainLink"
        text: qsTr("Start again")
        description: qsTr("Clear all your answers and go back to the first screen")
        onActivated: screen.appState.requestEndSession()
    }
}
