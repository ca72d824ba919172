// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "print/scansequence.h"

#include "print/settingscard.h"

namespace ck {

namespace {

bool wholeCode(const QString &held)
{
    QString n;
    for (const QChar c : held)
        if (c.isLetterOrNumber())
            n.append(c);
    return n.size() == 11 && SettingsCard::couldBeCode(held);
}

} // namespace

ScanSequence::Action ScanSequence::key(const QString &text, bool enter, qint64 nowMs)
{
    const bool inTime = nowMs - m_lastMs <= kMaxGapMs;
    m_lastMs = nowMs;
    if (m_held.isEmpty()) {
        m_code.clear();
        if (enter || text.isEmpty() || !SettingsCard::couldBeCode(text)
            || !text.at(0).isLetterOrNumber())
            return Action::PassThrough;
        m_held = text;
        return Action::Hold;
    }
    // Replay: the caller delivers the held keys, then feeds this key again.
    if (!inTime)
        return giveBack();
    if (enter)
        return finish();
    if (text.isEmpty() || !SettingsCard::couldBeCode(m_held + text))
        return giveBack();
    m_held += text;
    return Action::Hold;
}

ScanSequence::Action ScanSequence::idle()
{
    if (m_held.isEmpty())
        return Action::PassThrough;
    return finish();
}

ScanSequence::Action ScanSequence::giveBack()
{
    m_held.clear();
    return Action::Replay;
}

ScanSequence::Action ScanSequence::finish()
{
    const QString held = m_held;
    m_held.clear();
    if (wholeCode(held)) {
        m_code = held;
        return Action::Complete;
    }
    return Action::Replay;
}

} // namespace ck
