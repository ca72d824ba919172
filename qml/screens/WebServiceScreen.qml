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
    signal backToKiosk()

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

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bar.implicitHeight + 2 * Theme.spacingSmall
            color: Theme.headerBackground
            RowLayout {
                id: bar
                anchors.fill: parent
                anchors.margins: Theme.spacingSmall
                anchors.leftMargin: Theme.pageMargin
                anchors.rightMargin: Theme.pageMargin
                spacing: Theme.spacing
                KioskButton {
                    id: backButton
                    objectName: "backToKiosk"
                    kind: "secondary"
                    text: qsTr("Back to the kiosk")
                    description: qsTr("Leave this website and return to the council services")
                    onClicked: screen.backToKiosk()
                }
                Text {
                    objectName: "webPageTitle"
                    // A signed-in page's title can name the person: hidden in a remote view
                    // (RemoteViewCapture), as the page itself is.
                    readonly property bool showsAnswer: true
                    Layout.fillWidth: true
                    text: screen.view ? screen.view.title : ""
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.headerText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
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
                    // and growing with the text size the citizen chose.
                    zoomFactor: 1.5 * Theme.textScale
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
                    onLoadingChanged: (loadingInfo) => {
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
    }

    Component.onCompleted: {
        sessionProfile = webSession.sessionProfile()
        if (sessionProfile === null) {
            blockedReason = "unavailable"
            return
        }
        // The profile is set as the view is made: a view's page is bound to its first profile.
        view = webViewComponent.createObject(viewArea, { "profile": sessionProfile })
        if (startUrl.toString().length > 0)
            open(startUrl)
    }
}
