// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the fleet integration drivers: run civic-kioskctl with stdin, and make signed
// configs with the demo key (packaging/demo-keys, demo and tests only).

#include "domain/config/kioskconfig.h"
#include "domain/fleet/configsigner.h"
#include "tests/integration/common/intakeprocess.h"

#include <QFile>
#include <QProcess>

namespace ck::testing {

inline const QString kDemoKey =
    QStringLiteral(CK_SOURCE_DIR "/packaging/demo-keys/demo-config-signing.pem");
inline const QString kDemoPub =
    QStringLiteral(CK_SOURCE_DIR "/packaging/demo-keys/demo-config-signing.pub.pem");

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

inline Run kioskctl(const QStringList &args, const QByteArray &stdinBytes = {})
{
    QProcess p;
    p.start(binPath(QStringLiteral("civic-kioskctl")), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        r.crashed = true;
    }
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small valid kiosk config for `dataDir`, pinned to the demo public key.
inline KioskConfig fleetConfig(const QString &dataDir, int version, const QString &configUrl = {})
{
    KioskConfig c;
    c.kioskId = QStringLiteral("fleet-test-01");
    c.dataDir = dataDir;
    c.version = version;
    c.fleet.publicKey = QStringLiteral("WJOPJ6wyzQEUosfk6KFfRWfYLBYXGXjkfa8OAEZ7Xjc=");
    c.fleet.configUrl = QUrl(configUrl);
    c.fleet.configPollSec = 60;
    return c;
}

inline QByteArray signWithDemoKey(const QJsonObject &config)
{
    auto signer = ConfigSigner::loadPrivateKey(kDemoKey);
    return signer ? signer->sign(config).value() : QByteArray();
}

} // namespace ck::testing
