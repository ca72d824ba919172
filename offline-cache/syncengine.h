// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "offline-cache/backoff.h"
#include "offline-cache/deliverylock.h"
#include "offline-cache/destination.h"
#include "offline-cache/outbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ck {

struct SyncOptions
{
    int maxParallel = 4; // requests in flight at once, all destinations together
    int probeIntervalMs = 60000; // wake-up when no reachability backend is available
    int purgeIntervalMs = 3600 * 1000; // how often expired receipts are purged
    std::function<QDateTime()> clock; // empty: Outbox::now()
    std::function<quint64()> random; // jitter source; empty: QRandomGenerator::global()
    Backoff::Params backoff;
    // When to ask again for an Open311 token's service_request_id: CRMs assign it from
    // minutes to hours later, so from 30 s, doubling, at most hourly, for as long as the
    // receipt is kept.
    Backoff::Params tokenBackoff {std::chrono::seconds(30), 2, std::chrono::hours(1),
                                  std::chrono::seconds(10), std::chrono::hours(24)};
    bool useNetworkInformation = true; // tests switch it off to stay deterministic
    // The data directory's DeliveryLock, already taken by the caller and held for the engine's
    // whole life (civic-kioskctl sync). Empty: the engine takes the lock itself for each drain
    // and lets go whenever it is idle (the kiosk), so staff can still deliver from the command
    // line while the kiosk has nothing to send or waits out a backoff.
    std::shared_ptr<DeliveryLock> lock;
    int lockRetryMs = 2000; // while another process delivers, look again this often
};

// One finished request, for latency metrics and benchmarks.
struct SyncAttempt
{
    QString reference;
    QString destination;
    DeliveryOutcome::Kind outcome = DeliveryOutcome::Kind::Retryable;
    int httpStatus = 0;
    double elapsedMs = 0; // request posted -> reply finished
    // The transport error (NoError when an HTTP answer came): the fleet counts certificate
    // failures apart, because they need an admin, not patience.
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
};

struct SyncProgress
{
    QMap<QString, qint64> depth; // by state
    int inFlight = 0;
    QDateTime lastSuccessAt;
    QString lastError; // admin-visible, no personal data; empty after a success
};

// Delivers queued outbox rows to their destinations.
//
// One deliverer at a time: the engine sends only while it holds the data directory's
// DeliveryLock (see SyncOptions::lock). When it takes the lock it first puts rows left
// `sending` by a previous holder back to `queued` (Outbox::resetSending); while another process
// holds it, the engine sends nothing and looks again every lockRetryMs. Going idle, it
// checkpoints the WAL so shredded payloads leave the disk (Outbox::checkpointShredded).
//
// Lives on a worker QThread: construct without a parent, moveToThread(), connect
// QThread::started to start(). start() creates the QNetworkAccessManager on that thread.
// Talk to it only through queued calls (QMetaObject::invokeMethod(engine, "syncNow")).
// Shut down with a blocking queued stop(), then quit the thread; destroy it before the Outbox.
// Wakes up when the outbox says enqueued(), when QNetworkInformation reports reachability
// (if a backend loads), when the next retry falls due, and every probeIntervalMs otherwise.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Outbox *outbox, QList<DestinationConfig> destinations, SyncOptions options = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Problems in the destination list (bad type, bad URL, bad CA pin), one per destination;
    // rows for such a destination stay queued with the error as last_error.
    QStringList configErrors() const { return m_configErrors; }

public Q_SLOTS:
    void start();
    void syncNow();
    void stop(); // aborts requests in flight (their rows go back to queued)

Q_SIGNALS:
    void progress(const ck::SyncProgress &progress);
    void idle(); // nothing due and nothing in flight
    void delivered(const QString &reference, const QString &serverReference);
    void attempted(const ck::SyncAttempt &attempt);
    // An Open311 token delivered earlier now has its service_request_id (kept in the receipt).
    void tokenResolved(const QString &reference, const QString &serviceRequestId);

private:
    void pump();
    bool takeLock(); // true when this engine may claim rows now
    void goIdle();
    void send(const OutboxRow &row);
    void finished(QNetworkReply *reply);
    void record(const OutboxRow &row, const DeliveryOutcome &outcome);
    void scheduleFlush();
    void scheduleNext();
    void reportProgress(bool force);
    QDateTime now() const;
    // Open311 tokens waiting for their service_request_id (SyncEngine tokens).
    void watchToken(const OutboxRow &row, const QDateTime &due);
    void checkTokens();
    void tokenFinished(QNetworkReply *reply);

    Outbox *m_outbox;
    QList<DestinationConfig> m_configs;
    SyncOptions m_options;
    Backoff m_backoff;
    QHash<QString, std::shared_ptr<DestinationAdapter>> m_adapters;
    QStringList m_configErrors;
    QNetworkAccessManager *m_nam = nullptr; // child of this, created in start()
    QTimer *m_dueTimer = nullptr;
    QTimer *m_probeTimer = nullptr;
    QTimer *m_purgeTimer = nullptr;
    struct InFlight
    {
        OutboxRow row;
        std::shared_ptr<DestinationAdapter> adapter;
        QByteArray body;
        QStringList sslErrors;
        QElapsedTimer clock;
    };
    QHash<QNetworkReply *, InFlight> m_inFlight;
    // Claimed (already `sending`) but not yet posted: claimed a round ahead so the next
    // requests leave as soon as a slot frees up, without waiting for a transaction.
    QList<OutboxRow> m_ready;
    // Outcomes not yet written; written together with the next claim in one transaction.
    QList<OutboxOutcome> m_done;
    QList<OutboxRow> m_doneDelivered; // with the server reference they were delivered under
    struct TokenCheck
    {
        OutboxRow row; // delivered; serverReference is "token:..."
        int attempts = 0;
        QDateTime due;
        QNetworkReply *inFlight = nullptr;
    };
    QHash<qint64, TokenCheck> m_tokens; // by row id
    Backoff m_tokenBackoff;
    QTimer *m_tokenTimer = nullptr;
    bool m_flushScheduled = false;
    bool m_running = false;
    bool m_reachability = false; // a QNetworkInformation backend reports changes
    bool m_pumping = false;
    std::shared_ptr<DeliveryLock> m_lock; // SyncOptions::lock, or the engine's own (start())
    bool m_ownLock = false; // taken per drain by the engine, released when idle
    bool m_tookOver = false; // resetSending() done for the current hold of the lock
    qint64 m_heldRows = 0; // rows under another kiosk key, counted when the lock was taken
    QDateTime m_lastSuccessAt;
    QString m_lastError;
    QElapsedTimer m_progressClock;
};

} // namespace ck

Q_DECLARE_METATYPE(ck::SyncProgress)
Q_DECLARE_METATYPE(ck::SyncAttempt)
