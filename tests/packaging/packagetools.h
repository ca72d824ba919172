// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the package test needs around dpkg and systemd: run a program and keep what it printed,
// read a file, read the "Key=value" lines of a systemd or sysctl file, and open the sealed
// outbox key the way LoadCredentialEncrypted= does (systemd-creds decrypt).
#include <QFile>
#include <QMultiMap>
#include <QProcess>
#include <QString>

#include <sys/stat.h>

namespace ck::testing {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

inline Run run(const QString &program, const QStringList &args, int timeoutMs = 300000,
               const QStringList &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = "cannot start " + program.toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out: " + program.toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "Key=value" and "key = value" lines, comments and section headers left out; a key may repeat.
inline QMultiMap<QString, QString> settings(const QByteArray &text)
{
    QMultiMap<QString, QString> out;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char('[')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return out;
}

// lstat(): true for a dangling link too (the mask of ctrl-alt-del.target points at /dev/null).
inline bool pathExists(const QString &path)
{
    struct stat st
    { };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

// The three packages cpack makes (component kiosk, kioskctl, intake), and where the packaging
// tests keep them: tst_debpackage builds them (the ck_debs fixture), the others read them.
inline const QStringList &packageNames()
{
    static const QStringList names {QStringLiteral("civic-kiosk"), QStringLiteral("civic-kioskctl"),
                                    QStringLiteral("civic-kiosk-intake")};
    return names;
}

inline QString packagingTestDir()
{
    return qEnvironmentVariable("CK_BUILD_DIR") + QStringLiteral("/packaging-test");
}

inline QString debPath(const QString &package, const QString &dir = packagingTestDir() + "/debs")
{
    return QStringLiteral("%1/%2_%3_amd64.deb")
        .arg(dir, package, QStringLiteral(CK_PROJECT_VERSION));
}

// One control field of a .deb ("" when absent).
inline QString controlField(const QString &deb, const QString &field)
{
    const Run r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, field});
    return QString::fromUtf8(r.out).trimmed();
}

inline constexpr const char *SealedKey = "/etc/credstore.encrypted/civic-kiosk-outbox.key";
inline constexpr const char *PlainKey = "/etc/civic-kiosk/credentials/civic-kiosk-outbox.key";

// The outbox key as the unit's LoadCredentialEncrypted= hands it to the kiosk; empty when the
// credential cannot be opened.
inline QByteArray decryptSealedKey()
{
    const Run r = run(QStringLiteral("systemd-creds"),
                      {QStringLiteral("decrypt"), QStringLiteral("--name=civic-kiosk-outbox.key"),
                       QString::fromLatin1(SealedKey), QStringLiteral("-")},
                      60000);
    return r.exitCode == 0 ? r.out : QByteArray();
}

} // namespace ck::testing
