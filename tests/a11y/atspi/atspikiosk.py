# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
"""The real kiosk on an X display, its own D-Bus session and AT-SPI bus, seen and driven the way a
screen reader, switch access or voice control sees and drives it: through AT-SPI only.

Kiosk: starts Xvfb when there is no DISPLAY, the AT-SPI bus, the reference intake server and build/bin/civic-kiosk on the
demo config (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), and finds the kiosk on the AT-SPI desktop.
Screen: one walk of the accessible tree (showing objects only), with the finders the tests use.
Auditor: the checks made on every screen; problems are collected, never raised, so one run
reports all of them.

Run inside `dbus-run-session` with /usr/bin/python3 (pyatspi is Debian's python3-pyatspi).
"""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

import pyatspi
from gi.repository import Atspi

# Signing a helper in checks a PBKDF2 hash on the kiosk's GUI thread (about a second on a busy
# machine), and the Press that starts it is answered only afterwards: wait longer than
# libatspi's default 0.8 s for an answer.
Atspi.set_timeout(20000, 20000)

# AT-SPI role names as pyatspi spells them.
PUSH_BUTTON = "push button"
RADIO = "radio button"
CHECK_BOX = "check box"
LINK = "link"
HEADING = "heading"
ALERT = "alert"
# Qt 6.4 maps every QAccessible::EditableText to ATSPI_ROLE_TEXT (with the "editable" state);
# later Qt versions say "entry" for single-line boxes. Both are an entry to a screen reader.
ENTRY_ROLES = ("text", "entry", "password text")
# Roles a focusable object may have on the kiosk; anything else (filler, panel, unknown) is a
# focus stop a screen reader cannot describe.
FOCUSABLE_ROLES = {PUSH_BUTTON, RADIO, CHECK_BOX, LINK, HEADING, ALERT, "label", "scroll bar",
                   "text", "entry", "password text", "dialog", "toggle button"}


class KioskError(RuntimeError):
    pass


def wait_for(predicate, timeout=10.0, interval=0.05, what="condition"):
    """Polls `predicate` until it returns something truthy; returns that value."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # an object can vanish while a screen is swapped
            last_error = error
        time.sleep(interval)
    raise KioskError(f"timed out waiting for {what}" + (f" ({last_error})" if last_error else ""))


def states_of(acc):
    return {pyatspi.stateToString(s) for s in acc.getState().getStates()}


def action_names(acc):
    try:
        ai = acc.queryAction()
    except NotImplementedError:
        return []
    return [ai.getName(i) for i in range(ai.nActions)]


def do_action(acc, name):
    """Invokes the named AT-SPI action (Press, Toggle, SetFocus) as assistive technology does."""
    names = action_names(acc)
    if name not in names:
        raise KioskError(f"{describe(acc)} has no {name} action (has {names})")
    if not acc.queryAction().doAction(names.index(name)):
        raise KioskError(f"{name} on {describe(acc)} was refused")


def describe(acc):
    try:
        return f"[{acc.getRoleName()}] {acc.name!r}"
    except Exception:
        return "[gone]"


class Node:
    """What one walk saw of one accessible object (read once: the tree changes under us)."""

    __slots__ = ("acc", "role", "name", "description", "states", "depth", "parent")

    def __init__(self, acc, depth, parent):
        self.acc = acc
        self.role = acc.getRoleName()
        self.name = acc.name or ""
        self.description = acc.description or ""
        self.states = states_of(acc)
        self.depth = depth
        self.parent = parent

    @property
    def focused(self):
        return "focused" in self.states

    @property
    def checked(self):
        return "checked" in self.states

    def __repr__(self):
        return f"[{self.role}] {self.name!r}"


class Screen:
    """One walk of the kiosk's accessible tree: the showing objects, in reading order."""

    def __init__(self, app):
        self.nodes = []
        self._walk(app, 0, None)

    def _walk(self, acc, depth, parent):
        for child in acc:
            if child is None:
                continue
            node = Node(child, depth, parent)
            if "showing" not in node.states and node.role not in ("frame",):
                continue
            self.nodes.append(node)
            self._walk(child, depth + 1, node)

    def all(self, role=None, name=None):
        return [n for n in self.nodes
                if (role is None or n.role == role or (role == "entry" and n.role in ENTRY_ROLES))
                and (name is None or n.name == name)]

    def one(self, role, name):
        found = self.all(role, name)
        if not found:
            raise KioskError(f"no {role} named {name!r} on screen: {self.summary()}")
        return found[0]

    def focused(self):
        return [n for n in self.nodes if n.focused]

    def focus(self):
        """The object that really has the keyboard focus: the deepest focused one."""
        focused = self.focused()
        leaves = [n for n in focused if not any(o.parent is n or _inside(o, n) for o in focused
                                                 if o is not n)]
        return leaves[-1] if leaves else None

    def headings(self):
        return self.all(HEADING)

    def summary(self):
        return ", ".join(repr(n) for n in self.nodes if n.role not in ("frame", "panel"))[:1500]


def _inside(node, ancestor):
    p = node.parent
    while p is not None:
        if p is ancestor:
            return True
        p = p.parent
    return False


class Auditor:
    """The checks made on every screen. Problems are collected as text lines."""

    def __init__(self, log=print):
        self.problems = []
        self.screens = 0
        self.objects = 0
        self.log = log

    def problem(self, where, text):
        line = f"{where}: {text}"
        self.problems.append(line)
        self.log("PROBLEM " + line)

    def check(self, screen, where, *, expect_focus=None, language=None, header=True):
        """Names and roles of everything focusable, the focus itself, the header's controls.
        `expect_focus`: (role, name or None) the focus must be on; `language`: the language
        name that must be the checked language radio button (when the choice is on screen);
        `header`: the screen has the kiosk's header, in English (staff overlays have none)."""
        self.screens += 1
        self.objects += len(screen.nodes)
        for n in screen.nodes:
            if "focusable" in n.states or n.focused:
                if n.role not in FOCUSABLE_ROLES:
                    self.problem(where, f"focusable object with role {n.role!r}: {n!r}")
                if not n.name.strip() and n.role != "password text":
                    self.problem(where, f"focusable object without a name: {n!r}")
            # Qt 6.4 does not pass the "checkable" state to AT-SPI; a choice shows itself by its
            # role and its Toggle action.
            if n.role in (RADIO, CHECK_BOX) and "Toggle" not in action_names(n.acc):
                self.problem(where, f"choice without a Toggle action: {n!r}")
        # The focus: one named object a screen reader can describe, never a container.
        focused = screen.focused()
        for n in focused:
            if not n.name.strip() and n.role != "password text":
                self.problem(where, f"unnamed focused object: {n!r}")
            if n.role in ("filler", "panel", "unknown", "frame"):
                self.problem(where, f"focused container {n!r}")
        if expect_focus is not None:
            focus = screen.focus()
            role, name = expect_focus
            if focus is None or (focus.role != role and not (role == "entry" and focus.role in ENTRY_ROLES)) \
                    or (name is not None and focus.name != name):
                self.problem(where, f"focus on {focus!r}, expected [{role}] {name!r}")
        # Headings: the page has one, and the first heading is the page's own (GOV.UK h1).
        if not screen.headings():
            self.problem(where, "no heading on the page")
        # Choices in the header and on the page say which one is chosen.
        self._check_group(screen, where, "Text size", exactly_one=True)
        contrast = screen.all(CHECK_BOX, "High contrast")
        display = screen.all(PUSH_BUTTON, "Display and language")
        if header and not contrast and not display:
            self.problem(where, "neither the contrast control nor 'Display and language' is there")
        if language is not None:
            langs = [n for n in screen.all(RADIO) if _group_name(n) == "Language"]
            if langs:
                chosen = [n.name for n in langs if n.checked]
                if chosen != [language]:
                    self.problem(where, f"language choice checked {chosen}, expected [{language!r}]")
        for n in screen.all():
            if n.role in ("push button",) and _group_name(n) == "Language":
                self.problem(where, f"language offered as a push button: {n!r}")

    def _check_group(self, screen, where, group, exactly_one):
        members = [n for n in screen.nodes if _group_name(n) == group]
        if not members:
            return
        wrong = [n for n in members if n.role != RADIO]
        if wrong:
            self.problem(where, f"{group}: not radio buttons: {wrong}")
        if exactly_one and sum(1 for n in members if n.checked) != 1:
            self.problem(where, f"{group}: {sum(1 for n in members if n.checked)} checked, expected 1")


def _group_name(node):
    p = node.parent
    return p.name if p is not None and p.role == "panel" else None


class Kiosk:
    """Xvfb + AT-SPI bus + intake server + civic-kiosk, all stopped by close()."""

    def __init__(self, build_dir, width=1280, height=1024, log=print):
        self.build_dir = build_dir
        self.log = log
        self.retyped = 0
        self.tmp = tempfile.mkdtemp(prefix="ck-atspi-")
        self.procs = []
        self.env = dict(os.environ)
        try:
            if not self.env.get("DISPLAY"):
                self._start_display(width, height)
            self._start_bus()
            self._start_intake()
            self._start_kiosk()
        except BaseException:
            self.close()
            raise

    # --- processes ---------------------------------------------------------------------
    def _spawn(self, args, log_name, env=None):
        out = open(os.path.join(self.tmp, log_name), "wb")
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env or self.env,
                                start_new_session=True)
        self.procs.append(proc)
        return proc

    def _start_display(self, width, height):
        # No display given (ctest outside xvfb-run): our own. scripts/test.sh gives one, which
        # is then ours alone; Xvfb started here beside other test runs was seen to lose its
        # display number to another X server.
        read_fd, write_fd = os.pipe()
        out = open(os.path.join(self.tmp, "xvfb.log"), "wb")
        proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                                 f"{width}x{height}x24", "-nolisten", "tcp"],
                                pass_fds=(write_fd,), stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.procs.append(proc)
        os.close(write_fd)
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read_fd, 16)
            if not chunk:
                break
            number += chunk
        os.close(read_fd)
        if not number.strip():
            raise KioskError("Xvfb did not start")
        self.env["DISPLAY"] = ":" + number.decode().strip()
        self.env.pop("WAYLAND_DISPLAY", None)
        os.environ["DISPLAY"] = self.env["DISPLAY"]

    def _start_bus(self):
        if "DBUS_SESSION_BUS_ADDRESS" not in self.env:
            raise KioskError("no D-Bus session: run under dbus-run-session")
        launcher = "/usr/libexec/at-spi-bus-launcher"
        if not os.path.exists(launcher):
            raise KioskError(f"{launcher} missing (Debian package at-spi2-core)")
        self._spawn([launcher, "--launch-immediately"], "at-spi-bus.log")
        # The bus is up when its address can be asked for.
        def bus_up():
            r = subprocess.run(["dbus-send", "--session", "--print-reply",
                                "--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                               capture_output=True, env=self.env)
            return r.returncode == 0 and b"unix:" in r.stdout
        wait_for(bus_up, 15, 0.1, "the AT-SPI bus")

    def _start_intake(self):
        log = os.path.join(self.tmp, "intake.log")
        self._spawn([os.path.join(self.build_dir, "bin", "civic-kiosk-intake"), "--port", "0",
                     "--db", os.path.join(self.tmp, "intake.sqlite")], "intake.log")
        def port():
            with open(log, encoding="utf-8", errors="replace") as f:
                m = re.search(r"listening on 127\.0\.0\.1:(\d+)", f.read())
            return m and m.group(1)
        self.intake_url = "http://127.0.0.1:" + wait_for(port, 15, 0.05, "the intake server")

    def _start_kiosk(self):
        env = dict(self.env)
        env.update({
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_QPA_PLATFORM": "xcb",
            "QTWEBENGINE_CHROMIUM_FLAGS": env.get("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox"),
            "CIVIC_KIOSK_DEMO_INTAKE_URL": self.intake_url,
            "CIVIC_KIOSK_DEMO_DATA_DIR": os.path.join(self.tmp, "data"),
            "XDG_RUNTIME_DIR": self.tmp,
            "LANG": "C.UTF-8",
        })
        # The X server refusing a connection now and then was seen with many test runs on the
        # machine at once: the kiosk then exits at once, and gets two more tries.
        for attempt in range(3):
            self.kiosk = self._spawn([os.path.join(self.build_dir, "bin", "civic-kiosk"),
                                      "--windowed"], "kiosk.log", env)
            time.sleep(1.0)
            if self.kiosk.poll() is None or "could not connect to display" not in self.kiosk_log():
                break
            self.log(f"NOTE the kiosk could not connect to {env['DISPLAY']}: starting it again")
        def app():
            for a in pyatspi.Registry.getDesktop(0):
                if a is not None and a.get_process_id() == self.kiosk.pid:
                    return a
            if self.kiosk.poll() is not None:
                raise KioskError("the kiosk exited: " + self.kiosk_log())
            return None
        self.app = wait_for(app, 30, 0.2, "the kiosk on the AT-SPI desktop")
        wait_for(lambda: self.screen().all(PUSH_BUTTON, "Start"), 30, 0.1, "the welcome screen")

    def kiosk_log(self):
        with open(os.path.join(self.tmp, "kiosk.log"), encoding="utf-8", errors="replace") as f:
            return f.read()[-3000:]

    def close(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in reversed(self.procs):
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        shutil.rmtree(self.tmp, ignore_errors=True)

    # --- seeing and driving --------------------------------------------------------------
    def screen(self):
        if self.kiosk.poll() is not None:
            raise KioskError("the kiosk exited: " + self.kiosk_log())
        return Screen(self.app)

    def wait_screen(self, predicate, what, timeout=10):
        """Walks the tree until `predicate(screen)` holds; returns that screen."""
        return wait_for(lambda: (lambda s: s if predicate(s) else None)(self.screen()),
                        timeout, 0.05, what)

    def wait_focus(self, role, name=None, timeout=10):
        def ok(s):
            f = s.focus()
            return f is not None and (f.role == role or (role == "entry" and f.role in ENTRY_ROLES)) \
                and (name is None or f.name == name)
        return self.wait_screen(ok, f"focus on [{role}] {name!r}", timeout)

    def press(self, role, name, action="Press"):
        node = wait_for(lambda: self.screen().all(role, name), 10, 0.05,
                        f"[{role}] {name!r}")[0]
        do_action(node.acc, action)
        return node

    def type_into(self, node, text):
        """Focuses an entry through AT-SPI and types into it: Qt 6.4 offers no EditableText
        interface on Qt Quick text boxes, so the keys go through AT-SPI's own key synthesis."""
        do_action(node.acc, "SetFocus")
        wait_for(lambda: "focused" in states_of(node.acc), 5, 0.02, f"focus in {node!r}")
        self._keys(text)
        if node.role == "password text":
            return
        holds = lambda: node.acc.queryText().getText(0, -1)
        try:
            wait_for(lambda: holds() == text, 3, 0.02, f"{text!r} in {node!r}")
            return
        except KioskError:
            pass
        # Seen now and then on the first box of a page: nothing typed arrives while the kiosk's
        # on-screen keyboard opens (Qt Virtual Keyboard). Counted and reported, typed again.
        if holds() != "":
            raise KioskError(f"typed {text!r} into {node!r}, it holds {holds()!r}")
        self.retyped += 1
        self.log(f"NOTE nothing typed arrived in {node!r}: typing again")
        self._keys(text)
        try:
            wait_for(lambda: holds() == text, 5, 0.02, f"{text!r} in {node!r}")
        except KioskError:
            raise KioskError(f"typed {text!r} into {node!r}, it holds {holds()!r}; focus on "
                             f"{self.screen().focus()!r}")

    @staticmethod
    def _keys(text):
        for ch in text:
            pyatspi.Registry.generateKeyboardEvent(0, ch, pyatspi.KEY_STRING)

    def key_combo(self, keycodes):
        """Presses X keycodes together (a staff shortcut), as AT-SPI's key synthesis does."""
        for code in keycodes:
            pyatspi.Registry.generateKeyboardEvent(code, None, pyatspi.KEY_PRESS)
        for code in reversed(keycodes):
            pyatspi.Registry.generateKeyboardEvent(code, None, pyatspi.KEY_RELEASE)
