// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "app/composition/shellwiring.h"

#include "app/composition/kioskcomposition.h"
#include "domain/flows/flowsession.h"
#include "offline-cache/syncengine.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/settingscardcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

namespace ck {

Q_LOGGING_CATEGORY(lcShellWiring, "civickiosk.shell")

Result<ShellWiring *> ShellWiring::install(KioskComposition &kiosk, bool windowed)
{
    auto policy =
        UrlPolicy::fromList(kiosk.config().webAllowList, kiosk.config().webFrameAllowList);
    if (!policy)
        return policy.error();
    auto *shell = new ShellWiring(kiosk, windowed);
    shell->m_web = std::make_unique<WebSession>(std::move(policy.value()));
    shell->m_wiper.addParticipant(shell->m_web.get());
    kiosk.setInitialProperty(QStringLiteral("webSession"), QVariant::fromValue(shell->m_web.get()));
    return shell;
}

ShellWiring::ShellWiring(KioskComposition &kiosk, bool windowed)
    : m_kiosk(kiosk)
    , m_lockdown(windowed)
{
    const KioskConfig &config = kiosk.config();
    m_idle = std::make_unique<IdleWatcher>(config.idleTimeoutSec, config.idleWarningSec);
    m_gate = std::make_unique<AdminGate>(config.adminPinHash, config.resolvedDataDir());
    m_status =
        std::make_unique<AdminStatus>(QCoreApplication::applicationVersion(), config.kioskId);
    QCoreApplication::instance()->installEventFilter(m_idle.get());

    // "Exit kiosk" leaves a request for the unit's start check; a kiosk that is running has
    // been started on purpose, so an old request must not stop the next automatic restart.
    const QString stopRequest =
        QDir(config.resolvedDataDir()).filePath(QStringLiteral("exit-requested"));
    QFile::remove(stopRequest);
    m_lockdown.setStopRequestFile(stopRequest);
    // Qt 6.4: a web view still alive when exec() returns crashes on the way out. Quitting (a
    // config restart, "restart", SIGTERM from systemd) ends the session first, as a wipe would.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
            &ShellWiring::endSessionBeforeQuit);

    // What a wipe does, in order after the UI has let go of the session's screen: the answers,
    // then the app state (welcome screen, default language; Main.qml resets text size and
    // contrast on sessionEnded), then the admin screen if it was open.
    m_wiper.addCallback(QStringLiteral("flow-session"), [&kiosk] {
        if (FlowSession *session = kiosk.flowSession())
            session->wipe();
    });
    m_wiper.addCallback(QStringLiteral("app-state"), [&kiosk] { kiosk.endSession(); });
    m_wiper.addCallback(QStringLiteral("admin-gate"), [this] { m_gate->close(); });
    kiosk.setEndSessionHandler([this] { m_wiper.endSession(QStringLiteral("finish")); });
    connect(m_idle.get(), &IdleWatcher::expired, this,
            [this] { m_wiper.endSession(QStringLiteral("idle")); });
    // "More time" from a settings card (WCAG 2.2.1: a time limit the person can extend at least
    // tenfold): ten times the site's limits, the warning included. The wipe turns it off again
    // (SettingsCardController::reset), and the site's limits come back.
    if (SettingsCardController *card = kiosk.settingsCard()) {
        const qint64 idleMs = qint64(config.idleTimeoutSec) * 1000;
        const qint64 warningMs = qint64(config.idleWarningSec) * 1000;
        connect(card, &SettingsCardController::moreTimeChanged, this,
                [this, card, idleMs, warningMs] {
                    const qint64 factor = card->moreTime() ? 10 : 1;
                    m_idle->setTimeoutsMs(idleMs * factor, warningMs * factor);
                });
    }

    // Only a running session (or an open admin screen) is watched for idleness.
    auto updateIdle = [this] {
        AppState *state = m_kiosk.appState();
        const bool inSession = state && state->screen() != AppState::Welcome;
        m_idle->setActive(inSession || m_gate->isOpen());
    };
    if (AppState *state = kiosk.appState())
        connect(state, &AppState::screenChanged, this, updateIdle);
    connect(m_gate.get(), &AdminGate::openChanged, this, updateIdle);
    connect(&m_gesture, &AdminGesture::triggered, m_gate.get(), &AdminGate::requestOpen);

    if (SyncEngine *sync = kiosk.syncEngine()) {
        connect(sync, &SyncEngine::progress, this, [this](const SyncProgress &progress) {
            QMap<QString, int> depth;
            for (auto it = progress.depth.cbegin(); it != progress.depth.cend(); ++it)
                depth.insert(it.key(), int(it.value()));
            m_status->setDepthByState(depth);
            if (progress.lastSuccessAt.isValid())
                m_status->setLastSync(progress.lastSuccessAt);
            m_status->setLastError(progress.lastError);
        });
        connect(m_status.get(), &AdminStatus::syncNowRequested, sync,
                [sync] { QMetaObject::invokeMethod(sync, "syncNow", Qt::QueuedConnection); });
    }
    connect(&m_wiper, &SessionWiper::wiped, this,
            [](int ms) { qCInfo(lcShellWiring, "session wiped in %d ms", ms); });
    addFinalWipeSteps();

    kiosk.setInitialProperty(QStringLiteral("wiper"), QVariant::fromValue(&m_wiper));
    kiosk.setInitialProperty(QStringLiteral("idleWatcher"), QVariant::fromValue(m_idle.get()));
    kiosk.setInitialProperty(QStringLiteral("adminGate"), QVariant::fromValue(m_gate.get()));
    kiosk.setInitialProperty(QStringLiteral("adminStatus"), QVariant::fromValue(m_status.get()));
    kiosk.setInitialProperty(QStringLiteral("lockdown"), QVariant::fromValue(&m_lockdown));
}

ShellWiring::~ShellWiring()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(m_idle.get());
}

void ShellWiring::endSessionBeforeQuit()
{
    if (!m_web || (!m_web->hasProfile() && !m_web->hasView()))
        return;
    // The wipe runs on deleteLater and queued steps, so it needs an event loop; the main one
    // is already leaving. Bounded: a wipe that hangs must not keep the kiosk from quitting.
    QEventLoop loop;
    connect(&m_wiper, &SessionWiper::wiped, &loop, &QEventLoop::quit);
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    m_wiper.endSession(QStringLiteral("shutdown"));
    if (m_wiper.isWiping())
        loop.exec();
}

// What only goes once the session's screens and every participant have let go, and what must
// then hold for the wipe to count (FailClosed ends the process otherwise).
void ShellWiring::addFinalWipeSteps()
{
    // The JavaScript heap is not malloc: every string a binding or handler saw (each text a
    // field had while someone typed, a page read aloud, the answers on Check your answers) stays
    // referenced from it until a garbage collection, which V4 runs only when its heap grows.
    // A full collection now frees them all, and glibc's perturb tunable (the systemd unit)
    // overwrites the freed memory.
    m_wiper.addFinalStep(QStringLiteral("qml-garbage"), [this]() -> Status {
        if (QQmlApplicationEngine *engine = m_kiosk.engine())
            engine->collectGarbage();
        return Status::success();
    });
    // The input method keeps a copy of the focused box's text (surrounding text) and of any
    // half-composed word; it is asked again now that no box of the session has focus.
    m_wiper.addFinalStep(QStringLiteral("input-method"), []() -> Status {
        if (QInputMethod *im = QGuiApplication::inputMethod()) {
            im->reset();
            im->update(Qt::ImQueryAll);
        }
        return Status::success();
    });
    m_wiper.addFinalStep(QStringLiteral("confirm"), [this]() -> Status {
        const FlowSession *session = m_kiosk.flowSession();
        if (session && session->isActive())
            return Status::failure(QStringLiteral("flow-session"), QStringLiteral("active"));
        const AppState *state = m_kiosk.appState();
        if (state && state->screen() != AppState::Welcome)
            return Status::failure(QStringLiteral("app-state"), QStringLiteral("not welcome"));
        if (m_web && (m_web->hasProfile() || m_web->hasView()))
            return Status::failure(QStringLiteral("web-session"), QStringLiteral("alive"));
        return Status::success();
    });
}

void ShellWiring::attachWindow(QQuickWindow *window)
{
    if (!window)
        return;
    m_window = window;
    m_failClosed.setWindow(window);
    m_lockdown.apply(window);
    window->installEventFilter(&m_gesture);
}

} // namespace ck
