// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/config/kioskconfig.h"

#include <QDateTime>
#include <QString>

namespace ck {

// The signed configuration kept in `<dataDir>/config/`:
//   current.json   the signed envelope in use (or about to be tried)
//   previous.json  the one before it, for rollback
//   pending        marker: "applied" after install(), "starting" while the first start with
//                  the new config runs; removed by markStarted()
//   status.json    the last event an admin should see (applied, refused, rolled back)
//   rolled-back.json  the highest version that failed to start and was rolled back: that
//                  version (and any lower one) is never installed again
//
// Rollback: a start that finds the marker still saying "starting" knows the previous start
// with that config never reached markStarted() (crash, watchdog kill, bad values), and goes
// back to previous.json. Every file is written with QSaveFile (temp + fsync + rename), so a
// power cut leaves either the old or the new file, never half of one.
class ConfigStore
{
public:
    struct Event
    {
        QString kind; // "applied" | "refused" | "rolled-back" | "started"
        QString code; // stable code for refusals ("signature-invalid", "version-not-newer", ...)
        QString message; // translated, admin-visible
        int version = 0;
        QDateTime at;
    };

    explicit ConfigStore(QString dataDir);

    QString directory() const { return m_dir; }
    QString currentPath() const;
    QString previousPath() const;

    // Decides the configuration to start with: `base` (from --config or the demo) unless a
    // signed current.json verifies against base.fleet.publicKey, validates, keeps dataDir and
    // kioskId, and is newer than base. Handles the pending marker (see above). Never fails:
    // every problem falls back (to previous.json, then to base) and is recorded in status.json.
    KioskConfig startupConfig(const KioskConfig &base);

    // Checks a signed envelope against `running` (signature with running.fleet.publicKey,
    // validation, version strictly higher, same kioskId and dataDir) and returns the config.
    static Result<KioskConfig> check(const QByteArray &envelope, const KioskConfig &running);

    // Installs a checked envelope: previous := current, pending := "applied", current := new.
    // Refuses ("version-rolled-back") a version not above highestRolledBackVersion().
    Status install(const QByteArray &envelope, int version);
    // The highest version that failed to start here and was rolled back (0: none). Kept across
    // restarts: without it the updater would install the same broken version again at the next
    // poll, and the kiosk would go round install, crash, roll back for ever.
    int highestRolledBackVersion() const;
    // The app came up with the current config: clears the pending marker.
    Status markStarted();

    void record(const Event &event);
    Event lastEvent() const;

private:
    Status writeFile(const QString &name, const QByteArray &bytes);
    QByteArray readFile(const QString &name) const;
    bool rollBack(const QString &why, int failedVersion);

    QString m_dir;
};

} // namespace ck
