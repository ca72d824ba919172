// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/securebytes.h"
#include "kiosk-shell/lockoutstore.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>

namespace ck {

// Guards the admin screen with a PIN checked against `adminPinHash` (PasswordHash). The
// digits never enter QML: the PIN pad calls appendDigit() and sees only how many there are.
// After 5 wrong PINs the gate locks for 30 s, doubling with each further failure up to 1 h;
// the count and the lock live in dataDir/adminlock.json so a restart does not reset them.
class AdminGate : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int enteredLength READ enteredLength NOTIFY enteredLengthChanged FINAL)
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockChanged FINAL)
    Q_PROPERTY(int lockSecondsLeft READ lockSecondsLeft NOTIFY lockChanged FINAL)
    Q_PROPERTY(int failures READ failures NOTIFY lockChanged FINAL)
    Q_PROPERTY(bool checking READ isChecking NOTIFY checkingChanged FINAL)
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged FINAL)
    Q_PROPERTY(bool configured READ isConfigured CONSTANT FINAL)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged FINAL)

public:
    enum class Outcome { Accepted, Rejected, LockedOut, NotConfigured, Busy };
    Q_ENUM(Outcome)

    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kBaseLockMs = 30'000;
    static constexpr qint64 kMaxLockMs = 3'600'000;
    static constexpr int kMaxDigits = 12;

    using WallClock = std::function<qint64()>; // ms since the epoch

    AdminGate(QString pinHash, const QString &dataDir, QObject *parent = nullptr);
    AdminGate(QString pinHash, const QString &dataDir, WallClock clock, QObject *parent = nullptr);
    ~AdminGate() override;

    int enteredLength() const { return m_entry.size(); }
    bool isLocked() const;
    int lockSecondsLeft() const;
    int failures() const { return m_state.failures; }
    bool isChecking() const { return m_worker != nullptr; }
    bool isOpen() const { return m_open; }
    bool isConfigured() const { return m_configured; }
    QString message() const { return m_message; }

    // Synchronous check (tests, kioskctl); the PIN pad uses submit().
    Outcome check(const SecureBytes &pin);
    // Length of the lock that the n-th consecutive failure earns (0 below the threshold).
    static qint64 lockDurationMs(int failures);

public Q_SLOTS:
    void appendDigit(int digit);
    void backspace();
    void clearEntry();
    // Checks the entered digits on a worker thread (600k PBKDF2 rounds take a noticeable
    // moment); emits finished(outcome) on this thread.
    void submit();
    void close(); // the admin leaves the admin screen
    void requestOpen(); // the hidden gesture: shows the PIN pad

Q_SIGNALS:
    void enteredLengthChanged();
    void lockChanged();
    void checkingChanged();
    void openChanged();
    void messageChanged();
    void pinRequested();
    void finished(ck::AdminGate::Outcome outcome);

private:
    void beginAttempt();
    Outcome concludeAttempt(Result<bool> verdict);
    void setOpen(bool open);
    void setMessage(const QString &message);
    void refreshLockTimer();

    QString m_pinHash;
    bool m_configured = false;
    LockoutStore m_store;
    LockoutStore::State m_state;
    WallClock m_clock;
    SecureBytes m_entry;
    QThread *m_worker = nullptr;
    QTimer m_lockTicker;
    bool m_open = false;
    QString m_message;
};

} // namespace ck
