// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// OptionListModel with the options of the real demo services, under QAbstractItemModelTester:
// a language switch relabels in place, another page's options reset the model.
#include "domain/flows/servicecatalogue.h"
#include "qml/viewmodels/optionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ck;

class tst_OptionListModel : public QObject
{
    Q_OBJECT
    ServiceCatalogue m_catalogue;

    const FieldDefinition &field(const QString &service, const QString &page)
    {
        const FlowDefinition *flow = m_catalogue.find(service);
        Q_ASSERT(flow);
        return flow->pages().at(flow->pageIndex(page)).field;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalogue = ServiceCatalogue::load(QStringLiteral(CK_SOURCE_DIR "/packaging/services"));
        QVERIFY(m_catalogue.find(QStringLiteral("missed-bin")));
    }

    void relabelsOnALanguageSwitch()
    {
        OptionListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &OptionListModel::countChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy relabelled(&model, &QAbstractItemModel::dataChanged);
        const auto &options =
            field(QStringLiteral("missed-bin"), QStringLiteral("bin-type")).options;
        model.setOptions(options, QStringLiteral("en"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.index(0).data(OptionListModel::ValueRole).toString(),
                 QStringLiteral("general"));
        QCOMPARE(model.index(0).data(OptionListModel::LabelRole).toString(),
                 QStringLiteral("General waste"));
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("General waste"));

        for (const char *lang : {"cy", "pl", "ar"}) {
            model.setOptions(options, QLatin1String(lang));
            QCOMPARE(model.index(0).data(OptionListModel::ValueRole).toString(),
                     QStringLiteral("general"));
        }
        QCOMPARE(resets.size(), 1);
        QCOMPARE(relabelled.size(), 3);
        QCOMPARE(model.index(0).data(OptionListModel::LabelRole).toString(),
                 QStringLiteral("النفايات العامة"));
        QCOMPARE(counts.size(), 1);
    }

    void resetsForOtherOptions()
    {
        OptionListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOptions(field(QStringLiteral("missed-bin"), QStringLiteral("bin-type")).options,
                         QStringLiteral("en"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &OptionListModel::countChanged);
        model.setOptions(
            field(QStringLiteral("planning-comment"), QStringLiteral("stance")).options,
            QStringLiteral("en"));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data(OptionListModel::ValueRole).toString(),
                 QStringLiteral("object"));
        model.setOptions({}, QStringLiteral("en"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 2);
        QCOMPARE(counts.size(), 2);
        // An empty list again: nothing changes, nothing is signalled.
        QSignalSpy later(&model, &QAbstractItemModel::modelReset);
        model.setOptions({}, QStringLiteral("cy"));
        QCOMPARE(later.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_OptionListModel)
#include "tst_optionlistmodel.moc"
