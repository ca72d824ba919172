// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Field type "date": GOV.UK memorable-date pattern, three boxes (day, month, year) rather than
// a date picker, which is hard with a screen reader or a switch. `value` is an object
// {day, month, year} of the typed strings; C++ checks it is a real date and makes it ISO.
FieldBase {
    id: field
    function focusInput() { day.input.forceActiveFocus(Qt.TabFocusReason) }
    function part(name) {
        return field.value && field.value[name] !== undefined ? String(field.value[name]) : ""
    }
    function emitEdited() {
        field.edited({ "day": day.inputText, "month": month.inputText, "year": year.inputText })
    }

    // GOV.UK always shows an example; the flow's own hint usually gives one already.
    Text {
        Layout.fillWidth: true
        visible: field.hint.length === 0
        text: qsTr("For example, 27 3 2026")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingLarge
        LabelledInput {
            id: day
            objectName: "dateDay"
            text: qsTr("Day")
            accessibleName: field.label + " " + qsTr("Day")
            widthChars: 3
            hasError: field.hasError
            inputHints: Qt.ImhDigitsOnly
            inputText: field.part("day")
            input.maximumLength: 2
            onEdited: field.emitEdited()
        }
        LabelledInput {
            id: month
            objectName: "dateMonth"
            text: qsTr("Month")
            accessibleName: field.label + " " + qsTr("Month")
            widthChars: 3
            hasError: field.hasError
            inputHints: Qt.ImhDigitsOnly
            inputText: field.part("month")
            input.maximumLength: 2
            onEdited: field.emitEdited()
        }
        LabelledInput {
            id: year
            objectName: "dateYear"
            text: qsTr("Year")
            accessibleName: field.label + " " + qsTr("Year")
            widthChars: 5
            hasError: field.hasError
            inputHints: Qt.ImhDigitsOnly
            inputText: field.part("year")
            input.maximumLength: 4
            onEdited: field.emitEdited()
        }
    }
}
