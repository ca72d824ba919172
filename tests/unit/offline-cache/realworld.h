// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Real-world Open311 documents (../shared/realworld next to the checkout, or
// $CK_REALWORLD_DIR): read in place, never copied into the project. Tests that use them also
// carry the project's own fixtures (tests/data/open311), so a checkout without the folder
// still tests every rule.

#include <QDir>
#include <QFile>
#include <QString>

namespace ck::test {

inline QString realworldDir()
{
    const QString env = qEnvironmentVariable("CK_REALWORLD_DIR");
    if (!env.isEmpty())
        return QDir(env).exists() ? env : QString();
    // Worktrees sit one or two levels below the folder that holds shared/.
    QDir dir(QStringLiteral(CK_SOURCE_DIR));
    for (int up = 0; up < 4; ++up) {
        if (dir.exists(QStringLiteral("shared/realworld/open311")))
            return dir.filePath(QStringLiteral("shared/realworld"));
        if (!dir.cdUp())
            break;
    }
    return {};
}

// The bytes of realworld/open311/<name>, or a null QByteArray when the folder is not there.
inline QByteArray realworldOpen311(const QString &name)
{
    const QString root = realworldDir();
    if (root.isEmpty())
        return {};
    QFile f(QDir(root).filePath(QStringLiteral("open311/") + name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QByteArray open311Fixture(const QString &name)
{
    QFile f(QStringLiteral(CK_TEST_DATA_DIR "/open311/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace ck::test
