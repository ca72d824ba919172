// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace ck {

// Looks a receipt text up in one language's catalogue (KioskTranslator::translateIn in the app),
// so a receipt is in the session's language whatever the kiosk's own language is.
using ReceiptTranslate = std::function<QString(const char *context, const char *source)>;

// One headed block of a printed page: "What happens next", the privacy notice, an answer.
struct ReceiptSection
{
    QString heading;
    QString body;
    bool leftToRight = false; // a code or an answer typed in Latin script inside Arabic text
};

// What goes into a receipt: the facts of one submission, already in the session's language.
struct ReceiptFacts
{
    QString language; // "en", "cy", "pl", "ar"
    QString serviceTitle;
    QString reference; // CK-7F3K-92QD-X
    QDateTime sentAt;
    QString site; // the place name of this kiosk, may be empty
    QString trackingContact; // from the config: phone number or web address, may be empty
    QString privacyNotice; // the service's notice, may be empty
    // (question, answer) pairs, only when the citizen asked for "print my answers too".
    QList<std::pair<QString, QString>> answers;
};

// Everything printed on a receipt, in reading order, with no layout: ReceiptRenderer draws it.
// No answers unless asked for, since a receipt left on the printer tray is read by the next
// person: the reference alone says nothing about who sent it.
struct ReceiptDocument
{
    QString language;
    bool rightToLeft = false;
    QString title; // "Your form has been sent"
    QString serviceTitle;
    QString referenceLabel;
    QString reference;
    QByteArray qrPayload; // the bare reference: any phone reads it, the kiosk's tracking takes it
    QList<ReceiptSection> sections;

    static ReceiptDocument compose(const ReceiptFacts &facts, const ReceiptTranslate &translate);
    // Every text of the page in reading order, for tests and for the on-screen preview.
    QString plainText() const;
};

} // namespace ck
