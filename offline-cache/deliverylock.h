// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QString>

namespace ck {

// One deliverer at a time per data directory: an exclusive flock(2) on
// `<dataDir>/delivery.lock`, held by whoever has rows in `sending` (the kiosk's SyncEngine while
// it drains, `civic-kioskctl sync` for its whole run). Without it two deliverers post the same
// row: each one's start-up would put the other's in-flight rows back to `queued`.
//
// The kernel drops the lock when the holder's process ends, kill -9 included, so a crash never
// leaves it stuck; the next holder then puts the dead one's `sending` rows back
// (Outbox::resetSending). flock locks belong to an open file, so two DeliveryLock objects in one
// process exclude each other as two processes do. The holder writes its program name and pid
// into the file, so a deliverer that has to wait can say who is delivering.
class DeliveryLock
{
public:
    explicit DeliveryLock(QString dataDir);
    ~DeliveryLock(); // releases the lock
    DeliveryLock(const DeliveryLock &) = delete;
    DeliveryLock &operator=(const DeliveryLock &) = delete;

    // Takes the lock, waiting up to `waitMs` (0: do not wait) for the holder to let go.
    // Errors: "delivery-busy" (someone else delivers; the message names them), "lock-io".
    Status acquire(int waitMs = 0);
    void release();
    bool held() const { return m_held; }
    QString path() const { return m_path; }

    // "civic-kiosk (pid 1234)" as the current holder wrote it; empty when nobody holds it or
    // it cannot be read.
    QString holder() const;

private:
    Status openFile();

    QString m_dataDir;
    QString m_path;
    int m_fd = -1;
    bool m_held = false;
};

} // namespace ck
