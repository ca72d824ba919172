// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// ServiceListModel over the real demo services, under QAbstractItemModelTester: language
// switches re-title in place, a reload with discovered services (grouped by category) resets.
#include "domain/flows/servicecatalogue.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/servicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace ck;

namespace {
// A discovered-like service: the sample flow under another id, in a category.
FlowDefinition categorised(const QString &id, const QString &category)
{
    QFile file(QStringLiteral(CK_TEST_DATA_DIR "/flows/good/sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root[QStringLiteral("id")] = id;
    root[QStringLiteral("category")] = QJsonObject {{QStringLiteral("en"), category}};
    auto flow = FlowDefinition::parse(QJsonDocument(root).toJson(), id + QStringLiteral(".json"));
    return flow ? flow.value() : FlowDefinition {};
}
} // namespace

class tst_ServiceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndRetitles()
    {
        ServiceCatalogue catalogue =
            ServiceCatalogue::load(QStringLiteral(CK_SOURCE_DIR "/packaging/services"));
        QCOMPARE(catalogue.services().size(), 3);
        AppState state({QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                        QStringLiteral("ar")},
                       QStringLiteral("en"));
        ServiceListModel model(&catalogue, &state);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        int planning = -1;
        int web = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row).data(ServiceListModel::ServiceIdRole).toString();
            if (id == QLatin1String("planning-comment"))
                planning = row;
            if (id == QLatin1String("gov-uk-benefits"))
                web = row;
            QVERIFY(!model.index(row).data(ServiceListModel::CategoryStartRole).toBool());
        }
        QVERIFY(planning >= 0 && web >= 0);
        QVERIFY(model.index(web).data(ServiceListModel::OnlineRole).toBool());
        QVERIFY(!model.index(planning).data(ServiceListModel::OnlineRole).toBool());
        QCOMPARE(model.index(planning).data(ServiceListModel::TitleRole).toString(),
                 QStringLiteral("Comment on a planning application"));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy retitled(&model, &QAbstractItemModel::dataChanged);
        state.setLanguage(QStringLiteral("cy"));
        QCOMPARE(model.index(planning).data(ServiceListModel::TitleRole).toString(),
                 QStringLiteral("Rhoi sylwadau ar gais cynllunio"));
        state.setLanguage(QStringLiteral("ar"));
        QCOMPARE(model.index(planning).data(Qt::DisplayRole).toString(),
                 QStringLiteral("التعليق على طلب بناء"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(retitled.size(), 2);
    }

    // Discovered services join the list grouped by category, in order of first appearance,
    // after the uncategorised ones; the first of each group carries the heading.
    void reloadGroupsByCategory()
    {
        ServiceCatalogue catalogue =
            ServiceCatalogue::load(QStringLiteral(CK_SOURCE_DIR "/packaging/services"));
        AppState state({QStringLiteral("en"), QStringLiteral("cy")}, QStringLiteral("en"));
        ServiceListModel model(&catalogue, &state);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<FlowDefinition> found {categorised(QStringLiteral("pothole"), "Roads"),
                                           categorised(QStringLiteral("graffiti"), "Streets"),
                                           categorised(QStringLiteral("streetlight"), "Roads")};
        for (const FlowDefinition &f : found)
            QVERIFY(!f.id().isEmpty());
        catalogue.add(found);
        QSignalSpy counts(&model, &ServiceListModel::countChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QStringList ids;
        QList<bool> starts;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.index(row).data(ServiceListModel::ServiceIdRole).toString();
            starts << model.index(row).data(ServiceListModel::CategoryStartRole).toBool();
        }
        QCOMPARE(ids.mid(3), (QStringList {"pothole", "streetlight", "graffiti"}));
        QCOMPARE(starts, (QList<bool> {false, false, false, true, false, true}));
        QCOMPARE(model.index(5).data(ServiceListModel::CategoryRole).toString(),
                 QStringLiteral("Streets"));
    }
};

QTEST_GUILESS_MAIN(tst_ServiceListModel)
#include "tst_servicelistmodel.moc"
