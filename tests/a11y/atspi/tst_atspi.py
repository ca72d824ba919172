# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
"""tst_atspi: the real kiosk seen and driven through AT-SPI only, as Orca, switch access and
voice control reach it. Both demo flows go from the welcome screen to the confirmation by
AT-SPI actions (Press, Toggle, SetFocus) and AT-SPI key synthesis; the staff screens, tracking
and feedback too. Every screen is audited (atspikiosk.Auditor): names and roles of everything
focusable, the focus on the new page's heading (or on the error summary after a mistake), no
unnamed focused object, the language, text size and contrast choices saying which is chosen, and
the admin PIN pad never exposing a digit typed.

    dbus-run-session -- /usr/bin/python3 tests/a11y/atspi/tst_atspi.py --build-dir build

Exits 0 only when every scenario ran to its end and no problem was found.
"""
import argparse
import datetime
import json
import os
import re
import sys
import time
import traceback

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspikiosk import (ALERT, CHECK_BOX, HEADING, LINK, PUSH_BUTTON, RADIO, Auditor, Kiosk,  # noqa: E402
                        KioskError, action_names, wait_for)

CHECK_HEADING = "Check your answers before sending"
SENT_PREFIX = "Your form has been sent. Your reference number is "
# X keycodes of Xvfb's default keymap, for the admin shortcut Ctrl+Alt+Shift+A.
CONTROL_L, ALT_L, SHIFT_L, KEY_A = 37, 64, 50, 38
TAB = 23  # X keycode
# Check your answers: the service's privacy notice, each part named with its label.
PRIVACY_HEADING = "How we use your answers"
PRIVACY_PARTS = ("Who receives your answers: ", "Why we need them: ", "How long we keep them: ",
                 "What is published: ")
ADMIN_PIN = "2468"


def log(*parts):
    print(*parts, flush=True)


class Flows:
    """The demo flow files, read for their English questions, options and field types."""

    def __init__(self, services_dir):
        self.pages = {}
        self.titles = {}
        for name in ("missed-bin", "planning-comment"):
            with open(os.path.join(services_dir, name + ".json"), encoding="utf-8") as f:
                flow = json.load(f)
            self.titles[name] = flow["title"]["en"]
            self.pages[name] = flow["pages"]

    def page_by_question(self, flow, question):
        for page in self.pages[flow]:
            if page["question"]["en"] == question:
                return page
        return None


class Scenarios:
    def __init__(self, kiosk, auditor, flows):
        self.k = kiosk
        self.a = auditor
        self.flows = flows
        self.references = []

    # --- helpers ---------------------------------------------------------------------------
    def arrive(self, where, heading=None, role=HEADING, language="English"):
        """A new screen: the focus is on its heading; then the whole screen is audited."""
        screen = self.k.wait_focus(role, heading)
        self.a.check(screen, where, expect_focus=(role, heading), language=language)
        return screen

    def continue_to(self, where, next_heading):
        self.k.press(PUSH_BUTTON, "Continue")
        return self.arrive(where, next_heading)

    # --- the welcome screen and the display controls -------------------------------------------
    def welcome(self):
        screen = self.arrive("welcome", "Welcome to council services")
        if "Press" not in action_names(screen.one(PUSH_BUTTON, "Start").acc):
            self.a.problem("welcome", "Start has no Press action")
        # Contrast: a tick box whose checked state follows the palette, both ways.
        self.k.press(CHECK_BOX, "High contrast", "Toggle")
        self.k.wait_screen(lambda s: s.one(CHECK_BOX, "High contrast").checked,
                           "high contrast checked")
        self.k.press(CHECK_BOX, "High contrast", "Press")
        self.k.wait_screen(lambda s: not s.one(CHECK_BOX, "High contrast").checked,
                           "high contrast unchecked")
        # Language: radio buttons, the current one checked; the names stay in their own language.
        self.k.press(RADIO, "Cymraeg")
        screen = self.k.wait_screen(
            lambda s: [n.name for n in s.all(RADIO) if n.checked and n.name == "Cymraeg"],
            "Cymraeg checked")
        self.a.check(screen, "welcome in Welsh", language="Cymraeg", header=False)
        self.k.press(RADIO, "English")
        self.k.wait_screen(lambda s: s.all(PUSH_BUTTON, "Start"), "English again")
        # 200 % text: the header's controls fold behind "Display and language".
        self.k.press(RADIO, "Largest text")
        screen = self.k.wait_screen(lambda s: s.all(PUSH_BUTTON, "Display and language"),
                                    "the folded header")
        self.a.check(screen, "welcome at 200 %", language="English")
        if screen.all(CHECK_BOX, "High contrast"):
            self.a.problem("welcome at 200 %", "the contrast control is still in the header")
        self.k.press(PUSH_BUTTON, "Display and language")
        screen = self.arrive("display and language at 200 %", "Display and language")
        sizes = {n.name: n.checked for n in screen.all(RADIO) if n.parent and n.parent.name == "Text size"}
        if sizes.get("Largest text") is not True:
            self.a.problem("display and language", f"text size choice says {sizes}")
        self.k.press(RADIO, "Standard text size")
        screen = self.k.wait_screen(lambda s: s.all(CHECK_BOX, "High contrast")
                                    and not s.all(PUSH_BUTTON, "Display and language"),
                                    "the unfolded header")
        self.a.check(screen, "welcome at 100 % again", expect_focus=(RADIO, "Standard text size"))

    # --- a citizen's flow ------------------------------------------------------------------
    def answer(self, page, screen, where):
        field = page["field"]
        kind = field["type"]
        if kind in ("choice", "yesno", "multichoice"):
            labels = (["Yes", "No"] if kind == "yesno"
                      else [o["label"]["en"] for o in field["options"]])
            want = CHECK_BOX if kind == "multichoice" else RADIO
            for label in labels:
                found = screen.all(None, label)
                if not found:
                    self.a.problem(where, f"option {label!r} not on screen")
                elif found[0].role != want:
                    self.a.problem(where, f"option {label!r} is a {found[0].role}, not a {want}")
            choose = {"more-info": "Yes", "contact": "No"}.get(page["id"], labels[0])
            self.k.press(want, choose, "Toggle" if kind == "multichoice" else "Press")
            after = self.k.wait_screen(lambda s: s.one(want, choose).checked, f"{choose} checked")
            others = [n.name for n in after.all(want) if n.checked and n.name in labels
                      and n.name != choose]
            if want == RADIO and others:
                self.a.problem(where, f"more than one option checked: {others}")
            return
        entries = [n for n in screen.all("entry")]
        if kind == "date":
            day = datetime.date.today() - datetime.timedelta(days=1)
            values = [str(day.day), str(day.month), str(day.year)]
        elif kind == "postcode-address":
            values = ["1 High Street", None, "Cardiff", "CF10 1AA"]
        else:
            values = [{"text": "22/01234/FUL", "longtext": "The lorry did not stop on our side.",
                       "email": "jo@example.org", "postcode": "CF10 1AA",
                       "phone": "07700 900982", "number": "5"}.get(kind, "Jo Bloggs")]
            if page["id"] == "name":
                values = ["Jo Bloggs"]
        if len(entries) < len(values):
            raise KioskError(f"{where}: {len(entries)} entries for a {kind} answer")
        for entry, value in zip(entries, values):
            if value is not None:
                self.k.type_into(entry, value)

    def citizen_flow(self, flow, with_mistake):
        title = self.flows.titles[flow]
        self.k.press(PUSH_BUTTON, "Start")
        self.arrive("services", "What do you want to do?")
        self.k.press(PUSH_BUTTON, title)
        pages = self.flows.pages[flow]
        screen = self.arrive(f"{flow}: {pages[0]['id']}", pages[0]["question"]["en"])
        if with_mistake:
            # Continue without an answer: the error summary (an alert) takes the focus, and its
            # link takes the focus to the answer.
            self.k.press(PUSH_BUTTON, "Continue")
            screen = self.k.wait_focus(ALERT, "There is a problem")
            self.a.check(screen, f"{flow}: error summary", expect_focus=(ALERT, "There is a problem"))
            links = [n for n in screen.nodes if n.role == LINK and n.parent and n.parent.role == ALERT]
            if not links:
                self.a.problem(f"{flow}: error summary", "no link to the answer in the summary")
            else:
                self.k.press(LINK, links[0].name)
                wait_for(lambda: self.k.screen().focus().role in (RADIO, CHECK_BOX, "text"), 5,
                         0.05, "focus on the answer")
        question = pages[0]["question"]["en"]
        for _ in range(len(pages)):
            page = self.flows.page_by_question(flow, question)
            if page is None:
                raise KioskError(f"{flow}: no page asks {question!r}")
            where = f"{flow}: {page['id']}"
            self.answer(page, self.k.screen(), where)
            self.k.press(PUSH_BUTTON, "Continue")
            nxt = self.k.wait_screen(
                lambda s: s.focus() is not None and s.focus().role == HEADING
                and s.focus().name != question, f"the page after {where}")
            self.a.check(nxt, f"{flow}: after {page['id']}", expect_focus=(HEADING, None))
            question = nxt.focus().name
            if question == CHECK_HEADING:
                break
        else:
            raise KioskError(f"{flow}: still asking after {len(pages)} pages")
        # Check your answers: each answer has a Change link.
        changes = [n for n in nxt.nodes if n.role == LINK and n.name.startswith("Change")]
        if not changes:
            self.a.problem(f"{flow}: check answers", "no Change links")
        self.privacy_notice_by_tab(flow)
        self.k.press(PUSH_BUTTON, "Accept and send")
        screen = self.k.wait_screen(lambda s: s.focus() is not None
                                    and s.focus().name.startswith(SENT_PREFIX), "the confirmation",
                                    20)
        focus = screen.focus()
        self.a.check(screen, f"{flow}: confirmation", expect_focus=(HEADING, focus.name))
        spoken = focus.name[len(SENT_PREFIX):]
        # One character at a time, groups apart: "C K, 7 F 3 K, 9 2 Q D, X".
        if not re.fullmatch(r"C K, (\w \w \w \w), (\w \w \w \w), \w", spoken):
            self.a.problem(f"{flow}: confirmation", f"reference not spelled out: {spoken!r}")
        reference = "-".join(g.replace(" ", "") for g in spoken.split(", "))
        self.references.append(reference)
        log(f"{flow}: sent, reference {reference}")
        return screen

    def privacy_notice_by_tab(self, flow):
        """Tab from the page's heading: before "Accept and send" the focus meets the notice's
        heading and its four parts in order, each a label a screen reader reads with its name."""
        where = f"{flow}: check answers, privacy notice"
        met = []
        heading = False
        for _ in range(60):
            self.k.key_combo([TAB])
            time.sleep(0.15)
            focus = self.k.screen().focus()
            if focus is None:
                continue
            if focus.role == HEADING and focus.name == PRIVACY_HEADING:
                heading = True
            elif len(met) < len(PRIVACY_PARTS) and focus.name.startswith(PRIVACY_PARTS[len(met)]):
                if focus.role != "label":
                    self.a.problem(where, f"{focus!r} is not a label")
                if len(focus.name) <= len(PRIVACY_PARTS[len(met)]) + 10:
                    self.a.problem(where, f"{focus!r} has no text after its label")
                met.append(focus.name)
            elif focus.role == PUSH_BUTTON and focus.name == "Accept and send":
                break
        if not heading:
            self.a.problem(where, f"the heading {PRIVACY_HEADING!r} took no focus")
        if len(met) != len(PRIVACY_PARTS):
            self.a.problem(where, f"Tab met {len(met)} of {len(PRIVACY_PARTS)} parts: {met}")
        else:
            log(f"{flow}: privacy notice reached by Tab: {met[2]!r}")

    def feedback_then_finish(self):
        self.k.press(PUSH_BUTTON, "Tell us how this went")
        screen = self.arrive("feedback", "How was using this kiosk?")
        faces = [n for n in screen.all(RADIO) if n.parent and n.parent.name == "How was this?"]
        if len(faces) != 5:
            self.a.problem("feedback", f"{len(faces)} faces as radio buttons, expected 5")
        if faces:
            self.k.press(RADIO, faces[3].name)
            self.k.wait_screen(lambda s: s.one(RADIO, faces[3].name).checked, "the face checked")
        comment = [n for n in self.k.screen().all("entry")]
        if comment:
            self.k.type_into(comment[0], "Clear and quick")
        self.k.press(PUSH_BUTTON, "Send")
        screen = self.k.wait_screen(lambda s: s.all(PUSH_BUTTON, "Finish"), "feedback sent")
        self.a.check(screen, "feedback sent")
        self.k.press(PUSH_BUTTON, "Finish")
        self.arrive("welcome after feedback", "Welcome to council services")

    def finish(self):
        self.k.press(PUSH_BUTTON, "Finish")
        self.arrive("welcome after finish", "Welcome to council services")

    # --- tracking --------------------------------------------------------------------------------
    def tracking(self):
        self.k.press(PUSH_BUTTON, "Check on a form you sent")
        screen = self.arrive("tracking", "Check on a form you sent")
        entry = screen.all("entry")
        if not entry:
            raise KioskError("tracking: no reference box")
        self.k.type_into(entry[0], self.references[0])
        self.k.press(PUSH_BUTTON, "Check")
        screen = self.k.wait_screen(lambda s: s.focus() is not None
                                    and s.focus().name.startswith("Reference "), "the answer", 20)
        self.a.check(screen, "tracking answer", expect_focus=("label", screen.focus().name))
        self.k.press(PUSH_BUTTON, "Back")
        self.arrive("welcome after tracking", "Welcome to council services")

    # --- staff -----------------------------------------------------------------------------------
    def helper(self):
        self.k.press(LINK, "Staff: sign in to help someone")
        # A staff card reader types into the focused box: the focus starts in the number box.
        screen = self.k.wait_focus("entry", "Helper number")
        self.a.check(screen, "helper sign-in", expect_focus=("entry", "Helper number"))
        self.k.type_into(screen.one("text", "Helper number"), "H001")
        pin = screen.all("password text") or [n for n in screen.all("entry") if n.name == "PIN"]
        if not pin:
            raise KioskError("helper sign-in: no PIN box")
        self.k.type_into(pin[0], "1357")
        self.k.press(PUSH_BUTTON, "Sign in")
        screen = self.k.wait_screen(lambda s: s.focus() is not None and s.focus().role == HEADING
                                    and s.focus().name.startswith("Would you like"), "consent", 20)
        self.a.check(screen, "consent", expect_focus=(HEADING, screen.focus().name))
        self.k.press(PUSH_BUTTON, "Yes, I would like help")
        screen = self.k.wait_screen(lambda s: s.all(PUSH_BUTTON, "Sign out"), "helping")
        self.a.check(screen, "helping")
        self.k.press(PUSH_BUTTON, "Sign out")
        self.arrive("welcome after sign-out", "Welcome to council services")

    def admin_pin(self):
        self.k.key_combo([CONTROL_L, ALT_L, SHIFT_L, KEY_A])
        screen = self.k.wait_screen(lambda s: s.all(HEADING, "Staff only: enter the admin PIN"),
                                    "the PIN pad")
        self.a.check(screen, "PIN pad", header=False)
        typed = ""
        for digit in ADMIN_PIN:
            self.k.press(PUSH_BUTTON, digit)
            typed += digit
            want = f"{len(typed)} digit" + ("s" if len(typed) > 1 else "") + " entered"
            screen = self.k.wait_screen(lambda s: s.all("label", want), want)
            self._no_digits(screen, typed, f"PIN pad after {len(typed)} digits")
        self.a.check(screen, "PIN pad, PIN typed", header=False)
        self.k.press(PUSH_BUTTON, "Enter")
        screen = self.k.wait_screen(lambda s: s.all(PUSH_BUTTON, "Sync now"), "the admin screen",
                                    30)
        self._no_digits(screen, ADMIN_PIN, "admin screen")
        self.a.check(screen, "admin screen", header=False)
        self.k.press(PUSH_BUTTON, "Close")
        self.k.wait_screen(lambda s: s.all(PUSH_BUTTON, "Start"), "the welcome screen again")

    def _no_digits(self, screen, typed, where):
        for n in screen.nodes:
            for text in (n.name, n.description):
                # Key names are single digits; the digits typed so far, together, leak the PIN
                # (a clock reading "12:03:46" does not).
                if len(typed) > 1 and any(typed in run for run in re.findall(r"\d+", text)):
                    self.a.problem(where, f"digits typed exposed by {n!r}: {text!r}")
            if n.role in ("text", "password text", "entry"):
                try:
                    content = n.acc.queryText().getText(0, -1)
                except Exception:
                    content = ""
                if any(d in content for d in typed):
                    self.a.problem(where, f"digits typed exposed as text of {n!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--source-dir",
                        default=os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "..")))
    args = parser.parse_args()
    flows = Flows(os.path.join(args.source_dir, "packaging", "services"))
    auditor = Auditor(log)
    failures = []
    started = time.monotonic()
    kiosk = Kiosk(os.path.abspath(args.build_dir), log=log)
    scenarios = Scenarios(kiosk, auditor, flows)
    steps = [("welcome and display controls", scenarios.welcome),
             ("missed-bin flow", lambda: scenarios.citizen_flow("missed-bin", True)),
             ("feedback", scenarios.feedback_then_finish),
             ("planning flow", lambda: scenarios.citizen_flow("planning-comment", False)),
             ("finish", scenarios.finish),
             ("tracking", scenarios.tracking),
             ("helper", scenarios.helper),
             ("admin PIN pad", scenarios.admin_pin)]
    try:
        for name, step in steps:
            t = time.monotonic()
            try:
                step()
                log(f"ok   {name} ({time.monotonic() - t:.1f} s)")
            except Exception as error:
                failures.append(f"{name}: {error}")
                log(f"FAIL {name}: {error}")
                traceback.print_exc()
                break  # later steps start from screens this one did not reach
    finally:
        kiosk_log = kiosk.kiosk_log()
        kiosk.close()
    log(f"screens audited={auditor.screens} objects={auditor.objects} "
        f"problems={len(auditor.problems)} failures={len(failures)} retyped={kiosk.retyped} "
        f"seconds={time.monotonic() - started:.1f}")
    if failures:
        log("kiosk log (tail):\n" + kiosk_log)
    return 0 if not failures and not auditor.problems else 1


if __name__ == "__main__":
    sys.exit(main())
