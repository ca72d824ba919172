// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "core/securebytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <QString>

namespace ck {

namespace {
QByteArray deepCopy(const char *data, qsizetype size)
{
    QByteArray copy(size, Qt::Uninitialized);
    if (size > 0)
        memcpy(copy.data(), data, size_t(size));
    return copy;
}
} // namespace

SecureBytes::SecureBytes(QByteArray bytes)
    : m_bytes(deepCopy(bytes.constData(), bytes.size()))
{
    secureWipe(bytes);
}

SecureBytes::SecureBytes(const char *data, qsizetype size)
    : m_bytes(deepCopy(data, size))
{ }

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(const SecureBytes &other)
    : m_bytes(deepCopy(other.m_bytes.constData(), other.m_bytes.size()))
{ }

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = deepCopy(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecureBytes SecureBytes::random(qsizetype size)
{
    SecureBytes out;
    out.m_bytes = QByteArray(size, Qt::Uninitialized);
    if (RAND_bytes(out.data(), int(size)) != 1)
        qFatal("RAND_bytes failed: no secure randomness available");
    return out;
}

void SecureBytes::resize(qsizetype size)
{
    SecureBytes grown;
    grown.m_bytes = QByteArray(size, '\0');
    memcpy(grown.m_bytes.data(), m_bytes.constData(), size_t(qMin(size, m_bytes.size())));
    *this = std::move(grown);
}

void SecureBytes::clear()
{
    secureWipe(m_bytes);
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    return CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size()))
        == 0;
}

bool cleanse(QByteArray &bytes)
{
    if (bytes.isEmpty() || !bytes.isDetached())
        return false;
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    return true;
}

void secureWipe(QByteArray &bytes)
{
    cleanse(bytes);
    bytes = QByteArray();
}

void secureWipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text = QString();
}

} // namespace ck
