// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// FlowController on the real demo services, a real FlowSession and a real Outbox: the page as
// properties, the errors as an ErrorListModel, the options and the summary as models, each
// watched by QAbstractItemModelTester while the walk resets, fills and re-words them.
#include "qml/viewmodels/flowcontroller.h"
#include "tests/unit/viewmodels/viewmodelfixture.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QVariantMap>
#include <QtTest>

using namespace ck;

namespace {
QVariantMap yesterdayParts()
{
    const QDate d = QDate::currentDate().addDays(-1);
    return {{QStringLiteral("day"), QString::number(d.day())},
            {QStringLiteral("month"), QString::number(d.month())},
            {QStringLiteral("year"), QString::number(d.year())}};
}
} // namespace

class tst_FlowController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesAnUnknownService()
    {
        ViewModelFixture f;
        QVERIFY2(f.open().isEmpty(), qPrintable(f.open()));
        FlowController flow(&f.catalogue, &f.session, f.submitter.get(), &f.state);
        QVERIFY(!flow.start(QStringLiteral("no-such-service")));
        QVERIFY(!flow.active());
        QCOMPARE(f.state.screen(), AppState::Welcome);
    }

    void showsTheFirstPage()
    {
        ViewModelFixture f;
        QVERIFY2(f.open().isEmpty(), "fixture");
        FlowController flow(&f.catalogue, &f.session, f.submitter.get(), &f.state);
        QAbstractItemModelTester options(flow.options(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy entered(&flow, &FlowController::pageEntered);
        QVERIFY(flow.start(QStringLiteral("missed-bin")));
        QVERIFY(flow.active());
        QCOMPARE(entered.size(), 1);
        QCOMPARE(f.state.screen(), AppState::Question);
        QCOMPARE(flow.pageId(), QStringLiteral("bin-type"));
        QCOMPARE(flow.fieldType(), QStringLiteral("choice"));
        QVERIFY(flow.required());
        QCOMPARE(flow.question(), QStringLiteral("Which bin was missed?"));
        QVERIFY(flow.progressText().startsWith(QStringLiteral("Question 1 of ")));
        QCOMPARE(flow.options()->rowCount(), 4);
        QCOMPARE(flow.options()->index(0).data(OptionListModel::ValueRole).toString(),
                 QStringLiteral("general"));
        QVERIFY(flow.errors()->isEmpty());
        QCOMPARE(flow.fieldError(), QString());
    }

    // The errors are a model with roles; a language switch re-words them in place (no reset,
    // so the summary keeps its links), and a good answer clears them.
    void errorsAreAModel()
    {
        ViewModelFixture f;
        QVERIFY2(f.open().isEmpty(), "fixture");
        FlowController flow(&f.catalogue, &f.session, f.submitter.get(), &f.state);
        ErrorListModel *errors = flow.errors();
        QAbstractItemModelTester tester(errors,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(errors->roleNames().value(ErrorListModel::FieldIdRole), QByteArray("fieldId"));
        QCOMPARE(errors->roleNames().value(ErrorListModel::MessageRole), QByteArray("message"));
        QVERIFY(flow.start(QStringLiteral("missed-bin")));

        QSignalSpy changed(&flow, &FlowController::errorsChanged);
        QVERIFY(!flow.next()); // a required choice, nothing chosen
        QCOMPARE(changed.size(), 1);
        QCOMPARE(errors->rowCount(), 1);
        QCOMPARE(flow.pageId(), QStringLiteral("bin-type"));
        const QModelIndex first = errors->index(0);
        QCOMPARE(first.data(ErrorListModel::FieldIdRole).toString(), QStringLiteral("bin-type"));
        QVERIFY(!first.data(ErrorListModel::CodeRole).toString().isEmpty());
        const QString english = first.data(ErrorListModel::MessageRole).toString();
        QCOMPARE(english, QStringLiteral("Select which bin was missed"));
        QCOMPARE(first.data(Qt::DisplayRole).toString(), english);
        QCOMPARE(flow.fieldError(), english);
        QCOMPARE(errors->spokenText(), english);

        QSignalSpy resets(errors, &QAbstractItemModel::modelReset);
        QSignalSpy reworded(errors, &QAbstractItemModel::dataChanged);
        f.state.setLanguage(QStringLiteral("cy"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(reworded.size(), 1);
        QCOMPARE(errors->rowCount(), 1);
        QCOMPARE(errors->index(0).data(ErrorListModel::MessageRole).toString(),
                 QStringLiteral("Dewiswch pa fin na chafodd ei gasglu"));
        QCOMPARE(flow.fieldError(), QStringLiteral("Dewiswch pa fin na chafodd ei gasglu"));
        f.state.setLanguage(QStringLiteral("ar"));
        QCOMPARE(flow.fieldError(), QStringLiteral("اختر الحاوية التي لم تُجمع"));
        QCOMPARE(resets.size(), 0);

        // The same failure again changes nothing the summary shows.
        reworded.clear();
        QVERIFY(!flow.next());
        QCOMPARE(reworded.size(), 0);
        QCOMPARE(errors->rowCount(), 1);

        flow.setDraft(QStringLiteral("recycling"));
        QVERIFY(flow.next());
        QCOMPARE(flow.pageId(), QStringLiteral("collection-date"));
        QVERIFY(errors->isEmpty());
        QCOMPARE(errors->spokenText(), QString());
        QCOMPARE(flow.fieldError(), QString());
    }

    // A language switch relabels the options without a reset (the focused card stays); a new
    // page with other options resets them.
    void optionsFollowTheLanguage()
    {
        ViewModelFixture f;
        QVERIFY2(f.open().isEmpty(), "fixture");
        FlowController flow(&f.catalogue, &f.session, f.submitter.get(), &f.state);
        OptionListModel *options = flow.options();
        QAbstractItemModelTester tester(options,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(flow.start(QStringLiteral("missed-bin")));
        QSignalSpy resets(options, &QAbstractItemModel::modelReset);
        f.state.setLanguage(QStringLiteral("pl"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(options->index(0).data(OptionListModel::LabelRole).toString(),
                 QStringLiteral("Odpady zmieszane"));
        QCOMPARE(flow.question(),
                 f.catalogue.find(QStringLiteral("missed-bin"))
                     ->pages()
                     .first()
                     .question.text(QStringLiteral("pl")));
        flow.setDraft(QStringLiteral("general"));
        QVERIFY(flow.next()); // a date page: no options
        QCOMPARE(resets.size(), 1);
        QCOMPARE(options->rowCount(), 0);
    }

    // The whole walk to "Check your answers", the summary as a model, a durable save into the
    // real outbox, then reset forgets everything.
    void walksSubmitsAndResets()
    {
        ViewModelFixture f;
        QVERIFY2(f.open().isEmpty(), "fixture");
        FlowController flow(&f.catalogue, &f.session, f.submitter.get(), &f.state);
        QAbstractItemModelTester summaryTester(
            flow.summary(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester errorTester(
            flow.errors(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(flow.start(QStringLiteral("missed-bin")));
        flow.setDraft(QStringLiteral("recycling"));
        QVERIFY(flow.next());
        flow.setDraft(yesterdayParts());
        QVERIFY(flow.next());
        // The date comes back in its three parts, without leading zeros.
        flow.back();
        QCOMPARE(flow.draft().toMap(), yesterdayParts());
        QVERIFY(flow.next());
        QCOMPARE(flow.pageId(), QStringLiteral("address"));
        flow.setDraft(QVariantMap {{QStringLiteral("postcode"), QStringLiteral("SW1A 1AA")},
                                   {QStringLiteral("line1"), QStringLiteral("10 Downing St")}});
        QVERIFY(flow.next());
        flow.setDraft(false);
        QVERIFY(flow.next());
        QCOMPARE(flow.pageId(), QStringLiteral("contact"));
        flow.setDraft(false);
        QVERIFY(flow.next());
        QVERIFY(flow.onSummary());
        QCOMPARE(f.state.screen(), AppState::Check);
        const int rows = flow.summary()->rowCount();
        QVERIFY2(rows >= 5, qPrintable(QString::number(rows)));
        QCOMPARE(flow.summary()->index(0).data(SummaryModel::PageIdRole).toString(),
                 QStringLiteral("bin-type"));
        const QString englishAnswer =
            flow.summary()->index(0).data(SummaryModel::AnswerRole).toString();
        f.state.setLanguage(QStringLiteral("cy"));
        QCOMPARE(flow.summary()->rowCount(), rows);
        QVERIFY(flow.summary()->index(0).data(SummaryModel::AnswerRole).toString()
                != englishAnswer);

        // "Change" goes back to the page and returns to the summary.
        flow.change(QStringLiteral("bin-type"));
        QCOMPARE(flow.pageId(), QStringLiteral("bin-type"));
        QCOMPARE(flow.draft().toString(), QStringLiteral("recycling"));
        flow.change(QStringLiteral("contact"));
        QVERIFY(flow.next());
        QVERIFY(flow.onSummary());

        QSignalSpy submitted(&flow, &FlowController::submitted);
        QCOMPARE(f.savedRows(), 0);
        QVERIFY(flow.submit());
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(f.savedRows(), 1);
        QVERIFY(flow.reference().startsWith(QStringLiteral("CK-")));
        QCOMPARE(flow.referenceGroups().join(QLatin1Char('-')), flow.reference());
        QCOMPARE(f.state.screen(), AppState::Confirmation);
        QCOMPARE(flow.submitError(), QString());

        flow.reset();
        QVERIFY(!flow.active());
        QCOMPARE(flow.summary()->rowCount(), 0);
        QCOMPARE(flow.options()->rowCount(), 0);
        QVERIFY(flow.errors()->isEmpty());
        QCOMPARE(flow.reference(), QString());
    }

    // Without a submitter the durable save cannot happen: no Confirmation, nothing claimed.
    void refusesToSubmitWithoutASession()
    {
        ViewModelFixture f;
        QVERIFY2(f.open().isEmpty(), "fixture");
        FlowController flow(&f.catalogue, &f.session, f.submitter.get(), &f.state);
        QVERIFY(!flow.submit());
        QCOMPARE(f.savedRows(), 0);
        QCOMPARE(f.state.screen(), AppState::Welcome);
    }
};

QTEST_GUILESS_MAIN(tst_FlowController)
#include "tst_flowcontroller.moc"
