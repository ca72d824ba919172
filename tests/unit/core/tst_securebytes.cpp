// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "core/securebytes.h"

#include <QtTest>

using ck::SecureBytes;

class tst_SecureBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copyIsDeep()
    {
        SecureBytes a(QByteArray("secret-key"));
        SecureBytes b = a;
        QVERIFY(a.constData() != b.constData());
        QVERIFY(a.equals(b));
    }

    void takingOwnershipKeepsValue()
    {
        QByteArray source("pin-1234");
        SecureBytes s(source);
        QCOMPARE(s.view(), QByteArray("pin-1234"));
    }

    void cleanseZeroesUnsharedBuffer()
    {
        QByteArray secret("marker-marker-marker");
        const char *before = secret.constData();
        QVERIFY(ck::cleanse(secret));
        QCOMPARE(secret.constData(), before); // same buffer, not a detached copy
        QCOMPARE(secret, QByteArray(20, '\0'));
    }

    void cleanseLeavesSharedBufferToItsOtherOwner()
    {
        QByteArray secret("shared-secret");
        QByteArray other = secret;
        QVERIFY(!ck::cleanse(secret));
        QCOMPARE(other, QByteArray("shared-secret"));
        ck::secureWipe(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(other, QByteArray("shared-secret"));
    }

    void cleanseString()
    {
        QString answer = QStringLiteral("CF10 1AA");
        ck::secureWipe(answer);
        QVERIFY(answer.isEmpty());
    }

    void clearEmpties()
    {
        SecureBytes s(QByteArray("0123456789abcdef"));
        s.clear();
        QVERIFY(s.isEmpty());
        QCOMPARE(s.size(), 0);
    }

    void resizeKeepsPrefix()
    {
        SecureBytes s(QByteArray("abcd"));
        s.resize(8);
        QCOMPARE(s.size(), 8);
        QCOMPARE(s.view().left(4), QByteArray("abcd"));
        s.resize(2);
        QCOMPARE(s.view(), QByteArray("ab"));
    }

    void constantTimeCompare()
    {
        SecureBytes a(QByteArray("aaaa"));
        QVERIFY(!a.equals(SecureBytes(QByteArray("aaab"))));
        QVERIFY(!a.equals(SecureBytes(QByteArray("aaa"))));
        QVERIFY(a.equals(SecureBytes(QByteArray("aaaa"))));
    }

    void randomIsRandom()
    {
        auto a = SecureBytes::random(32);
        auto b = SecureBytes::random(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(!a.equals(b));
    }
};

QTEST_APPLESS_MAIN(tst_SecureBytes)
#include "tst_securebytes.moc"
