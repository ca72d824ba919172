// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/sessionwiper.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QMetaProperty>

#include <exception>

namespace ck {

Q_LOGGING_CATEGORY(lcWipe, "civickiosk.shell.wipe")

struct SessionWiper::Entry
{
    QString name;
    Wipeable *participant = nullptr;
    std::function<void()> callback;
    QPointer<QObject> guard;
    bool guarded = false;
};

struct SessionWiper::FinalStep
{
    QString name;
    std::function<Status()> step;
};

struct SessionWiper::Awaited
{
    QString name;
    QPointer<QObject> object;
    QMetaProperty property;
    QMetaObject::Connection notify;
    QMetaObject::Connection destroyed;
};

namespace {
// What a step's exception says, for the log only (the metrics get the step's name).
QString describe(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &e) {
        return QString::fromLocal8Bit(e.what());
    } catch (...) {
        return QStringLiteral("unknown exception");
    }
}
} // namespace

SessionWiper::SessionWiper(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5000);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(true); });
    connect(this, &SessionWiper::awaitedPropertyChanged, this, &SessionWiper::checkAwaited);
}

SessionWiper::~SessionWiper()
{
    for (const auto &a : m_awaited) {
        disconnect(a->notify);
        disconnect(a->destroyed);
    }
}

void SessionWiper::addParticipant(Wipeable *participant)
{
    if (!participant)
        return;
    auto entry = std::make_unique<Entry>();
    entry->name = participant->wipeName();
    entry->participant = participant;
    m_entries.push_back(std::move(entry));
}

void SessionWiper::removeParticipant(Wipeable *participant)
{
    std::erase_if(m_entries,
                  [participant](const auto &e) { return e->participant == participant; });
}

void SessionWiper::addCallback(const QString &name, std::function<void()> wipe, QObject *guard)
{
    auto entry = std::make_unique<Entry>();
    entry->name = name;
    entry->callback = std::move(wipe);
    entry->guard = guard;
    entry->guarded = guard != nullptr;
    m_entries.push_back(std::move(entry));
}

void SessionWiper::addObject(QObject *object, const char *method)
{
    if (!object)
        return;
    const QByteArray name(method);
    const QString label = QString::fromLatin1(object->metaObject()->className()) + QLatin1Char('.')
        + QString::fromLatin1(name);
    addCallback(
        label,
        [object, name] {
            if (!QMetaObject::invokeMethod(object, name.constData(), Qt::DirectConnection))
                qCWarning(lcWipe, "participant has no invokable %s()", name.constData());
        },
        object);
}

void SessionWiper::addFinalStep(const QString &name, std::function<Status()> step)
{
    m_finalSteps.push_back(std::make_unique<FinalStep>(FinalStep {name, std::move(step)}));
}

QStringList SessionWiper::participantNames() const
{
    QStringList names;
    for (const auto &e : m_entries)
        names << e->name;
    return names;
}

void SessionWiper::endSession(const QString &reason)
{
    if (m_wiping)
        return; // a second trigger (timeout racing "Finish") joins the wipe already running
    m_wiping = true;
    const quint64 generation = ++m_generation;
    m_clock.start();
    m_pending.clear();
    m_pending << QStringLiteral("(start)");
    m_failureReason.clear();
    m_failureStep.clear();
    Q_EMIT wipingChanged();
    m_timeout.start();

    // The UI first: per-session screens and their bindings go before the data behind them.
    Q_EMIT wipeStarted(reason);

    for (const auto &entry : m_entries) {
        if (entry->guarded && !entry->guard)
            continue;
        m_pending << entry->name;
        const QString name = entry->name;
        // Exceptions must not cross this loop: one failing step still lets the others wipe,
        // and the failure makes the whole wipe untrusted.
        try {
            if (entry->participant) {
                entry->participant->wipeThen(
                    [this, generation, name] { finishOne(generation, name); });
            } else {
                entry->callback();
                finishOne(generation, name);
            }
        } catch (...) {
            qCCritical(lcWipe).noquote()
                << "wipe step" << name << "failed:" << describe(std::current_exception());
            noteFailure(QStringLiteral("step-failed"), name);
            finishOne(generation, name);
        }
    }

    // Both modes: X11 has a primary selection that a middle click would paste into the next
    // person's form.
    if (auto *clipboard = QGuiApplication::clipboard()) {
        clipboard->clear(QClipboard::Clipboard);
        if (clipboard->supportsSelection())
            clipboard->clear(QClipboard::Selection);
    }
    if (auto *im = QGuiApplication::inputMethod()) {
        im->reset(); // drops pre-edit text and the virtual keyboard's word state
        im->hide();
    }
    finishOne(generation, QStringLiteral("(start)"));
}

void SessionWiper::awaitDestroyed(QObject *object)
{
    if (!m_wiping || !object)
        return;
    const quint64 generation = m_generation;
    const QString name =
        QStringLiteral("ui:") + QString::fromLatin1(object->metaObject()->className());
    m_pending << name;
    connect(object, &QObject::destroyed, this,
            [this, generation, name] { finishOne(generation, name); });
}

void SessionWiper::awaitFalse(QObject *object, const QString &property)
{
    if (!m_wiping || !object)
        return;
    const QMetaObject *meta = object->metaObject();
    const int index = meta->indexOfProperty(property.toLatin1().constData());
    if (index < 0 || !meta->property(index).hasNotifySignal()) {
        qCWarning(lcWipe).noquote() << "cannot await" << meta->className() << property;
        noteFailure(QStringLiteral("step-failed"),
                    QString::fromLatin1(meta->className()) + QLatin1Char('.') + property);
        return;
    }
    auto awaited = std::make_unique<Awaited>();
    awaited->name = QStringLiteral("quiet:") + QString::fromLatin1(meta->className())
        + QLatin1Char('.') + property;
    awaited->object = object;
    awaited->property = meta->property(index);
    if (!awaited->property.read(object).toBool())
        return;
    m_pending << awaited->name;
    const QMetaMethod forward = QMetaMethod::fromSignal(&SessionWiper::awaitedPropertyChanged);
    awaited->notify = connect(object, awaited->property.notifySignal(), this, forward);
    awaited->destroyed = connect(object, &QObject::destroyed, this, &SessionWiper::checkAwaited,
                                 Qt::QueuedConnection);
    m_awaited.push_back(std::move(awaited));
}

void SessionWiper::checkAwaited()
{
    const quint64 generation = m_generation;
    QStringList quiet;
    for (auto it = m_awaited.begin(); it != m_awaited.end();) {
        Awaited &a = **it;
        if (a.object && a.property.read(a.object).toBool()) {
            ++it;
            continue;
        }
        disconnect(a.notify);
        disconnect(a.destroyed);
        quiet << a.name;
        it = m_awaited.erase(it);
    }
    // After the loop: the last one finishes the wipe, which clears m_awaited.
    for (const QString &name : std::as_const(quiet))
        finishOne(generation, name);
}

void SessionWiper::noteFailure(const QString &reason, const QString &step)
{
    if (!m_failureReason.isEmpty())
        return; // the first failure is the one reported
    m_failureReason = reason;
    m_failureStep = step;
}

void SessionWiper::finishOne(quint64 generation, const QString &name)
{
    if (generation != m_generation || !m_wiping)
        return; // a late answer from a wipe that already timed out
    m_pending.removeOne(name);
    if (m_pending.isEmpty())
        finish(false);
}

void SessionWiper::finish(bool timedOut)
{
    if (!m_wiping)
        return;
    m_timeout.stop();
    const QStringList incomplete = m_pending;
    m_pending.clear();
    for (const auto &a : m_awaited) {
        disconnect(a->notify);
        disconnect(a->destroyed);
    }
    m_awaited.clear();
    if (timedOut) {
        noteFailure(QStringLiteral("incomplete"), incomplete.join(QLatin1Char(',')));
    } else {
        // Everything of the session has been let go of; what remains is what these collect
        // and what they check.
        for (const auto &final : m_finalSteps) {
            try {
                const Status status = final->step();
                if (!status) {
                    qCCritical(lcWipe).noquote()
                        << "wipe not confirmed by" << final->name << ":" << status.error().code;
                    noteFailure(QStringLiteral("unconfirmed"), final->name);
                }
            } catch (...) {
                qCCritical(lcWipe).noquote() << "final wipe step" << final->name
                                             << "failed:" << describe(std::current_exception());
                noteFailure(QStringLiteral("step-failed"), final->name);
            }
        }
    }
    m_wiping = false;
    m_lastDurationMs = int(m_clock.elapsed());
    ++m_wipeCount;
    if (timedOut) {
        qCWarning(lcWipe) << "wipe incomplete after" << m_lastDurationMs << "ms:" << incomplete;
        Q_EMIT wipeIncomplete(incomplete);
    }
    if (!m_failureReason.isEmpty())
        Q_EMIT wipeFailed(m_failureReason, m_failureStep);
    Q_EMIT wipingChanged();
    Q_EMIT wiped(m_lastDurationMs);
}

} // namespace ck
