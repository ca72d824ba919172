#pragma once

// Registers the kiosk-shell classes in the CivicKiosk QML module without putting QML macros in
// kiosk-shell/ (which stays plain C++). main.cpp creates the objects and hands them to QML.

#include "admingate.h"
#include "adminstatus.h"
#include "idlewatcher.h"
#include "kiosklockdown.h"
#include "sessionwiper.h"
#include "websession.h"

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
