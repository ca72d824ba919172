// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Tests PasswordHash (lives with the shell tests: the shell owns PasswordHash).
#include "core/passwordhash.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

using ck::PasswordHash;
using ck::SecureBytes;

class tst_PasswordHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashThenVerify();
    void hashUsesAtLeast600000Iterations();
    void hashRefusesWeakIterations();
    void saltIsRandom();
    void knownPbkdf2Vector();
    void knownScryptVector_rfc7914();
    void rejectsBadStrings_data();
    void rejectsBadStrings();
    void constantTimeEqualsIsCorrect();
    void constantTimeEqualsTimingDoesNotDependOnMismatchPosition();
};

void tst_PasswordHash::hashThenVerify()
{
    auto encoded = PasswordHash::hash(QStringLiteral("2468"));
    QVERIFY(encoded.ok());
    QVERIFY(encoded->startsWith(QLatin1String("pbkdf2-sha256$600000$")));
    QVERIFY(PasswordHash::validate(*encoded).ok());

    auto right = PasswordHash::verify(QStringLiteral("2468"), *encoded);
    QVERIFY(right.ok());
    QCOMPARE(*right, true);
    auto wrong = PasswordHash::verify(QStringLiteral("2469"), *encoded);
    QVERIFY(wrong.ok());
    QCOMPARE(*wrong, false);
    auto empty = PasswordHash::verify(QString(), *encoded);
    QVERIFY(empty.ok());
    QCOMPARE(*empty, false);
}

void tst_PasswordHash::hashUsesAtLeast600000Iterations()
{
    auto encoded = PasswordHash::hash(QStringLiteral("1357"));
    QVERIFY(encoded.ok());
    const QStringList parts = encoded->split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QVERIFY(parts[1].toInt() >= 600000);
    QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), PasswordHash::kSaltBytes);
    QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), PasswordHash::kHashBytes);

    // The work is real: 600k HMAC-SHA256 rounds take a measurable time (well over 20 ms on any
    // machine this runs on), unlike a truncated or skipped derivation.
    QElapsedTimer timer;
    timer.start();
    auto ok = PasswordHash::verify(QStringLiteral("1357"), *encoded);
    QVERIFY(ok.ok() && *ok);
    QVERIFY2(timer.elapsed() >= 20, qPrintable(QString::number(timer.elapsed())));
}

void tst_PasswordHash::hashRefusesWeakIterations()
{
    auto weak = PasswordHash::hash(QStringLiteral("2468"), 100000);
    QVERIFY(!weak.ok());
    QCOMPARE(weak.error().code, QStringLiteral("passwordhash.weak"));
    QVERIFY(!weak.error().message.isEmpty());
}

void tst_PasswordHash::saltIsRandom()
{
    auto a = PasswordHash::hash(QStringLiteral("2468"));
    auto b = PasswordHash::hash(QStringLiteral("2468"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
}

void tst_PasswordHash::knownPbkdf2Vector()
{
    // Computed independently with Python's hashlib.pbkdf2_hmac('sha256', b'2468',
    // b'civic-kiosk-salt', 600000).
    const QString encoded = QStringLiteral("pbkdf2-sha256$600000$Y2l2aWMta2lvc2stc2FsdA==$"
                                           "N2oSsz0SGZIqyMKeIZ27SUQCPwLUoGHAyYVK3pG5BnA=");
    auto right = PasswordHash::verify(QStringLiteral("2468"), encoded);
    QVERIFY(right.ok());
    QVERIFY(*right);
    auto wrong = PasswordHash::verify(QStringLiteral("8642"), encoded);
    QVERIFY(wrong.ok());
    QVERIFY(!*wrong);
}

void tst_PasswordHash::knownScryptVector_rfc7914()
{
    // RFC 7914 section 12, third vector: P="pleaseletmein", S="SodiumChloride", N=16384, r=8, p=1.
    const QString encoded = QStringLiteral(
        "scrypt$16384$8$1$U29kaXVtQ2hsb3JpZGU=$"
        "cCO9yzr9c0hGHAbNgf046/2o+7qQT44+qbVD9lRdofLVQylVYT8Pz2LUlwUkKpr55h6F3A1lHkDfzwF7RVdYhw==");
    auto right = PasswordHash::verify(QStringLiteral("pleaseletmein"), encoded);
    QVERIFY2(right.ok(), right.ok() ? "" : qPrintable(right.error().code));
    QVERIFY(*right);
    auto wrong = PasswordHash::verify(QStringLiteral("pleaseletmeout"), encoded);
    QVERIFY(wrong.ok());
    QVERIFY(!*wrong);
}

void tst_PasswordHash::rejectsBadStrings_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QString>("code");
    const QString salt = QStringLiteral("Y2l2aWMta2lvc2stc2FsdA==");
    const QString hash = QStringLiteral("N2oSsz0SGZIqyMKeIZ27SUQCPwLUoGHAyYVK3pG5BnA=");
    QTest::newRow("empty") << QString() << "passwordhash.unsupported";
    QTest::newRow("plain pin") << QStringLiteral("2468") << "passwordhash.unsupported";
    QTest::newRow("md5") << QStringLiteral("md5$abc$def") << "passwordhash.unsupported";
    QTest::newRow("too few parts")
        << QStringLiteral("pbkdf2-sha256$600000$") + salt << "passwordhash.malformed";
    QTest::newRow("weak iterations")
        << QStringLiteral("pbkdf2-sha256$1000$%1$%2").arg(salt, hash) << "passwordhash.weak";
    QTest::newRow("huge iterations")
        << QStringLiteral("pbkdf2-sha256$999999999$%1$%2").arg(salt, hash)
        << "passwordhash.too-expensive";
    QTest::newRow("negative iterations")
        << QStringLiteral("pbkdf2-sha256$-600000$%1$%2").arg(salt, hash)
        << "passwordhash.malformed";
    QTest::newRow("bad base64") << QStringLiteral("pbkdf2-sha256$600000$%1$!!notbase64!!").arg(salt)
                                << "passwordhash.malformed";
    QTest::newRow("short salt") << QStringLiteral("pbkdf2-sha256$600000$AAAA$%1").arg(hash)
                                << "passwordhash.malformed";
    QTest::newRow("short hash") << QStringLiteral("pbkdf2-sha256$600000$%1$AAAA").arg(salt)
                                << "passwordhash.malformed";
    QTest::newRow("scrypt N not power of two")
        << QStringLiteral("scrypt$16385$8$1$%1$%2").arg(salt, hash) << "passwordhash.malformed";
    QTest::newRow("scrypt weak N")
        << QStringLiteral("scrypt$1024$8$1$%1$%2").arg(salt, hash) << "passwordhash.weak";
    QTest::newRow("scrypt huge N") << QStringLiteral("scrypt$4294967296$8$1$%1$%2").arg(salt, hash)
                                   << "passwordhash.too-expensive";
}

void tst_PasswordHash::rejectsBadStrings()
{
    QFETCH(QString, encoded);
    QFETCH(QString, code);
    auto result = PasswordHash::verify(QStringLiteral("2468"), encoded);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!PasswordHash::validate(encoded).ok());
}

void tst_PasswordHash::constantTimeEqualsIsCorrect()
{
    const SecureBytes a(QByteArray("0123456789abcdef"));
    QVERIFY(PasswordHash::constantTimeEquals(a, SecureBytes(QByteArray("0123456789abcdef"))));
    QVERIFY(!PasswordHash::constantTimeEquals(a, SecureBytes(QByteArray("0123456789abcdeF"))));
    QVERIFY(!PasswordHash::constantTimeEquals(a, SecureBytes(QByteArray("X123456789abcdef"))));
    QVERIFY(!PasswordHash::constantTimeEquals(a, SecureBytes(QByteArray("0123456789abcde"))));
    QVERIFY(PasswordHash::constantTimeEquals(SecureBytes(), SecureBytes()));
}

void tst_PasswordHash::constantTimeEqualsTimingDoesNotDependOnMismatchPosition()
{
    // memcmp stops at the first differing byte, so on 4 MiB buffers a first-byte mismatch is
    // orders of magnitude faster than a last-byte one. CRYPTO_memcmp reads everything: the two
    // times stay within a small factor of each other.
    constexpr qsizetype size = 4 * 1024 * 1024;
    const SecureBytes reference(QByteArray(size, 'k'));
    QByteArray early(size, 'k');
    early[0] = 'x';
    QByteArray late(size, 'k');
    late[size - 1] = 'x';
    const SecureBytes first(early);
    const SecureBytes last(late);

    // Fastest of many interleaved runs: the minimum is the least disturbed by other processes
    // on a shared machine. A control with plain memcmp shows the measurement can tell.
    const auto fastest = [&](auto &&compare, const SecureBytes &other) {
        qint64 best = std::numeric_limits<qint64>::max();
        QElapsedTimer timer;
        for (int i = 0; i < 41; ++i) {
            timer.start();
            const bool equal = compare(reference, other);
            best = std::min(best, timer.nsecsElapsed());
            if (equal)
                return qint64(-1);
        }
        return std::max<qint64>(1, best);
    };
    const auto constantTime = [](const SecureBytes &a, const SecureBytes &b) {
        return PasswordHash::constantTimeEquals(a, b);
    };
    const auto plain = [](const SecureBytes &a, const SecureBytes &b) {
        return memcmp(a.bytes(), b.bytes(), size_t(a.size())) == 0;
    };
    const double ratio = double(fastest(constantTime, last)) / double(fastest(constantTime, first));
    const double control = double(fastest(plain, last)) / double(fastest(plain, first));
    qInfo("last/first mismatch time: CRYPTO_memcmp %.2f, memcmp %.1f", ratio, control);
    QVERIFY2(control > 20.0, qPrintable(QString::number(control)));
    QVERIFY2(ratio > 0.25 && ratio < 4.0, qPrintable(QString::number(ratio)));
}

QTEST_GUILESS_MAIN(tst_PasswordHash)
#include "tst_passwordhash.moc"
