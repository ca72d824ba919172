// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Receipts printed for real: rendered by ReceiptRenderer, sent by ReceiptPrinter over IPP to
// ippeveprinter (cups-ipp-utils), read back from the job file with pdftotext and zbarimg.
#include "a11y/kiosktranslator.h"
#include "print/ippprinter.h"
#include "print/receiptdocument.h"
#include "print/receiptprinter.h"
#include "print/receiptrenderer.h"
#include "tests/print/ippeveharness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ck;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext writes Arabic as it reads it from the page's text: presentation forms (NFKC folds
// them back), embedding marks around runs, and a space before some combining marks (ت ُجمع);
// compared without any of those.
QString folded(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (const char16_t mark :
         {0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x2066, 0x2067, 0x2068, 0x2069})
        out.remove(QChar(mark));
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

QJsonObject missedBin()
{
    QFile f(QStringLiteral(CK_SOURCE_DIR "/packaging/services/missed-bin.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

ReceiptFacts factsIn(const QString &language)
{
    ReceiptFacts facts;
    facts.language = language;
    facts.serviceTitle = missedBin().value(u"title").toObject().value(language).toString();
    facts.reference = QStringLiteral("CK-7F3K-92QD-X");
    facts.sentAt = QDateTime(QDate(2026, 12, 3), QTime(14, 5));
    facts.trackingContact = QStringLiteral("029 2087 2087");
    // The service's privacy notice (a flow's privacyNotice) is printed under its heading.
    facts.privacyNotice = QStringLiteral("Cardiff Council uses your answers to collect the bin.");
    return facts;
}

ReceiptTranslate translatorFor(const QString &language)
{
    return [language](const char *context, const char *source) {
        return KioskTranslator::translateIn(language, context, source);
    };
}

} // namespace

class tst_ReceiptPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdftoppm", "zbarimg"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
    }

    void printsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"en", "cy", "pl", "ar"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    void printsInEveryLanguage()
    {
        QFETCH(QString, language);
        // One printer for the four languages (each start costs a second or two).
        if (!m_printer) {
            m_printer = std::make_unique<IppEvePrinter>();
            QVERIFY2(m_printer->start(), qPrintable(m_printer->error()));
        }
        IppEvePrinter &printer = *m_printer;
        const qsizetype before = printer.jobFiles().size();

        const ReceiptDocument doc =
            ReceiptDocument::compose(factsIn(language), translatorFor(language));
        if (language != QLatin1String("en"))
            QVERIFY2(doc.title != QLatin1String("Your form has been sent"),
                     "receipt not translated");
        QCOMPARE(doc.rightToLeft, language == QLatin1String("ar"));
        // The council's notice is in English only: inside the Arabic receipt it is laid out left
        // to right, so its full stop stays at its end; the date uses the Arabic comma.
        QCOMPARE(doc.sections.at(3).leftToRight, language == QLatin1String("ar"));
        QCOMPARE(doc.sections.at(0).body.contains(QChar(0x060C)), language == QLatin1String("ar"));
        auto pdf = ReceiptRenderer::receiptPdf(doc);
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message));

        ReceiptPrinter receipts(printer.uri());
        QSignalSpy finished(&receipts, &ReceiptPrinter::finished);
        receipts.print(pdf.value(), QStringLiteral("receipt"), 7);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toInt(), 7);
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Printed);
        QCOMPARE(receipts.printedCount(), 1);
        QCOMPARE(receipts.failureCount(), 0);

        QStringList jobs = printer.jobFiles();
        QCOMPARE(jobs.size(), before + 1);
        jobs = QStringList {jobs.last()}; // this language's receipt
        const QString text =
            folded(run(QStringLiteral("pdftotext"), {jobs.first(), QStringLiteral("-")}));
        saveScreenshot(jobs.first(), QStringLiteral("receipt-%1.pdf").arg(language));
        QVERIFY2(text.contains(QLatin1String("CK-7F3K-92QD-X")), qPrintable(text));
        // Every line of the document is on the page, in its language.
        for (const QString &line :
             {doc.title, doc.serviceTitle, doc.referenceLabel, doc.sections.at(1).heading})
            QVERIFY2(text.contains(folded(line)),
                     qPrintable(line + QStringLiteral("\n---\n") + text));
        // The phone number keeps its order in every language, Arabic included.
        QVERIFY2(text.contains(QLatin1String("02920872087")), qPrintable(text));
        QVERIFY(text.contains(folded(doc.sections.at(3).heading))); // "How we use your answers"
        QVERIFY(text.contains(QLatin1String("CardiffCounciluses")));

        // The QR code on the page decodes to the reference.
        QTemporaryDir out;
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
             jobs.first(), out.filePath(QStringLiteral("page"))});
        const QStringList pngs = QDir(out.path()).entryList({QStringLiteral("page*.png")});
        QCOMPARE(pngs.size(), 1);
        const QString decoded =
            run(QStringLiteral("zbarimg"),
                {QStringLiteral("--raw"), QStringLiteral("-q"), out.filePath(pngs.first())});
        QCOMPARE(decoded.trimmed(), QStringLiteral("CK-7F3K-92QD-X"));
        saveScreenshot(out.filePath(pngs.first()), QStringLiteral("receipt-%1.png").arg(language));
    }

    void answersOnlyWhenAsked()
    {
        ReceiptFacts facts = factsIn(QStringLiteral("en"));
        const QString plain = ReceiptDocument::compose(facts, translatorFor(u"en"_qs)).plainText();
        QVERIFY(!plain.contains(QLatin1String("12 Heol y Felin")));
        facts.answers = {
            {QStringLiteral("What is the address?"), QStringLiteral("12 Heol y Felin")}};
        const ReceiptDocument withAnswers =
            ReceiptDocument::compose(facts, translatorFor(u"en"_qs));
        QVERIFY(withAnswers.plainText().contains(QLatin1String("12 Heol y Felin")));
        QVERIFY(withAnswers.plainText().contains(QLatin1String("personal details")));
    }

    void outOfPaper()
    {
        IppEvePrinter printer;
        QVERIFY2(printer.start(IppEvePrinter::Mode::OutOfPaper), qPrintable(printer.error()));
        ReceiptPrinter receipts(printer.uri());
        QSignalSpy finished(&receipts, &ReceiptPrinter::finished);
        auto pdf = ReceiptRenderer::receiptPdf(
            ReceiptDocument::compose(factsIn(u"en"_qs), translatorFor(u"en"_qs)));
        QVERIFY(pdf.ok());
        receipts.print(pdf.value(), QStringLiteral("receipt"), 1);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::OutOfPaper);
        // The printer now says it is out of paper: the next receipt is not even sent.
        receipts.print(pdf.value(), QStringLiteral("receipt"), 2);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::OutOfPaper);
        QCOMPARE(receipts.failureCount(), 2);
        QCOMPARE(receipts.printedCount(), 0);
    }

    void stoppedPrinter()
    {
        IppEvePrinter printer;
        QVERIFY2(printer.start(), qPrintable(printer.error()));
        auto pdf = ReceiptRenderer::receiptPdf(
            ReceiptDocument::compose(factsIn(u"cy"_qs), translatorFor(u"cy"_qs)));
        QVERIFY(pdf.ok());
        ReceiptPrinter receipts(printer.uri());
        QSignalSpy finished(&receipts, &ReceiptPrinter::finished);
        // Hung: the process is stopped, the kernel still accepts the connection.
        printer.pause();
        QElapsedTimer t;
        t.start();
        receipts.print(pdf.value(), QStringLiteral("receipt"), 1);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Offline);
        QVERIFY2(t.elapsed() < 10000, "the citizen waited too long to hear the printer is off");
        // Gone: switched off.
        printer.stopPrinter();
        receipts.print(pdf.value(), QStringLiteral("receipt"), 2);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Offline);
        QCOMPARE(receipts.failureCount(), 2);
        QVERIFY(printer.jobFiles().isEmpty());
    }

    void unprintedJobsCancelledAtWipe()
    {
        IppEvePrinter printer;
        QVERIFY2(printer.start(IppEvePrinter::Mode::Slow), qPrintable(printer.error()));
        auto pdf = ReceiptRenderer::receiptPdf(
            ReceiptDocument::compose(factsIn(u"pl"_qs), translatorFor(u"pl"_qs)));
        QVERIFY(pdf.ok());
        ReceiptPrinter receipts(printer.uri());
        QSignalSpy cancelled(&receipts, &ReceiptPrinter::cancelled);
        QSignalSpy finished(&receipts, &ReceiptPrinter::finished);
        receipts.print(pdf.value(), QStringLiteral("receipt"), 1);
        receipts.cancelSession(); // the wipe, before the page came out
        QVERIFY(cancelled.wait(10000));
        const int jobId = cancelled.at(0).at(0).toInt();
        // ippeveprinter stops the page it is printing and then reports the job cancelled.
        const IppPrinter direct(printer.uri());
        QTRY_VERIFY_WITH_TIMEOUT(direct.jobState(jobId).ok()
                                     && direct.jobState(jobId).value()
                                         == IppPrinter::JobState::Canceled,
                                 15000);
        QTest::qWait(500);
        QCOMPARE(finished.size(), 0); // nothing reported to a session that has ended
    }

private:
    std::unique_ptr<IppEvePrinter> m_printer;

    static void saveScreenshot(const QString &png, const QString &name)
    {
        const QString build =
            qEnvironmentVariable("CK_BUILD_DIR", QStringLiteral(CK_SOURCE_DIR "/build"));
        const QString dir = build + QStringLiteral("/screenshots/receipts");
        QDir().mkpath(dir);
        QFile::remove(QDir(dir).filePath(name));
        QFile::copy(png, QDir(dir).filePath(name));
    }
};

QTEST_MAIN(tst_ReceiptPrinter)
#include "tst_receiptprinter.moc"
