// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/adminauth.h"

#include "tools/intake-server/jsonapi.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace ck::intake {

AdminAuth::AdminAuth(QByteArray key)
    : m_key(std::move(key))
{ }

bool AdminAuth::sameKey(const QByteArray &given, const QByteArray &expected)
{
    if (expected.isEmpty())
        return false;
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

bool AdminAuth::authorised(const HttpRequest &request) const
{
    if (!enabled())
        return false;
    // Every offered form is checked (no early exit on the first), so which header was used
    // does not show in the timing either.
    bool ok = false;
    const QByteArray direct = request.header("X-Admin-Key");
    if (!direct.isEmpty())
        ok |= sameKey(direct, m_key);
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.startsWith("Bearer "))
        ok |= sameKey(authorization.mid(7).trimmed(), m_key);
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon >= 0)
            ok |= sameKey(pair.mid(colon + 1), m_key);
    }
    return ok;
}

HttpReply AdminAuth::refusal() const
{
    if (!enabled())
        return JsonApi::error(
            403, QStringLiteral("admin-disabled"),
            QCoreApplication::translate("AdminAuth",
                                        "Admin endpoints are off: start the server with "
                                        "--admin-key-file (or --admin-key)."));
    HttpReply r =
        JsonApi::error(401, QStringLiteral("admin-unauthorised"),
                       QCoreApplication::translate("AdminAuth", "Missing or wrong admin key."));
    r.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                               QByteArray("Basic realm=\"Civic Kiosk fleet\", charset=\"UTF-8\"")));
    return r;
}

} // namespace ck::intake
