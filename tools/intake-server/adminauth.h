// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tools/intake-server/httpexchange.h"

namespace ck::intake {

// The admin key that guards /v1/_admin/* (the fleet page, uploads from kiosks, the test
// endpoints). Accepted as `X-Admin-Key: K`, `Authorization: Bearer K`, or HTTP Basic with any
// user name and K as the password, so that a browser's own login prompt opens the fleet page.
// Without a key configured every admin endpoint answers 403: a server someone started without
// thinking about it does not show its fleet to the network.
class AdminAuth
{
public:
    explicit AdminAuth(QByteArray key = {});

    bool enabled() const { return !m_key.isEmpty(); }
    bool authorised(const HttpRequest &request) const;
    // 403 when no key is configured; else 401 with a Basic challenge for browsers.
    HttpReply refusal() const;

    // Compares SHA-256 digests with CRYPTO_memcmp: the time taken says nothing about how much
    // of a guess was right, nor about the key's length.
    static bool sameKey(const QByteArray &given, const QByteArray &expected);

private:
    QByteArray m_key;
};

} // namespace ck::intake
