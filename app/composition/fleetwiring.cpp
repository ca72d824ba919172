// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "app/composition/fleetwiring.h"

#include "a11y/readaloud.h"
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/evidence/textredactor.h"
#include "domain/fleet/fleetservices.h"
#include "domain/flows/flowsession.h"
#include "offline-cache/outbox.h"
#include "offline-cache/syncengine.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/receiptcontroller.h"
#include "qml/viewmodels/remoteview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>

namespace ck {

namespace {

Q_LOGGING_CATEGORY(lcCommands, "civic.fleet.commands")

// The kiosk's recent log lines for "collect-diagnostics": only its own categories (civic.*,
// ck.*), whose messages carry codes, counts and names of parts, never answers; kept in memory
// only, so nothing is written on the way.
struct LogRing
{
    QMutex mutex;
    std::deque<QString> lines;
    QtMessageHandler previous = nullptr;
};

LogRing &logRing()
{
    static LogRing ring;
    return ring;
}

void keepLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogRing &ring = logRing();
    const QLatin1String category(context.category ? context.category : "");
    if (type != QtDebugMsg
        && (category.startsWith(QLatin1String("civic."))
            || category.startsWith(QLatin1String("ck.")))) {
        static const char *const kinds[] = {"debug", "warning", "critical", "fatal", "info"};
        const QString line =
            QStringLiteral("%1 %2 %3: %4")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                     QLatin1String(kinds[qBound(0, int(type), 4)]), category, message.left(300));
        QMutexLocker lock(&ring.mutex);
        ring.lines.push_back(line);
        while (ring.lines.size() > 200)
            ring.lines.pop_front();
    }
    if (ring.previous)
        ring.previous(type, context, message);
}

} // namespace

std::unique_ptr<FleetWiring> FleetWiring::attach(KioskComposition &kiosk, ShellWiring &shell,
                                                 FleetServices &fleet)
{
    std::unique_ptr<FleetWiring> w(new FleetWiring(kiosk, shell, fleet));
    w->wire();
    return w;
}

FleetWiring::FleetWiring(KioskComposition &kiosk, ShellWiring &shell, FleetServices &fleet)
    : m_kiosk(kiosk)
    , m_shell(shell)
    , m_fleet(fleet)
{ }

FleetWiring::~FleetWiring()
{
    if (m_remoteView) {
        if (QQuickWindow *window = m_kiosk.window())
            window->setProperty("remoteView", QVariant::fromValue<QObject *>(nullptr));
    }
}

bool FleetWiring::sessionActive() const
{
    return m_kiosk.appState() && m_kiosk.appState()->screen() != AppState::Welcome;
}

void FleetWiring::wire()
{
    static const bool handlerInstalled = [] {
        logRing().previous = qInstallMessageHandler(keepLogLine);
        return true;
    }();
    Q_UNUSED(handlerInstalled);
    if (FleetCommandChannel *channel = m_fleet.commands())
        connect(channel, &FleetCommandChannel::received, this, &FleetWiring::run);
    // An end-session command ends with the session wiped, or with the person keeping it.
    connect(m_shell.wiper(), &SessionWiper::wiped, this, [this] {
        if (m_endingSession) {
            m_fleet.commands()->report(*m_endingSession, QStringLiteral("done"));
            m_endingSession.reset();
        }
    });
    if (IdleWatcher *idle = m_shell.idleWatcher()) {
        connect(idle, &IdleWatcher::warningChanged, this, [this, idle] {
            // The warning also drops just before it expires; a turn of the event loop later
            // the watcher is inactive then, and only a person's touch leaves it active.
            QTimer::singleShot(0, this, [this, idle] {
                if (m_endingSession && !idle->isWarning() && idle->isActive()) {
                    m_fleet.commands()->report(*m_endingSession, QStringLiteral("declined"),
                                               QStringLiteral("kept-by-person"));
                    m_endingSession.reset();
                }
            });
        });
    }
    wireRemoteView();
    MetricsWriter *metrics = m_fleet.metrics();
    connect(m_kiosk.appState(), &AppState::screenChanged, this,
            [this, metrics] { metrics->setSessionActive(sessionActive()); });
    metrics->setSessionActive(sessionActive());
    if (Heartbeat *heartbeat = m_fleet.heartbeat()) {
        heartbeat->setSessionActive([this] { return sessionActive(); });
        heartbeat->setLastWipe([metrics] { return metrics->lastWipeAt(); });
    }
    connect(m_shell.wiper(), &SessionWiper::wipeIncomplete, this,
            [metrics] { metrics->recordWipeIncomplete(); });
    if (ReceiptController *receipts = m_kiosk.receipts();
        receipts && receipts->printerConfigured()) {
        // civic_kiosk_receipts_printed_total and civic_kiosk_print_failures_total{reason}: a
        // printer out of paper shows on the fleet dashboard before the queue at the desk does.
        const QString printedHelp = QStringLiteral("Receipts that came out of the printer.");
        const QString failedHelp =
            QStringLiteral("Receipts that did not print, by reason (outOfPaper, offline, failed).");
        (void)metrics->addToCounter(QStringLiteral("receipts_printed_total"), printedHelp, {}, 0);
        connect(receipts, &ReceiptController::outcome, this,
                [metrics, printedHelp, failedHelp](const QString &status) {
                    if (status == QLatin1String("printed"))
                        (void)metrics->addToCounter(QStringLiteral("receipts_printed_total"),
                                                    printedHelp);
                    else
                        (void)metrics->addToCounter(QStringLiteral("print_failures_total"),
                                                    failedHelp,
                                                    {{QStringLiteral("reason"), status}});
                });
    }
    if (SyncEngine *sync = m_kiosk.syncEngine()) {
        // Emitted on the sync thread; queued to this (GUI) thread.
        connect(sync, &SyncEngine::attempted, this, [metrics](const SyncAttempt &attempt) {
            if (attempt.networkError == QNetworkReply::SslHandshakeFailedError)
                metrics->recordCertificateError(attempt.destination);
        });
    }
    // The kiosk's ReadAloud: language at the moment of the failure is the one that could not be
    // spoken.
    if (ReadAloud *readAloud = m_kiosk.readAloud()) {
        connect(readAloud, &ReadAloud::unavailable, this,
                [metrics, readAloud] { metrics->recordSpeechUnavailable(readAloud->language()); });
    }
}

void FleetWiring::run(const FleetCommand &command)
{
    FleetCommandChannel *channel = m_fleet.commands();
    qCInfo(lcCommands).noquote() << "running fleet command" << command.sequence << command.action;
    if (command.action == QLatin1String("sync-now")) {
        // "Now" means now: waiting items in backoff become due, then the engine runs.
        if (Outbox *outbox = m_kiosk.outbox()) {
            OutboxFilter queued;
            queued.states = {QStringLiteral("queued")};
            queued.limit = -1;
            if (auto rows = outbox->rows(queued)) {
                for (const OutboxRow &row : std::as_const(rows.value()))
                    (void)outbox->retry(row.id);
            }
        }
        if (SyncEngine *sync = m_kiosk.syncEngine())
            QMetaObject::invokeMethod(sync, "syncNow", Qt::QueuedConnection);
        channel->report(command, QStringLiteral("done"));
    } else if (command.action == QLatin1String("restart-when-idle")) {
        channel->report(
            command, sessionActive() ? QStringLiteral("waiting-for-idle") : QStringLiteral("done"));
        m_fleet.requestRestart();
    } else if (command.action == QLatin1String("end-session")) {
        IdleWatcher *idle = m_shell.idleWatcher();
        if (!sessionActive() || !idle || !idle->isActive()) {
            channel->report(command, QStringLiteral("done"), QStringLiteral("no-session"));
            return;
        }
        m_endingSession = command;
        idle->warnNow();
    } else if (command.action == QLatin1String("collect-diagnostics")) {
        upload(command, QStringLiteral("diagnostics"), QStringLiteral("DG"), diagnostics(command));
    } else if (command.action == QLatin1String("request-screenshot")) {
        if (!m_remoteView) {
            channel->report(command, QStringLiteral("failed"), QStringLiteral("no-window"));
            return;
        }
        m_remoteView->request(command); // RemoteView::captured / ended report back
    } else {
        // FleetCommand::fromJson only lets known actions through; a newer action list than
        // this switch is a programming error, reported rather than ignored.
        channel->report(command, QStringLiteral("failed"), QStringLiteral("not-supported"));
    }
}

void FleetWiring::upload(const FleetCommand &command, const QString &kind, const QString &prefix,
                         const Result<QByteArray> &body)
{
    FleetCommandChannel *channel = m_fleet.commands();
    Outbox *outbox = m_kiosk.outbox();
    Heartbeat *heartbeat = m_fleet.heartbeat();
    if (!body || !outbox || !heartbeat || heartbeat->destination().isEmpty()) {
        channel->report(command, QStringLiteral("failed"),
                        body ? QStringLiteral("no-destination") : body.error().code);
        return;
    }
    OutboxItem item;
    item.reference =
        QStringLiteral("%1-%2-%3-%4")
            .arg(prefix, m_kiosk.config().kioskId)
            .arg(command.sequence)
            .arg(QRandomGenerator::system()->generate() & 0xffff, 4, 16, QLatin1Char('0'));
    item.serviceId = item.flowId = kind;
    item.flowVersion = 1;
    item.destination = heartbeat->destination();
    item.kind = kind;
    item.payload = body.value();
    auto row = outbox->enqueue(std::move(item));
    channel->report(command, row ? QStringLiteral("done") : QStringLiteral("failed"),
                    row ? QString() : row.error().code);
}

void FleetWiring::wireRemoteView()
{
    QQuickWindow *window = m_kiosk.window();
    if (!window)
        return;
    RemoteView::Hooks hooks;
    hooks.sessionActive = [this] { return sessionActive(); };
    hooks.answers = [this] { return shownAnswers(); };
    m_remoteView = std::make_unique<RemoteView>(window, m_kiosk.config().kioskId, hooks);
    window->setProperty("remoteView", QVariant::fromValue(m_remoteView.get()));
    connect(m_remoteView.get(), &RemoteView::captured, this,
            [this](const FleetCommand &command, const QByteArray &document) {
                upload(command, QStringLiteral("screenshot"), QStringLiteral("SS"), document);
            });
    connect(m_remoteView.get(), &RemoteView::ended, this,
            [this](const FleetCommand &command, const QString &outcome, const QString &code) {
                m_fleet.commands()->report(command, outcome, code);
            });
    // A prompt never outlives the session it asked in.
    connect(m_shell.wiper(), &SessionWiper::wipeStarted, m_remoteView.get(), &RemoteView::cancel);
}

QStringList FleetWiring::shownAnswers() const
{
    QStringList out;
    FlowSession *session = m_kiosk.flowSession();
    if (!session)
        return out;
    const auto rows = session->summary();
    for (const FlowSession::SummaryRow &row : rows)
        out.append(row.displayValue);
    // The page on screen: its answer as typed, before it is validated or stored as normalised.
    const QJsonValue current = session->answer(session->currentPageId());
    if (current.isString())
        out.append(current.toString());
    // Compound answers (an address, a date in parts) and multiple choices: each part.
    const QJsonArray parts = current.isArray()
        ? current.toArray()
        : QJsonArray::fromVariantList(current.toObject().toVariantMap().values());
    for (const QJsonValue &part : parts) {
        if (part.isString())
            out.append(part.toString());
    }
    return out;
}

Result<QByteArray> FleetWiring::diagnostics(const FleetCommand &command) const
{
    Outbox *outbox = m_kiosk.outbox();
    if (!outbox)
        return Result<QByteArray>::failure(QStringLiteral("no-outbox"), QString());
    auto depth = outbox->depthByState();
    if (!depth)
        return depth.error();
    auto lastSync = outbox->lastDeliveredAt();
    if (!lastSync)
        return lastSync.error();
    QJsonObject depthJson;
    for (auto it = depth->cbegin(); it != depth->cend(); ++it)
        depthJson.insert(it.key(), double(it.value()));
    const ConfigStore::Event event = m_fleet.store()->lastEvent();
    const QJsonObject status {
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("configVersion"), m_kiosk.config().version},
        {QStringLiteral("site"), m_kiosk.config().site},
        {QStringLiteral("outbox"), depthJson},
        {QStringLiteral("lastSuccessfulSync"),
         lastSync->isValid() ? QJsonValue(lastSync->toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("diskFreeBytes"), double(outbox->freeBytes())},
        {QStringLiteral("diskMinFreeBytes"), double(outbox->minFreeBytes())},
        {QStringLiteral("sessionActive"), sessionActive()},
        {QStringLiteral("lastConfigEvent"),
         QJsonObject {{QStringLiteral("kind"), event.kind},
                      {QStringLiteral("code"), event.code},
                      {QStringLiteral("version"), event.version}}}};
    QJsonArray logs;
    {
        LogRing &ring = logRing();
        QMutexLocker lock(&ring.mutex);
        for (const QString &line : ring.lines)
            logs.append(TextRedactor::redact(line));
    }
    const QJsonObject doc {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("kind"), QStringLiteral("diagnostics")},
        {QStringLiteral("kioskId"), m_kiosk.config().kioskId},
        {QStringLiteral("commandSequence"), double(command.sequence)},
        {QStringLiteral("collectedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("status"), status},
        {QStringLiteral("metrics"), QString::fromUtf8(m_fleet.metrics()->render())},
        {QStringLiteral("logs"), logs}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace ck
