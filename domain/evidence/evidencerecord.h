// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace ck {

// One finished session, as counters see it. Every field is a closed set or a number: there is
// no slot where free text, an answer or a reference could travel. Values outside the allowed
// sets are counted as "other" by normalised(), so a bug upstream cannot leak a string either.
struct EvidenceRecord
{
    enum class Outcome { Completed, Abandoned };

    QString serviceId; // catalogue id ("missed-bin"); empty when none was chosen
    Outcome outcome = Outcome::Abandoned;
    bool helped = false;
    QString language; // "en", "cy", ...
    int textScalePercent = 100; // largest text size used: 100, 150 or 200
    bool readAloudUsed = false;
    qint64 durationSec = 0;

    // Buckets rather than seconds: an exact duration next to a day's submissions could single
    // one person out.
    static QString durationBucket(qint64 seconds);
    static bool plausibleServiceId(const QString &id);
    static bool plausibleLanguage(const QString &language);

    // Service "none" when empty, "other" when not a plausible catalogue id; language "other"
    // when not a language code; text size snapped to 100/150/200.
    EvidenceRecord normalised() const;
};

} // namespace ck
