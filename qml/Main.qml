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
            "welcome": ["screens/WelcomeScreen.qml", {}],
            "services": ["screens/ServiceListScreen.qml", { "services": window.services, "flow": window.flow }],
            "question": ["screens/QuestionScreen.qml", { "flow": window.flow }],
            "check": ["screens/CheckAnswersScreen.qml", { "flow": window.flow }],
            "confirmation": ["screens/ConfirmationScreen.qml", { "flow": window.flow }]
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
}
