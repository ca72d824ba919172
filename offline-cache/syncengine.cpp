#include "syncengine.h"

#include "outbox.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "ck.sync")

namespace ck {

namespace {
constexpr qint64 kMaxTimerMs = 3600 * 1000;
} // namespace

SyncEngine::SyncEngine(Outbox *outbox, QList<DestinationConfig> destinations, SyncOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_configs(std::move(destinations))
    , m_options(std::move(options))
    , m_backoff(m_options.backoff, m_options.random)
{
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
    syncNow();
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
        for (const auto &[reference, serverRef] : deliveredRefs)
            Q_EMIT delivered(reference, serverRef);
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
        // Tampered rows and rows sealed under another kiosk key will never decrypt: dead letter
        // for the admin. Anything else (a busy database) is worth another try.
        const bool permanent = code.startsWith(QLatin1String("crypto-"))
            || code == QLatin1String("key-mismatch") || code == QLatin1String("payload-gone");
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
    HttpAnswer answer = DestinationAdapter::answerFrom(reply, reply->readAll());
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
        m_doneDelivered.append({row.reference, outcome.serverReference});
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
    Q_EMIT progress(p);
}

} // namespace ck
