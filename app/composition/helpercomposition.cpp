// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "app/composition/helpercomposition.h"

#include "a11y/readaloud.h"
#include "app/composition/kioskcomposition.h"
#include "domain/evidence/evidenceaggregator.h"
#include "domain/evidence/evidencerecorder.h"
#include "domain/evidence/feedbackhold.h"
#include "domain/evidence/feedbacksender.h"
#include "domain/evidence/performancecache.h"
#include "domain/helper/helpersession.h"
#include "domain/helper/referencelookup.h"
#include "kiosk-shell/adminstatus.h"
#include "offline-cache/outbox.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/feedbackcontroller.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/helpercontroller.h"
#include "qml/viewmodels/performanceinfo.h"
#include "qml/viewmodels/trackcontroller.h"

#include <QDir>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace ck {

Q_LOGGING_CATEGORY(lcHelperMode, "ck.helper")

namespace {

constexpr int kEvidenceFlushMs = 60 * 60 * 1000; // a day's counts go out within the hour
constexpr int kPerformanceRefreshMs = 6 * 60 * 60 * 1000; // medians move slowly

QUrl withSlash(QUrl url)
{
    if (url.isValid() && !url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

} // namespace

std::unique_ptr<HelperComposition> HelperComposition::attach(KioskComposition &kiosk)
{
    std::unique_ptr<HelperComposition> c(new HelperComposition(kiosk));
    c->build();
    return c;
}

HelperComposition::HelperComposition(KioskComposition &kiosk)
    : m_kiosk(kiosk)
{ }

HelperComposition::~HelperComposition()
{
    // Controllers point at the domain objects: drop them first.
    m_helper.reset();
    m_track.reset();
    m_feedback.reset();
    m_performanceInfo.reset();
}

void HelperComposition::build()
{
    const KioskConfig &config = m_kiosk.config();
    const QString dataDir = config.resolvedDataDir();
    // Held feedback is handed to the outbox when this object goes; the outbox may be gone first
    // in a test that tears the kiosk down in another order.
    QPointer<Outbox> outbox = m_kiosk.outbox();
    AppState *appState = m_kiosk.appState();
    FlowController *flow = m_kiosk.flowController();
    m_network = std::make_unique<QNetworkAccessManager>();

    const DestinationSettings *json = config.firstDestinationOfType(QStringLiteral("json"));
    const DestinationSettings *open311 = config.firstDestinationOfType(QStringLiteral("open311"));
    const QUrl jsonBase = json ? withSlash(json->url) : QUrl();
    const QString jsonName = json ? json->name : QString();

    const auto enqueue = [outbox](OutboxItem item) -> Status {
        if (!outbox)
            return Status::failure(QStringLiteral("no-outbox"), QString());
        const Result<OutboxRow> row = outbox->enqueue(std::move(item));
        return row ? Status::success() : Status(row.error());
    };

    HelperSession::Options helperOptions;
    helperOptions.helpers = config.helpers;
    helperOptions.lockFile = QDir(dataDir).filePath(QStringLiteral("helperlock.json"));
    m_session = std::make_unique<HelperSession>(helperOptions);

    m_aggregator = std::make_unique<EvidenceAggregator>(
        EvidenceAggregator::Options {dataDir, config.kioskId, jsonName, enqueue, {}});
    m_recorder = std::make_unique<EvidenceRecorder>(m_aggregator.get());
    // Feedback waits a random time and a batch boundary before the outbox (docs/api.md,
    // "Feedback timing"), so it does not arrive right behind the submission it follows.
    FeedbackHold::Options hold;
    hold.enqueue = enqueue;
    m_feedbackHold = std::make_unique<FeedbackHold>(hold);
    FeedbackHold *feedbackHold = m_feedbackHold.get();
    m_feedbackSender = std::make_unique<FeedbackSender>(FeedbackSender::Options {
        jsonName,
        [feedbackHold](OutboxItem item) { return feedbackHold->hold(std::move(item)); },
        {}});

    PerformanceCache::Options perf;
    perf.dataDir = dataDir;
    perf.url = jsonBase.isValid() ? jsonBase.resolved(QUrl(QStringLiteral("performance"))) : QUrl();
    perf.apiKey = json ? json->apiKey : QString();
    m_performance = std::make_unique<PerformanceCache>(perf, m_network.get());
    if (const Status s = m_performance->loadFromDisk(); !s)
        qCWarning(lcHelperMode) << "performance cache:" << s.error().code;

    // Tracking: the local receipt first. Which protocol a delivered submission went over comes
    // from its service's destination, so an Open311 one is asked for by its Open311 id.
    const ServiceCatalogue *catalogue = &m_kiosk.catalogue();
    ReferenceLookup::Options lookup;
    lookup.localReceipt = [outbox, catalogue,
                           &config](const QString &ref) -> std::optional<LocalReceipt> {
        if (!outbox)
            return std::nullopt;
        const Result<OutboxReceipt> r = outbox->receipt(ref);
        if (!r)
            return std::nullopt;
        QString protocol;
        if (const FlowDefinition *f = catalogue->find(r->serviceId)) {
            const auto d = config.destinations.constFind(f->destination().name);
            if (d != config.destinations.constEnd())
                protocol = d->type;
        }
        return LocalReceipt {r->state, r->createdAt, r->deliveredAt, r->serverReference, protocol};
    };
    lookup.jsonApiBase = jsonBase;
    lookup.jsonApiKey = json ? json->apiKey : QString();
    lookup.open311Base = open311 ? withSlash(open311->url) : QUrl();
    lookup.cacheFile = QDir(dataDir).filePath(QStringLiteral("tracking.json"));
    m_lookup = std::make_unique<ReferenceLookup>(lookup, m_network.get());

    m_helper = std::make_unique<HelperController>(m_session.get(), appState, m_recorder.get());
    m_helper->setPlaceNames(config.placeName);
    m_track = std::make_unique<TrackController>(m_lookup.get(), appState);
    m_feedback = std::make_unique<FeedbackController>(
        m_feedbackSender.get(), appState, [flow] { return flow ? flow->serviceId() : QString(); });
    m_performanceInfo = std::make_unique<PerformanceInfo>(m_performance.get(), catalogue, appState);

    // The payload's "assisted" block (no helper code: see helper/helpersession.h).
    if (flow) {
        HelperSession *session = m_session.get();
        flow->setAssistProvider([session] { return session->assist(); });
    }

    // Evidence from the places that know: a session starts when someone leaves the welcome
    // screen; the service and the completion come from the flow.
    EvidenceRecorder *recorder = m_recorder.get();
    connect(appState, &AppState::screenChanged, this, [recorder, appState] {
        if (appState->screen() != AppState::Welcome && !recorder->active()) {
            recorder->sessionStarted();
            recorder->setLanguage(appState->language());
        }
    });
    connect(appState, &AppState::languageChanged, this,
            [recorder](const QString &language) { recorder->setLanguage(language); });
    if (flow) {
        connect(flow, &FlowController::changed, this, [recorder, flow] {
            if (flow->active())
                recorder->setService(flow->serviceId());
        });
        connect(flow, &FlowController::submittedChanged, this, [recorder, flow] {
            if (!flow->reference().isEmpty())
                recorder->markCompleted();
        });
    }
    connect(appState, &AppState::sessionEnded, this, &HelperComposition::wipe);

    // Daily evidence and the performance figures.
    const auto flushEvidence = [this] {
        if (const Result<int> sent = m_aggregator->flushDue(); !sent)
            qCWarning(lcHelperMode) << "evidence not queued:" << sent.error().code;
        updateAdminStatus(); // the day may have moved on
    };
    connect(m_aggregator.get(), &EvidenceAggregator::changed, this,
            &HelperComposition::updateAdminStatus);
    connect(&m_evidenceTimer, &QTimer::timeout, this, flushEvidence);
    m_evidenceTimer.start(kEvidenceFlushMs);
    QTimer::singleShot(0, this, flushEvidence);
    connect(&m_performanceTimer, &QTimer::timeout, m_performance.get(), &PerformanceCache::refresh);
    m_performanceTimer.start(kPerformanceRefreshMs);
    QTimer::singleShot(0, m_performance.get(), &PerformanceCache::refresh);

    observeReadAloud(m_kiosk.readAloud());

    m_kiosk.setInitialProperty(QStringLiteral("helper"), QVariant::fromValue(m_helper.get()));
    m_kiosk.setInitialProperty(QStringLiteral("track"), QVariant::fromValue(m_track.get()));
    m_kiosk.setInitialProperty(QStringLiteral("feedback"), QVariant::fromValue(m_feedback.get()));
    m_kiosk.setInitialProperty(QStringLiteral("performance"),
                               QVariant::fromValue(m_performanceInfo.get()));
}

void HelperComposition::observeReadAloud(ReadAloud *readAloud)
{
    if (!readAloud || readAloud == m_readAloud)
        return;
    if (m_readAloud)
        disconnect(m_readAloud, nullptr, this, nullptr);
    m_readAloud = readAloud;
    // inUse turns on when something was handed to the speech engine ("Read", "Read every
    // page"), whether or not the audio device then played it: the person asked for it. It is
    // reset by the session wipe, so each session counts once.
    connect(readAloud, &ReadAloud::inUseChanged, this, [this, readAloud] {
        if (readAloud->inUse())
            m_recorder->markReadAloudUsed();
    });
}

void HelperComposition::observeAdminStatus(AdminStatus *status)
{
    if (!status || status == m_adminStatus)
        return;
    m_adminStatus = status;
    updateAdminStatus();
}

void HelperComposition::updateAdminStatus()
{
    if (m_adminStatus && m_aggregator)
        m_adminStatus->setEvidenceSummary(m_aggregator->summary());
}

void HelperComposition::wipe()
{
    // Order: the controllers forget what QML shows, then the session objects; the evidence
    // recorder hands the finished session to the day's counters as it forgets it.
    m_helper->wipe();
    m_track->wipe();
    m_feedback->wipe();
    m_lookup->cancel();
    m_session->wipe();
    m_recorder->wipe();
}

} // namespace ck
