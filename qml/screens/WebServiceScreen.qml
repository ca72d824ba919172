// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtWebEngine
import CivicKiosk

// An online government service inside the kiosk. Only addresses on the allow-list are shown
// (WebSession/UrlPolicy decide, C++); everything else gets a friendly in-kiosk page. Downloads,
// file pickers, new windows, print dialogs, frames from outside the lists, permission requests
// (camera, microphone, location, notifications), context menus and developer tools are
// refused. "Back to the kiosk" is always on screen. The web profile is the session's
// off-the-record one, created on first use.
// The kiosk's help reaches the page too (WebPageAssist injects the script that does it): the
// header has the kiosk's text size (page zoom), high contrast (a kiosk stylesheet over the
// page's colours), read-aloud of the page, languages for the kiosk's own controls and, while a
// helper is signed in, "Ask for help". Tab runs header -> page -> header and never wanders off.
FocusScope {
    id: screen
    objectName: "webServiceScreen"

    required property WebSession webSession
    property AppState appState: null // given by Main.qml; the harnesses in tests leave it out
    property url startUrl: webSession.startUrl
    property string blockedReason: ""
    // The session's off-the-record profile, taken once when the screen is made (see
    // WebSession::sessionProfile). Without one (the web plugin could not load) no view is made
    // at all: a view without it would fall back to WebEngine's default, on-disk profile.
    property QtObject sessionProfile: null
    // Made in Component.onCompleted, and only with the session profile; WebSession destroys it
    // (view first, then profile) when the session is wiped.
    property Item view: null
    property HelperController helper: null // given by Main.qml; null without helper mode
    readonly property ReadAloud readAloud: Window.window && Window.window.readAloud !== undefined
                                           ? Window.window.readAloud : null
    readonly property real pageZoom: assist.pageZoom(Theme.textScale)
    signal backToKiosk()
    signal helpRequested()

    // An invisible stop in the Tab order (see enterPage).
    component FocusStop: Item {
        signal entered()
        activeFocusOnTab: true
        implicitWidth: 0
        implicitHeight: 0
        Accessible.ignored: true
        // Later, not while the focus change that brought it here (WebEngine's own, leaving
        // the page) is still under way: moving it again from inside that bounced it back.
        onActiveFocusChanged: if (activeFocus) Qt.callLater(entered)
    }

    WebPageAssist { id: assist }

    // The injected script's settings follow the kiosk's: each new page starts with them, and
    // the page on screen is told at once.
    function pageColours() {
        return { "background": String(Theme.background), "text": String(Theme.text),
                 "link": String(Theme.link), "focus": String(Theme.focus),
                 "focusInner": String(Theme.focusInner), "ringWidth": Theme.focusRingWidth }
    }
    function installPageScript() {
        if (!view)
            return
        view.userScripts.collection = [{
            "name": "civic-kiosk",
            "sourceCode": assist.pageScript(Theme.highContrast, pageColours()),
            "injectionPoint": WebEngineScript.DocumentReady,
            "worldId": WebEngineScript.ApplicationWorld,
            "runOnSubframes": true
        }]
        view.runJavaScript(assist.applyCall(Theme.highContrast, pageColours()),
                           WebEngineScript.ApplicationWorld)
    }
    // Chromium keeps zoom per site: a page from another host would come back at 100 %.
    function applyZoom() {
        if (view)
            view.zoomFactor = pageZoom
    }
    onPageZoomChanged: {
        stopReading()
        applyZoom()
    }
    Connections {
        target: Theme
        function onHighContrastChanged() {
            screen.stopReading()
            screen.installPageScript()
        }
    }

    // Read-aloud of the page, asked of the injected script (page text never passes through
    // QML items). Personal values only with headphones, as on the kiosk's own screens.
    function pageScript(call, done) {
        if (view)
            view.runJavaScript("window.ckKiosk ? " + call + " : null",
                               WebEngineScript.ApplicationWorld, done)
    }
    function readPageAloud() {
        if (!readAloud)
            return
        const withheld = readAloud.privateListening ? ""
                       : qsTr("An answer you gave, not read out without headphones.")
        pageScript("ckKiosk.pageText(" + JSON.stringify(withheld) + ")", (text) => {
            if (text && screen.readAloud)
                screen.readAloud.say(text)
        })
    }
    function readFocused() {
        pageScript("ckKiosk.focused()", (field) => {
            if (!field || !screen.readAloud)
                return
            if (field.kind === "field")
                screen.readAloud.readPage(field.question, field.hint, field.options,
                                          field.answer, assist.isPersonalInput(field.type))
            else
                screen.readAloud.say([field.question, field.hint].filter(t => t).join(". "))
        })
    }
    function readAlerts() {
        pageScript("ckKiosk.alertText()", (text) => {
            if (text && screen.readAloud)
                screen.readAloud.say(text)
        })
    }
    function stopReading() {
        if (readAloud)
            readAloud.stop()
    }
    // A nudge from the page's script: a key or a touch stops reading; with "Read every page"
    // the field that takes the focus is read; once read-aloud is in use, alerts are.
    function nudged(kind) {
        if (!readAloud || kind.length === 0)
            return
        if (kind === "action" && readAloud.speaking)
            stopReading()
        else if (kind === "focus" && readAloud.readOnArrival)
            focusSettled.restart()
        else if (kind === "alert" && readAloud.inUse)
            readAlerts()
    }
    // Tabbing quickly past fields reads only the one the person stops on: a new text for
    // every key would keep the speech engine stopping and starting.
    Timer {
        id: focusSettled
        interval: 250
        onTriggered: screen.readFocused()
    }
    function pageArrived() {
        if (!readAloud)
            return
        if (readAloud.readOnArrival)
            readPageAloud()
        else if (readAloud.inUse)
            readAlerts()
    }

    // Keyboard: Tab from the header's last control enters the page at its first control
    // (WebEngine's own), Tab from the page's last control comes back to "Back to the kiosk",
    // Shift+Tab from there goes into the page at its last control. Two invisible stops, before
    // the header and after the page, steer the focus at the ends; which way the person was
    // going is told by where the focus came from.
    property Item lastFocus: null
    function isDescendant(item, ancestor) {
        for (let i = item; i; i = i.parent) {
            if (i === ancestor)
                return true
        }
        return false
    }
    function cameFromPage() { return view !== null && isDescendant(lastFocus, view) }
    function enterPage(last) {
        if (!view || !view.visible) {
            header.backButton.forceActiveFocus(Qt.TabFocusReason)
            return
        }
        // Not Tab/Backtab as the reason: WebEngine then runs its own Tab handling, which
        // passes the focus straight back out of the view.
        view.forceActiveFocus(Qt.OtherFocusReason)
        pageScript("ckKiosk.focusEdge(" + (last ? "true" : "false") + ")", (moved) => {
            // A page with nothing to focus: the header again, so the focus is never lost.
            if (!moved)
                (last ? lastHeaderControl() : header.backButton).forceActiveFocus(Qt.TabFocusReason)
        })
    }
    function lastHeaderControl() {
        let item = header.backButton
        for (let next = header.backButton.nextItemInFocusChain(true);
             next && isDescendant(next, header);
             next = next.nextItemInFocusChain(true))
            item = next
        return item
    }
    Connections {
        target: screen.Window.window
        function onActiveFocusItemChanged() {
            const item = screen.Window.window.activeFocusItem
            if (item && item !== beforeHeader && item !== afterPage)
                screen.lastFocus = item
        }
    }
    Component.onDestruction: stopReading()

    function open(address) {
        const target = String(address)
        const decision = webSession.decide(target, true)
        if (decision === 0) {
            blockedReason = ""
            if (view)
                view.url = target
            return true
        }
        refuse(webSession.reason(target, true))
        return false
    }
    function refuse(kind) {
        if (kind === "outside-list" || kind === "scheme" || kind === "credentials" || kind === "invalid")
            blockedReason = kind
        webSession.noteRefusal(kind)
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Shift+Tab from "Back to the kiosk": into the page at its last control.
        FocusStop {
            id: beforeHeader
            objectName: "beforeHeader"
            onEntered: screen.lastFocus === header.backButton
                       ? screen.enterPage(true)
                       : header.backButton.forceActiveFocus(Qt.TabFocusReason)
        }

        WebHeader {
            id: header
            Layout.fillWidth: true
            appState: screen.appState
            helper: screen.helper
            readAloud: screen.readAloud
            reader: screen.readPageAloud
            title: screen.view ? screen.view.title : ""
            onBackClicked: {
                screen.stopReading()
                screen.backToKiosk()
            }
            onHelpAsked: screen.helpRequested()
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Item {
                id: viewArea
                anchors.fill: parent
            }
            Component {
                id: webViewComponent
                WebEngineView {
                    id: view
                    objectName: "webView"
                    anchors.fill: parent
                    // Large print here too: a page's 16 px body text as big as the kiosk's own,
                    // and growing with the text size the citizen chose (WebPageAssist::pageZoom).
                    zoomFactor: screen.pageZoom
                    // Qt 6.4 crashes making its default text-selection handle when a finger taps
                    // a text box (qmlEngine() on the view's private delegate); a handle of our
                    // own avoids that path, and is easier to see.
                    touchHandleDelegate: Rectangle {
                        width: Theme.minTarget / 2
                        height: Theme.minTarget / 2
                        radius: width / 2
                        color: Theme.focus
                        border.width: 2
                        border.color: Theme.focusInner
                    }
                    visible: screen.blockedReason.length === 0

                    settings.javascriptCanOpenWindows: true // so refusals reach onNewWindowRequested
                    settings.javascriptCanAccessClipboard: false
                    settings.javascriptCanPaste: false
                    settings.localContentCanAccessFileUrls: false
                    settings.localContentCanAccessRemoteUrls: false
                    settings.pluginsEnabled: false
                    settings.screenCaptureEnabled: false
                    settings.fullScreenSupportEnabled: false
                    settings.allowWindowActivationFromJavaScript: false
                    settings.navigateOnDropEnabled: false
                    settings.focusOnNavigationEnabled: true

                    onNavigationRequested: (request) => {
                        const decision = screen.webSession.decide(request.url, request.isMainFrame)
                        if (decision !== 0) {
                            request.reject()
                            // A frame the page embeds from outside the lists stays empty; the
                            // page itself stays on screen.
                            if (request.isMainFrame)
                                screen.refuse(screen.webSession.reason(request.url, true))
                            else
                                screen.refuse("frame")
                        }
                    }
                    onNewWindowRequested: (request) => {
                        // No second window ever: an allowed target opens here, anything else is refused.
                        if (screen.webSession.decide(request.requestedUrl, true) === 0)
                            view.url = request.requestedUrl
                        else
                            screen.refuse("new-window")
                    }
                    onFeaturePermissionRequested: (securityOrigin, feature) => {
                        view.grantFeaturePermission(securityOrigin, feature, false)
                        screen.refuse("permission")
                    }
                    onFileDialogRequested: (request) => {
                        request.accepted = true
                        request.dialogReject()
                        screen.refuse("file-picker")
                    }
                    // No context menu: it offers "Inspect", "View page source", "Save as" and
                    // "Print", each a way out of the contained view.
                    onContextMenuRequested: (request) => { request.accepted = true }
                    // The print dialog leads to printer settings and "save as PDF" in a file
                    // dialog: a page's print button does nothing here.
                    onPrintRequested: screen.refuse("print")
                    onFullScreenRequested: (request) => request.reject()
                    onRegisterProtocolHandlerRequested: (request) => {
                        request.reject()
                        screen.refuse("protocol-handler")
                    }
                    onFileSystemAccessRequested: (request) => {
                        request.reject()
                        screen.refuse("file-system")
                    }
                    onJavaScriptConsoleMessage: (level, message) => screen.nudged(assist.nudgeKind(message))
                    onLoadingChanged: (loadingInfo) => {
                        if (loadingInfo.status === WebEngineView.LoadStartedStatus) {
                            screen.stopReading()
                            screen.applyZoom()
                        } else if (loadingInfo.status === WebEngineView.LoadSucceededStatus) {
                            screen.applyZoom()
                            screen.pageArrived()
                        }
                        // A server redirect out of the list is blocked by the interceptor and fails
                        // to load: show the friendly page rather than Chromium's error.
                        if (loadingInfo.status === WebEngineView.LoadFailedStatus
                                && screen.webSession.decide(loadingInfo.url, true) !== 0)
                            screen.refuse("outside-list")
                    }
                    Component.onCompleted: screen.webSession.attachView(view)

                    Connections {
                        target: view.profile
                        function onDownloadRequested(download) {
                            download.cancel()
                            screen.refuse("download")
                        }
                    }
                }
            }

            Rectangle {
                id: friendly
                objectName: "friendlyPage"
                anchors.fill: parent
                visible: screen.blockedReason.length > 0
                color: Theme.background

                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.maxContentWidth)
                    spacing: Theme.spacingLarge
                    Text {
                        id: friendlyTitle
                        Layout.fillWidth: true
                        text: screen.blockedReason === "unavailable"
                              ? qsTr("Online services are not available at the moment")
                              : qsTr("This page is not available on this kiosk")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        activeFocusOnTab: true
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: screen.blockedReason === "unavailable"
                              ? qsTr("Try again later, or ask a member of staff. The other services on this kiosk still work.")
                              : qsTr("For your safety this kiosk only opens council and government services. You can go back to the service, or back to the kiosk.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    KioskButton {
                        objectName: "backToService"
                        visible: screen.view !== null
                        text: qsTr("Go back to the service")
                        onClicked: screen.blockedReason = ""
                    }
                }
                onVisibleChanged: if (visible) friendlyTitle.forceActiveFocus()
            }
        }

        // Tab from the page's last control: "Back to the kiosk" (never the on-screen keyboard
        // or anything else behind the screen); Shift+Tab into here from outside: the page.
        FocusStop {
            id: afterPage
            objectName: "afterPage"
            onEntered: screen.cameFromPage() ? header.backButton.forceActiveFocus(Qt.TabFocusReason)
                                             : screen.enterPage(true)
        }
    }

    Component.onCompleted: {
        sessionProfile = webSession.sessionProfile()
        if (sessionProfile === null) {
            blockedReason = "unavailable"
            return
        }
        // The profile is set as the view is made: a view's page is bound to its first profile.
        view = webViewComponent.createObject(viewArea, { "profile": sessionProfile })
        installPageScript()
        if (startUrl.toString().length > 0)
            open(startUrl)
    }
}
