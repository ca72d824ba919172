#include "sessionwiper.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLoggingCategory>
#include <QMetaObject>

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

SessionWiper::SessionWiper(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5000);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(true); });
}

SessionWiper::~SessionWiper() = default;

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
    emit wipingChanged();
    m_timeout.start();

    // The UI first: per-session screens and their bindings go before the data behind them.
    emit wipeStarted(reason);

    for (const auto &entry : m_entries) {
        if (entry->guarded && !entry->guard)
            continue;
        m_pending << entry->name;
        if (entry->participant) {
            const QString name = entry->name;
            entry->participant->wipeThen([this, generation, name] { finishOne(generation, name); });
        } else {
            entry->callback();
            finishOne(generation, entry->name);
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
    m_wiping = false;
    m_lastDurationMs = int(m_clock.elapsed());
    ++m_wipeCount;
    if (timedOut) {
        qCWarning(lcWipe) << "wipe incomplete after" << m_lastDurationMs << "ms:" << incomplete;
        emit wipeIncomplete(incomplete);
    }
    emit wipingChanged();
    emit wiped(m_lastDurationMs);
}

} // namespace ck
