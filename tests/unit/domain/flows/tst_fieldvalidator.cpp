// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/fieldvalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace ck;

namespace {
FieldDefinition field(FieldType type, bool required = true)
{
    FieldDefinition f;
    f.type = type;
    f.required = required;
    if (f.hasOptions()) {
        for (const char *v : {"school", "shop", "bus"})
            f.options.append({QString::fromLatin1(v), LocalizedText({{"en", v}}), {}});
    }
    return f;
}

const QDate kToday(2026, 11, 23);

QJsonObject dateBoxes(const QJsonValue &d, const QJsonValue &m, const QJsonValue &y)
{
    return {{"day", d}, {"month", m}, {"year", y}};
}
} // namespace

class tst_FieldValidator : public QObject
{
    Q_OBJECT
private:
    void addColumns()
    {
        QTest::addColumn<QJsonValue>("raw");
        QTest::addColumn<QJsonValue>("expected"); // normalised value when ok
        QTest::addColumn<QString>("code"); // error code, empty when ok
    }
    void check(const FieldDefinition &f)
    {
        QFETCH(QJsonValue, raw);
        QFETCH(QJsonValue, expected);
        QFETCH(QString, code);
        const Result<QJsonValue> r = FieldValidator::validate(f, raw, "en", kToday);
        if (code.isEmpty()) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().code));
            QCOMPARE(r.value(), expected);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, code);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

private Q_SLOTS:
    void postcode_data()
    {
        addColumns();
        QTest::newRow("GIR 0AA") << QJsonValue("GIR 0AA") << QJsonValue("GIR 0AA") << "";
        QTest::newRow("SW1A 1AA") << QJsonValue("SW1A 1AA") << QJsonValue("SW1A 1AA") << "";
        QTest::newRow("CF10 1AA") << QJsonValue("CF10 1AA") << QJsonValue("CF10 1AA") << "";
        QTest::newRow("lower case") << QJsonValue("cf10 1aa") << QJsonValue("CF10 1AA") << "";
        QTest::newRow("no space") << QJsonValue("sw1a1aa") << QJsonValue("SW1A 1AA") << "";
        QTest::newRow("extra spaces") << QJsonValue("  EC1A  1BB ") << QJsonValue("EC1A 1BB") << "";
        QTest::newRow("A9A") << QJsonValue("W1A 0AX") << QJsonValue("W1A 0AX") << "";
        QTest::newRow("A9") << QJsonValue("M1 1AE") << QJsonValue("M1 1AE") << "";
        QTest::newRow("A99") << QJsonValue("B33 8TH") << QJsonValue("B33 8TH") << "";
        QTest::newRow("AA99") << QJsonValue("DN55 1PT") << QJsonValue("DN55 1PT") << "";
        QTest::newRow("outward only") << QJsonValue("CF10") << QJsonValue() << "field.postcode";
        QTest::newRow("digits") << QJsonValue("12345") << QJsonValue() << "field.postcode";
        QTest::newRow("Q first") << QJsonValue("QF10 1AA") << QJsonValue() << "field.postcode";
        QTest::newRow("C in inward") << QJsonValue("CF10 1CA") << QJsonValue() << "field.postcode";
        QTest::newRow("too long") << QJsonValue("CF10 1AAA") << QJsonValue() << "field.postcode";
        QTest::newRow("pseudo ZZ99") << QJsonValue("ZZ99 9ZZ") << QJsonValue() << "field.postcode";
        QTest::newRow("hyphen") << QJsonValue("SW1A-1AA") << QJsonValue() << "field.postcode";
        QTest::newRow("empty") << QJsonValue("") << QJsonValue() << "field.required";
        QTest::newRow("null") << QJsonValue() << QJsonValue() << "field.required";
        QTest::newRow("number") << QJsonValue(12) << QJsonValue() << "field.wrongType";
    }
    void postcode() { check(field(FieldType::Postcode)); }

    void postcodeMessage()
    {
        const auto r =
            FieldValidator::validate(field(FieldType::Postcode), QJsonValue("nope"), "en");
        QCOMPARE(r.error().message, QStringLiteral("Enter a real postcode, like CF10 1AA"));
    }

    void email_data()
    {
        addColumns();
        QTest::newRow("plain") << QJsonValue("name@example.com") << QJsonValue("name@example.com")
                               << "";
        QTest::newRow("domain lower-cased") << QJsonValue(" Name.Surname+tag@Example.CO.UK ")
                                            << QJsonValue("Name.Surname+tag@example.co.uk") << "";
        QTest::newRow("unicode") << QJsonValue("zażółć@przykład.pl")
                                 << QJsonValue("zażółć@przykład.pl") << "";
        QTest::newRow("no at") << QJsonValue("name") << QJsonValue() << "field.email";
        QTest::newRow("no domain") << QJsonValue("name@") << QJsonValue() << "field.email";
        QTest::newRow("no local") << QJsonValue("@example.com") << QJsonValue() << "field.email";
        QTest::newRow("no tld") << QJsonValue("name@example") << QJsonValue() << "field.email";
        QTest::newRow("space") << QJsonValue("na me@example.com") << QJsonValue() << "field.email";
        QTest::newRow("two ats") << QJsonValue("name@@example.com") << QJsonValue()
                                 << "field.email";
        QTest::newRow("double dot")
            << QJsonValue("name@example..com") << QJsonValue() << "field.email";
        QTest::newRow("dot before at")
            << QJsonValue("name.@example.com") << QJsonValue() << "field.email";
        QTest::newRow("leading dot")
            << QJsonValue(".name@example.com") << QJsonValue() << "field.email";
        QTest::newRow("empty") << QJsonValue(" ") << QJsonValue() << "field.required";
        QTest::newRow("huge") << QJsonValue(QString(300, 'a') + "@example.com") << QJsonValue()
                              << "field.tooLong";
    }
    void email() { check(field(FieldType::Email)); }

    void phone_data()
    {
        addColumns();
        QTest::newRow("mobile") << QJsonValue("07700 900982") << QJsonValue("07700900982") << "";
        QTest::newRow("+44 mobile")
            << QJsonValue("+44 7700 900982") << QJsonValue("07700900982") << "";
        QTest::newRow("0044 (0)") << QJsonValue("0044 (0)20 7946 0000") << QJsonValue("02079460000")
                                  << "";
        QTest::newRow("brackets") << QJsonValue("(029) 2087 1000") << QJsonValue("02920871000")
                                  << "";
        QTest::newRow("dashes and dots")
            << QJsonValue("01632-960.001") << QJsonValue("01632960001") << "";
        QTest::newRow("ten digits") << QJsonValue("016977 3456") << QJsonValue("0169773456") << "";
        QTest::newRow("international")
            << QJsonValue("+33 1 23 45 67 89") << QJsonValue("+33123456789") << "";
        QTest::newRow("too short") << QJsonValue("12345") << QJsonValue() << "field.phone";
        QTest::newRow("too long") << QJsonValue("0770090098212345") << QJsonValue()
                                  << "field.phone";
        QTest::newRow("words") << QJsonValue("phone me") << QJsonValue() << "field.phone";
        QTest::newRow("letter") << QJsonValue("07700 900 98x") << QJsonValue() << "field.phone";
        QTest::newRow("+0") << QJsonValue("+0 123 456 789") << QJsonValue() << "field.phone";
        QTest::newRow("plus inside") << QJsonValue("0770+0900982") << QJsonValue() << "field.phone";
        QTest::newRow("arabic digits")
            << QJsonValue("٠٧٧٠٠٩٠٠٩٨٢") << QJsonValue() << "field.phone";
        QTest::newRow("empty") << QJsonValue("") << QJsonValue() << "field.required";
    }
    void phone() { check(field(FieldType::Phone)); }

    void date_data()
    {
        addColumns();
        QTest::newRow("iso") << QJsonValue("2024-02-29") << QJsonValue("2024-02-29") << "";
        QTest::newRow("29 Feb leap")
            << QJsonValue(dateBoxes("29", "2", "2024")) << QJsonValue("2024-02-29") << "";
        QTest::newRow("numbers") << QJsonValue(dateBoxes(3, 3, 2025)) << QJsonValue("2025-03-03")
                                 << "";
        QTest::newRow("padded") << QJsonValue(dateBoxes(" 03 ", "03", "2025"))
                                << QJsonValue("2025-03-03") << "";
        QTest::newRow("29 Feb not leap")
            << QJsonValue(dateBoxes("29", "2", "2023")) << QJsonValue() << "field.date";
        QTest::newRow("29 Feb 1900")
            << QJsonValue(dateBoxes("29", "2", "1900")) << QJsonValue() << "field.date";
        QTest::newRow("31 April") << QJsonValue(dateBoxes("31", "4", "2024")) << QJsonValue()
                                  << "field.date";
        QTest::newRow("month 13") << QJsonValue(dateBoxes("1", "13", "2024")) << QJsonValue()
                                  << "field.date";
        QTest::newRow("no day") << QJsonValue(dateBoxes("", "2", "2024")) << QJsonValue()
                                << "field.date";
        QTest::newRow("two-digit year")
            << QJsonValue(dateBoxes("1", "2", "24")) << QJsonValue() << "field.date";
        QTest::newRow("words") << QJsonValue(dateBoxes("first", "2", "2024")) << QJsonValue()
                               << "field.date";
        QTest::newRow("not iso") << QJsonValue("29/02/2024") << QJsonValue() << "field.date";
        QTest::newRow("empty boxes")
            << QJsonValue(dateBoxes("", "", "")) << QJsonValue() << "field.required";
        QTest::newRow("today") << QJsonValue("2026-11-23") << QJsonValue("2026-11-23") << "";
        QTest::newRow("future") << QJsonValue("2026-11-24") << QJsonValue() << "field.dateFuture";
    }
    void date()
    {
        FieldDefinition f = field(FieldType::Date);
        f.dateRange = DateRange::PastOrToday;
        check(f);
    }

    void dateMessages()
    {
        FieldDefinition f = field(FieldType::Date);
        auto r = FieldValidator::validate(f, QJsonValue(dateBoxes("", "2", "2024")), "en", kToday);
        QCOMPARE(r.error().message, QStringLiteral("Date must include a day"));
        r = FieldValidator::validate(f, QJsonValue(dateBoxes("30", "2", "2024")), "en", kToday);
        QCOMPARE(r.error().message, QStringLiteral("Date must be a real date"));
        f.dateRange = DateRange::TodayOrFuture;
        r = FieldValidator::validate(f, QJsonValue("2026-11-22"), "en", kToday);
        QCOMPARE(r.error().code, QStringLiteral("field.datePast"));
    }

    void number_data()
    {
        addColumns();
        QTest::newRow("json number") << QJsonValue(12) << QJsonValue(12) << "";
        QTest::newRow("text") << QJsonValue(" 12 ") << QJsonValue(12) << "";
        QTest::newRow("thousands") << QJsonValue("1,000") << QJsonValue(1000) << "";
        QTest::newRow("decimal") << QJsonValue("2.5") << QJsonValue() << "field.wholeNumber";
        QTest::newRow("below") << QJsonValue("0") << QJsonValue() << "field.numberMin";
        QTest::newRow("above") << QJsonValue(5001) << QJsonValue() << "field.numberMax";
        QTest::newRow("words") << QJsonValue("twelve") << QJsonValue() << "field.number";
        QTest::newRow("nan") << QJsonValue("nan") << QJsonValue() << "field.number";
        QTest::newRow("inf") << QJsonValue("inf") << QJsonValue() << "field.number";
        QTest::newRow("empty") << QJsonValue("") << QJsonValue() << "field.required";
    }
    void number()
    {
        FieldDefinition f = field(FieldType::Number);
        f.min = 1;
        f.max = 5000;
        f.wholeNumber = true;
        check(f);
    }

    // Decimal separators by session language. A number is stored only when its reading is
    // certain: "12,5" is 12.5 in Polish, but in English or Welsh it could be 12.5 or 125, so it is
    // refused with a message saying how to write it (it used to be stored as 125).
    void numberInLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QJsonValue>("expected");
        QTest::addColumn<QString>("code");
        const QString separator = QStringLiteral("field.numberSeparator");
        auto row = [](const char *name, const char *lang, const QString &raw,
                      const QJsonValue &expected, const QString &code) {
            QTest::newRow(name) << QString::fromLatin1(lang) << raw << expected << code;
        };
        row("pl comma decimal", "pl", "12,5", 12.5, "");
        row("pl full stop decimal", "pl", "12.5", 12.5, "");
        row("pl space thousands", "pl", "1 000,5", 1000.5, "");
        row("pl no-break space thousands", "pl", QString::fromUtf8("1\u00a0000"), 1000, "");
        row("pl narrow no-break space", "pl", QString::fromUtf8("12\u202f345,25"), 12345.25, "");
        row("pl full stop then 3 digits", "pl", "1.000", QJsonValue(), separator);
        row("pl 12.500", "pl", "12.500", QJsonValue(), separator);
        row("pl 0.500 is not thousands", "pl", "0.500", 0.5, "");
        row("pl 1234.567 is not thousands", "pl", "1234.567", 1234.567, "");
        row("pl both separators", "pl", "1,000.5", QJsonValue(), separator);
        row("pl German style", "pl", "1.000,5", QJsonValue(), separator);
        row("pl two commas", "pl", "1,2,3", QJsonValue(), separator);
        row("pl negative", "pl", "-3,75", -3.75, "");
        row("cy comma decimal refused", "cy", "12,5", QJsonValue(), separator);
        row("cy full stop decimal", "cy", "12.5", 12.5, "");
        row("cy thousands", "cy", "1,000", 1000, "");
        row("cy thousands and decimals", "cy", "1,000.25", 1000.25, "");
        row("cy space thousands", "cy", "1 000", 1000, "");
        row("en comma decimal refused", "en", "12,5", QJsonValue(), separator);
        row("en bad grouping", "en", "1,00", QJsonValue(), separator);
        row("en grouping after decimal", "en", "1.000,5", QJsonValue(), separator);
        row("en space not thousands", "en", "12 5", QJsonValue(), separator);
        row("en two full stops", "en", "1.2.3", QJsonValue(), separator);
        row("en leading full stop", "en", ".5", 0.5, "");
        row("en exponent", "en", "1e3", QJsonValue(), "field.number");
        row("en hex", "en", "0x10", QJsonValue(), "field.number");
        row("en sign only", "en", "-", QJsonValue(), "field.number");
        row("ar Arabic-Indic digits", "ar", QString::fromUtf8("\u0661\u0662\u066b\u0665"), 12.5,
            "");
        row("ar Latin digits", "ar", "12.5", 12.5, "");
        row("ar thousands", "ar", "1,000", 1000, "");
        row("ar Arabic thousands sign", "ar", QString::fromUtf8("\u0661\u066c\u0660\u0660\u0660"),
            1000, "");
        row("ar comma decimal refused", "ar", "12,5", QJsonValue(), separator);
        row("ar with a mark from the keyboard", "ar", QString::fromUtf8("\u200f12.5"), 12.5, "");
    }
    void numberInLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, raw);
        QFETCH(QJsonValue, expected);
        QFETCH(QString, code);
        const FieldDefinition f = field(FieldType::Number);
        const Result<QJsonValue> r = FieldValidator::validate(f, QJsonValue(raw), lang, kToday);
        if (code.isEmpty()) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().code));
            QCOMPARE(r.value().toDouble(), expected.toDouble());
            // Stored normalised: validating the stored value again gives the same number.
            const auto again = FieldValidator::validate(f, r.value(), lang, kToday);
            QVERIFY(again.ok());
            QCOMPARE(again.value(), r.value());
        } else {
            QVERIFY2(!r.ok(), qPrintable(r.ok() ? QString::number(r.value().toDouble()) : ""));
            QCOMPARE(r.error().code, code);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    // Limits are shown the way the field accepts them: typing the number from the message back
    // into the field gives that number, in every session language.
    void numberLimitsInSessionFormat_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("decimal");
        for (const char *lang : {"en", "cy", "pl", "ar"})
            QTest::newRow(lang) << QString::fromLatin1(lang)
                                << (qstrcmp(lang, "pl") == 0 ? "2500,5" : "2500.5");
    }
    void numberLimitsInSessionFormat()
    {
        QFETCH(QString, lang);
        QFETCH(QString, decimal);
        FieldDefinition f = field(FieldType::Number);
        f.min = 0.25;
        f.max = 2500.5;
        const auto r = FieldValidator::validate(f, QJsonValue(9000), lang, kToday);
        QCOMPARE(r.error().code, QStringLiteral("field.numberMax"));
        QVERIFY2(r.error().message.contains(decimal), qPrintable(r.error().message));
        static const QRegularExpression number(QStringLiteral("[0-9][0-9.,\\x{a0} ]*[0-9]"));
        QStringList shown;
        for (auto it = number.globalMatch(r.error().message); it.hasNext();)
            shown << it.next().captured();
        QCOMPARE(shown.size(), 2);
        FieldDefinition open = field(FieldType::Number);
        QCOMPARE(FieldValidator::validate(open, QJsonValue(shown[0]), lang).value().toDouble(),
                 0.25);
        QCOMPARE(FieldValidator::validate(open, QJsonValue(shown[1]), lang).value().toDouble(),
                 2500.5);
        // One digit system: Latin digits in every language, Arabic included.
        for (const QChar c : r.error().message)
            QVERIFY2(!(c.unicode() >= 0x0660 && c.unicode() <= 0x0669), qPrintable(lang));
    }

    void choice_data()
    {
        addColumns();
        QTest::newRow("option") << QJsonValue("shop") << QJsonValue("shop") << "";
        QTest::newRow("unknown") << QJsonValue("castle") << QJsonValue() << "field.choice";
        QTest::newRow("label not value") << QJsonValue("Shop") << QJsonValue() << "field.choice";
        QTest::newRow("empty") << QJsonValue("") << QJsonValue() << "field.required";
    }
    void choice() { check(field(FieldType::Choice)); }

    void multichoice_data()
    {
        addColumns();
        QTest::newRow("option order") << QJsonValue(QJsonArray {"bus", "school"})
                                      << QJsonValue(QJsonArray {"school", "bus"}) << "";
        QTest::newRow("duplicates")
            << QJsonValue(QJsonArray {"shop", "shop"}) << QJsonValue(QJsonArray {"shop"}) << "";
        QTest::newRow("single text") << QJsonValue("bus") << QJsonValue(QJsonArray {"bus"}) << "";
        QTest::newRow("unknown") << QJsonValue(QJsonArray {"bus", "castle"}) << QJsonValue()
                                 << "field.choice";
        QTest::newRow("number inside")
            << QJsonValue(QJsonArray {1}) << QJsonValue() << "field.choice";
        QTest::newRow("none") << QJsonValue(QJsonArray {}) << QJsonValue() << "field.required";
    }
    void multichoice() { check(field(FieldType::MultiChoice)); }

    void yesno_data()
    {
        addColumns();
        QTest::newRow("true") << QJsonValue(true) << QJsonValue(true) << "";
        QTest::newRow("yes") << QJsonValue("Yes") << QJsonValue(true) << "";
        QTest::newRow("no") << QJsonValue("no") << QJsonValue(false) << "";
        QTest::newRow("maybe") << QJsonValue("maybe") << QJsonValue() << "field.wrongType";
        QTest::newRow("null") << QJsonValue() << QJsonValue() << "field.required";
    }
    void yesno() { check(field(FieldType::YesNo)); }

    void address_data()
    {
        addColumns();
        QTest::newRow("ok")
            << QJsonValue(QJsonObject {{"postcode", "cf101aa"}, {"line1", " 1 High St "}})
            << QJsonValue(QJsonObject {
                   {"postcode", "CF10 1AA"}, {"line1", "1 High St"}, {"line2", ""}, {"town", ""}})
            << "";
        QTest::newRow("no line1") << QJsonValue(QJsonObject {{"postcode", "CF10 1AA"}})
                                  << QJsonValue() << "field.addressLine";
        QTest::newRow("bad postcode")
            << QJsonValue(QJsonObject {{"postcode", "CF10"}, {"line1", "1 High St"}})
            << QJsonValue() << "field.postcode";
        QTest::newRow("no postcode")
            << QJsonValue(QJsonObject {{"line1", "1 High St"}}) << QJsonValue() << "field.postcode";
        QTest::newRow("long line")
            << QJsonValue(QJsonObject {{"postcode", "CF10 1AA"}, {"line1", QString(101, 'a')}})
            << QJsonValue() << "field.tooLong";
        QTest::newRow("empty") << QJsonValue(QJsonObject {{"postcode", ""}, {"line1", ""}})
                               << QJsonValue() << "field.required";
        QTest::newRow("text") << QJsonValue("1 High St") << QJsonValue() << "field.wrongType";
    }
    void address() { check(field(FieldType::PostcodeAddress)); }

    void optionalEmptyIsNull_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QJsonValue>("raw");
        for (int t = 0; t <= int(FieldType::PostcodeAddress); ++t) {
            QTest::addRow("%s", qPrintable(fieldTypeName(FieldType(t)))) << t << QJsonValue();
            QTest::addRow("%s blank", qPrintable(fieldTypeName(FieldType(t))))
                << t << QJsonValue("  ");
        }
    }
    void optionalEmptyIsNull()
    {
        QFETCH(int, type);
        QFETCH(QJsonValue, raw);
        const auto r = FieldValidator::validate(field(FieldType(type), false), raw, "en", kToday);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().code));
        QVERIFY(r.value().isNull());
        const auto required = FieldValidator::validate(field(FieldType(type)), raw, "en", kToday);
        QVERIFY(!required.ok());
        QCOMPARE(required.error().code, QStringLiteral("field.required"));
    }

    void text_data()
    {
        addColumns();
        QTest::newRow("plain") << QJsonValue(" hello ") << QJsonValue("hello") << "";
        QTest::newRow("control characters") << QJsonValue(QString::fromUtf8("a\x00"
                                                                            "b\x07"
                                                                            "c\x1b[31m",
                                                                            10))
                                            << QJsonValue("abc[31m") << "";
        QTest::newRow("newline flattened")
            << QJsonValue("one\ntwo\tthree") << QJsonValue("one two three") << "";
        QTest::newRow("rtl kept") << QJsonValue("مرحبا بالعالم \u200F123")
                                  << QJsonValue("مرحبا بالعالم \u200F123") << "";
        QTest::newRow("emoji kept") << QJsonValue("🗑️ bin 👍🏽 👨‍👩‍👧")
                                    << QJsonValue("🗑️ bin 👍🏽 👨‍👩‍👧") << "";
        QTest::newRow("sql verbatim") << QJsonValue("Robert'); DROP TABLE students;--")
                                      << QJsonValue("Robert'); DROP TABLE students;--") << "";
        QTest::newRow("html verbatim") << QJsonValue("<script>alert(1)</script>")
                                       << QJsonValue("<script>alert(1)</script>") << "";
        QTest::newRow("bidi override removed")
            << QJsonValue("abc\u202Edef\u202C") << QJsonValue("abcdef") << "";
        QTest::newRow("lone surrogate removed")
            << QJsonValue(QString("a") + QChar(0xD800) + "b") << QJsonValue("ab") << "";
        QTest::newRow("NFC") << QJsonValue("Cafe\u0301") << QJsonValue("Café") << "";
        QTest::newRow("only controls")
            << QJsonValue("\x01\x02") << QJsonValue() << "field.required";
        QTest::newRow("1 MB") << QJsonValue(QString(1024 * 1024, 'x')) << QJsonValue()
                              << "field.tooLong";
        QTest::newRow("too long") << QJsonValue(QString(41, 'x')) << QJsonValue()
                                  << "field.tooLong";
        QTest::newRow("40 emoji fit")
            << QJsonValue(QString("😀").repeated(40)) << QJsonValue(QString("😀").repeated(40)) << "";
        QTest::newRow("too short") << QJsonValue("a") << QJsonValue() << "field.tooShort";
        QTest::newRow("object") << QJsonValue(QJsonObject {{"a", 1}}) << QJsonValue()
                                << "field.wrongType";
    }
    void text()
    {
        FieldDefinition f = field(FieldType::Text);
        f.minLength = 2;
        f.maxLength = 40;
        check(f);
    }

    void longTextKeepsLines()
    {
        FieldDefinition f = field(FieldType::LongText);
        auto r = FieldValidator::validate(f, QJsonValue("one\r\ntwo\rthree\n\nfour"), "en");
        QCOMPARE(r.value(), QJsonValue("one\ntwo\nthree\n\nfour"));
        r = FieldValidator::validate(f, QJsonValue(QString(1024 * 1024, 'x')), "en");
        QCOMPARE(r.error().code, QStringLiteral("field.tooLong"));
        QCOMPARE(r.error().message, QStringLiteral("Your answer must be 5000 characters or fewer"));
        // The message never quotes the input back.
        QVERIFY(!r.error().message.contains("xxx"));
    }

    void normalisationIsIdempotent_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QJsonValue>("raw");
        QTest::newRow("postcode") << int(FieldType::Postcode) << QJsonValue("sw1a1aa");
        QTest::newRow("phone") << int(FieldType::Phone) << QJsonValue("+44 (0)7700 900 982");
        QTest::newRow("date") << int(FieldType::Date) << QJsonValue(dateBoxes(1, 2, 2020));
        QTest::newRow("email") << int(FieldType::Email) << QJsonValue("A@B.COM");
        QTest::newRow("text") << int(FieldType::LongText) << QJsonValue(" a\r\nb ");
    }
    void normalisationIsIdempotent()
    {
        // FlowSession re-validates stored (already normalised) answers on next() and submit.
        QFETCH(int, type);
        QFETCH(QJsonValue, raw);
        const FieldDefinition f = field(FieldType(type));
        const auto once = FieldValidator::validate(f, raw, "en", kToday);
        QVERIFY(once.ok());
        const auto twice = FieldValidator::validate(f, once.value(), "en", kToday);
        QVERIFY(twice.ok());
        QCOMPARE(twice.value(), once.value());
    }
};

QTEST_GUILESS_MAIN(tst_FieldValidator)
#include "tst_fieldvalidator.moc"
