// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import CivicKiosk

// The kiosk window. It only swaps screens: one citizen's session moves welcome -> services ->
// question pages -> check answers -> confirmation, driven by AppState.screen. Screens are
// swapped with a Loader (not StackView: popping breaks the accessible tree in Qt 6.4,
// QTBUG-102825), which also destroys every item of the previous screen.
T.ApplicationWindow {
    id: window

    required property AppState appState
    required property ServiceListModel services
    required property FlowController flow
    required property bool windowed
    // Helper mode, tracking, feedback, service figures (HelperComposition); null
    // when the composition root did not attach them.
    property HelperController helper: null
    property TrackController track: null
    property FeedbackController feedback: null
    property PerformanceInfo performance: null
    // Receipts and the reference's QR (ReceiptController); null in some tests.
    property ReceiptController receipts: null
    // Settings cards, scanned on any screen or typed (SettingsCardController).
    property SettingsCardController settingsCard: null

    width: 1280
    height: 1024
    visible: true
    visibility: windowed ? Window.Windowed : Window.FullScreen
    title: qsTr("Civic Kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    // Right-to-left languages (Arabic) mirror every layout, anchor and positioner.
    LayoutMirroring.enabled: appState.rightToLeft
    LayoutMirroring.childrenInherit: true

    // Accessibility (a11y): read-aloud, made by KioskComposition, follows the session language
    // and loads its speech engine only when first used. (The catalogue follows it in C++ too:
    // KioskComposition's KioskTranslator.)
    required property ReadAloud readAloud

    // While a member of staff helps: who is helping and their controls, above every screen.
    header: HelperBanner { helper: window.helper }

    Connections {
        target: window.appState
        // A new person gets the site's default text size and contrast back.
        function onSessionEnded() {
            Theme.resetToDefaults()
            // Silence, default volume and speed, no headphones; no keyboard state carried over.
            window.readAloud.wipe()
            if (keyboardLoader.item)
                keyboardLoader.item.wipe()
        }
    }

    Connections {
        target: window.settingsCard
        // A settings card: the citizen's own text size, contrast and speech, in one step.
        function onApplied(textSize, highContrast, readAloudOn, speechRate) {
            Theme.textScale = Theme.textScales[textSize]
            Theme.highContrast = highContrast
            window.readAloud.rate = [-0.4, 0.0, 0.4][speechRate]
            if (readAloudOn)
                window.readAloud.say(qsTr("Your settings card has been applied."))
        }
    }

    // Screens load by URL when first shown, so start-up compiles and instantiates only the
    // welcome screen (bench-startup: declaring every screen as a Component here cost ~40 ms).
    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        // The on-screen keyboard never covers the field being typed into: the screen shrinks
        // and its ScrollView keeps the focused field in view.
        anchors.bottom: keyboardLoader.item && keyboardLoader.item.active ? keyboardLoader.top
                                                                          : parent.bottom
        focus: true
        // Under the admin screen or PIN pad the citizen's screen is out of reach, for touch,
        // keys and screen readers alike. (Not by Accessible.ignored: that only skips the
        // Loader itself, whose children stay in the tree, and when false it makes the Loader
        // an unnamed, always-focused "filler" to AT-SPI.)
        enabled: !adminLoader.active
        visible: !adminLoader.active
        readonly property string screen: window.appState.screen
        readonly property var screens: ({
            "welcome": ["screens/WelcomeScreen.qml", { "track": window.track, "helper": window.helper, "settingsCard": window.settingsCard }],
            "services": ["screens/ServiceListScreen.qml", { "services": window.services, "flow": window.flow, "performance": window.performance }],
            "question": ["screens/QuestionScreen.qml", { "flow": window.flow }],
            "check": ["screens/CheckAnswersScreen.qml", { "flow": window.flow }],
            "confirmation": ["screens/ConfirmationScreen.qml", { "flow": window.flow, "feedback": window.feedback, "receipts": window.receipts }],
            "helperSignIn": ["screens/HelperSignInScreen.qml", { "helper": window.helper }],
            "consent": ["screens/ConsentScreen.qml", { "helper": window.helper }],
            "track": ["screens/TrackScreen.qml", { "track": window.track }],
            "settingsCard": ["screens/SettingsCardScreen.qml", { "settingsCard": window.settingsCard, "readAloud": window.readAloud }],
            "feedback": ["screens/FeedbackScreen.qml", { "feedback": window.feedback }],
            "web": ["screens/WebServiceScreen.qml", { "webSession": window.webSession, "helper": window.helper }]
        })
        function show(name) {
            // No shell attached (some tests): no contained web view, so no web services.
            if (name === "web" && window.webSession === null)
                name = "services"
            const entry = screens[name] !== undefined ? screens[name] : screens["welcome"]
            const props = Object.assign({ "appState": window.appState }, entry[1])
            if (name === "web")
                props["startUrl"] = window.appState.webAddress
            setSource(Qt.resolvedUrl(entry[0]), props)
        }
        onScreenChanged: show(screen)
        Component.onCompleted: show(screen)
        onLoaded: {
            if (item.backToKiosk !== undefined)
                item.backToKiosk.connect(window.appState.showServices)
            item.forceActiveFocus()
        }
    }

    // When an overlay (PIN pad, admin screen, idle warning) goes, keyboard users land back on
    // the screen they left.
    function focusScreen() {
        if (screenLoader.item)
            screenLoader.item.forceActiveFocus()
    }

    // Kiosk shell (ShellWiring); null when not attached.
    property SessionWiper wiper: null
    property IdleWatcher idleWatcher: null
    property AdminGate adminGate: null
    property AdminStatus adminStatus: null
    property KioskLockdown lockdown: null
    property WebSession webSession: null
    property bool adminPinShown: false

    Connections {
        target: window.wiper
        // The session's screen must be gone before the wipe counts as done.
        function onWipeStarted(reason) {
            window.adminPinShown = false
            if (window.appState.screen !== "welcome" && screenLoader.item)
                window.wiper.awaitDestroyed(screenLoader.item)
            // Text still being synthesised is text still in memory: the wipe is done once the
            // speech engine has let go of it.
            window.readAloud.wipe()
            window.wiper.awaitFalse(window.readAloud, "flushing")
        }
    }
    Connections {
        target: window.adminGate
        function onPinRequested() { window.adminPinShown = true }
        function onOpenChanged() { if (window.adminGate.open) window.adminPinShown = false }
    }
    // The PIN pad, then the admin screen, and the idle warning: loaded by URL when needed, so
    // start-up compiles none of them (bench-startup).
    Loader {
        id: adminLoader
        objectName: "adminLoader"
        anchors.fill: parent
        z: 900
        active: window.adminGate !== null && (window.adminPinShown || window.adminGate.open)
        readonly property bool adminOpen: window.adminGate !== null && window.adminGate.open
        function showPage() {
            if (!active)
                return
            if (adminOpen)
                setSource(Qt.resolvedUrl("screens/AdminScreen.qml"),
                          { "status": window.adminStatus, "gate": window.adminGate })
            else
                setSource(Qt.resolvedUrl("screens/PinPadScreen.qml"), { "gate": window.adminGate })
        }
        onAdminOpenChanged: showPage()
        onActiveChanged: {
            if (active) {
                showPage()
                return
            }
            source = ""
            window.focusScreen()
        }
        onLoaded: {
            if (item.cancelled !== undefined)
                item.cancelled.connect(() => { window.adminPinShown = false })
            if (item.exitClicked !== undefined) {
                item.endSessionClicked.connect(() => window.wiper.endSession("admin"))
                // systemd starts the kiosk again after a restart, but not after "exit kiosk"
                // (KioskLockdown::ExitStatus, packaging/systemd/civic-kiosk.service).
                item.restartClicked.connect(window.lockdown.restartKiosk)
                item.exitClicked.connect(window.lockdown.exitKiosk)
            }
            item.forceActiveFocus()
        }
    }
    Loader {
        id: idleWarningLoader
        anchors.fill: parent
        z: 1000
        // Made when due: most sessions never see it.
        active: window.idleWatcher !== null && window.idleWatcher.warning
        onActiveChanged: {
            if (active) {
                setSource(Qt.resolvedUrl("components/IdleWarning.qml"),
                          { "watcher": window.idleWatcher, "speech": window.readAloud })
                return
            }
            source = ""
            window.focusScreen()
        }
    }

    // Remote view (fleet command "request-screenshot", RemoteView): the prompt
    // asking the person at the screen, and the notice that a picture was sent. Pushed by
    // FleetWiring once the window exists; null without a fleet. Loaded by URL when needed.
    property RemoteView remoteView: null
    Loader {
        id: remoteViewPromptLoader
        anchors.fill: parent
        z: 1100
        active: window.remoteView !== null && window.remoteView.prompting
        onActiveChanged: {
            if (active) {
                setSource(Qt.resolvedUrl("components/RemoteViewPrompt.qml"),
                          { "remoteView": window.remoteView, "speech": window.readAloud })
                return
            }
            source = ""
            window.focusScreen()
        }
    }
    Loader {
        id: remoteViewNoticeLoader
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        z: 1050
        active: window.remoteView !== null && window.remoteView.noticeShown
        onActiveChanged: {
            if (active) {
                setSource(Qt.resolvedUrl("components/RemoteViewNotice.qml"),
                          { "remoteView": window.remoteView, "speech": window.readAloud })
                return
            }
            source = ""
        }
    }

    // The on-screen keyboard (a11y, KioskKeyboard): loaded the first time a text field takes
    // focus, so start-up does not pay for it; it then stays for the life of the window.
    Loader {
        id: keyboardLoader
        objectName: "keyboardLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: item ? item.height : 0
        z: 800
        active: false
        // By URL, not as an inline component: naming KioskKeyboard here would make Main.qml
        // import Qt Virtual Keyboard (and its plugins) before the first frame.
        source: active ? Qt.resolvedUrl("components/KioskKeyboard.qml") : ""
        onLoaded: {
            item.readAloud = window.readAloud
            item.language = Qt.binding(() => window.appState.language)
            Qt.inputMethod.show()
        }
    }
    Connections {
        target: window
        function onActiveFocusItemChanged() {
            const item = window.activeFocusItem
            if (!keyboardLoader.active && item && item.cursorPosition !== undefined && !item.readOnly)
                keyboardLoader.active = true
        }
    }
    Connections {
        // A text box inside a web page is not a QML text item: it shows up as the input
        // method's cursor moving into a text box of the focused web view.
        target: Qt.inputMethod
        function onVisibleChanged() {
            if (Qt.inputMethod.visible && !keyboardLoader.active)
                keyboardLoader.active = true
        }
        function onCursorRectangleChanged() {
            const r = Qt.inputMethod.cursorRectangle
            if (!keyboardLoader.active && r.height > 0 && window.activeFocusItem)
                keyboardLoader.active = true
        }
    }
}
