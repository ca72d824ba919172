// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import CivicKiosk

// The on-screen keyboard: full window width so keys are large (about 100 px on a 1280 px
// screen), layout in the session language, no word prediction (nothing typed by one person
// may be suggested to the next), and keys spoken by the kiosk when read-aloud is on because
// Qt Virtual Keyboard keys have no accessible names. Needs QT_IM_MODULE=qtvirtualkeyboard.
InputPanel {
    id: panel
    property ReadAloud readAloud
    property string language: "en"
    // Layouts the VKB ships for the kiosk's languages. Welsh has no layout of its own; en_GB
    // has the long-press accents Welsh needs (â, ê, î, ô, û, ŵ, ŷ).
    readonly property var layouts: ({ "en": "en_GB", "cy": "en_GB", "pl": "pl_PL", "ar": "ar_AR" })

    objectName: "kioskKeyboard"
    z: 1000
    width: parent ? parent.width : 0
    y: active && parent ? parent.height - height : (parent ? parent.height : 0)
    visible: active

    // What the keyboard is set to, for the audit and tests (the settings singleton is only
    // visible to files that import the VKB).
    readonly property string layoutLocale: VirtualKeyboardSettings.locale
    readonly property int persistentHints: VirtualKeyboardSettings.inputMethodHints
    // The layout for the language has loaded and keys will type.
    readonly property bool ready: InputContext.inputEngine.inputMethod !== null

    // A key as a finger on the screen would press it (tests and the keyboard's own echo).
    function pressKey(key, text) {
        InputContext.inputEngine.virtualKeyClick(key, text, 0)
    }

    // Characters typed into a field are personal unless the field says otherwise
    // (`property bool personal: false`) or is masked.
    function focusedFieldIsPersonal() {
        const item = panel.Window.activeFocusItem
        if (!item)
            return true
        if (item.echoMode !== undefined && item.echoMode !== TextInput.Normal)
            return true
        return item.personal !== false
    }

    // Called by the session wiper: hide, drop any half-composed input and the VKB's user data.
    function wipe() {
        Qt.inputMethod.reset()
        Qt.inputMethod.hide()
        VirtualKeyboardSettings.userDataReset()
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.layouts[panel.language] ?? "en_GB"
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: [panel.layouts[panel.language] ?? "en_GB"]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "inputMethodHints"
        value: Qt.ImhNoPredictiveText
    }

    Connections {
        target: InputContext.inputEngine
        function onVirtualKeyClicked(key, text, modifiers, isAutoRepeat) {
            if (panel.readAloud && !isAutoRepeat)
                panel.readAloud.speakKey(key, text, panel.focusedFieldIsPersonal())
        }
    }
}
