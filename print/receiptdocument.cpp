// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "print/receiptdocument.h"

#include "core/sessionlocale.h"

#include <QCoreApplication>

#include <algorithm>

namespace ck {

namespace {

// lupdate finds these under the "Receipt" context; the texts are looked up in the session's
// catalogue at print time (ReceiptTranslate), not in the kiosk's installed one.
const char *const kContext = "Receipt";
const char *const kTitle = QT_TRANSLATE_NOOP("Receipt", "Your form has been sent");
const char *const kReferenceLabel = QT_TRANSLATE_NOOP("Receipt", "Your reference number");
const char *const kSentHeading = QT_TRANSLATE_NOOP("Receipt", "Sent on");
const char *const kNextHeading = QT_TRANSLATE_NOOP("Receipt", "What happens next");
const char *const kNextBody = QT_TRANSLATE_NOOP(
    "Receipt",
    "The kiosk sends your form to the council by itself. Keep this page: the reference number "
    "is how you and the council find your form.");
const char *const kCheckHeading = QT_TRANSLATE_NOOP("Receipt", "How to check on your form");
const char *const kCheckKiosk = QT_TRANSLATE_NOOP(
    "Receipt", "On the kiosk, choose \"Check on a form you sent\" and type the reference number.");
const char *const kPrivacyHeading = QT_TRANSLATE_NOOP("Receipt", "How we use your answers");
const char *const kAnswersHeading = QT_TRANSLATE_NOOP("Receipt", "Your answers");
const char *const kAnswersWarning =
    QT_TRANSLATE_NOOP("Receipt", "This page has your personal details on it. Keep it safe.");

bool hasRightToLeftText(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
    });
}

} // namespace

ReceiptDocument ReceiptDocument::compose(const ReceiptFacts &facts,
                                         const ReceiptTranslate &translate)
{
    const auto t = [&translate](const char *source) {
        return translate ? translate(kContext, source) : QString::fromUtf8(source);
    };
    ReceiptDocument doc;
    doc.language = facts.language;
    doc.rightToLeft = facts.language == QLatin1String("ar");
    doc.title = t(kTitle);
    doc.serviceTitle = facts.serviceTitle;
    doc.referenceLabel = t(kReferenceLabel);
    doc.reference = facts.reference;
    doc.qrPayload = facts.reference.toUtf8();

    // Arabic separates the date from the time with its own comma (U+060C), not a Latin one.
    const QString dateFormat = doc.rightToLeft ? QStringLiteral("d MMMM yyyy\u060C HH:mm")
                                               : QStringLiteral("d MMMM yyyy, HH:mm");
    QString sent = sessionLocale(facts.language).toString(facts.sentAt, dateFormat);
    if (!facts.site.isEmpty())
        sent += QStringLiteral(" · ") + facts.site;
    doc.sections.append({t(kSentHeading), sent, false});
    doc.sections.append({t(kNextHeading), t(kNextBody), false});
    QString check = t(kCheckKiosk);
    if (!facts.trackingContact.isEmpty()) {
        // A phone number or address alone ("029 2087 2087") keeps its order inside Arabic
        // text only as an isolated left-to-right run; a contact text in Arabic is left as is.
        const bool rtlText = hasRightToLeftText(facts.trackingContact);
        check += QLatin1Char('\n')
            + (rtlText || !doc.rightToLeft ? facts.trackingContact
                                           : isolateLtr(facts.trackingContact));
    }
    doc.sections.append({t(kCheckHeading), check, false});
    // A text with no right-to-left letter in it (a notice the council wrote only in English, an
    // address typed in Latin script) is laid out left to right inside an Arabic receipt, or its
    // full stop lands at the wrong end.
    const auto ltrInside = [&doc](const QString &text) {
        return doc.rightToLeft && !hasRightToLeftText(text);
    };
    if (!facts.privacyNotice.isEmpty())
        doc.sections.append(
            {t(kPrivacyHeading), facts.privacyNotice, ltrInside(facts.privacyNotice)});
    if (!facts.answers.isEmpty()) {
        doc.sections.append({t(kAnswersHeading), t(kAnswersWarning), false});
        for (const auto &[question, answer] : facts.answers)
            doc.sections.append({question, answer, ltrInside(answer)});
    }
    return doc;
}

QString ReceiptDocument::plainText() const
{
    QStringList lines {title, serviceTitle, referenceLabel, reference};
    for (const ReceiptSection &s : sections) {
        lines.append(s.heading);
        lines.append(s.body);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ck
