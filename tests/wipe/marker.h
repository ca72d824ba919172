// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// A distinctive text a test types into the kiosk, held by the test only masked (each UTF-16
// unit XORed with a random key), so that a core dump of the test process finds the kiosk's
// copies and never the test's own. It is unmasked only to type it one key at a time, and for
// the search after a dump has been taken; those buffers are overwritten before they are freed.
#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <openssl/crypto.h>

class Marker
{
public:
    Marker() = default;

    // `tag` (ASCII, shared by every marker of the run, so one pass over a dump finds them all),
    // then 'ë' (so UTF-8, Latin-1 and UTF-16 differ), then `randomLetters` random capitals.
    static Marker withTag(const Marker &tag, int randomLetters)
    {
        Marker m;
        m.m_units = tag.m_units;
        m.m_keys = tag.m_keys;
        m.append(QChar(0x00EB));
        for (int i = 0; i < randomLetters; ++i)
            m.append(QChar(u'A' + QRandomGenerator::global()->bounded(26)));
        return m;
    }
    static Marker randomCapitals(int letters)
    {
        Marker m;
        for (int i = 0; i < letters; ++i)
            m.append(QChar(u'A' + QRandomGenerator::global()->bounded(26)));
        return m;
    }
    // For texts that cannot be random (a date as the kiosk formats it): masked all the same.
    static Marker fromText(QString text)
    {
        Marker m;
        for (const QChar c : std::as_const(text))
            m.append(c);
        wipe(text);
        return m;
    }

    qsizetype size() const { return m_units.size(); }
    QChar at(qsizetype i) const { return QChar(char16_t(m_units.at(i) ^ m_keys.at(i))); }

    // Compares without making an unmasked copy.
    bool equals(const QString &text) const
    {
        if (text.size() != size())
            return false;
        for (qsizetype i = 0; i < size(); ++i)
            if (text.at(i) != at(i))
                return false;
        return true;
    }
    bool containedIn(const QString &text) const
    {
        for (qsizetype from = 0; from + size() <= text.size(); ++from) {
            qsizetype i = 0;
            while (i < size() && text.at(from + i) == at(i))
                ++i;
            if (i == size())
                return true;
        }
        return false;
    }

    // The encodings a dump is searched for. The caller overwrites them (wipe()) when done.
    QByteArray utf8() const
    {
        return withPlain([](const QString &s) { return s.toUtf8(); });
    }
    QByteArray latin1() const
    {
        return withPlain([](const QString &s) { return s.toLatin1(); });
    }
    QByteArray utf16le() const
    {
        QByteArray out(size() * 2, Qt::Uninitialized);
        for (qsizetype i = 0; i < size(); ++i) {
            const char16_t u = at(i).unicode();
            out[2 * i] = char(u & 0xff);
            out[2 * i + 1] = char(u >> 8);
        }
        return out;
    }

    static void wipe(QByteArray &bytes)
    {
        if (!bytes.isEmpty() && !bytes.isDetached())
            bytes.detach(); // never the case for the buffers made here
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
        bytes = QByteArray();
    }
    static void wipe(QString &text)
    {
        if (!text.isEmpty() && text.isDetached())
            OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
        text = QString();
    }

private:
    void append(QChar c)
    {
        const quint16 key = quint16(QRandomGenerator::global()->bounded(1, 0x10000));
        m_keys.append(key);
        m_units.append(quint16(c.unicode() ^ key));
    }
    template<typename F> QByteArray withPlain(F encode) const
    {
        QString plain(size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < size(); ++i)
            plain[i] = at(i);
        QByteArray out = encode(plain);
        wipe(plain);
        return out;
    }

    QList<quint16> m_units; // masked
    QList<quint16> m_keys;
};
