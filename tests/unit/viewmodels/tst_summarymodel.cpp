// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// SummaryModel filled from a real FlowSession's "Check your answers" rows, under
// QAbstractItemModelTester, in English and after a switch to Welsh.
#include "domain/flows/flowsession.h"
#include "domain/flows/servicecatalogue.h"
#include "qml/viewmodels/summarymodel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace ck;

namespace {
QList<SummaryModel::Row> rowsOf(const FlowSession &session)
{
    QList<SummaryModel::Row> rows;
    for (const FlowSession::SummaryRow &r : session.summary())
        rows.append({r.pageId, r.question, r.displayValue});
    return rows;
}
} // namespace

class tst_SummaryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSessionsAnswers()
    {
        const ServiceCatalogue catalogue =
            ServiceCatalogue::load(QStringLiteral(CK_SOURCE_DIR "/packaging/services"));
        const FlowDefinition *flow = catalogue.find(QStringLiteral("missed-bin"));
        QVERIFY(flow);
        FlowSession session;
        session.start(*flow, QStringLiteral("en"));
        const QJsonObject answers {
            {"bin-type", "recycling"},
            {"collection-date", QDate::currentDate().addDays(-1).toString(Qt::ISODate)},
            {"address", QJsonObject {{"postcode", "SW1A 1AA"}, {"line1", "10 Downing St"}}},
            {"more-info", false},
            {"contact", false}};
        const auto problems = session.fill(answers);
        QVERIFY(problems.isEmpty());

        SummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &SummaryModel::countChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setRows(rowsOf(session));
        QCOMPARE(model.rowCount(), 5); // the pages shown; the hidden ones are left out
        QCOMPARE(counts.size(), 1);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.index(0).data(SummaryModel::PageIdRole).toString(),
                 QStringLiteral("bin-type"));
        QCOMPARE(model.index(0).data(SummaryModel::QuestionRole).toString(),
                 QStringLiteral("Which bin was missed?"));
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(),
                 QStringLiteral("Which bin was missed?"));
        const QString english = model.index(0).data(SummaryModel::AnswerRole).toString();
        QVERIFY(!english.isEmpty());
        QVERIFY(model.roleNames().values().contains("answer"));

        session.setLanguage(QStringLiteral("cy"));
        model.setRows(rowsOf(session));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(counts.size(), 1); // same number of rows
        QCOMPARE(model.index(0).data(SummaryModel::QuestionRole).toString(),
                 QStringLiteral("Pa fin na chafodd ei gasglu?"));
        QVERIFY(model.index(0).data(SummaryModel::AnswerRole).toString() != english);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(counts.size(), 2);
        QVERIFY(!model.index(0).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_SummaryModel)
#include "tst_summarymodel.moc"
