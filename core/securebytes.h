// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace ck {

// Owns secret bytes (keys, PINs, decrypted answers) and overwrites them with OPENSSL_cleanse
// when it is cleared or destroyed. QByteArray alone is not enough: implicit sharing and
// reallocation would leave copies behind, so this type never shares its buffer.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(
        QByteArray bytes); // deep copy; wipes the argument if it was the only owner
    SecureBytes(const char *data, qsizetype size);
    ~SecureBytes();

    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;

    static SecureBytes random(qsizetype size); // RAND_bytes from OpenSSL

    const char *constData() const { return m_bytes.constData(); }
    unsigned char *data() { return reinterpret_cast<unsigned char *>(m_bytes.data()); }
    const unsigned char *bytes() const
    {
        return reinterpret_cast<const unsigned char *>(m_bytes.constData());
    }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void resize(qsizetype size);
    void clear();

    // A non-owning view for APIs that take QByteArray. Do not keep the result.
    QByteArray view() const { return QByteArray::fromRawData(m_bytes.constData(), m_bytes.size()); }

    // Constant-time comparison (CRYPTO_memcmp); sizes are not secret.
    bool equals(const SecureBytes &other) const;

private:
    QByteArray m_bytes;
};

// Zero a QByteArray's buffer in place when it is the only owner, and report whether it did.
// A shared buffer is left alone: detaching would copy the secret first.
bool cleanse(QByteArray &bytes);
// cleanse() and release the buffer.
void secureWipe(QByteArray &bytes);
void secureWipe(QString &text);

} // namespace ck
