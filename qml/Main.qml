import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// The kiosk window. It only swaps screens: one citizen's session moves welcome -> services ->
// question pages -> check answers -> confirmation, driven by AppState.screen. Screens are
// swapped with a Loader (not StackView: popping breaks the accessible tree in Qt 6.4,
// QTBUG-102825), which also destroys every item of the previous screen.
ApplicationWindow {
    id: window

    required property AppState appState
    required property ServiceListModel services
    required property FlowController flow
    required property bool windowed
    // Helper mode, tracking, feedback, service figures (qml/bridge/helper_composition.h); null
    // when the composition root did not attach them.
    property HelperController helper: null
    property TrackController track: null
    property FeedbackController feedback: null
    property PerformanceInfo performance: null

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

    // While a member of staff helps: who is helping and their controls, above every screen.
    header: HelperBanner { helper: window.helper }

    Connections {
        target: window.appState
        // A new person gets the site's default text size and contrast back.
        function onSessionEnded() { Theme.resetToDefaults() }
    }

    // Screens load by URL when first shown, so start-up compiles and instantiates only the
    // welcome screen (bench-startup: declaring every screen as a Component here cost ~40 ms).
    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        focus: true
        readonly property string screen: window.appState.screen
        readonly property var screens: ({
            "welcome": ["screens/WelcomeScreen.qml", { "track": window.track, "helper": window.helper }],
            "services": ["screens/ServiceListScreen.qml", { "services": window.services, "flow": window.flow, "performance": window.performance }],
            "question": ["screens/QuestionScreen.qml", { "flow": window.flow }],
            "check": ["screens/CheckAnswersScreen.qml", { "flow": window.flow }],
            "confirmation": ["screens/ConfirmationScreen.qml", { "flow": window.flow, "feedback": window.feedback }],
            "helperSignIn": ["screens/HelperSignInScreen.qml", { "helper": window.helper }],
            "consent": ["screens/ConsentScreen.qml", { "helper": window.helper }],
            "track": ["screens/TrackScreen.qml", { "track": window.track }],
            "feedback": ["screens/FeedbackScreen.qml", { "feedback": window.feedback }]
        })
        function show(name) {
            const entry = screens[name] !== undefined ? screens[name] : screens["welcome"]
            const props = Object.assign({ "appState": window.appState }, entry[1])
            setSource(Qt.resolvedUrl(entry[0]), props)
        }
        onScreenChanged: show(screen)
        Component.onCompleted: show(screen)
        onLoaded: item.forceActiveFocus()
    }

    // Kiosk shell (kiosk-shell/, qml/bridge/shell_wiring.h); null when not attached.
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
        }
    }
    Connections {
        target: window.adminGate
        function onPinRequested() { window.adminPinShown = true }
        function onOpenChanged() { if (window.adminGate.open) window.adminPinShown = false }
    }
    Loader {
        id: adminLoader
        objectName: "adminLoader"
        anchors.fill: parent
        z: 900
        active: window.adminGate !== null && (window.adminPinShown || window.adminGate.open)
        sourceComponent: window.adminGate && window.adminGate.open ? adminComponent : pinComponent
        onLoaded: item.forceActiveFocus()
    }
    Component {
        id: pinComponent
        PinPadScreen {
            gate: window.adminGate
            onCancelled: window.adminPinShown = false
        }
    }
    Component {
        id: adminComponent
        AdminScreen {
            status: window.adminStatus
            gate: window.adminGate
            onEndSessionClicked: window.wiper.endSession("admin")
            // systemd (Restart=always) starts the kiosk again; 3 tells the logs it was asked for.
            onRestartClicked: { window.lockdown.allowExit(); Qt.exit(3) }
            onExitClicked: { window.lockdown.allowExit(); Qt.exit(0) }
        }
    }
    Loader {
        anchors.fill: parent
        z: 1000
        active: window.idleWatcher !== null
        sourceComponent: IdleWarning { watcher: window.idleWatcher }
    }
}
