// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/backoff.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace ck {

using std::chrono::milliseconds;
using std::chrono::seconds;

Backoff::Backoff(std::function<quint64()> random)
    : Backoff(Params {}, std::move(random))
{ }

Backoff::Backoff(Params params, std::function<quint64()> random)
    : m_params(params)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generate64(); };
}

milliseconds Backoff::ceiling(int attempt) const
{
    qint64 ms = m_params.base.count();
    const qint64 cap = m_params.cap.count();
    for (int i = 1; i < attempt && ms < cap; ++i)
        ms *= std::max(1, m_params.factor); // stops at the cap, so no overflow
    return milliseconds(std::min(ms, cap));
}

milliseconds Backoff::delay(int attempt) const
{
    const quint64 top = quint64(ceiling(std::max(1, attempt)).count());
    // Modulo bias over 64 bits against a range of at most 3.6e6 is below 1e-12: irrelevant.
    return milliseconds(qint64(m_random() % (top + 1)));
}

QDateTime Backoff::nextAttempt(const QDateTime &now, int attempt,
                               std::optional<seconds> retryAfter) const
{
    // The floor never exceeds the base, so a test schedule of a few ms stays a few ms.
    milliseconds wait = std::max(delay(attempt), std::min(m_params.floor, m_params.base));
    if (retryAfter) {
        const milliseconds server = std::min(*retryAfter, m_params.maxRetryAfter);
        wait = std::max(wait, server);
    }
    return now.addMSecs(wait.count());
}

std::optional<seconds> Backoff::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool isNumber = true;
    for (char c : v)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        bool ok = false;
        const qint64 s = v.size() > 12 ? -1 : v.toLongLong(&ok);
        if (!ok || s < 0)
            return seconds(std::numeric_limits<int>::max()); // absurdly large: clamped later
        return seconds(s);
    }
    // HTTP-date: IMF-fixdate is the one senders must use ("Sun, 06 Nov 1994 08:49:37 GMT");
    // the obsolete RFC 850 and asctime forms are accepted too, as RFC 9110 asks recipients to.
    // The weekday is redundant and Qt rejects a date whose weekday does not match the year it
    // guesses for two-digit RFC 850 years, so parse without it.
    QString text = QString::fromLatin1(v).simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma >= 0)
        text = text.mid(comma + 1).trimmed(); // IMF-fixdate and RFC 850
    else
        text = text.section(QLatin1Char(' '), 1); // asctime: "Sun Nov  6 08:49:37 1994"
    const QLocale c = QLocale::c();
    QDateTime when;
    for (const char *format :
         {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'", "MMM d HH:mm:ss yyyy"}) {
        when = c.toDateTime(text, QString::fromLatin1(format));
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    if (when.date().year() < 1970)
        when = when.addYears(100); // two-digit RFC 850 years
    const qint64 delta = now.secsTo(when);
    return seconds(std::max<qint64>(0, delta));
}

} // namespace ck
