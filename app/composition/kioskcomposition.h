// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/config/kioskconfig.h"
#include "domain/flows/servicecatalogue.h"
#include "offline-cache/destination.h"
#include "offline-cache/syncengine.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVariantMap>

#include <functional>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace ck {

class AppState;
class FlowController;
class FlowSession;
class KioskTranslator;
class ReadAloud;
class ReceiptController;
class SettingsCardController;
class Outbox;
class ServiceListModel;
class Submitter;
class SyncEngine;

struct CompositionOptions
{
    bool windowed = false;
    QString servicesDir; // empty: config.servicesDir, else defaultServicesDir()
    bool startSync = true; // tests that only look at the outbox may leave delivery off
    // Delivery's retry schedule and reachability watching: the kiosk's defaults unless a test
    // (the crash loop) needs retries in milliseconds.
    SyncOptions sync;
    // Called in load() once the welcome screen's QML is compiled and before the window is made:
    // main() waits there for the OpenGL support SharedGlContext loads on a worker meanwhile.
    std::function<void()> beforeWindow;
};

// Builds the kiosk's object graph (config -> Outbox -> SyncEngine on a worker thread ->
// ServiceCatalogue -> FlowSession, Submitter -> bridge objects -> QML) and owns it, so
// main() and the end-to-end tests run exactly the same kiosk. Nothing else knows the
// concrete classes; QML receives the bridge objects as Main.qml's required properties.
class KioskComposition : public QObject
{
    Q_OBJECT
public:
    // Error codes: the outbox's own ("disk-low", "db-*", "key-*", ...), "services" when no
    // service could be loaded at all.
    static Result<std::unique_ptr<KioskComposition>> create(const KioskConfig &config,
                                                            const CompositionOptions &options);
    ~KioskComposition() override;

    // The installed copy (<prefix>/share/civic-kiosk/services next to bin/), else the source
    // tree's packaging/services (running from a build directory).
    static QString defaultServicesDir();

    // The config's destinations as delivery (and Open311 discovery) use them: API key from
    // $CREDENTIALS_DIRECTORY when credentialRef is used, CA pin from a file or inline PEM.
    static QList<DestinationConfig> destinationsFrom(const KioskConfig &config);

    // Reads the services again (the folder and the discovered services in the data directory)
    // and refreshes the service list; keeps the old catalogue when the new one is empty. Only
    // between sessions: a flow in progress keeps its own copy of its definition anyway.
    void reloadServices();
    QString servicesDir() const { return m_servicesDir; }

    // Other parts (shell, helper mode, a11y) add their objects for Main.qml here before load().
    void setInitialProperty(const QString &name, const QVariant &value);
    // Loads qrc:/CivicKiosk/Main.qml. Error code "qml" with the engine's messages. Delivery
    // (the sync thread) starts after the first frame.
    Status load();
    // Starts delivery now (load() does it after the first frame; headless users call this).
    void startSync();

    // Replaces what "Start again" / "Finish" do (default: endSession()). The shell's
    // SessionWiper takes this over and calls endSession() as one of its steps.
    void setEndSessionHandler(std::function<void()> handler) { m_endSession = std::move(handler); }
    // Forgets the session's answers and returns to the welcome screen in the default language.
    void endSession();

    const KioskConfig &config() const { return m_config; }
    const ServiceCatalogue &catalogue() const { return m_catalogue; }
    Outbox *outbox() const { return m_outbox.get(); }
    SyncEngine *syncEngine() const { return m_sync; }
    FlowSession *flowSession() const { return m_session.get(); }
    Submitter *submitter() const { return m_submitter.get(); }
    AppState *appState() const { return m_appState.get(); }
    FlowController *flowController() const { return m_flow.get(); }
    ReceiptController *receipts() const { return m_receipts.get(); }
    SettingsCardController *settingsCard() const { return m_settingsCard.get(); }
    ServiceListModel *serviceList() const { return m_services.get(); }
    // Read-aloud (a11y), made here and pushed into Main.qml; it follows the session language.
    ReadAloud *readAloud() const { return m_readAloud.get(); }
    // Everything Main.qml receives, by property name (the self-test hands screens the same).
    QVariantMap initialProperties() const { return m_initialProperties; }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickWindow *window() const;

private:
    KioskComposition(KioskConfig config, CompositionOptions options);
    Status build();
    void stopSync();
    ServiceCatalogue loadServices() const;

    KioskConfig m_config;
    CompositionOptions m_options;
    ServiceCatalogue m_catalogue;
    QString m_servicesDir;
    std::unique_ptr<Outbox> m_outbox;
    QThread m_syncThread;
    SyncEngine *m_sync = nullptr; // lives on m_syncThread; deleted there by stopSync()
    std::unique_ptr<FlowSession> m_session;
    std::unique_ptr<Submitter> m_submitter;
    std::unique_ptr<AppState> m_appState;
    std::unique_ptr<ServiceListModel> m_services;
    std::unique_ptr<FlowController> m_flow;
    std::unique_ptr<ReceiptController> m_receipts; // printing: uses m_flow, so after it
    std::unique_ptr<SettingsCardController> m_settingsCard; // prints on m_receipts' printer
    std::unique_ptr<KioskTranslator> m_translator; // a11y: follows AppState's language
    std::unique_ptr<ReadAloud> m_readAloud; // a11y: follows AppState's language too
    std::unique_ptr<QQmlApplicationEngine> m_engine; // declared last: destroyed first
    QVariantMap m_initialProperties;
    std::function<void()> m_endSession;
};

} // namespace ck
