// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
//
// The kiosk's part of every page in the contained web view. WebServiceScreen injects it (a
// WebEngineScript built by WebPageAssist, which puts `ckConfig` in front of this text) into the
// application's own JavaScript world: it shares the page's DOM but not its globals, so the
// page's scripts can neither see `ckKiosk` nor call it. It does four things:
//  - a stylesheet: the kiosk's focus ring on whatever has the focus, and in high contrast
//    light-on-dark colours (>= 7:1) over every colour the page chose, plus the page's own
//    `prefers-contrast: more` rules, which Qt 6.4 gives no way to switch on;
//  - a floor under text size: text the page fixed below 16 CSS px is raised to 16 px, so with
//    the page zoom it is never smaller than the kiosk's own body text;
//  - answers for read-aloud: the main content, the focused field (label, hint, choices, value;
//    a password's value never leaves the page), alerts and the GOV.UK error summary;
//  - a nudge to the kiosk when something happens (a key or a touch, the focus moving, an alert
//    appearing), as a console line carrying a per-view token. The nudge carries no page data:
//    the kiosk asks `ckKiosk` itself what to read, so a page that forges the line gains nothing.
(function () {
    'use strict';
    if (window.ckKiosk) {
        window.ckKiosk.apply(ckConfig);
        return;
    }

    const STYLE_ID = 'ck-kiosk-style';
    const MIN_TEXT_PX = 16;
    const ALERTS = '[role="alert"], .govuk-error-summary, [aria-live="assertive"]';
    const PERSONAL = '.govuk-summary-list__value, [data-personal]';
    let config = ckConfig;

    function notify(kind) {
        console.log('ck-kiosk:' + config.token + ':' + kind);
    }

    // Same-origin sheets only: a cross-origin sheet's rules cannot be read (and throw).
    function prefersContrastRules() {
        let out = '';
        for (const sheet of Array.from(document.styleSheets)) {
            if (sheet.ownerNode && sheet.ownerNode.id === STYLE_ID)
                continue;
            let rules;
            try {
                rules = sheet.cssRules;
            } catch (e) {
                continue;
            }
            for (const rule of Array.from(rules)) {
                if (rule.media && /prefers-contrast\s*:\s*more/.test(rule.media.mediaText)) {
                    for (const inner of Array.from(rule.cssRules))
                        out += inner.cssText + '\n';
                }
            }
        }
        return out;
    }

    function stylesheet() {
        const c = config.colours;
        let css = ':focus { outline: ' + c.ringWidth + 'px solid ' + c.focus + ' !important;'
            + ' outline-offset: 0 !important;'
            + ' box-shadow: 0 0 0 ' + (2 * c.ringWidth) + 'px ' + c.focusInner + ' !important; }\n';
        if (!config.contrast)
            return css;
        css = prefersContrastRules() + css;
        css += 'html, body, body *, body *::before, body *::after {'
            + ' background-color: ' + c.background + ' !important;'
            + ' color: ' + c.text + ' !important;'
            + ' -webkit-text-fill-color: ' + c.text + ' !important;'
            + ' border-color: ' + c.text + ' !important;'
            + ' text-shadow: none !important; }\n'
            + 'body *:not(img):not(video):not(canvas):not(picture) {'
            + ' background-image: none !important; }\n'
            + 'a, a *, a:visited, a:visited * {'
            + ' color: ' + c.link + ' !important; -webkit-text-fill-color: ' + c.link + ' !important; }\n'
            + '::placeholder { color: ' + c.text + ' !important; opacity: 1 !important; }\n'
            // A button drawn by its colour alone would be plain text once the colours go.
            + 'input, select, textarea, button, [role="button"] {'
            + ' border: 2px solid ' + c.text + ' !important; }\n'
            + ':focus { outline-color: ' + c.focus + ' !important; }\n';
        return css;
    }

    function installStyle() {
        const root = document.head || document.documentElement;
        if (!root)
            return;
        let style = document.getElementById(STYLE_ID);
        if (!style) {
            style = document.createElement('style');
            style.id = STYLE_ID;
        }
        style.textContent = stylesheet();
        // Last in the document, so it wins over the page's own sheets of the same weight.
        root.appendChild(style);
        if (config.contrast)
            document.documentElement.setAttribute('data-ck-contrast', '');
        else
            document.documentElement.removeAttribute('data-ck-contrast');
    }

    function raiseSmallText(root) {
        if (!root || !root.querySelectorAll)
            return;
        const items = [root].concat(Array.from(root.querySelectorAll('*')));
        for (const el of items) {
            if (el.nodeType !== 1)
                continue;
            const px = parseFloat(getComputedStyle(el).fontSize);
            if (px > 0 && px < MIN_TEXT_PX)
                el.style.setProperty('font-size', MIN_TEXT_PX + 'px', 'important');
        }
    }

    // Reflow at large text: a box fixed wider than the zoomed window (a 600 px column is
    // wider than a 1280 px screen at 3.0) would make every line scroll sideways. Only boxes
    // that overflow are touched, so a page that reflows by itself is left as it is.
    function fitWide(root) {
        if (!root || !root.querySelectorAll)
            return;
        const limit = document.documentElement.clientWidth;
        const items = [root].concat(Array.from(root.querySelectorAll('*')));
        for (const el of items) {
            if (el.nodeType === 1 && el.getBoundingClientRect().width > limit + 1) {
                el.style.setProperty('max-width', '100%', 'important');
                el.style.setProperty('box-sizing', 'border-box', 'important');
                el.style.setProperty('overflow-wrap', 'break-word', 'important');
            }
        }
    }

    function text(el) {
        return el ? (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim() : '';
    }
    function textOfIds(ids) {
        return (ids || '').split(/\s+/).filter(Boolean)
            .map(id => text(document.getElementById(id))).filter(Boolean).join('. ');
    }
    function labelOf(el) {
        if (el.labels && el.labels.length)
            return Array.from(el.labels).map(text).join(' ');
        return textOfIds(el.getAttribute('aria-labelledby')) || el.getAttribute('aria-label')
            || el.getAttribute('title') || el.getAttribute('placeholder') || '';
    }

    function alertText() {
        const found = Array.from(document.querySelectorAll(ALERTS))
            .filter(el => el.getClientRects().length > 0);
        // An alert inside another alert is read once, with its parent.
        return found.filter(el => !found.some(other => other !== el && other.contains(el)))
            .map(text).filter(Boolean).join('. ');
    }

    function focused() {
        const el = document.activeElement;
        if (!el || el === document.body || el === document.documentElement)
            return null;
        const alertBox = el.closest(ALERTS);
        if (alertBox)
            return { kind: 'alert', question: text(alertBox) };
        const tag = el.tagName.toLowerCase();
        const hint = textOfIds(el.getAttribute('aria-describedby'));
        if (tag !== 'input' && tag !== 'select' && tag !== 'textarea')
            return { kind: 'control', question: labelOf(el) || text(el), hint: hint };
        const type = tag === 'input' ? (el.type || 'text').toLowerCase() : tag;
        const field = { kind: 'field', type: type, question: labelOf(el), hint: hint,
                        options: [], answer: '' };
        if (type === 'radio' || type === 'checkbox') {
            const group = el.closest('fieldset');
            const legend = group ? group.querySelector('legend') : null;
            const inputs = group ? Array.from(group.querySelectorAll('input[type="' + type + '"]'))
                                 : [el];
            if (legend)
                field.question = text(legend);
            field.options = inputs.map(labelOf);
            field.answer = inputs.filter(i => i.checked).map(labelOf).join(', ');
            if (!field.hint && group)
                field.hint = textOfIds(group.getAttribute('aria-describedby'));
        } else if (tag === 'select') {
            field.options = Array.from(el.options).map(o => o.text);
            field.answer = Array.from(el.selectedOptions).map(o => o.text).join(', ');
        } else if (type !== 'password') {
            // A password's value is never handed out, not even for headphones.
            field.answer = el.value || '';
        }
        return field;
    }

    function focusables() {
        const selector = 'a[href], button, input, select, textarea, summary, '
            + '[tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
        return Array.from(document.querySelectorAll(selector)).filter(el =>
            !el.disabled && el.type !== 'hidden' && el.tabIndex >= 0
            && el.getClientRects().length > 0);
    }

    // Chromium hands the focus back to the kiosk when Tab leaves the page; coming back in, the
    // kiosk puts it on the page's first (or, going backwards, last) control.
    function focusEdge(last) {
        const list = focusables();
        const target = last ? list[list.length - 1] : list[0];
        if (!target)
            return false;
        target.focus();
        return document.activeElement === target;
    }

    function apply(next) {
        config = next;
        installStyle();
        raiseSmallText(document.body);
        fitWide(document.body);
    }

    // The main content (`main`, else the body), with any alert outside it first. Without
    // headphones a GOV.UK summary list's answers (check your answers) are replaced by
    // `withheld`: they are the person's own.
    function pageText(withheld) {
        const main = document.querySelector('main, [role="main"]') || document.body;
        if (!main)
            return '';
        let body = text(main);
        if (withheld) {
            for (const el of Array.from(main.querySelectorAll(PERSONAL))) {
                const t = text(el);
                if (t)
                    body = body.replace(t, withheld);
            }
        }
        const outside = Array.from(document.querySelectorAll(ALERTS))
            .filter(a => !main.contains(a) && a.getClientRects().length > 0).map(text);
        return outside.concat([body]).filter(Boolean).join('. ');
    }

    window.ckKiosk = {
        apply: apply,
        pageText: pageText,
        alertText: alertText,
        focused: focused,
        focusEdge: focusEdge,
        raiseSmallText: () => raiseSmallText(document.body),
    };

    document.addEventListener('keydown', () => notify('action'), true);
    document.addEventListener('pointerdown', () => notify('action'), true);
    document.addEventListener('focusin', () => notify('focus'), true);

    // The kiosk's text size changes the page zoom, and with it the window's width in CSS px.
    let resizing = 0;
    window.addEventListener('resize', () => {
        clearTimeout(resizing);
        resizing = setTimeout(() => fitWide(document.body), 100);
    });

    let pending = false;
    new MutationObserver(records => {
        let alerted = false;
        for (const r of records) {
            for (const node of Array.from(r.addedNodes)) {
                if (node.nodeType !== 1)
                    continue;
                if (node.id !== STYLE_ID) {
                    raiseSmallText(node);
                    fitWide(node);
                }
                if (node.matches(ALERTS) || node.querySelector(ALERTS))
                    alerted = true;
            }
            const target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
            if (r.type === 'characterData' && target && target.closest(ALERTS))
                alerted = true;
        }
        if (alerted && !pending) {
            pending = true;
            setTimeout(() => { pending = false; notify('alert'); }, 50);
        }
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

    apply(config);
})();
