// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/servicecatalogue.h"
#include "tests/unit/domain/flows/testflows.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ck;

namespace {
void copyAll(const QString &from, const QString &to)
{
    const QStringList files = QDir(from).entryList(QDir::Files);
    for (const QString &f : files)
        QVERIFY(QFile::copy(from + "/" + f, to + "/" + f));
}

QList<const LocalizedText *> allTexts(const FlowDefinition &flow)
{
    QList<const LocalizedText *> texts {&flow.title(), &flow.description()};
    for (const FlowPage &page : flow.pages()) {
        texts << &page.question;
        if (!page.hint.isEmpty())
            texts << &page.hint;
        for (const FieldOption &option : page.field.options)
            texts << &option.label;
    }
    return texts;
}
} // namespace

class tst_ServiceCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBadFileIsReported()
    {
        const ServiceCatalogue catalogue = ServiceCatalogue::load(testDataPath("flows/bad"));
        QVERIFY(catalogue.services().isEmpty());
        const QStringList files =
            QDir(testDataPath("flows/bad")).entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        QCOMPARE(catalogue.problems().size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            const CatalogueProblem &p = catalogue.problems().at(i);
            QCOMPARE(p.file, files.at(i));
            QVERIFY2(!p.reason.isEmpty(), qPrintable(p.file));
            QVERIFY2(p.code.startsWith("flow."), qPrintable(p.code));
            // Every problem except "not JSON at all" points into the document.
            if (p.code != QLatin1String("flow.badJson"))
                QVERIFY2(!p.path.isEmpty(), qPrintable(p.file));
        }
    }

    void goodFilesLoadNextToBadOnes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        copyAll(testDataPath("flows/bad"), dir.path());
        copyAll(testDataPath("flows/good"), dir.path());
        copyAll(demoServicesDir(), dir.path());
        QFile notes(dir.filePath("README.txt")); // not *.json: ignored
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a flow");
        notes.close();

        const ServiceCatalogue catalogue = ServiceCatalogue::load(dir.path());
        QCOMPARE(catalogue.directory(), dir.path());
        QStringList ids;
        for (const FlowDefinition &flow : catalogue.services())
            ids << flow.id();
        QCOMPARE(ids,
                 (QStringList {"everything", "missed-bin", "planning-comment", "sample",
                               "gov-uk-benefits", "web-service"}));
        QCOMPARE(catalogue.problems().size(), 35);
        QVERIFY(catalogue.find("missed-bin"));
        QCOMPARE(catalogue.find("missed-bin")->fileName(), QStringLiteral("missed-bin.json"));
        QVERIFY(!catalogue.find("broken"));
    }

    void webServiceIsALinkNotAForm()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(testDataPath("flows/good/web-service.json"), dir.filePath("w.json")));
        QVERIFY(QFile::copy(testDataPath("flows/good/sample.json"), dir.filePath("s.json")));
        ServiceCatalogue catalogue = ServiceCatalogue::load(dir.path());
        QVERIFY(catalogue.problems().isEmpty());
        const FlowDefinition *web = catalogue.find("web-service");
        QVERIFY(web);
        QVERIFY(web->isWebService());
        QVERIFY(web->pages().isEmpty());
        QCOMPARE(web->webAddress(), QUrl("https://services.example.gov.uk/start"));
        QCOMPARE(web->description().text("cy"), QStringLiteral("Opens a website."));
        QVERIFY(!catalogue.find("sample")->isWebService());

        // The site's allow-list decides; the form next to it is never touched.
        QList<QUrl> asked;
        catalogue.refuseWebServices([&asked](const QUrl &url) {
            asked << url;
            return QStringLiteral("outside-list");
        });
        QCOMPARE(asked, (QList<QUrl> {QUrl("https://services.example.gov.uk/start")}));
        QVERIFY(!catalogue.find("web-service"));
        QVERIFY(catalogue.find("sample"));
        QCOMPARE(catalogue.problems().size(), 1);
        QCOMPARE(catalogue.problems().first().file, QStringLiteral("w.json"));
        QCOMPARE(catalogue.problems().first().path, QStringLiteral("url"));
        QCOMPARE(catalogue.problems().first().code, QStringLiteral("catalogue.webNotAllowed"));
        QVERIFY(catalogue.problems().first().reason.contains("outside-list"));
    }

    void duplicateIdIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(testDataPath("flows/good/sample.json"), dir.filePath("a.json")));
        QVERIFY(QFile::copy(testDataPath("flows/good/sample.json"), dir.filePath("b.json")));
        const ServiceCatalogue catalogue = ServiceCatalogue::load(dir.path());
        QCOMPARE(catalogue.services().size(), 1);
        QCOMPARE(catalogue.services().first().fileName(), QStringLiteral("a.json"));
        QCOMPARE(catalogue.problems().size(), 1);
        QCOMPARE(catalogue.problems().first().file, QStringLiteral("b.json"));
        QCOMPARE(catalogue.problems().first().path, QStringLiteral("id"));
        QCOMPARE(catalogue.problems().first().code, QStringLiteral("catalogue.duplicateId"));
        QVERIFY(catalogue.problems().first().reason.contains("a.json"));
    }

    void hugeFileIsRefused()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath("big.json"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(2 * 1024 * 1024, ' '));
        big.close();
        const ServiceCatalogue catalogue = ServiceCatalogue::load(dir.path());
        QCOMPARE(catalogue.problems().size(), 1);
        QCOMPARE(catalogue.problems().first().code, QStringLiteral("catalogue.tooLarge"));
    }

    void missingDirectoryIsAProblem()
    {
        const ServiceCatalogue catalogue = ServiceCatalogue::load("/nonexistent/services");
        QVERIFY(catalogue.services().isEmpty());
        QCOMPARE(catalogue.problems().size(), 1);
        QCOMPARE(catalogue.problems().first().code, QStringLiteral("catalogue.noDirectory"));
        QCOMPARE(ServiceCatalogue::load(QString()).problems().size(), 1);
    }

    void demoServicesLoadCleanInFourLanguages()
    {
        const ServiceCatalogue catalogue = ServiceCatalogue::load(demoServicesDir());
        for (const CatalogueProblem &p : catalogue.problems())
            qWarning("%s", qPrintable(p.toString()));
        QVERIFY(catalogue.problems().isEmpty());
        QCOMPARE(catalogue.services().size(), 3);
        const QStringList languages {"ar", "cy", "en", "pl"};
        for (const FlowDefinition &flow : catalogue.services()) {
            QCOMPARE(flow.completeLanguages(), languages);
            for (const LocalizedText *text : allTexts(flow)) {
                QCOMPARE(text->languages(), languages);
                for (const QString &lang : languages)
                    QVERIFY(!text->text(lang).trimmed().isEmpty());
            }
        }
        const FlowDefinition *bin = catalogue.find("missed-bin");
        QVERIFY(bin);
        QCOMPARE(bin->destination().name, QStringLiteral("council"));
        QCOMPARE(bin->destination().serviceCode, QStringLiteral("MISSED_BIN"));
        QSet<FieldType> types;
        for (const FlowPage &page : bin->pages())
            types.insert(page.field.type);
        QVERIFY(types.contains(FieldType::Choice));
        QVERIFY(types.contains(FieldType::Date));
        QVERIFY(types.contains(FieldType::PostcodeAddress));
        QVERIFY(types.contains(FieldType::Email));
        QVERIFY(types.contains(FieldType::Phone));
        QVERIFY(bin->page("notes")->showIf);
        QCOMPARE(bin->page("address")->open311, QStringLiteral("address_string"));
        const FlowDefinition *planning = catalogue.find("planning-comment");
        QVERIFY(planning);
        QCOMPARE(planning->destination().name, QStringLiteral("planning"));
        QVERIFY(planning->destination().serviceCode.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ServiceCatalogue)
#include "tst_servicecatalogue.moc"
