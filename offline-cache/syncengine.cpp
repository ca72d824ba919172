// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/syncengine.h"

#include "offline-cache/open311adapter.h"
#include "offline-cache/outbox.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "ck.sync")

namespace ck {

namespace {
constexpr qint64 kMaxTimerMs = 3600 * 1000;
constexpr int kMaxTokenChecksInFlight = 2; // background work: never crowd out deliveries
constexpr qint64 kMaxTokenAnswerBytes = 64 * 1024;
} // namespace

SyncEngine::SyncEngine(Outbox *outbox, QList<DestinationConfig> destinations, SyncOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_configs(std::move(destinations))
    , m_options(std::move(options))
    , m_backoff(m_options.backoff, m_options.random)
    , m_lock(m_options.lock)
{
    m_tokenBackoff = Backoff(m_options.tokenBackoff, m_options.random);
    qRegisterMetaType<ck::SyncProgress>();
    qRegisterMetaType<ck::SyncAttempt>();
    for (const DestinationConfig &config : std::as_const(m_configs)) {
        auto adapter = DestinationAdapter::create(config);
        if (adapter.ok())
            m_adapters.insert(config.name,
                              std::shared_ptr<DestinationAdapter>(std::move(adapter.value())));
        else
            m_configErrors << adapter.error().message;
    }
}

SyncEngine::~SyncEngine()
{
    stop();
}

QDateTime SyncEngine::now() const
{
    return m_options.clock ? m_options.clock() : m_outbox->now();
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_lock) {
        // Made here, not in the constructor: an engine built only to check the destinations
        // (civic-kioskctl status) must not create anything in the data directory.
        m_lock = std::make_shared<DeliveryLock>(m_outbox->dataDir());
        m_ownLock = true;
    }
    // Created here, on the thread the engine lives on: QNetworkAccessManager and its replies
    // must stay on one thread.
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_dueTimer = new QTimer(this);
        m_dueTimer->setSingleShot(true);
        connect(m_dueTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
        m_probeTimer = new QTimer(this);
        connect(m_probeTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
        m_tokenTimer = new QTimer(this);
        m_tokenTimer->setSingleShot(true);
        connect(m_tokenTimer, &QTimer::timeout, this, &SyncEngine::checkTokens);
        m_purgeTimer = new QTimer(this);
        connect(m_purgeTimer, &QTimer::timeout, this, [this] {
            auto purged = m_outbox->purgeExpiredReceipts();
            if (!purged.ok())
                qCWarning(lcSync) << "receipt purge failed:" << purged.error().code;
        });
        // Queued: enqueue() runs on the GUI thread and must not wait for a sync round.
        connect(m_outbox, &Outbox::enqueued, this, &SyncEngine::syncNow, Qt::QueuedConnection);
        if (m_options.useNetworkInformation
            && QNetworkInformation::loadBackendByFeatures(
                QNetworkInformation::Feature::Reachability)) {
            m_reachability = true;
            connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                    this, [this](QNetworkInformation::Reachability r) {
                        if (r == QNetworkInformation::Reachability::Online
                            || r == QNetworkInformation::Reachability::Site)
                            syncNow();
                    });
        }
    }
    // Without a reachability backend (containers, minimal images) poll instead; with one, a
    // slow probe still covers a backend that misses a change.
    m_probeTimer->start(m_reachability ? 5 * m_options.probeIntervalMs : m_options.probeIntervalMs);
    m_purgeTimer->start(m_options.purgeIntervalMs);
    auto purged = m_outbox->purgeExpiredReceipts();
    Q_UNUSED(purged);
    // Tokens still waiting from earlier runs: asked again now (the schedule is not kept across
    // restarts; a restart costs one question per token).
    if (auto pending = m_outbox->pendingTokens(); pending.ok()) {
        for (const OutboxRow &row : std::as_const(pending.value()))
            watchToken(row, now());
    }
    syncNow();
    checkTokens();
}

void SyncEngine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_dueTimer) {
        m_dueTimer->stop();
        m_probeTimer->stop();
        m_purgeTimer->stop();
        m_tokenTimer->stop();
    }
    for (TokenCheck &check : m_tokens) {
        if (QNetworkReply *reply = std::exchange(check.inFlight, nullptr)) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    // Interrupted, not failed: due again at once on the next start.
    const QDateTime at = now();
    const QString why = tr("Delivery interrupted.");
    const auto inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.begin(); it != inFlight.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        m_done.append({it->row.id, OutboxOutcome::Kind::Retry, {}, why, at});
    }
    for (const OutboxRow &row : std::exchange(m_ready, {}))
        m_done.append({row.id, OutboxOutcome::Kind::Retry, {}, why, at});
    auto settled = m_outbox->settleAndClaim(std::exchange(m_done, {}), at, 0);
    if (!settled.ok())
        qCWarning(lcSync) << "could not requeue interrupted deliveries:" << settled.error().code;
    m_doneDelivered.clear();
    m_outbox->checkpointShredded();
    // Rows that could not be put back stay `sending` and with them the lock, until the
    // process ends; the next holder resets them.
    if (m_ownLock && settled.ok()) {
        m_lock->release();
        m_tookOver = false;
    }
}

bool SyncEngine::takeLock()
{
    if (m_tookOver && m_lock->held())
        return true;
    if (!m_lock->held()) {
        const Status taken = m_lock->acquire(0);
        if (!taken) {
            // Someone else is delivering (civic-kioskctl sync): their rows, their job. Not an
            // error for the admin screen; look again soon.
            qCDebug(lcSync) << "not delivering:" << taken.error().message;
            if (m_dueTimer)
                m_dueTimer->start(m_options.lockRetryMs);
            return false;
        }
    }
    // Whatever is `sending` now was left by a holder that is gone.
    auto reset = m_outbox->resetSending(*m_lock);
    if (!reset.ok()) {
        qCWarning(lcSync) << "could not take over interrupted deliveries:" << reset.error().code;
        if (m_dueTimer)
            m_dueTimer->start(1000);
        if (m_ownLock)
            m_lock->release();
        return false;
    }
    if (reset.value() > 0)
        qCInfo(lcSync) << reset.value() << "interrupted deliveries queued again";
    const auto held = m_outbox->rowsUnderOtherKeys();
    m_heldRows = held.ok() ? held.value() : 0;
    if (m_heldRows > 0)
        qCWarning(lcSync) << m_heldRows << "rows sealed under another kiosk key wait for it";
    m_tookOver = true;
    return true;
}

void SyncEngine::goIdle()
{
    m_outbox->checkpointShredded();
    if (m_ownLock) {
        m_lock->release();
        m_tookOver = false;
    }
}

void SyncEngine::syncNow()
{
    pump();
}

void SyncEngine::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // After the events already queued: replies finishing together are written together.
    QTimer::singleShot(0, this, [this] {
        m_flushScheduled = false;
        pump();
    });
}

void SyncEngine::pump()
{
    if (!m_running || m_pumping)
        return;
    if (!takeLock()) {
        reportProgress(false);
        return;
    }
    m_pumping = true;
    const int parallel = std::max(1, m_options.maxParallel);
    for (;;) {
        // Keep a round of claimed rows ready behind the ones in flight.
        const int want = std::max(0, 2 * parallel - int(m_inFlight.size() + m_ready.size()));
        if (m_done.isEmpty() && want == 0)
            break;
        const auto outcomes = std::exchange(m_done, {});
        const auto deliveredRefs = std::exchange(m_doneDelivered, {});
        auto settled = m_outbox->settleAndClaim(outcomes, now(), want);
        if (!settled.ok()) {
            // Keep the outcomes: the rows stay `sending` until written (or until the next
            // start resets them), and the next round tries again.
            m_done = outcomes + m_done;
            m_doneDelivered = deliveredRefs + m_doneDelivered;
            m_lastError = settled.error().message;
            qCWarning(lcSync) << "outbox write failed:" << settled.error().code;
            if (m_dueTimer)
                m_dueTimer->start(1000);
            break;
        }
        for (const OutboxRow &row : deliveredRefs) {
            Q_EMIT delivered(row.reference, row.serverReference);
            if (!Open311Adapter::pendingToken(row.serverReference).isEmpty())
                watchToken(row, m_tokenBackoff.nextAttempt(now(), 1));
        }
        m_ready += settled->claimed;
        while (m_inFlight.size() < parallel && !m_ready.isEmpty())
            send(m_ready.takeFirst());
        // Loop again only for outcomes recorded without a request (config or payload
        // problems) or when the claim filled everything and more may be due.
        if (m_done.isEmpty() && settled->claimed.size() < want)
            break;
        if (m_done.isEmpty() && m_inFlight.size() >= parallel)
            break;
    }
    m_pumping = false;
    if (m_running && m_inFlight.isEmpty() && m_ready.isEmpty() && m_done.isEmpty()) {
        // Nothing `sending` is ours any more: let another deliverer in.
        goIdle();
        scheduleNext();
        reportProgress(true);
        Q_EMIT idle();
    } else {
        reportProgress(false);
    }
}

void SyncEngine::send(const OutboxRow &row)
{
    const auto adapter = m_adapters.value(row.destination);
    if (!adapter) {
        // A config problem, not the submission's: keep it queued until the config is fixed.
        record(row,
               DeliveryOutcome::retryable(
                   tr("No usable destination \"%1\" is configured.").arg(row.destination)));
        return;
    }
    auto payload = m_outbox->decryptPayload(row.id);
    if (!payload.ok()) {
        const QString &code = payload.error().code;
        // A tampered row (the key is right, authentication fails) never decrypts: dead letter
        // for the admin. A row sealed under another kiosk key is not claimed at all; should one
        // get here all the same, it waits for its key like the others, never a dead letter.
        // Anything else (a busy database) is worth another try.
        const bool permanent =
            code.startsWith(QLatin1String("crypto-")) || code == QLatin1String("payload-gone");
        record(row,
               permanent ? DeliveryOutcome::permanent(payload.error().message)
                         : DeliveryOutcome::retryable(payload.error().message));
        return;
    }
    auto prepared = adapter->prepare(row, payload.value());
    payload.value().clear();
    if (!prepared.ok()) {
        record(row, DeliveryOutcome::permanent(prepared.error().message));
        return;
    }
    QNetworkReply *reply = m_nam->post(prepared->request, prepared->body);
    BoundedReply::watch(reply, adapter->replyLimits());
    InFlight entry {row, adapter, std::move(prepared->body), {}, {}};
    entry.clock.start();
    m_inFlight.insert(reply, std::move(entry));
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end())
            return;
        for (const QSslError &e : errors)
            it->sslErrors << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void SyncEngine::finished(QNetworkReply *reply)
{
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    InFlight entry = std::move(it.value());
    m_inFlight.erase(it);
    HttpAnswer answer = DestinationAdapter::answerFrom(reply, BoundedReply::of(reply));
    if (!entry.sslErrors.isEmpty())
        answer.errorString += QStringLiteral(": ") + entry.sslErrors.join(QStringLiteral("; "));
    reply->deleteLater();
    // Best effort: the request body holds answers. Wipe our copy once Qt has let go of its
    // shared one, i.e. when the reply is destroyed.
    connect(reply, &QObject::destroyed, this,
            [body = std::move(entry.body)]() mutable { secureWipe(body); });

    const DeliveryOutcome outcome = entry.adapter->classify(answer, now());
    Q_EMIT attempted(SyncAttempt {entry.row.reference, entry.row.destination, outcome.kind,
                                  answer.status, double(entry.clock.nsecsElapsed()) / 1e6,
                                  answer.error});
    record(entry.row, outcome);
    // The next request leaves now; the outcome is written with the next round.
    if (m_running && !m_ready.isEmpty() && m_inFlight.size() < m_options.maxParallel)
        send(m_ready.takeFirst());
    scheduleFlush();
}

void SyncEngine::record(const OutboxRow &row, const DeliveryOutcome &outcome)
{
    switch (outcome.kind) {
    case DeliveryOutcome::Kind::Delivered:
        m_done.append({row.id, OutboxOutcome::Kind::Delivered, outcome.serverReference, {}, {}});
        m_doneDelivered.append(row);
        m_doneDelivered.last().serverReference = outcome.serverReference;
        m_lastSuccessAt = now();
        m_lastError.clear();
        break;
    case DeliveryOutcome::Kind::Retryable:
        m_lastError = outcome.reason;
        if (outcome.giveUpAfterAttempts > 0 && row.attempts >= outcome.giveUpAfterAttempts)
            m_done.append({row.id, OutboxOutcome::Kind::Rejected, {}, outcome.reason, {}});
        else
            m_done.append({row.id,
                           OutboxOutcome::Kind::Retry,
                           {},
                           outcome.reason,
                           m_backoff.nextAttempt(now(), row.attempts, outcome.retryAfter)});
        break;
    case DeliveryOutcome::Kind::Permanent:
        m_lastError = outcome.reason;
        m_done.append({row.id, OutboxOutcome::Kind::Rejected, {}, outcome.reason, {}});
        break;
    }
}

void SyncEngine::scheduleNext()
{
    if (!m_running || !m_dueTimer)
        return;
    auto next = m_outbox->nextDueAt();
    if (!next.ok() || !next.value().isValid()) {
        m_dueTimer->stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(now().msecsTo(next.value()), 0, kMaxTimerMs);
    m_dueTimer->start(int(wait));
}

void SyncEngine::reportProgress(bool force)
{
    // depthByState() scans the table; while draining thousands of rows a few updates a second
    // are plenty for a status screen.
    if (!force && m_progressClock.isValid() && m_progressClock.elapsed() < 250)
        return;
    m_progressClock.start();
    SyncProgress p;
    auto depth = m_outbox->depthByState();
    if (depth.ok())
        p.depth = depth.value();
    p.inFlight = int(m_inFlight.size());
    p.lastSuccessAt = m_lastSuccessAt;
    p.lastError = m_lastError;
    // Rows waiting for another kiosk key are never attempted, so no attempt reports them: say
    // so on the admin screen while nothing more pressing is wrong.
    if (p.lastError.isEmpty() && m_heldRows > 0)
        p.lastError = tr("%n form(s) were saved under another kiosk key and wait for it "
                         "(civic-kioskctl status shows which key).",
                         nullptr, m_heldRows);
    Q_EMIT progress(p);
}

void SyncEngine::watchToken(const OutboxRow &row, const QDateTime &due)
{
    TokenCheck &check = m_tokens[row.id];
    if (check.inFlight)
        return;
    check.row = row;
    check.due = due;
    if (m_running && m_tokenTimer)
        QTimer::singleShot(0, this, &SyncEngine::checkTokens);
}

void SyncEngine::checkTokens()
{
    if (!m_running || !m_nam)
        return;
    const QDateTime at = now();
    int inFlight = 0;
    for (const TokenCheck &check : std::as_const(m_tokens))
        inFlight += check.inFlight ? 1 : 0;
    QDateTime next;
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        TokenCheck &check = it.value();
        const auto adapter =
            std::dynamic_pointer_cast<Open311Adapter>(m_adapters.value(check.row.destination));
        const QString token = Open311Adapter::pendingToken(check.row.serverReference);
        if (!adapter || token.isEmpty()) {
            it = m_tokens.erase(it); // the destination is gone or no longer Open311
            continue;
        }
        if (!check.inFlight && check.due <= at && inFlight < kMaxTokenChecksInFlight) {
            QNetworkReply *reply = m_nam->get(adapter->tokenRequest(token));
            ReplyLimits limits = adapter->replyLimits();
            limits.maxBytes = kMaxTokenAnswerBytes;
            BoundedReply::watch(reply, limits);
            check.inFlight = reply;
            ++inFlight;
            connect(reply, &QNetworkReply::finished, this, [this, reply] { tokenFinished(reply); });
        } else if (!check.inFlight && (!next.isValid() || check.due < next)) {
            next = check.due;
        }
        ++it;
    }
    if (next.isValid() && inFlight < kMaxTokenChecksInFlight)
        m_tokenTimer->start(int(std::clamp<qint64>(at.msecsTo(next), 0, kMaxTimerMs)));
}

void SyncEngine::tokenFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = std::find_if(m_tokens.begin(), m_tokens.end(),
                           [reply](const TokenCheck &c) { return c.inFlight == reply; });
    if (it == m_tokens.end())
        return;
    TokenCheck &check = it.value();
    check.inFlight = nullptr;
    const auto adapter =
        std::dynamic_pointer_cast<Open311Adapter>(m_adapters.value(check.row.destination));
    const QString token = Open311Adapter::pendingToken(check.row.serverReference);
    const HttpAnswer answer = DestinationAdapter::answerFrom(reply, BoundedReply::of(reply));
    const auto result = adapter ? adapter->classifyToken(token, answer)
                                : Open311Adapter::TokenAnswer {{}, QStringLiteral("no-adapter")};
    if (!result.serviceRequestId.isEmpty()) {
        const Status saved = m_outbox->resolveServerReference(
            check.row.id, check.row.serverReference, result.serviceRequestId);
        if (saved.ok() || saved.error().code == QLatin1String("bad-state")) {
            // bad-state: purged with its receipt, or resolved by another run meanwhile.
            if (saved.ok())
                Q_EMIT tokenResolved(check.row.reference, result.serviceRequestId);
            m_tokens.erase(it);
            checkTokens();
            return;
        }
        qCWarning(lcSync) << "token resolved but not saved:" << saved.error().code;
    } else {
        qCDebug(lcSync) << "token still pending for" << check.row.reference << result.reason;
    }
    check.attempts += 1;
    check.due = m_tokenBackoff.nextAttempt(now(), check.attempts);
    checkTokens();
}

} // namespace ck
