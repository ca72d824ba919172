// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ck {

// Takes personal details out of free text that is meant to be anonymous (the optional feedback
// comment): e-mail addresses, phone numbers, UK postcodes, kiosk reference numbers and long
// digit runs (account, card or case numbers) become "[removed]". It cannot catch a name
// written in a sentence -- the comment box says not to write one -- but it removes what
// links a comment to a person or a submission mechanically.
class TextRedactor
{
public:
    static constexpr int kMaxLength = 500;

    // Also strips control characters, collapses white space and cuts to kMaxLength.
    static QString redact(const QString &text);
};

} // namespace ck
