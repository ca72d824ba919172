import QtQuick
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

    WebServiceScreen {
        id: web
        anchors.fill: parent
        webSession: root.webSession
        startUrl: root.serviceUrl
    }
}
