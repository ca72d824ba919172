// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/helper/helpersession.h"

#include "core/passwordhash.h"
#include "core/translate.h"
#include "domain/helper/staffcard.h"
#include "domain/helper/trackingstatus.h"

#include <QCoreApplication>
#include <QLocale>

namespace ck {

HelperSession::HelperSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_lockout(m_options.lockFile, m_options.clock)
{
    if (!m_options.verify) {
        m_options.verify = [](const SecureBytes &pin, const QString &hash) {
            return PasswordHash::verify(pin, hash);
        };
    }
    // A missing or damaged lock file must not stop the desk from working; it is rebuilt on the
    // next failure.
    (void)m_lockout.load();
}

HelperSession::~HelperSession()
{
    wipe();
}

QDateTime HelperSession::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

Status HelperSession::lockedError(const QDateTime &until) const
{
    const qint64 seconds = std::max<qint64>(1, now().secsTo(until));
    const int minutes = int((seconds + 59) / 60);
    const QString text = translateIn({"HelperSession"},
                                     QT_TRANSLATE_N_NOOP("HelperSession",
                                                         "Too many wrong tries. Wait %n "
                                                         "minute(s) and try again, or ask "
                                                         "another member of staff."),
                                     minutes);
    return Status::failure(QStringLiteral("helper-locked"), text);
}

Status HelperSession::signIn(const QString &helperId, const SecureBytes &pin)
{
    return verifyAndEnter(helperId.trimmed().toUpper(), pin);
}

Status HelperSession::signInWithCard(const QString &line, const SecureBytes &pin)
{
    Result<StaffCard> card = StaffCardParser::parse(line);
    if (!card)
        return Status(card.error());
    const SecureBytes &secret = card->secret.isEmpty() ? pin : card->secret;
    return verifyAndEnter(card->helperId, secret);
}

Status HelperSession::verifyAndEnter(const QString &helperId, const SecureBytes &secret)
{
    if (signedIn()) {
        return Status::failure(
            QStringLiteral("helper-busy"),
            QCoreApplication::translate("HelperSession",
                                        "A helper is already signed in. Sign out first."));
    }
    const Status wrong = Status::failure(
        QStringLiteral("helper-credentials"),
        QCoreApplication::translate("HelperSession",
                                    "That helper number and PIN do not match. Try again."));
    if (helperId.isEmpty() || secret.isEmpty())
        return wrong;

    if (const QDateTime until = m_lockout.lockedUntil(helperId); until.isValid())
        return lockedError(until);

    const HelperAccount *account = nullptr;
    for (const HelperAccount &h : std::as_const(m_options.helpers)) {
        if (h.id.compare(helperId, Qt::CaseInsensitive) == 0)
            account = &h;
    }

    bool match = false;
    if (account) {
        const Result<bool> r = m_options.verify(secret, account->pinHash);
        match = r.ok() && r.value();
    } else {
        // Spend the same time as a real check so the answer time does not tell a stranger which
        // ids exist.
        if (m_dummyHash.isEmpty()) {
            const Result<QString> h = PasswordHash::hash(QStringLiteral("not-a-helper"));
            if (h)
                m_dummyHash = h.value();
        }
        (void)m_options.verify(secret, m_dummyHash);
    }

    if (!match) {
        if (Status saved = m_lockout.recordFailure(helperId); !saved)
            return saved;
        if (const QDateTime until = m_lockout.lockedUntil(helperId); until.isValid())
            return lockedError(until);
        return wrong;
    }

    if (Status saved = m_lockout.recordSuccess(helperId); !saved)
        return saved;
    m_helperId = account->id;
    m_helperName = account->name;
    m_state = State::AwaitingConsent;
    m_helperTyping = false;
    m_consent.reset();
    m_consentLanguage.clear();
    Q_EMIT changed();
    return Status::success();
}

Status HelperSession::recordConsent(bool given, const QString &language)
{
    if (m_state != State::AwaitingConsent) {
        return Status::failure(QStringLiteral("consent-not-expected"),
                               QCoreApplication::translate("HelperSession",
                                                           "There is no helper waiting for an "
                                                           "answer."));
    }
    m_consentLanguage = language;
    m_consent = given;
    if (given) {
        m_state = State::Helping;
        m_helped = true;
    } else {
        // The citizen said no: the helper steps away before seeing anything.
        m_state = State::SignedOut;
        m_helped = false;
        m_helperId.clear();
        m_helperName.clear();
        m_helperTyping = false;
    }
    Q_EMIT changed();
    return Status::success();
}

Status HelperSession::takeOver()
{
    if (m_state != State::Helping) {
        return Status::failure(QStringLiteral("consent-required"),
                               QCoreApplication::translate("HelperSession",
                                                           "The person using the kiosk must "
                                                           "agree before a helper types for "
                                                           "them."));
    }
    if (!m_helperTyping) {
        m_helperTyping = true;
        Q_EMIT changed();
    }
    return Status::success();
}

void HelperSession::giveKeyboardBack()
{
    if (m_helperTyping) {
        m_helperTyping = false;
        Q_EMIT changed();
    }
}

void HelperSession::handBack()
{
    if (m_state != State::Helping && m_state != State::AwaitingConsent)
        return;
    // Help before consent was never given, so only a consented session counts as helped.
    m_state = m_consent.value_or(false) ? State::HandedBack : State::SignedOut;
    m_helperId.clear();
    m_helperName.clear();
    m_helperTyping = false;
    Q_EMIT changed();
}

void HelperSession::signOut()
{
    Q_EMIT endSessionRequested();
    // The wiper normally calls wipe(); make sure the helper is gone even if nobody listens.
    if (m_state != State::SignedOut || m_consent)
        wipe();
}

void HelperSession::wipe()
{
    const bool wasActive = m_state != State::SignedOut || m_helped || m_consent.has_value();
    m_state = State::SignedOut;
    secureWipe(m_helperId);
    secureWipe(m_helperName);
    secureWipe(m_consentLanguage);
    m_helperTyping = false;
    m_helped = false;
    m_consent.reset();
    if (wasActive)
        Q_EMIT changed();
}

AssistInfo HelperSession::assist() const
{
    AssistInfo info;
    info.helped = m_helped;
    info.consent = m_consent;
    return info;
}

QString HelperSession::bannerText(const QString &placeName) const
{
    switch (m_state) {
    case State::SignedOut:
        return {};
    case State::AwaitingConsent:
        // The place comes from the site's config: kiosks stand in libraries, council offices
        // and job centres alike.
        return placeName.isEmpty()
            ? QCoreApplication::translate("HelperSession",
                                          "%1, a member of staff here, would like to help you.")
                  .arg(m_helperName)
            : QCoreApplication::translate("HelperSession", "%1 from %2 would like to help you.")
                  .arg(m_helperName, placeName);
    case State::Helping:
        return m_helperTyping
            ? QCoreApplication::translate("HelperSession", "%1 is typing for you.")
                  .arg(m_helperName)
            : QCoreApplication::translate("HelperSession", "%1 is helping you.").arg(m_helperName);
    case State::HandedBack:
        return QCoreApplication::translate("HelperSession", "You are carrying on by yourself.");
    }
    return {};
}

} // namespace ck
