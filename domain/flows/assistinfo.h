// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ck {

// Whether a trained helper assisted this submission. Travels in the payload as
// "assisted": {"helped": bool, "consent": bool|null, "helperCode": string?}. helperCode is an
// opaque code chosen by the helper engineer (never a name); empty = omitted from the payload.
struct AssistInfo
{
    bool helped = false;
    std::optional<bool> consent; // asked only when helped; null otherwise
    QString helperCode;
};

} // namespace ck
