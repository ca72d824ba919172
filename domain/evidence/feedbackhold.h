// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "offline-cache/outboxitem.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <random>

namespace ck {

// Keeps anonymous feedback away from the outbox for a while, so that a back end cannot pair a
// feedback document with the submission that arrived a minute before it (the feedback screen
// follows the confirmation). Each item waits a random time (default 20 to 120 minutes), then
// waits on for the next batch boundary (default every 30 minutes of wall-clock time); every item
// due at a boundary goes into the outbox together, in random order. See docs/api.md
// ("Feedback timing").
//
// Held items live in memory only: the comment is personal enough that it must not sit in a
// plaintext file, and the outbox (encrypted) is where it goes next. On a clean shutdown the
// destructor hands everything still held to the outbox, so only a crash loses feedback.
class FeedbackHold : public QObject
{
    Q_OBJECT
public:
    using Enqueue = std::function<Status(OutboxItem)>;
    using Clock = std::function<QDateTime()>;

    struct Options
    {
        Enqueue enqueue; // the composition root passes Outbox::enqueue
        std::chrono::seconds minDelay {20 * 60};
        std::chrono::seconds maxDelay {120 * 60};
        std::chrono::seconds batchInterval {30 * 60}; // 0: no batching, only the random delay
        Clock clock; // empty: current UTC time
        std::uint32_t seed = 0; // 0: seeded from the system's random device
        int maxHeld = 500; // beyond this the oldest item goes to the outbox at once
    };

    explicit FeedbackHold(Options options, QObject *parent = nullptr);
    ~FeedbackHold() override;

    // Takes the item; it reaches the outbox at releaseTime(). Fails only for an item the
    // outbox would refuse in any case ("bad-item": no reference, service, destination or
    // payload, e.g. no JSON destination configured); an enqueue problem at release time
    // (disk low) keeps the item for the next try.
    Status hold(OutboxItem item);

    // Hands every item whose time has come to the outbox, in random order. Returns how many;
    // stops at the first enqueue failure (e.g. "disk-low") and keeps the rest for later.
    Result<int> releaseDue();
    // Everything, now (shutdown; the admin's "sync now" does not use this).
    Result<int> releaseAll();

    int held() const { return int(m_items.size()); }
    QDateTime nextReleaseAt() const; // invalid when nothing is held

    // When an item taken at `takenAt` with random delay `delay` is released.
    QDateTime releaseTime(const QDateTime &takenAt, std::chrono::seconds delay) const;

Q_SIGNALS:
    void heldChanged();

private:
    struct Held
    {
        QDateTime due;
        OutboxItem item;
    };

    QDateTime now() const;
    Result<int> release(bool all);
    void schedule();

    Options m_options;
    std::mt19937 m_random;
    QList<Held> m_items;
    QTimer m_timer;
    bool m_refused = false; // the last release met an enqueue failure
};

} // namespace ck
