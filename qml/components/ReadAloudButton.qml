// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Templates as T
import CivicKiosk

// Read-aloud controls for the header: "Read aloud" (reads the page; pressed again it stops),
// and, once read-aloud has been used in the session, "Read every page" (each new page is read
// when it appears, and on-screen keys are spoken), the speed, and "Headphones" (only then are
// personal answers spoken). Hidden until then so large print keeps its room for the page. Screens with one
// question set question/hint/options/answer; other screens set `readRoot` and their visible
// text is read, never what was typed.
Flow {
    id: control
    property ReadAloud readAloud
    property bool onDark: true
    property string question: ""
    property string hint: ""
    property var options: []
    property string answer: ""
    property bool answerIsPersonal: true
    property Item readRoot: null
    // A screen whose text is not in QML items (the web page) reads itself: called instead.
    property var reader: null
    // The widest this group may be (the header's width): below that it keeps one line, above
    // it wraps. Computed from the buttons, not from the Flow, so no binding loop.
    property real maxWidth: Number.POSITIVE_INFINITY
    readonly property real naturalWidth: {
        let w = 0
        let shown = 0
        for (let i = 0; i < children.length; ++i) {
            if (!children[i].visible)
                continue
            w += children[i].implicitWidth + (shown > 0 ? spacing : 0)
            ++shown
        }
        return w
    }
    readonly property var speeds: [-0.4, 0.0, 0.4]

    width: Math.min(naturalWidth, maxWidth)

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Read aloud")

    function readPage() {
        if (!readAloud)
            return ""
        if (reader) {
            reader()
            return ""
        }
        if (question.length > 0)
            return readAloud.readPage(question, hint, options || [], answer, answerIsPersonal)
        return readAloud.readItems(readRoot)
    }

    component HeaderTool: T.Button {
        id: tool
        property bool current: false
        activeFocusOnTab: true
        focusPolicy: Qt.StrongFocus
        padding: 6
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        implicitWidth: Math.max(Theme.minTarget * 2, contentItem.implicitWidth + leftPadding + rightPadding)
        implicitHeight: Math.max(Theme.minTarget + 8, contentItem.implicitHeight + topPadding + bottomPadding)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        Accessible.name: text
        // Qt 6.4 ignores AT-SPI's Press on a Button (KioskButton says more).
        Accessible.onPressAction: if (tool.enabled) tool.clicked()
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        contentItem: Text {
            text: tool.text
            font: tool.font
            color: tool.current ? (control.onDark ? Theme.headerBackground : Theme.background)
                                : (control.onDark ? Theme.headerText : Theme.link)
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        background: Rectangle {
            color: tool.current ? (control.onDark ? Theme.headerText : Theme.link) : "transparent"
            border.width: Theme.borderWidth
            border.color: control.onDark ? Theme.headerText : Theme.link
            FocusRing { target: parent; showing: tool.activeFocus }
        }
    }

    HeaderTool {
        objectName: "readAloudButton"
        readonly property bool speaking: control.readAloud && control.readAloud.speaking
        text: speaking ? qsTr("Stop reading") : qsTr("Read aloud")
        current: speaking
        Accessible.description: qsTr("Reads this page out loud")
        onClicked: {
            if (speaking)
                control.readAloud.stop()
            else
                control.readPage()
        }
    }
    HeaderTool {
        objectName: "readEveryPage"
        visible: control.readAloud !== null && control.readAloud.inUse
        text: qsTr("Read every page")
        checkable: true
        current: control.readAloud && control.readAloud.readOnArrival
        checked: current
        Accessible.checkable: true
        Accessible.checked: current
        Accessible.onToggleAction: if (enabled) clicked()
        Accessible.description: qsTr("Each new page and each key you press is read out loud")
        onClicked: {
            control.readAloud.readOnArrival = !control.readAloud.readOnArrival
            checked = Qt.binding(() => current)
            if (control.readAloud.readOnArrival)
                control.readPage()
        }
    }
    HeaderTool {
        objectName: "readingSpeed"
        visible: control.readAloud !== null && control.readAloud.inUse
        readonly property int speedIndex: {
            const rate = control.readAloud ? control.readAloud.rate : 0
            return rate < -0.2 ? 0 : (rate > 0.2 ? 2 : 1)
        }
        text: [qsTr("Speed: slow"), qsTr("Speed: normal"), qsTr("Speed: fast")][speedIndex]
        Accessible.description: qsTr("Changes how fast the page is read")
        onClicked: control.readAloud.rate = control.speeds[(speedIndex + 1) % 3]
    }
    HeaderTool {
        objectName: "headphones"
        visible: control.readAloud !== null && control.readAloud.inUse
        text: qsTr("Headphones")
        checkable: true
        current: control.readAloud && control.readAloud.privateListening
        checked: current
        Accessible.checkable: true
        Accessible.checked: current
        Accessible.onToggleAction: if (enabled) clicked()
        Accessible.description: qsTr("Only with headphones are your own answers read out loud")
        onClicked: {
            control.readAloud.privateListening = !control.readAloud.privateListening
            checked = Qt.binding(() => current)
        }
    }

    // A language without a voice (flite speaks English only) is said in words, not silence.
    Text {
        id: unavailableNote
        objectName: "readAloudUnavailable"
        visible: text.length > 0
        width: Math.min(implicitWidth, control.maxWidth)
        height: Math.max(implicitHeight, Theme.minTarget)
        verticalAlignment: Text.AlignVCenter
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: control.onDark ? Theme.headerText : Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Timer {
        id: unavailableTimer
        interval: 10000
        onTriggered: unavailableNote.text = ""
    }
    Connections {
        target: control.readAloud
        function onUnavailable(reason) {
            unavailableNote.text = reason
            unavailableTimer.restart()
        }
        function onLanguageChanged() { unavailableNote.text = "" }
    }
}
