// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "print/receiptdocument.h"

#include <QByteArray>

namespace ck {

struct SettingsCard;

// Draws receipts and settings cards onto A4 PDF pages (the office printers libraries have; IPP
// Everywhere printers take PDF). Text goes through QTextDocument, so Arabic is shaped and laid
// out right to left by the same HarfBuzz path as the screens, and the PDF carries the text
// (pdftotext reads it back, screen readers on a PDF viewer too). The reference is printed large
// in DejaVu Sans Mono, left to right in every language, next to its QR code.
class ReceiptRenderer
{
public:
    static Result<QByteArray> receiptPdf(const ReceiptDocument &doc);
    static Result<QByteArray> settingsCardPdf(const SettingsCard &card,
                                              const ReceiptTranslate &translate);
};

} // namespace ck
