// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "kiosk-shell/wipeable.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace ck {

// Ends a session completely, whatever ended it (idle timeout, "Finish", admin, helper sign-out):
// tells the UI to drop every per-session object, asks each registered participant to wipe, clears
// the clipboard (both modes) and the input method, then runs the final steps (which need all of
// that gone first, e.g. the QML engine's garbage collection, and the checks that confirm the
// wipe), and reports how long all of it took. A wipe that does not finish in time, a step that
// throws or fails, or a check that does not hold is reported as wipeFailed(): the kiosk must not
// hand that process to the next person (FailClosed).
class SessionWiper : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool wiping READ isWiping NOTIFY wipingChanged FINAL)
    Q_PROPERTY(int lastDurationMs READ lastDurationMs NOTIFY wiped FINAL)
    Q_PROPERTY(int wipeCount READ wipeCount NOTIFY wiped FINAL)

public:
    explicit SessionWiper(QObject *parent = nullptr);
    ~SessionWiper() override;

    // Non-owning: the participant must outlive the wiper or be removed first.
    void addParticipant(Wipeable *participant);
    void removeParticipant(Wipeable *participant);
    // For other parts' objects that do not implement Wipeable (FlowSession::wipe(), the speech
    // controller's stop, theme defaults): called on every wipe while the guard object lives.
    void addCallback(const QString &name, std::function<void()> wipe, QObject *guard = nullptr);
    // Calls an invokable method ("wipe", "reset") by name on a QObject while it lives.
    void addObject(QObject *object, const char *method = "wipe");
    // Runs after every participant has finished and every awaited object is gone, in the order
    // added. A failure means the wipe cannot be confirmed.
    void addFinalStep(const QString &name, std::function<Status()> step);

    bool isWiping() const { return m_wiping; }
    int lastDurationMs() const { return m_lastDurationMs; }
    int wipeCount() const { return m_wipeCount; }
    QStringList participantNames() const;

    // Longest a participant may take before the wipe is reported as incomplete.
    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }

public Q_SLOTS:
    // reason: "idle", "finish", "admin", "helper" (a stable code, for metrics).
    void endSession(const QString &reason);
    // The UI hands over the per-session root item it is about to drop (e.g. the session
    // Loader's item) from a wipeStarted handler; the wipe counts as done only once it is gone.
    void awaitDestroyed(QObject *object);
    // From a wipeStarted handler: the wipe counts as done only once `object`'s bool `property`
    // (with a NOTIFY signal) reads false, e.g. a speech engine's "speaking": text still being
    // synthesised is text still in memory.
    void awaitFalse(QObject *object, const QString &property);

Q_SIGNALS:
    void wipingChanged();
    // Synchronous: handlers drop per-session UI (Loader.active = false, back to welcome).
    void wipeStarted(const QString &reason);
    void wiped(int durationMs);
    // Names of participants that did not finish in time (the session is still ended).
    void wipeIncomplete(const QStringList &names);
    // Emitted before wiped() when the wipe cannot be trusted. reason: "incomplete" (a step did
    // not finish in time), "step-failed" (a step threw or failed), "unconfirmed" (a final check
    // did not hold); step: the stable name of the first step concerned. Never data.
    void wipeFailed(const QString &reason, const QString &step);
    // Internal: an awaited property's NOTIFY signal, forwarded.
    void awaitedPropertyChanged();

private:
    struct Entry;
    struct Awaited;
    struct FinalStep;
    void finishOne(quint64 generation, const QString &name);
    void finish(bool timedOut);
    void checkAwaited();
    void noteFailure(const QString &reason, const QString &step);

    std::vector<std::unique_ptr<Entry>> m_entries;
    std::vector<std::unique_ptr<FinalStep>> m_finalSteps;
    std::vector<std::unique_ptr<Awaited>> m_awaited;
    QString m_failureReason;
    QString m_failureStep;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    QStringList m_pending;
    quint64 m_generation = 0;
    bool m_wiping = false;
    int m_lastDurationMs = 0;
    int m_wipeCount = 0;
};

} // namespace ck
