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

    Component {
        id: welcomeScreen
        WelcomeScreen { appState: window.appState }
    }
    Component {
        id: serviceListScreen
        ServiceListScreen { appState: window.appState; services: window.services; flow: window.flow }
    }
    Component {
        id: questionScreen
        QuestionScreen { appState: window.appState; flow: window.flow }
    }
    Component {
        id: checkAnswersScreen
        CheckAnswersScreen { appState: window.appState; flow: window.flow }
    }
    Component {
        id: confirmationScreen
        ConfirmationScreen { appState: window.appState; flow: window.flow }
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        focus: true
        readonly property string screen: window.appState.screen
        sourceComponent: screen === "services" ? serviceListScreen
                       : screen === "question" ? questionScreen
                       : screen === "check" ? checkAnswersScreen
                       : screen === "confirmation" ? confirmationScreen
                       : welcomeScreen
        onLoaded: item.forceActiveFocus()
    }
}
