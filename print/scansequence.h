// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ck {

// Tells a settings card read by a USB barcode scanner in keyboard mode from a person typing. A
// scanner "types" the card's code (it starts with SettingsCard::kPrefix, "KS1") a few
// milliseconds a key, then Enter; a person needs 80 ms and more between keys (measured typing
// speeds of fast typists are ~ 120 ms a key). So: keys that could start a card code are held
// back while they keep coming within kMaxGapMs; a complete, valid code is taken (and never
// reaches the field that has focus), anything else is given back to the screen in order.
// Pure logic on timestamps: the Qt event filter (SettingsCardController) feeds it.
class ScanSequence
{
public:
    static constexpr qint64 kMaxGapMs = 50;

    enum class Action {
        PassThrough, // not ours: deliver the key now
        Hold, // held back: may be a scan
        Replay, // not a scan: deliver the held keys in order, then feed this key again
        Complete, // a whole code: code() holds it; held keys are dropped
    };

    // A key with its text (empty for keys without text); `enter` for Return/Enter.
    Action key(const QString &text, bool enter, qint64 nowMs);
    // Called when no key came for kMaxGapMs: Complete when the held keys are a whole code,
    // else Replay (a person typed "K"), PassThrough when nothing is held.
    Action idle();
    bool holding() const { return !m_held.isEmpty(); }
    QString code() const { return m_code; }

private:
    Action finish();
    Action giveBack();
    QString m_held;
    QString m_code;
    qint64 m_lastMs = 0;
};

} // namespace ck
