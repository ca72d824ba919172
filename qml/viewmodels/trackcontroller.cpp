// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/trackcontroller.h"

#include "domain/helper/referencelookup.h"
#include "qml/viewmodels/appstate.h"

namespace ck {

TrackController::TrackController(ReferenceLookup *lookup, AppState *appState, QObject *parent)
    : QObject(parent)
    , m_lookup(lookup)
    , m_appState(appState)
{
    connect(lookup, &ReferenceLookup::finished, this, &TrackController::onFinished);
}

QString TrackController::statusKind() const
{
    return m_answer.text.isEmpty() ? QString() : TrackingStatus::kindName(m_answer.kind);
}

void TrackController::open()
{
    if (!m_appState)
        return;
    if (m_appState->screen() != Screen)
        m_returnScreen = m_appState->screen();
    clear();
    m_appState->setScreen(Screen);
}

void TrackController::close()
{
    clear();
    if (m_appState)
        m_appState->setScreen(m_returnScreen.isEmpty() ? AppState::Welcome : m_returnScreen);
}

bool TrackController::lookup(const QString &typed)
{
    if (!m_lookup || !m_appState)
        return false;
    m_answer = {};
    m_reference.clear();
    const Status s = m_lookup->lookup(typed, m_appState->language());
    m_error = s ? QString() : s.error().message;
    m_busy = s.ok();
    Q_EMIT changed();
    return s.ok();
}

void TrackController::onFinished(const QString &reference, const TrackingAnswer &answer)
{
    m_busy = false;
    m_reference = reference;
    m_answer = answer;
    m_error.clear();
    Q_EMIT changed();
    Q_EMIT answered();
}

void TrackController::clear()
{
    if (m_lookup)
        m_lookup->cancel();
    m_busy = false;
    m_reference.clear();
    m_answer = {};
    m_error.clear();
    Q_EMIT changed();
}

} // namespace ck
