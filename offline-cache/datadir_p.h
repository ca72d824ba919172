// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to offline-cache: files made inside a kiosk's data directory.

#include <QFile>
#include <QString>

#include <sys/stat.h>
#include <unistd.h>

namespace ck::detail {

// civic-kioskctl run by staff from a root shell must not leave files the kiosk user cannot open
// (the database, its key, the delivery lock): as root, a new file gets the data directory's
// owner and group, as SQLite already does for its -wal and -shm files. Best effort: a file that
// keeps root as its owner is still usable by root.
inline void giveToDataDirOwner(const QString &path, const QString &dataDir)
{
    if (::geteuid() != 0)
        return;
    struct stat st
    { };
    if (::stat(QFile::encodeName(dataDir).constData(), &st) != 0 || st.st_uid == 0)
        return;
    [[maybe_unused]] const int rc =
        ::chown(QFile::encodeName(path).constData(), st.st_uid, st.st_gid);
}

} // namespace ck::detail
