// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "app/composition/kioskcomposition.h"

#include "a11y/kiosktranslator.h"
#include "a11y/quick/screenreadaloud.h"
#include "domain/discovery/discoveredservices.h"
#include "domain/flows/flowsession.h"
#include "domain/flows/referencenumber.h"
#include "domain/flows/submitter.h"
#include "kiosk-shell/urlpolicy.h"
#include "offline-cache/outbox.h"
#include "offline-cache/syncengine.h"
#include "print/receiptprinter.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/receiptcontroller.h"
#include "qml/viewmodels/servicelistmodel.h"
#include "qml/viewmodels/settingscardcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcComposition, "ck.ui.composition")

#ifndef CK_SERVICES_SOURCE_DIR
#define CK_SERVICES_SOURCE_DIR ""
#endif

namespace ck {

namespace {

// A destination's secret: inline in the demo and tests, from systemd's credentials directory
// in production (LoadCredential=), so it never sits in the config file.
QString apiKeyFor(const DestinationSettings &d)
{
    if (!d.apiKey.isEmpty() || d.credentialRef.isEmpty())
        return d.apiKey;
    const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    QFile file(QDir(dir).filePath(d.credentialRef));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qCWarning(lcComposition) << "credential not readable for destination" << d.name;
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QByteArray caPemFor(const DestinationSettings &d)
{
    if (d.caPin.isEmpty() || d.caPin.contains(QLatin1String("-----BEGIN")))
        return d.caPin.toUtf8();
    QFile file(d.caPin);
    if (!file.open(QIODevice::ReadOnly)) {
        // The sync engine reports an empty pin as a configuration problem for that destination
        // only; the kiosk still takes submissions and keeps them queued.
        qCWarning(lcComposition) << "CA pin file not readable for destination" << d.name;
        return QByteArrayLiteral("unreadable");
    }
    return file.readAll();
}

} // namespace

QList<DestinationConfig> KioskComposition::destinationsFrom(const KioskConfig &config)
{
    QList<DestinationConfig> out;
    for (const DestinationSettings &d : config.destinations) {
        DestinationConfig c;
        c.name = d.name;
        c.type = d.type;
        c.baseUrl = d.url.toString();
        c.apiKey = apiKeyFor(d);
        c.caCertificatesPem = caPemFor(d);
        c.timeoutMs = d.timeoutMs;
        out.append(c);
    }
    return out;
}

KioskComposition::KioskComposition(KioskConfig config, CompositionOptions options)
    : m_config(std::move(config))
    , m_options(std::move(options))
{
    m_endSession = [this] { endSession(); };
}

KioskComposition::~KioskComposition()
{
    // QML first (it holds pointers to everything below), then delivery, then the domain.
    m_engine.reset();
    stopSync();
}

QString KioskComposition::defaultServicesDir()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/civic-kiosk/services"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(CK_SERVICES_SOURCE_DIR);
}

Result<std::unique_ptr<KioskComposition>>
KioskComposition::create(const KioskConfig &config, const CompositionOptions &options)
{
    std::unique_ptr<KioskComposition> composition(new KioskComposition(config, options));
    const Status built = composition->build();
    if (!built)
        return built.error();
    return composition;
}

Status KioskComposition::build()
{
    // The same options (and so the same key rule) as civic-kioskctl.
    const OutboxOptions outboxOptions = m_config.outboxOptions();
    if (!QDir().mkpath(outboxOptions.dataDir))
        return Status::failure(
            QStringLiteral("io"),
            QCoreApplication::translate("KioskComposition", "Cannot create the data directory %1.")
                .arg(outboxOptions.dataDir));
    auto outbox = Outbox::open(outboxOptions);
    if (!outbox)
        return outbox.error();
    m_outbox = std::move(outbox.value());
    if (!m_outbox->quarantinedFile().isEmpty())
        qCWarning(lcComposition) << "corrupt outbox moved to" << m_outbox->quarantinedFile();

    QString servicesDir = m_options.servicesDir;
    if (servicesDir.isEmpty())
        servicesDir = m_config.servicesDir;
    if (servicesDir.isEmpty())
        servicesDir = defaultServicesDir();
    m_servicesDir = servicesDir;
    m_catalogue = loadServices();
    for (const CatalogueProblem &p : m_catalogue.problems())
        qCWarning(lcComposition).noquote() << "service refused:" << p.toString();
    if (m_catalogue.services().isEmpty())
        return Status::failure(
            QStringLiteral("services"),
            QCoreApplication::translate("KioskComposition", "No service could be loaded from %1.")
                .arg(servicesDir));

    Outbox *box = m_outbox.get();
    // fleet.kioskNumber gives this kiosk its own block of references (docs/fleet.md).
    ReferenceGenerator generator(m_config.kioskId, m_config.fleet.kioskNumber,
                                 [box] { return box->nextSequence(QStringLiteral("reference")); });
    m_submitter =
        std::make_unique<Submitter>(std::move(generator), [box](OutboxItem item) -> Status {
            auto row = box->enqueue(std::move(item));
            if (!row)
                return row.error();
            return Status::success();
        });
    m_session = std::make_unique<FlowSession>();
    m_appState = std::make_unique<AppState>(m_config.languages, m_config.defaultLanguage);
    m_appState->setWelshLanguageStandards(m_config.welshLanguageStandards);
    // Translations (a11y): the catalogue follows the session language before anything formats
    // text for it, so this connection is made before FlowController's.
    m_translator = std::make_unique<KioskTranslator>(nullptr);
    (void)m_translator->setLanguage(m_appState->language());
    connect(m_appState.get(), &AppState::languageChanged, m_translator.get(),
            &KioskTranslator::switchTo);
    // Read-aloud loads its speech engine only when first used, so making it here costs nothing
    // at start-up. The screen's kind: QML asks it to read the page's items.
    m_readAloud = std::make_unique<ScreenReadAloud>();
    m_readAloud->setLanguage(m_appState->language());
    connect(m_appState.get(), &AppState::languageChanged, m_readAloud.get(),
            [readAloud = m_readAloud.get()](const QString &language) {
                readAloud->setLanguage(language);
            });
    m_services = std::make_unique<ServiceListModel>(&m_catalogue, m_appState.get());
    m_flow = std::make_unique<FlowController>(&m_catalogue, m_session.get(), m_submitter.get(),
                                              m_appState.get());
    // Printing (config `printer`): the receipt after sending, in the session's language.
    m_receipts = std::make_unique<ReceiptController>(
        std::make_unique<ReceiptPrinter>(m_config.printer), m_flow.get(), m_appState.get(),
        m_config.trackingContact, m_config.placeName);
    m_settingsCard =
        std::make_unique<SettingsCardController>(m_appState.get(), m_receipts->printer());
    connect(m_appState.get(), &AppState::endSessionRequested, this, [this] {
        if (m_endSession)
            m_endSession();
    });

    if (m_options.startSync) {
        m_sync = new SyncEngine(m_outbox.get(), destinationsFrom(m_config), m_options.sync);
        for (const QString &problem : m_sync->configErrors())
            qCWarning(lcComposition).noquote() << "destination problem:" << problem;
        m_sync->moveToThread(&m_syncThread);
        connect(&m_syncThread, &QThread::started, m_sync, &SyncEngine::start);
        m_syncThread.setObjectName(QStringLiteral("ck-sync"));
        // Started by load() once the first frame is on screen (or at once without QML): on a
        // two-core kiosk the network stack's start-up otherwise competes with the welcome
        // screen for the CPU. Rows are durable meanwhile; nothing is lost by waiting.
    }

    m_initialProperties = {
        {QStringLiteral("appState"), QVariant::fromValue(m_appState.get())},
        {QStringLiteral("services"), QVariant::fromValue(m_services.get())},
        {QStringLiteral("flow"), QVariant::fromValue(m_flow.get())},
        {QStringLiteral("receipts"), QVariant::fromValue(m_receipts.get())},
        {QStringLiteral("settingsCard"), QVariant::fromValue(m_settingsCard.get())},
        {QStringLiteral("readAloud"), QVariant::fromValue(m_readAloud.get())},
        {QStringLiteral("windowed"), m_options.windowed},
    };
    return Status::success();
}

ServiceCatalogue KioskComposition::loadServices() const
{
    // The services folder, then what Open311 discovery left in the data directory.
    ServiceCatalogue catalogue = DiscoveredServices::load(m_config, m_servicesDir);
    // A web service opens only addresses the site allows (config webAllowList).
    const auto policy = UrlPolicy::fromList(m_config.webAllowList);
    catalogue.refuseWebServices([&policy](const QUrl &address) {
        if (!policy)
            return policy.error().code;
        const UrlPolicy::Verdict verdict = policy.value().check(address, true);
        return verdict.decision == UrlPolicy::Decision::Allow ? QString() : verdict.reason;
    });
    return catalogue;
}

void KioskComposition::reloadServices()
{
    ServiceCatalogue catalogue = loadServices();
    for (const CatalogueProblem &p : catalogue.problems())
        qCWarning(lcComposition).noquote() << "service refused:" << p.toString();
    if (catalogue.services().isEmpty())
        return;
    m_catalogue = std::move(catalogue);
    m_services->reload();
}

void KioskComposition::stopSync()
{
    if (!m_sync)
        return;
    SyncEngine *engine = m_sync;
    m_sync = nullptr;
    if (m_syncThread.isRunning()) {
        // The engine's network objects belong to its thread: stop and delete it there.
        QMetaObject::invokeMethod(
            engine,
            [engine] {
                engine->stop();
                delete engine;
            },
            Qt::BlockingQueuedConnection);
        m_syncThread.quit();
        m_syncThread.wait();
    } else {
        delete engine;
    }
}

void KioskComposition::setInitialProperty(const QString &name, const QVariant &value)
{
    m_initialProperties.insert(name, value);
}

Status KioskComposition::load()
{
    // Text is drawn from glyphs rasterised at their size (the screens never scale or rotate
    // text), not from distance fields: a plain alpha-mask shader per text pixel. Under software
    // rendering (llvmpipe) a question page's frame took 11 ms instead of 15 to 20, a quarter
    // of each page turn (bench-pageturn, A/B). Before any Text item exists.
    QQuickWindow::setTextRenderType(QQuickWindow::NativeTextRendering);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_translator->setEngine(m_engine.get());
    // Qt 6.4 puts the module at qrc:/CivicKiosk/ (no /qt/qml prefix): screens in subfolders
    // find `import CivicKiosk` only with the resource root on the import path.
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    QStringList messages;
    connect(m_engine.get(), &QQmlApplicationEngine::warnings, this,
            [&messages](const QList<QQmlError> &warnings) {
                for (const QQmlError &w : warnings)
                    messages.append(w.toString());
            });
    // The window and the welcome screen compile first (imports resolved, types registered), and
    // only then does the window wait for the platform's OpenGL support, which SharedGlContext
    // loads on a worker meanwhile: the two largest costs of a start overlap on a two-core kiosk
    // (bench-startup, A/B). The engine keeps what these compiled while they live, so load()
    // and the screen Loader reuse it.
    const QUrl mainUrl(QStringLiteral("qrc:/CivicKiosk/Main.qml"));
    const QQmlComponent compiledMain(m_engine.get(), mainUrl);
    const QQmlComponent compiledWelcome(
        m_engine.get(), QUrl(QStringLiteral("qrc:/CivicKiosk/screens/WelcomeScreen.qml")));
    if (m_options.beforeWindow)
        m_options.beforeWindow();
    m_engine->setInitialProperties(m_initialProperties);
    m_engine->load(mainUrl);
    disconnect(m_engine.get(), &QQmlApplicationEngine::warnings, this, nullptr);
    if (m_engine->rootObjects().isEmpty())
        return Status::failure(QStringLiteral("qml"), messages.join(QLatin1Char('\n')));
    // A settings card scanned on any screen (a USB scanner types it into the window).
    m_settingsCard->watch(window());
    if (QQuickWindow *w = window())
        connect(w, &QQuickWindow::frameSwapped, this, &KioskComposition::startSync,
                Qt::SingleShotConnection);
    else
        startSync();
    return Status::success();
}

void KioskComposition::startSync()
{
    if (m_sync && !m_syncThread.isRunning())
        m_syncThread.start();
}

QQuickWindow *KioskComposition::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

void KioskComposition::endSession()
{
    // Unprinted pages first: nothing of this person may come out of the printer later.
    m_receipts->reset();
    m_settingsCard->reset();
    m_flow->reset();
    m_appState->resetForNewSession();
}

} // namespace ck
