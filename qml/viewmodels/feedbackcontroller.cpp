// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/feedbackcontroller.h"

#include "domain/evidence/feedbacksender.h"
#include "domain/evidence/textredactor.h"
#include "qml/viewmodels/appstate.h"

namespace ck {

FeedbackController::FeedbackController(FeedbackSender *sender, AppState *appState,
                                       ServiceSource service, QObject *parent)
    : QObject(parent)
    , m_sender(sender)
    , m_appState(appState)
    , m_service(std::move(service))
{
    // The labels are translated in C++; a language switch re-reads them.
    connect(appState, &AppState::languageChanged, this, &FeedbackController::labelsChanged);
}

QStringList FeedbackController::labels() const
{
    return FeedbackSender::ratingLabels();
}

int FeedbackController::maxCommentLength() const
{
    return TextRedactor::kMaxLength;
}

void FeedbackController::open()
{
    // Taken now: the flow may be reset while the person is on the feedback screen.
    m_serviceId = m_service ? m_service() : QString();
    m_sent = false;
    m_error.clear();
    Q_EMIT changed();
    if (m_appState)
        m_appState->setScreen(Screen);
}

bool FeedbackController::send(int rating, const QString &comment)
{
    if (!m_sender || !m_appState || m_sent)
        return m_sent;
    const Status s = m_sender->send(rating, comment, m_serviceId, m_appState->language());
    m_sent = s.ok();
    m_error = s ? QString() : s.error().message;
    Q_EMIT changed();
    return m_sent;
}

void FeedbackController::finish()
{
    if (m_appState)
        m_appState->requestEndSession();
}

void FeedbackController::wipe()
{
    m_serviceId.clear();
    m_sent = false;
    m_error.clear();
    Q_EMIT changed();
}

} // namespace ck
