// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/helpercontroller.h"

#include "core/securebytes.h"
#include "domain/evidence/evidencerecorder.h"
#include "domain/helper/helpersession.h"
#include "domain/helper/staffcard.h"
#include "qml/viewmodels/appstate.h"

namespace ck {

HelperController::HelperController(HelperSession *session, AppState *appState,
                                   EvidenceRecorder *evidence, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_appState(appState)
    , m_evidence(evidence)
{
    connect(session, &HelperSession::changed, this, &HelperController::changed);
    // The banner and the place name are in the session language.
    if (appState)
        connect(appState, &AppState::languageChanged, this, &HelperController::changed);
}

void HelperController::setPlaceNames(QMap<QString, QString> names)
{
    m_placeNames = std::move(names);
    Q_EMIT changed();
}

QString HelperController::placeName() const
{
    const QString language = m_appState ? m_appState->language() : QStringLiteral("en");
    return m_placeNames.value(language, m_placeNames.value(QStringLiteral("en")));
}

bool HelperController::active() const
{
    // Only while a helper is at the kiosk; "carrying on by yourself" needs no banner.
    return m_session && m_session->signedIn();
}

QString HelperController::stateName() const
{
    if (!m_session)
        return QStringLiteral("signedOut");
    switch (m_session->state()) {
    case HelperSession::State::SignedOut:
        return QStringLiteral("signedOut");
    case HelperSession::State::AwaitingConsent:
        return QStringLiteral("awaitingConsent");
    case HelperSession::State::Helping:
        return QStringLiteral("helping");
    case HelperSession::State::HandedBack:
        return QStringLiteral("handedBack");
    }
    return QStringLiteral("signedOut");
}

QString HelperController::helperName() const
{
    return m_session ? m_session->helperName() : QString();
}

QString HelperController::bannerText() const
{
    return m_session ? m_session->bannerText(placeName()) : QString();
}

bool HelperController::helperTyping() const
{
    return m_session && m_session->helperTyping();
}

void HelperController::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void HelperController::leaveTo(const QString &screen)
{
    setError({});
    if (m_appState)
        m_appState->setScreen(screen.isEmpty() ? AppState::Welcome : screen);
}

void HelperController::openSignIn()
{
    if (!m_appState)
        return;
    const QString current = m_appState->screen();
    if (current != SignInScreen && current != ConsentScreen)
        m_returnScreen = current;
    setError({});
    m_appState->setScreen(SignInScreen);
}

void HelperController::cancel()
{
    leaveTo(m_returnScreen);
}

bool HelperController::signIn(const QString &helperId, const QString &pin)
{
    if (!m_session)
        return false;
    return afterSignIn(m_session->signIn(helperId, takePin(pin)));
}

bool HelperController::swipe(const QString &line, const QString &pin)
{
    if (!m_session)
        return false;
    return afterSignIn(m_session->signInWithCard(line, takePin(pin)));
}

SecureBytes HelperController::takePin(const QString &pin)
{
    // The PIN leaves QString memory at once: only the wiped-on-release copy stays.
    QString pinCopy = pin;
    SecureBytes secret(pinCopy.toUtf8());
    secureWipe(pinCopy);
    return secret;
}

bool HelperController::afterSignIn(const Status &status)
{
    if (!status) {
        setError(status.error().message);
        return false;
    }
    setError({});
    if (m_appState)
        m_appState->setScreen(ConsentScreen);
    return true;
}

bool HelperController::looksLikeSwipe(const QString &text) const
{
    return StaffCardParser::looksLikeSwipe(text);
}

void HelperController::answerConsent(bool yes)
{
    if (!m_session || !m_appState)
        return;
    const Status s = m_session->recordConsent(yes, m_appState->language());
    if (!s) {
        setError(s.error().message);
        return;
    }
    if (yes && m_evidence)
        m_evidence->markHelped();
    // From the welcome screen, agreeing to help means starting: go to the list of services.
    const QString back = m_returnScreen.isEmpty() || m_returnScreen == AppState::Welcome
        ? (yes ? AppState::Services : AppState::Welcome)
        : m_returnScreen;
    leaveTo(back);
}

void HelperController::takeOver()
{
    if (!m_session)
        return;
    const Status s = m_session->takeOver();
    setError(s ? QString() : s.error().message);
}

void HelperController::giveKeyboardBack()
{
    if (m_session)
        m_session->giveKeyboardBack();
}

void HelperController::handBack()
{
    if (m_session)
        m_session->handBack();
}

void HelperController::signOut()
{
    // The helper's sign-out ends the whole session: the wiper clears everything, helper too.
    if (m_appState)
        m_appState->requestEndSession();
    if (m_session)
        m_session->wipe();
}

void HelperController::noteTextScale(double scale)
{
    if (m_evidence)
        m_evidence->setTextScale(scale);
}

void HelperController::noteReadAloud()
{
    if (m_evidence)
        m_evidence->markReadAloudUsed();
}

void HelperController::wipe()
{
    if (m_session)
        m_session->wipe();
    m_returnScreen.clear();
    setError({});
}

} // namespace ck
