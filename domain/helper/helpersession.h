// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/securebytes.h"
#include "domain/config/kioskconfig.h"
#include "domain/flows/assistinfo.h"
#include "domain/helper/helperlockout.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ck {

// The helper's part of the payload is AssistInfo, and assist() always
// leaves its helperCode EMPTY, so no helper code reaches the payload, not even a hash: helper
// ids are a small set ("H001".."H050"), so any hash of them is reversed by trying them all, and
// an opaque per-helper code would still let the back end line up who helped whom, when, at which
// library -- a profile of staff and, with the submission time, a way back to the citizen they
// helped. The council needs to know that a report was made with help and that the citizen
// agreed; who helped stays at the library.
// A helper's part in one citizen's session: sign-in by id + PIN or staff card, the
// citizen's consent, who is typing, "continue on your own", and the wipe. It holds nothing about
// earlier sessions: a helper signing in sees a fresh session, never a history.
class HelperSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SignedOut, // no helper involved
        AwaitingConsent, // helper signed in; the citizen has not answered the consent question
        Helping, // citizen agreed; the helper may guide or type
        HandedBack, // helper stepped away ("continue on your own"); help was given
    };
    Q_ENUM(State)

    using Verifier = std::function<Result<bool>(const SecureBytes &pin, const QString &hash)>;

    struct Options
    {
        QList<HelperAccount> helpers;
        QString lockFile; // e.g. <dataDir>/helperlock.json
        HelperLockout::Clock clock;
        Verifier verify; // empty: PasswordHash::verify
    };

    explicit HelperSession(Options options, QObject *parent = nullptr);
    ~HelperSession() override;

    // Error codes: "helper-locked" (message says when to try again), "helper-credentials"
    // (same text whether the id or the PIN was wrong), "helper-busy" (someone is signed in),
    // "card-format" / "card-unreadable", "helper-lock-write".
    Status signIn(const QString &helperId, const SecureBytes &pin);
    // A staff card swipe. Cards that carry a secret sign in on their own; a card without one
    // needs `pin`.
    Status signInWithCard(const QString &line, const SecureBytes &pin = {});

    // The citizen's answer, asked in the session language `language` (kept for the record of
    // this session only). Refusal ends the helper's part: the helper is signed out and the
    // citizen carries on alone with nothing marked as helped.
    Status recordConsent(bool given, const QString &language);

    // Who types. Only after consent.
    Status takeOver();
    void giveKeyboardBack();

    // "Continue on your own": the helper leaves, the citizen's answers stay.
    void handBack();

    // The helper ends the whole session (answers included): asks the session wiper to run.
    void signOut();

    // Called by the SessionWiper (and by signOut through it): forgets the helper, the consent
    // and every typed secret.
    void wipe();

    State state() const { return m_state; }
    bool signedIn() const { return m_state == State::AwaitingConsent || m_state == State::Helping; }
    bool helperTyping() const { return m_helperTyping; }
    QString helperName() const { return m_helperName; }
    QString consentLanguage() const { return m_consentLanguage; }
    AssistInfo assist() const;

    // The banner over every screen while a helper is involved, in the current UI language.
    // `placeName`: where the kiosk stands, in the session language (config placeName); empty
    // gives the wording without a place.
    QString bannerText(const QString &placeName = {}) const;

    HelperLockout &lockout() { return m_lockout; }

Q_SIGNALS:
    void changed();
    void endSessionRequested();

private:
    Status verifyAndEnter(const QString &helperId, const SecureBytes &secret);
    Status lockedError(const QDateTime &until) const;
    QDateTime now() const;

    Options m_options;
    HelperLockout m_lockout;
    QString m_dummyHash; // verified against for unknown ids so timing does not reveal them

    State m_state = State::SignedOut;
    QString m_helperId;
    QString m_helperName;
    bool m_helperTyping = false;
    bool m_helped = false;
    std::optional<bool> m_consent;
    QString m_consentLanguage;
};

} // namespace ck
