// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace ck {

// Something that holds per-session state and must forget it when a session ends. New
// per-session things implement this and register with SessionWiper; the wiper never needs to
// know what they are.
class Wipeable
{
public:
    virtual ~Wipeable() = default;

    // Short stable name for logs and metrics ("web-profile", "flow-session"); never data.
    virtual QString wipeName() const = 0;

    // Forget everything from the current session.
    virtual void wipe() = 0;

    // Participants whose teardown needs the event loop (a web profile must outlive its view and
    // both go through deleteLater) override this and call done() once everything is gone.
    virtual void wipeThen(std::function<void()> done)
    {
        wipe();
        done();
    }
};

} // namespace ck
