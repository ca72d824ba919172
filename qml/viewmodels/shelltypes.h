// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Registers the kiosk-shell classes in the CivicKiosk QML module without putting QML macros in
// kiosk-shell/ (which stays plain C++). main.cpp creates the objects and hands them to QML.

#include "kiosk-shell/admingate.h"
#include "kiosk-shell/adminstatus.h"
#include "kiosk-shell/idlewatcher.h"
#include "kiosk-shell/kiosklockdown.h"
#include "kiosk-shell/sessionwiper.h"
#include "kiosk-shell/websession.h"

#include <QtQml/qqml.h>

struct ShellSessionWiperForeign
{
    Q_GADGET
    QML_FOREIGN(ck::SessionWiper)
    QML_NAMED_ELEMENT(SessionWiper)
    QML_UNCREATABLE("Created by main.cpp")
};

struct ShellIdleWatcherForeign
{
    Q_GADGET
    QML_FOREIGN(ck::IdleWatcher)
    QML_NAMED_ELEMENT(IdleWatcher)
    QML_UNCREATABLE("Created by main.cpp")
};

struct ShellAdminGateForeign
{
    Q_GADGET
    QML_FOREIGN(ck::AdminGate)
    QML_NAMED_ELEMENT(AdminGate)
    QML_UNCREATABLE("Created by main.cpp")
};

struct ShellAdminStatusForeign
{
    Q_GADGET
    QML_FOREIGN(ck::AdminStatus)
    QML_NAMED_ELEMENT(AdminStatus)
    QML_UNCREATABLE("Created by main.cpp")
};

struct ShellKioskLockdownForeign
{
    Q_GADGET
    QML_FOREIGN(ck::KioskLockdown)
    QML_NAMED_ELEMENT(KioskLockdown)
    QML_UNCREATABLE("Created by main.cpp")
};

struct ShellWebSessionForeign
{
    Q_GADGET
    QML_FOREIGN(ck::WebSession)
    QML_NAMED_ELEMENT(WebSession)
    QML_UNCREATABLE("Created by main.cpp")
};
