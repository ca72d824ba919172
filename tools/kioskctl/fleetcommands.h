// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// civic-kioskctl fleet verbs (registered from fleetcommands.cpp, see ctlcommand.h):
//   sign-config --key KEY IN OUT      sign a config file into the envelope docs/fleet.md defines
//   verify-config --pubkey KEY FILE   check a signed config's signature and values
//   set-admin-pin [--config FILE]     PIN from stdin -> hash, into the config file or stdout
//   metrics [--textfile PATH]         Prometheus text from the data dir's outbox
// None of them prints a configuration's body (it may hold API keys) or any payload.

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace ck::ctl {

class Context;

int signConfig(Context &ctx, const QStringList &args);
int verifyConfig(Context &ctx, const QStringList &args);
int setAdminPin(Context &ctx, const QStringList &args);
int metrics(Context &ctx, const QStringList &args);

// A PIN typed at the prompt: 4 to 12 digits, nothing else (the kiosk's PIN pad has digits only).
Status checkPin(const QString &pin);

} // namespace ck::ctl
