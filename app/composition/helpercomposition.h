// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace ck {

class AdminStatus;
class EvidenceAggregator;
class EvidenceRecorder;
class FeedbackController;
class FeedbackHold;
class FeedbackSender;
class HelperController;
class HelperSession;
class KioskComposition;
class PerformanceCache;
class PerformanceInfo;
class ReadAloud;
class ReferenceLookup;
class TrackController;

// Helper mode, tracking, feedback, evidence and service performance built on top of
// the kiosk's object graph. One call from the composition root (and from the end-to-end tests)
// before KioskComposition::load():
//
//     auto helperMode = ck::HelperComposition::attach(kiosk);
//
// It hands Main.qml the properties `helper`, `track`, `feedback` and `performance`, tells the
// FlowController how to fill the payload's "assisted" block, and wipes its per-session state
// whenever the session ends (AppState::sessionEnded). The shell's SessionWiper may also call
// wipe() directly: `wiper->addObject(helperMode.get(), "wipe")`; wiping twice is harmless.
//
// It counts read-aloud use from the kiosk's ReadAloud (KioskComposition::readAloud()) in the
// anonymous evidence; whoever owns the admin screen's AdminStatus hands it to
// observeAdminStatus() (KioskGraph does, with ShellWiring's).
class HelperComposition : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<HelperComposition> attach(KioskComposition &kiosk);
    ~HelperComposition() override;

    Q_INVOKABLE void wipe();

    // Shows today's evidence counts (never anything about one person) on the admin screen.
    void observeAdminStatus(AdminStatus *status);

    HelperSession *session() const { return m_session.get(); }
    EvidenceAggregator *evidence() const { return m_aggregator.get(); }
    EvidenceRecorder *recorder() const { return m_recorder.get(); }
    PerformanceCache *performanceCache() const { return m_performance.get(); }
    ReferenceLookup *lookup() const { return m_lookup.get(); }
    HelperController *helperController() const { return m_helper.get(); }
    TrackController *trackController() const { return m_track.get(); }
    FeedbackController *feedbackController() const { return m_feedback.get(); }
    FeedbackHold *feedbackHold() const { return m_feedbackHold.get(); }

private:
    explicit HelperComposition(KioskComposition &kiosk);
    void build();
    void updateAdminStatus();
    // Counts read-aloud use in the anonymous evidence.
    void observeReadAloud(ReadAloud *readAloud);

    KioskComposition &m_kiosk;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HelperSession> m_session;
    std::unique_ptr<EvidenceAggregator> m_aggregator;
    std::unique_ptr<EvidenceRecorder> m_recorder;
    std::unique_ptr<FeedbackHold> m_feedbackHold; // outlives the sender that feeds it
    std::unique_ptr<FeedbackSender> m_feedbackSender;
    std::unique_ptr<PerformanceCache> m_performance;
    std::unique_ptr<ReferenceLookup> m_lookup;
    std::unique_ptr<HelperController> m_helper;
    std::unique_ptr<TrackController> m_track;
    std::unique_ptr<FeedbackController> m_feedback;
    std::unique_ptr<PerformanceInfo> m_performanceInfo;
    QPointer<ReadAloud> m_readAloud;
    QPointer<AdminStatus> m_adminStatus;
    QTimer m_evidenceTimer;
    QTimer m_performanceTimer;
};

} // namespace ck
