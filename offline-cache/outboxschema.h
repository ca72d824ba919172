// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QStringList>

namespace ck {

namespace sqlite {
class Database;
}

// The outbox schema as forward migrations, versioned by PRAGMA user_version. Migration N takes
// a database from version N-1 to N; each one is covered by its own test
// (tst_OutboxSchema), which builds the older shape with
// migrate(db, N-1), fills it, and checks the data survives migrate(db, N).
class OutboxSchema
{
public:
    static int latestVersion();
    // Connection settings every outbox connection uses: WAL, synchronous=FULL, foreign_keys,
    // secure_delete (freed pages are zeroed, so purged ciphertext does not linger in the file).
    static Status configure(sqlite::Database &db);
    // Applies the missing migrations up to `target` (default: latest), each in its own
    // transaction. A database newer than this build is refused ("db-too-new").
    static Status migrate(sqlite::Database &db, int target = -1);
    static Result<int> version(sqlite::Database &db);
};

} // namespace ck
