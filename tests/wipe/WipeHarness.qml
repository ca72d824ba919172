// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// One kiosk session as the real window holds it: a kiosk answer field and the contained web
// service inside a Loader that the wipe drops. The next session starts only once the wipe is
// complete, as in Main.qml (the welcome screen comes first there).
Window {
    id: root
    width: 1280
    height: 900
    visible: true

    required property WebSession webSession
    required property SessionWiper wiper
    required property url serviceUrl
    property var lastResult
    property int resultCount: 0

    function web() { return session.item ? session.item.web : null }
    function js(script) {
        const screen = web()
        if (!screen)
            return false
        screen.view.runJavaScript(script, function(result) {
            root.lastResult = result
            root.resultCount++
        })
        return true
    }
    function focusWeb() { web().view.forceActiveFocus() }
    function focusAnswer() { session.item.answer.forceActiveFocus() }

    Connections {
        target: root.wiper
        function onWipeStarted(reason) {
            root.wiper.awaitDestroyed(session.item)
            session.active = false
        }
        function onWiped(durationMs) { session.active = true }
    }

    Loader {
        id: session
        objectName: "sessionLoader"
        anchors.fill: parent
        sourceComponent: Item {
            property alias web: web
            property alias answer: answer
            TextField {
                id: answer
                objectName: "answer"
                width: 400
                height: 60
            }
            WebServiceScreen {
                id: web
                y: 60
                width: parent.width
                height: parent.height - 60
                webSession: root.webSession
                startUrl: root.serviceUrl
            }
        }
    }
}
