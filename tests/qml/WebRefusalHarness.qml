// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtWebEngine
import CivicKiosk

// The contained web view alone, for the refusal test.
Window {
    id: root
    width: 1280
    height: 900
    visible: true

    required property WebSession webSession
    required property url serviceUrl
    property var lastResult
    property int resultCount: 0
    readonly property alias screen: web

    function web() { return web }
    function js(script) {
        web.view.runJavaScript(script, function(result) {
            root.lastResult = result
            root.resultCount++
        })
        return true
    }
    function open(address) { return web.open(address) }
    function focusWeb() { web.view.forceActiveFocus() }
    // What a context menu or a browser's shortcuts would trigger (ViewSource,
    // SavePage, ...), asked of the view directly.
    function webAction(name) {
        web.view.triggerWebAction(WebEngineView[name])
        return true
    }

    WebServiceScreen {
        id: web
        anchors.fill: parent
        webSession: root.webSession
        startUrl: root.serviceUrl
    }
}
