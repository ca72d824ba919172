// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the staff-tool scenarios: civic-kioskctl run with a chosen environment (with or
// without systemd's $CREDENTIALS_DIRECTORY), a kiosk config that names where its outbox key
// is, and the intake server's per-reference counts.

#include "tests/integration/common/kioskctl.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcessEnvironment>

namespace ck::testing {

// civic-kioskctl with `env` as its whole environment change: `credentialsDirectory` empty means
// a root shell (no $CREDENTIALS_DIRECTORY at all), otherwise the process runs as systemd would
// start the kiosk, with the key handed over in that directory.
inline CtlResult runCtlIn(const QString &configFile, const QStringList &args,
                          const QString &credentialsDirectory = {}, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    if (!credentialsDirectory.isEmpty())
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentialsDirectory);
    p.setProcessEnvironment(env);
    p.start(binPath(QStringLiteral("civic-kioskctl")),
            QStringList {QStringLiteral("--config"), configFile} + args);
    CtlResult r;
    if (!p.waitForFinished(timeoutMs)) {
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

// writeKioskConfig's config plus "outboxKey", as the packaged config names the unit's files.
inline bool writeConfigWithKey(const QString &file, const QString &dataDir, const QString &base,
                               const QJsonObject &outboxKey)
{
    if (!writeKioskConfig(file, dataDir, base))
        return false;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    if (!outboxKey.isEmpty())
        config.insert(QStringLiteral("outboxKey"), outboxKey);
    return writeFile(file, QJsonDocument(config).toJson());
}

// Every file under `dir`, relative, sorted, with the SHA-256 of its bytes: "nothing was created
// or changed" is checked on this. SQLite's -wal and -shm side files are left out: a read-only
// reader of a WAL database creates them (empty WAL) when the last writer has removed them, as
// SQLite documents; the database file itself must stay byte for byte the same.
inline QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("-shm")))
            continue;
        QFile f(path);
        if (path.endsWith(QLatin1String("-wal"))) {
            if (f.size() == 0)
                continue; // an empty log holds nothing
        }
        QString entry = QDir(dir).relativeFilePath(path);
        if (QFileInfo(path).isFile() && f.open(QIODevice::ReadOnly))
            entry += QLatin1Char(' ')
                + QString::fromLatin1(
                         QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        out << entry;
    }
    out.sort();
    return out;
}

inline QJsonArray outboxRows(const QString &configFile)
{
    return runCtlIn(configFile,
                    {QStringLiteral("queue"), QStringLiteral("--json"), QStringLiteral("--limit"),
                     QStringLiteral("100000")})
        .json()
        .object()
        .value(QStringLiteral("rows"))
        .toArray();
}

} // namespace ck::testing
