// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/admingate.h"

#include "core/passwordhash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>

#include <cmath>

namespace ck {

Q_LOGGING_CATEGORY(lcAdmin, "civickiosk.shell.admin")

AdminGate::AdminGate(QString pinHash, const QString &dataDir, QObject *parent)
    : AdminGate(
        std::move(pinHash), dataDir, [] { return QDateTime::currentMSecsSinceEpoch(); }, parent)
{ }

AdminGate::AdminGate(QString pinHash, const QString &dataDir, WallClock clock, QObject *parent)
    : QObject(parent)
    , m_pinHash(std::move(pinHash))
    , m_configured(PasswordHash::validate(m_pinHash).ok())
    , m_store(QDir(dataDir).filePath(QStringLiteral("adminlock.json")))
    , m_clock(std::move(clock))
{
    m_state = m_store.load(kFreeAttempts);
    const qint64 now = m_clock();
    // An attempt cut short by a crash counted as a failure; if that reached the threshold the
    // lock starts now. A lock further ahead than the cap means the clock went back: clamp it.
    if (m_state.failures >= kFreeAttempts && m_state.lockedUntilMs == 0)
        m_state.lockedUntilMs = now + lockDurationMs(m_state.failures);
    if (m_state.lockedUntilMs > now + kMaxLockMs)
        m_state.lockedUntilMs = now + kMaxLockMs;
    if (m_state.recoveredFromDamage)
        qCWarning(lcAdmin, "admin lock file was damaged; locking as a precaution");
    m_lockTicker.setInterval(1000);
    connect(&m_lockTicker, &QTimer::timeout, this, [this] {
        refreshLockTimer();
        Q_EMIT lockChanged();
    });
    refreshLockTimer();
    if (!m_configured)
        setMessage(tr("No admin PIN is set for this kiosk."));
}

AdminGate::~AdminGate()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

bool AdminGate::isLocked() const
{
    return m_state.lockedUntilMs > m_clock();
}

int AdminGate::lockSecondsLeft() const
{
    const qint64 left = m_state.lockedUntilMs - m_clock();
    return left > 0 ? int(std::ceil(double(left) / 1000.0)) : 0;
}

qint64 AdminGate::lockDurationMs(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = qMin(failures - kFreeAttempts, 20);
    return qMin(kMaxLockMs, kBaseLockMs << doublings);
}

void AdminGate::appendDigit(int digit)
{
    if (digit < 0 || digit > 9 || m_entry.size() >= kMaxDigits || m_worker)
        return;
    const char c = char('0' + digit);
    SecureBytes longer(m_entry.constData(), m_entry.size());
    longer.resize(m_entry.size() + 1);
    longer.data()[m_entry.size()] = static_cast<unsigned char>(c);
    m_entry = std::move(longer);
    Q_EMIT enteredLengthChanged();
}

void AdminGate::backspace()
{
    if (m_entry.isEmpty() || m_worker)
        return;
    m_entry.resize(m_entry.size() - 1);
    Q_EMIT enteredLengthChanged();
}

void AdminGate::clearEntry()
{
    if (m_entry.isEmpty())
        return;
    m_entry.clear();
    Q_EMIT enteredLengthChanged();
}

void AdminGate::beginAttempt()
{
    // Count the failure before checking: cutting the power mid-check must not be a free guess.
    ++m_state.failures;
    if (auto saved = m_store.save(m_state); !saved)
        qCWarning(lcAdmin) << saved.error().code;
}

AdminGate::Outcome AdminGate::concludeAttempt(Result<bool> verdict)
{
    const bool accepted = verdict.ok() && verdict.value();
    if (!verdict.ok())
        qCWarning(lcAdmin) << "admin PIN hash unusable:" << verdict.error().code;
    if (accepted) {
        m_state = {};
    } else if (m_state.failures >= kFreeAttempts) {
        m_state.lockedUntilMs = m_clock() + lockDurationMs(m_state.failures);
    }
    if (auto saved = m_store.save(m_state); !saved)
        qCWarning(lcAdmin) << saved.error().code;
    refreshLockTimer();
    Q_EMIT lockChanged();
    if (accepted) {
        setMessage(QString());
        setOpen(true);
        return Outcome::Accepted;
    }
    if (isLocked()) {
        setMessage(
            tr("Too many wrong PINs. Try again in %n second(s).", nullptr, lockSecondsLeft()));
        return Outcome::LockedOut;
    }
    setMessage(tr("That PIN is not right. %n attempt(s) left before a pause.", nullptr,
                  kFreeAttempts - m_state.failures));
    return Outcome::Rejected;
}

AdminGate::Outcome AdminGate::check(const SecureBytes &pin)
{
    if (!m_configured)
        return Outcome::NotConfigured;
    if (m_worker)
        return Outcome::Busy;
    if (isLocked())
        return Outcome::LockedOut;
    beginAttempt();
    return concludeAttempt(PasswordHash::verify(pin, m_pinHash));
}

void AdminGate::submit()
{
    if (m_worker)
        return;
    Outcome early = Outcome::Busy;
    if (!m_configured)
        early = Outcome::NotConfigured;
    else if (isLocked())
        early = Outcome::LockedOut;
    if (early != Outcome::Busy) {
        clearEntry();
        if (early == Outcome::LockedOut)
            setMessage(
                tr("Too many wrong PINs. Try again in %n second(s).", nullptr, lockSecondsLeft()));
        Q_EMIT finished(early);
        return;
    }
    beginAttempt();
    auto pin = std::make_shared<SecureBytes>(std::move(m_entry));
    m_entry = SecureBytes();
    Q_EMIT enteredLengthChanged();
    auto verdict = std::make_shared<Result<bool>>(false);
    const QString hash = m_pinHash;
    m_worker =
        QThread::create([pin, verdict, hash] { *verdict = PasswordHash::verify(*pin, hash); });
    connect(m_worker, &QThread::finished, this, [this, verdict] {
        m_worker->deleteLater();
        m_worker = nullptr;
        Q_EMIT checkingChanged();
        Q_EMIT finished(concludeAttempt(*verdict));
    });
    m_worker->start();
    Q_EMIT checkingChanged();
}

void AdminGate::close()
{
    clearEntry();
    setOpen(false);
}

void AdminGate::requestOpen()
{
    clearEntry();
    if (isLocked())
        setMessage(
            tr("Too many wrong PINs. Try again in %n second(s).", nullptr, lockSecondsLeft()));
    else if (m_configured)
        setMessage(QString());
    Q_EMIT pinRequested();
}

void AdminGate::setOpen(bool open)
{
    if (m_open == open)
        return;
    m_open = open;
    Q_EMIT openChanged();
}

void AdminGate::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void AdminGate::refreshLockTimer()
{
    if (isLocked()) {
        if (!m_lockTicker.isActive())
            m_lockTicker.start();
    } else if (m_lockTicker.isActive()) {
        m_lockTicker.stop();
        if (m_configured)
            setMessage(QString());
    }
}

} // namespace ck
