// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/evidencerecord.h"

#include <QRegularExpression>

namespace ck {

QString EvidenceRecord::durationBucket(qint64 seconds)
{
    if (seconds < 120)
        return QStringLiteral("under-2-min");
    if (seconds < 300)
        return QStringLiteral("2-5-min");
    if (seconds < 600)
        return QStringLiteral("5-10-min");
    if (seconds < 1200)
        return QStringLiteral("10-20-min");
    return QStringLiteral("over-20-min");
}

bool EvidenceRecord::plausibleServiceId(const QString &id)
{
    // Catalogue ids are lower-case slugs; anything else (a sentence, an e-mail, a reference
    // number, which carries upper case) is refused.
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9-]{0,47}$"));
    return re.match(id).hasMatch();
}

bool EvidenceRecord::plausibleLanguage(const QString &language)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}$"));
    return re.match(language).hasMatch();
}

EvidenceRecord EvidenceRecord::normalised() const
{
    EvidenceRecord r = *this;
    if (serviceId.isEmpty())
        r.serviceId = QStringLiteral("none");
    else if (!plausibleServiceId(serviceId))
        r.serviceId = QStringLiteral("other");
    if (!plausibleLanguage(language))
        r.language = QStringLiteral("other");
    r.textScalePercent = textScalePercent >= 175 ? 200 : textScalePercent >= 125 ? 150 : 100;
    if (r.durationSec < 0)
        r.durationSec = 0;
    return r;
}

} // namespace ck
