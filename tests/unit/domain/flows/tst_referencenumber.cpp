// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/config/kioskconfig.h"
#include "domain/flows/referencenumber.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <vector>

using namespace ck;

namespace {
// Only the 9 symbols after "CK", in the order they are typed.
QString symbols(const ReferenceNumber &ref)
{
    return ref.format().mid(3).remove(QLatin1Char('-'));
}

std::vector<ReferenceNumber> sample(int n)
{
    QRandomGenerator rng(20261123);
    std::vector<ReferenceNumber> refs;
    for (int i = 0; i < n; ++i)
        refs.push_back(ReferenceNumber::fromPayload(rng.generate64()));
    return refs;
}
} // namespace

class tst_ReferenceNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // First, before any other test makes a generator: the warning is once per process.
    void unnumberedKioskWarnsOnce()
    {
        static QStringList warnings;
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &, const QString &m) {
                if (type == QtWarningMsg)
                    warnings << m;
            });
        const auto counter = []() -> Result<quint64> { return quint64(1); };
        ReferenceGenerator numbered("kiosk-a", 7, counter);
        QVERIFY(numbered.next().ok());
        QCOMPARE(warnings.size(), 0);
        for (int i = 0; i < 3; ++i) {
            ReferenceGenerator unnumbered("kiosk-b", counter);
            QVERIFY(unnumbered.next().ok());
            QVERIFY(!unnumbered.kioskNumber().has_value());
        }
        qInstallMessageHandler(previous);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains("fleet.kioskNumber"), qPrintable(warnings.first()));
    }

    void formatShape()
    {
        static const QRegularExpression shape(
            "^CK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$");
        for (const ReferenceNumber &ref : sample(1000))
            QVERIFY2(shape.match(ref.format()).hasMatch(), qPrintable(ref.format()));
        QVERIFY(ReferenceNumber().isNull());
        QVERIFY(ReferenceNumber().format().isEmpty());
        QCOMPARE(ReferenceNumber::alphabet().size(), 32);
        QCOMPARE(ReferenceNumber::fromPayload(0).format(), QStringLiteral("CK-0000-0000-0"));
    }

    void designExampleIsValid()
    {
        const auto ref = ReferenceNumber::parse("CK-7F3K-92QD-X");
        QVERIFY(ref.ok());
        QCOMPARE(ref->format(), QStringLiteral("CK-7F3K-92QD-X"));
    }

    void roundTrip()
    {
        for (const ReferenceNumber &ref : sample(20000)) {
            const auto parsed = ReferenceNumber::parse(ref.format());
            QVERIFY2(parsed.ok(), qPrintable(ref.format()));
            QCOMPARE(parsed->payload(), ref.payload());
        }
    }

    void lenientInput_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("canonical") << "CK-7F3K-92QD-X";
        QTest::newRow("lower case") << "ck-7f3k-92qd-x";
        QTest::newRow("no dashes") << "CK7F3K92QDX";
        QTest::newRow("spaces") << " CK 7F3K 92QD X ";
        QTest::newRow("no prefix") << "7F3K-92QD-X";
        QTest::newRow("mixed") << "ck 7F3K92qd-x";
    }
    void lenientInput()
    {
        QFETCH(QString, typed);
        const auto ref = ReferenceNumber::parse(typed);
        QVERIFY(ref.ok());
        QCOMPARE(ref->format(), QStringLiteral("CK-7F3K-92QD-X"));
    }

    void crockfordAliases()
    {
        // Find a reference containing 1 and 0 and type them as I, L and O.
        for (const ReferenceNumber &ref : sample(5000)) {
            const QString canonical = ref.format();
            if (!canonical.mid(3).contains('1') || !canonical.mid(3).contains('0'))
                continue;
            QString typed = "CK" + canonical.mid(2);
            typed = typed.mid(0, 3) + typed.mid(3).replace('0', 'O');
            QString withI = typed.mid(0, 3) + typed.mid(3).replace('1', 'i');
            QString withL = typed.mid(0, 3) + typed.mid(3).replace('1', 'L');
            QCOMPARE(ReferenceNumber::parse(withI)->format(), canonical);
            QCOMPARE(ReferenceNumber::parse(withL)->format(), canonical);
            return;
        }
        QFAIL("no sample reference with both 0 and 1");
    }

    void wrongShape_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << "";
        QTest::newRow("too short") << "CK-7F3K-92QD";
        QTest::newRow("too long") << "CK-7F3K-92QD-XX";
        QTest::newRow("U is not used") << "CK-7F3K-92QU-X";
        QTest::newRow("symbol") << "CK-7F3K-92Q*-X";
        QTest::newRow("other prefix") << "AB-7F3K-92QD-X";
        QTest::newRow("unicode") << "CK-7F3K-92QD-✓";
        QTest::newRow("huge") << QString(100000, 'A');
    }
    void wrongShape()
    {
        QFETCH(QString, typed);
        const auto ref = ReferenceNumber::parse(typed);
        QVERIFY(!ref.ok());
        QCOMPARE(ref.error().code, QStringLiteral("reference.format"));
        QVERIFY(!ref.error().message.isEmpty());
    }

    void everySubstitutionIsDetected()
    {
        const QString alphabet = ReferenceNumber::alphabet();
        int tried = 0;
        for (const ReferenceNumber &ref : sample(2000)) {
            const QString typed = symbols(ref);
            for (int pos = 0; pos < typed.size(); ++pos) {
                for (const QChar c : alphabet) {
                    if (c == typed.at(pos))
                        continue;
                    QString wrong = typed;
                    wrong[pos] = c;
                    const auto parsed = ReferenceNumber::parse(wrong);
                    QVERIFY2(!parsed.ok(), qPrintable(typed + " -> " + wrong));
                    QCOMPARE(parsed.error().code, QStringLiteral("reference.check"));
                    ++tried;
                }
            }
        }
        QCOMPARE(tried, 2000 * 9 * 31);
    }

    void everyAdjacentTranspositionIsDetected()
    {
        int tried = 0;
        for (const ReferenceNumber &ref : sample(20000)) {
            const QString typed = symbols(ref);
            for (int pos = 0; pos + 1 < typed.size(); ++pos) {
                if (typed.at(pos) == typed.at(pos + 1))
                    continue; // swapping equal symbols changes nothing
                QString wrong = typed;
                std::swap(wrong[pos], wrong[pos + 1]);
                QVERIFY2(!ReferenceNumber::parse(wrong).ok(), qPrintable(typed + " -> " + wrong));
                ++tried;
            }
        }
        QVERIFY(tried > 20000 * 7);
    }

    void typoMessageIsKind()
    {
        const auto r = ReferenceNumber::parse("CK-7F3K-92QD-Y");
        QCOMPARE(r.error().code, QStringLiteral("reference.check"));
        QCOMPARE(
            r.error().message,
            QStringLiteral("Enter a reference number in the correct format, like CK-7F3K-92QD-X"));
    }

    void millionWithoutCollision()
    {
        QSet<quint64> seen;
        seen.reserve(1000000);
        QRandomGenerator rng(7);
        for (quint64 counter = 1; counter <= 1000000; ++counter)
            seen.insert(
                ReferenceNumber::generate("kiosk-cardiff-central-01", counter, rng.generate())
                    .payload());
        QCOMPARE(seen.size(), 1000000);
    }

    void fleetWithoutCollision()
    {
        // 100 kiosks x 10,000 submissions: the bound in referencenumber.cpp gives < 0.04 %.
        QSet<quint64> seen;
        seen.reserve(1000000);
        QRandomGenerator rng(11);
        for (int kiosk = 0; kiosk < 100; ++kiosk) {
            const QString id = QStringLiteral("library-%1").arg(kiosk);
            for (quint64 counter = 1; counter <= 10000; ++counter)
                seen.insert(ReferenceNumber::generate(id, counter, rng.generate()).payload());
        }
        QCOMPARE(seen.size(), 1000000);
    }

    void numberedFleetMillionWithoutRepeat()
    {
        // 100 numbered kiosks x 10,000 submissions, random bits included: no two equal, by
        // construction rather than by luck.
        QSet<quint64> seen;
        seen.reserve(1000000);
        QRandomGenerator rng(13);
        for (int kiosk = 1; kiosk <= 100; ++kiosk) {
            for (quint64 counter = 1; counter <= 10000; ++counter) {
                const auto ref = ReferenceNumber::generateInBlock(kiosk, counter, rng.generate());
                QVERIFY(ref.ok());
                seen.insert(ref->payload());
            }
        }
        QCOMPARE(seen.size(), 1000000);
    }

    void numberedBlocksAreDisjointAtTheirEdges()
    {
        // The extremes of neighbouring blocks, every random value: all distinct and valid.
        QSet<quint64> seen;
        int made = 0;
        for (int kiosk : {ReferenceNumber::MinKioskNumber, 2, 2047, 2048,
                          ReferenceNumber::MaxKioskNumber - 1, ReferenceNumber::MaxKioskNumber}) {
            for (quint64 counter : {quint64(0), quint64(1), ReferenceNumber::MaxBlockCounter - 1,
                                    ReferenceNumber::MaxBlockCounter}) {
                for (quint32 random = 0; random < 4; ++random) {
                    const auto ref = ReferenceNumber::generateInBlock(kiosk, counter, random);
                    QVERIFY(ref.ok());
                    QVERIFY(ReferenceNumber::parse(ref->format()).ok());
                    seen.insert(ref->payload());
                    ++made;
                }
            }
        }
        QCOMPARE(seen.size(), made);
        // Only the low 2 bits of the random value are used.
        QCOMPARE(*ReferenceNumber::generateInBlock(5, 9, 0xFFFFFFFDu),
                 *ReferenceNumber::generateInBlock(5, 9, 1));
    }

    void numberedRangeErrors_data()
    {
        QTest::addColumn<int>("kioskNumber");
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QString>("code");
        QTest::newRow("zero") << 0 << quint64(1) << "reference.kioskNumber";
        QTest::newRow("negative") << -3 << quint64(1) << "reference.kioskNumber";
        QTest::newRow("past 12 bits")
            << ReferenceNumber::MaxKioskNumber + 1 << quint64(1) << "reference.kioskNumber";
        QTest::newRow("block used up")
            << 1 << ReferenceNumber::MaxBlockCounter + 1 << "reference.exhausted";
        QTest::newRow("huge counter") << 9 << ~quint64(0) << "reference.exhausted";
    }

    void numberedRangeErrors()
    {
        QFETCH(int, kioskNumber);
        QFETCH(quint64, counter);
        QFETCH(QString, code);
        const auto ref = ReferenceNumber::generateInBlock(kioskNumber, counter, 0);
        QVERIFY(!ref.ok());
        QCOMPARE(ref.error().code, code);
        QVERIFY(!ref.error().message.isEmpty());
        // The generator hands the error on instead of spilling into another kiosk's block.
        ReferenceGenerator gen("k", kioskNumber,
                               [counter]() -> Result<quint64> { return counter; });
        QCOMPARE(gen.next().error().code, code);
    }

    void generatorUsesTheKioskNumber()
    {
        quint64 counter = 0;
        ReferenceGenerator gen(
            "kiosk-1", 42, [&]() -> Result<quint64> { return ++counter; }, [] { return 2u; });
        QCOMPARE(gen.kioskNumber(), std::optional<int>(42));
        QCOMPARE(*gen.next(), *ReferenceNumber::generateInBlock(42, 1, 2));
        QCOMPARE(*gen.next(), *ReferenceNumber::generateInBlock(42, 2, 2));
        // The kiosk id does not matter once a number is set: the number is the identity.
        ReferenceGenerator renamed(
            "kiosk-renamed", 42, [] { return Result<quint64>(quint64(3)); }, [] { return 2u; });
        QCOMPARE(*renamed.next(), *ReferenceNumber::generateInBlock(42, 3, 2));

        // As the composition root builds it: straight from the parsed configuration.
        auto config = KioskConfig::parse(
            R"({"schema": 1, "kioskId": "k-9", "fleet": {"kioskNumber": 9}})", "k.json");
        QVERIFY(config.ok());
        ReferenceGenerator fromConfig(
            config->kioskId, config->fleet.kioskNumber, [] { return Result<quint64>(quint64(5)); },
            [] { return 0u; });
        QCOMPARE(*fromConfig.next(), *ReferenceNumber::generateInBlock(9, 5, 0));
    }

    void consecutiveNumbersLookUnrelated()
    {
        const auto a = ReferenceNumber::generate("k", 1000, 0).format();
        const auto b = ReferenceNumber::generate("k", 1001, 0).format();
        int same = 0;
        for (int i = 0; i < a.size(); ++i)
            same += a.at(i) == b.at(i) ? 1 : 0;
        QVERIFY2(same < 8, qPrintable(a + " " + b)); // "CK-", two dashes and a few by chance
    }

    void generatorUsesCounterAndRandom()
    {
        quint64 counter = 41;
        int calls = 0;
        ReferenceGenerator gen(
            "kiosk-1",
            [&]() -> Result<quint64> {
                ++calls;
                return ++counter;
            },
            [] { return 3u; });
        const auto a = gen.next();
        const auto b = gen.next();
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(calls, 2);
        QCOMPARE(*a, ReferenceNumber::generate("kiosk-1", 42, 3));
        QCOMPARE(*b, ReferenceNumber::generate("kiosk-1", 43, 3));
        QVERIFY(!(*a == *b));
        QVERIFY(ReferenceNumber::parse(a->format()).ok());
        QCOMPARE(gen.kioskId(), QStringLiteral("kiosk-1"));
    }

    void generatorPassesCounterErrors()
    {
        ReferenceGenerator gen("kiosk-1", []() -> Result<quint64> {
            return Result<quint64>::failure("outbox.diskFull", "full");
        });
        const auto r = gen.next();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("outbox.diskFull"));
        ReferenceGenerator none("kiosk-1", {});
        QCOMPARE(none.next().error().code, QStringLiteral("reference.noCounter"));
    }
};

QTEST_GUILESS_MAIN(tst_ReferenceNumber)
#include "tst_referencenumber.moc"
