// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// One question per page (GOV.UK pattern). The answer component is chosen by the field type;
// FlowController validates on Continue and hands back the errors shown in the summary at the
// top and next to the field.
ScreenScaffold {
    id: screen
    property FlowController flow

    serviceName: flow.serviceTitle
    pageKey: flow.pageId // read-aloud "Read every page" (a11y)
    secondaryText: qsTr("Back")
    primaryText: qsTr("Continue")
    onSecondaryClicked: flow.back()
    onPrimaryClicked: screen.continueOn()

    function continueOn() {
        if (!flow.next())
            errorSummary.takeFocus()
    }
    function componentFor(type) {
        switch (type) {
        case "longtext": return longTextField
        case "number": return numberField
        case "date": return dateField
        case "choice": return choiceField
        case "multichoice": return multiChoiceField
        case "yesno": return yesNoField
        case "email": return emailField
        case "phone": return phoneField
        case "postcode": return postcodeField
        case "postcode-address": return addressField
        default: return textField
        }
    }
    // A new page: fresh answer component (no state carried from the previous question), top
    // of the page, focus on the question (ScreenScaffold.focusHeading); Tab goes on to the
    // answer.
    property int loadedSerial: -1
    function enterPage() {
        if (loadedSerial === flow.pageSerial && fieldLoader.item)
            return
        loadedSerial = flow.pageSerial
        fieldLoader.sourceComponent = undefined
        fieldLoader.sourceComponent = componentFor(flow.fieldType)
        scrollToTop()
        focusHeading()
    }

    Component.onCompleted: Qt.callLater(enterPage)
    Connections {
        target: screen.flow
        function onPageEntered() { screen.enterPage() }
    }

    ErrorSummary {
        id: errorSummary
        objectName: "errorSummary"
        Layout.fillWidth: true
        errors: screen.flow.errors
        onErrorActivated: if (fieldLoader.item) fieldLoader.item.focusInput()
    }

    Text {
        objectName: "progressText"
        Layout.fillWidth: true
        text: screen.flow.progressText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }

    Text {
        id: questionText
        objectName: "screenHeading"
        Layout.fillWidth: true
        text: screen.flow.question
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.focusable: true
    }

    Text {
        objectName: "hintText"
        Layout.fillWidth: true
        visible: text.length > 0
        text: screen.flow.hint
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }

    Text {
        objectName: "optionalText"
        Layout.fillWidth: true
        visible: screen.flow.active && !screen.flow.required
        text: qsTr("This question is optional. You can leave it empty.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }

    // The error next to the field, with the red bar on its leading edge (GOV.UK).
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Rectangle {
            Layout.fillHeight: true
            implicitWidth: Theme.errorBarWidth
            color: screen.flow.fieldError.length > 0 ? Theme.error : "transparent"
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                objectName: "fieldError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: screen.flow.fieldError.length > 0 ? qsTr("Error: %1").arg(screen.flow.fieldError) : ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Loader {
                id: fieldLoader
                objectName: "fieldLoader"
                Layout.fillWidth: true
                onLoaded: {
                    item.label = Qt.binding(() => screen.flow.question)
                    item.hint = Qt.binding(() => screen.flow.hint)
                    item.hasError = Qt.binding(() => screen.flow.fieldError.length > 0)
                    item.value = Qt.binding(() => screen.flow.draft)
                    item.options = screen.flow.options
                    item.maxLength = Qt.binding(() => screen.flow.maxLength)
                    item.fieldId = Qt.binding(() => screen.flow.pageId)
                    item.edited.connect(v => screen.flow.setDraft(v))
                }
            }
        }
    }

    LinkButton {
        objectName: "startAgainLink"
        Layout.topMargin: Theme.spacingLarge
        text: qsTr("Start again")
        description: qsTr("Clear all your answers and go back to the first screen")
        onActivated: screen.appState.requestEndSession()
    }

    Component { id: textField; FieldText {} }
    Component { id: longTextField; FieldLongText {} }
    Component { id: numberField; FieldNumber {} }
    Component { id: dateField; FieldDate {} }
    Component { id: choiceField; FieldChoice {} }
    Component { id: multiChoiceField; FieldMultiChoice {} }
    Component { id: yesNoField; FieldYesNo {} }
    Component { id: emailField; FieldEmail {} }
    Component { id: phoneField; FieldPhone {} }
    Component { id: postcodeField; FieldPostcode {} }
    Component { id: addressField; FieldPostcodeAddress {} }
}
