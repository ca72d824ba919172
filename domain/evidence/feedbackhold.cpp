// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/feedbackhold.h"

#include "core/securebytes.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

namespace ck {

Q_LOGGING_CATEGORY(lcFeedbackHold, "ck.feedback")

namespace {

// The timer only wakes the hold; the clock decides what is due. Short enough that a boundary
// is not missed by much when the machine sleeps, long enough to cost nothing.
constexpr qint64 kMaxWaitMs = 5 * 60 * 1000;
constexpr qint64 kRetryMs = 5 * 60 * 1000;

std::uint32_t seedFrom(std::uint32_t seed)
{
    if (seed != 0)
        return seed;
    std::random_device device;
    return device();
}

} // namespace

FeedbackHold::FeedbackHold(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_random(seedFrom(m_options.seed))
{
    if (m_options.maxDelay < m_options.minDelay)
        m_options.maxDelay = m_options.minDelay;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const Result<int> r = releaseDue(); !r)
            qCWarning(lcFeedbackHold) << "feedback kept for later:" << r.error().code;
        schedule();
    });
}

FeedbackHold::~FeedbackHold()
{
    // A clean shutdown: the outbox (encrypted, durable) keeps what memory would lose. It is
    // delivered after the restart, so its timing is unrelated to the session anyway.
    if (!m_items.isEmpty()) {
        if (const Result<int> r = releaseAll(); !r)
            qCWarning(lcFeedbackHold) << "feedback lost at shutdown:" << r.error().code;
    }
    for (Held &h : m_items)
        secureWipe(h.item.payload);
}

QDateTime FeedbackHold::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

QDateTime FeedbackHold::releaseTime(const QDateTime &takenAt, std::chrono::seconds delay) const
{
    const qint64 earliest = takenAt.toSecsSinceEpoch() + delay.count();
    const qint64 step = m_options.batchInterval.count();
    if (step <= 0)
        return QDateTime::fromSecsSinceEpoch(earliest, Qt::UTC);
    // Boundaries are the same on every kiosk (multiples of the interval since the epoch), so a
    // back end sees feedback from many kiosks arrive at the same moments.
    const qint64 boundary = ((earliest + step - 1) / step) * step;
    return QDateTime::fromSecsSinceEpoch(boundary, Qt::UTC);
}

Status FeedbackHold::hold(OutboxItem item)
{
    // What the outbox would refuse is refused now, while the person is still on the screen
    // (the outbox checks the same), rather than failing unseen at release time.
    if (item.reference.isEmpty() || item.serviceId.isEmpty() || item.destination.isEmpty()
        || item.payload.isEmpty()) {
        secureWipe(item.payload);
        return Status::failure(QStringLiteral("bad-item"),
                               QCoreApplication::translate("FeedbackHold",
                                                           "Feedback cannot be sent from this "
                                                           "kiosk."));
    }
    std::uniform_int_distribution<qint64> pick(m_options.minDelay.count(),
                                               m_options.maxDelay.count());
    const QDateTime due = releaseTime(now(), std::chrono::seconds(pick(m_random)));
    m_items.append(Held {due, std::move(item)});
    // A flood (or a stuck outbox) must not grow memory without bound: the oldest goes first.
    while (m_items.size() > std::max(1, m_options.maxHeld)) {
        Held oldest = m_items.takeFirst();
        if (m_options.enqueue)
            (void)m_options.enqueue(std::move(oldest.item)); // the outbox wipes the payload
        secureWipe(oldest.item.payload);
    }
    schedule();
    Q_EMIT heldChanged();
    return Status::success();
}

Result<int> FeedbackHold::releaseDue()
{
    return release(false);
}

Result<int> FeedbackHold::releaseAll()
{
    return release(true);
}

Result<int> FeedbackHold::release(bool all)
{
    const QDateTime t = now();
    QList<Held> due;
    QList<Held> keep;
    for (Held &h : m_items)
        (all || h.due <= t ? due : keep).append(std::move(h));
    m_items = std::move(keep);
    // Random order within the batch: queue order must not say which came first.
    std::shuffle(due.begin(), due.end(), m_random);
    int sent = 0;
    Status failed = Status::success();
    for (qsizetype i = 0; i < due.size(); ++i) {
        Held &h = due[i];
        if (!failed.ok() || !m_options.enqueue) {
            m_items.append(std::move(h));
            continue;
        }
        // A deep copy for the outbox (which wipes what it is given), so a refused item is
        // still whole here for the next try.
        OutboxItem copy = h.item;
        copy.payload = QByteArray(h.item.payload.constData(), h.item.payload.size());
        const Status s = m_options.enqueue(std::move(copy));
        // Sent by an earlier attempt whose answer was lost: done all the same.
        if (s.ok() || s.error().code == QLatin1String("duplicate-reference")) {
            secureWipe(h.item.payload);
            ++sent;
        } else {
            failed = s;
            m_items.append(std::move(h));
        }
    }
    if (!m_options.enqueue && !due.isEmpty())
        failed = Status::failure(QStringLiteral("no-outbox"), QString());
    m_refused = !failed.ok();
    if (sent > 0 || !due.isEmpty())
        Q_EMIT heldChanged();
    schedule();
    if (!failed.ok())
        return Result<int>(failed.error());
    return sent;
}

QDateTime FeedbackHold::nextReleaseAt() const
{
    QDateTime next;
    for (const Held &h : m_items) {
        if (!next.isValid() || h.due < next)
            next = h.due;
    }
    return next;
}

void FeedbackHold::schedule()
{
    const QDateTime next = nextReleaseAt();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    qint64 wait = std::clamp<qint64>(now().msecsTo(next), 0, kMaxWaitMs);
    // Due but refused last time (disk low): try again later, not in a tight loop.
    if (wait == 0 && m_refused)
        wait = kRetryMs;
    m_timer.start(int(wait));
}

} // namespace ck
