// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Every size, colour and font the screens use. Screens never hold literals: a text-size or
// contrast change here reflows the whole kiosk. Colours follow the GOV.UK Design System palette
// (standard) and a black/yellow/white palette for high contrast (every text pair >= 7:1).
QtObject {
    id: theme

    // Site defaults: the session wiper puts these back for each new person (resetToDefaults).
    readonly property real defaultTextScale: 1.0
    readonly property bool defaultHighContrast: false

    property real textScale: defaultTextScale // 1.0, 1.5 or 2.0
    property bool highContrast: defaultHighContrast
    readonly property var textScales: [1.0, 1.5, 2.0]

    function resetToDefaults() {
        textScale = defaultTextScale
        highContrast = defaultHighContrast
    }

    // Type: base body text is 24 px at 100 % (large print for a public terminal).
    readonly property string fontFamily: "DejaVu Sans"
    readonly property int bodySize: Math.round(24 * textScale)
    readonly property int smallSize: Math.round(20 * textScale)
    readonly property int labelSize: Math.round(26 * textScale)
    readonly property int headingSize: Math.round(36 * textScale)
    readonly property int titleSize: Math.round(44 * textScale)
    readonly property int referenceSize: Math.round(56 * textScale)

    // Space grows with the text so 200 % text does not touch its neighbours.
    readonly property int spacingSmall: Math.round(8 * Math.sqrt(textScale))
    readonly property int spacing: Math.round(16 * Math.sqrt(textScale))
    readonly property int spacingLarge: Math.round(32 * Math.sqrt(textScale))
    readonly property int pageMargin: Math.round(40 * Math.sqrt(textScale))
    readonly property int maxContentWidth: Math.round(1100 * Math.min(textScale, 1.5))

    // Targets: WCAG 2.5.5 asks 44 x 44; kiosk buttons are bigger so they work for shaky hands.
    readonly property int minTarget: 44
    readonly property int buttonHeight: Math.max(72, bodySize * 2 + 24)
    readonly property int fieldHeight: Math.max(64, bodySize * 2 + 16)
    readonly property int radioSize: Math.max(40, bodySize + 16)
    readonly property int borderWidth: 2
    readonly property int fieldBorderWidth: 3
    readonly property int focusRingWidth: 3
    readonly property int errorBarWidth: 8
    readonly property int radius: 0

    // Colours. Names say the role, not the hue.
    readonly property color background: highContrast ? "#000000" : "#ffffff"
    readonly property color surface: highContrast ? "#000000" : "#f3f2f1"
    readonly property color headerBackground: highContrast ? "#000000" : "#0b0c0c"
    readonly property color headerText: highContrast ? "#ffff00" : "#ffffff"
    readonly property color text: highContrast ? "#ffffff" : "#0b0c0c"
    readonly property color secondaryText: highContrast ? "#ffffff" : "#505a5f"
    readonly property color link: highContrast ? "#ffff00" : "#1d70b8"
    readonly property color border: highContrast ? "#ffffff" : "#505a5f"
    readonly property color inputBorder: highContrast ? "#ffffff" : "#0b0c0c"
    readonly property color inputBackground: highContrast ? "#000000" : "#ffffff"
    readonly property color primary: highContrast ? "#ffff00" : "#00703c"
    readonly property color primaryPressed: highContrast ? "#cccc00" : "#005a30"
    readonly property color primaryText: highContrast ? "#000000" : "#ffffff"
    readonly property color secondaryButton: highContrast ? "#000000" : "#f3f2f1"
    readonly property color secondaryButtonText: highContrast ? "#ffff00" : "#0b0c0c"
    readonly property color selected: highContrast ? "#333300" : "#e8f1f8"
    readonly property color error: highContrast ? "#ff9c9c" : "#d4351c"
    readonly property color success: highContrast ? "#000000" : "#00703c"
    readonly property color successText: highContrast ? "#ffff00" : "#ffffff"
    // Focus: GOV.UK yellow with a dark inner line gives 3:1 against both neighbours.
    readonly property color focus: highContrast ? "#00ffff" : "#ffdd00"
    readonly property color focusInner: highContrast ? "#000000" : "#0b0c0c"
}
