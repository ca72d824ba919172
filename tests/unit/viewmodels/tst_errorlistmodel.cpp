// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// ErrorListModel on its own, under QAbstractItemModelTester: errors that come and go reset
// it, the same errors re-worded only change the messages.
#include "qml/viewmodels/errorlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ck;

class tst_ErrorListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resetsWhenTheErrorsChange()
    {
        ErrorListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ErrorListModel::countChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setErrors({{QStringLiteral("name"), QStringLiteral("field.required"),
                          QStringLiteral("Enter your name")},
                         {QStringLiteral("email"), QStringLiteral("field.email"),
                          QStringLiteral("Enter an email address in the correct format")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.index(1).data(ErrorListModel::FieldIdRole).toString(),
                 QStringLiteral("email"));
        QCOMPARE(model.index(1).data(ErrorListModel::CodeRole).toString(),
                 QStringLiteral("field.email"));
        QCOMPARE(model.messageFor(QStringLiteral("name")), QStringLiteral("Enter your name"));
        QCOMPARE(model.messageFor(QStringLiteral("phone")), QString());
        QCOMPARE(model.spokenText(),
                 QStringLiteral("Enter your name. Enter an email address in the correct format"));
        QVERIFY(!model.index(0).data(Qt::UserRole + 99).isValid());

        // One fixed: the rest stay, the model resets.
        model.setErrors({{QStringLiteral("email"), QStringLiteral("field.email"),
                          QStringLiteral("Enter an email address in the correct format")}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(resets.size(), 2);
        model.clear();
        QVERIFY(model.isEmpty());
        QCOMPARE(counts.size(), 3);
        QCOMPARE(model.spokenText(), QString());
        // Nothing to clear: no signal.
        model.clear();
        QCOMPARE(resets.size(), 3);
        QCOMPARE(counts.size(), 3);
    }

    void rewordsInPlace()
    {
        ErrorListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setErrors({{QStringLiteral("kind"), QStringLiteral("field.required"),
                          QStringLiteral("Select which bin was missed")}});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy spoken(&model, &ErrorListModel::spokenTextChanged);
        model.setErrors({{QStringLiteral("kind"), QStringLiteral("field.required"),
                          QStringLiteral("Dewiswch pa fin na chafodd ei gasglu")}});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(spoken.size(), 1);
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(ErrorListModel::MessageRole));
        QCOMPARE(model.index(0).data(ErrorListModel::MessageRole).toString(),
                 QStringLiteral("Dewiswch pa fin na chafodd ei gasglu"));
        // The very same list again: nothing to tell.
        model.setErrors({{QStringLiteral("kind"), QStringLiteral("field.required"),
                          QStringLiteral("Dewiswch pa fin na chafodd ei gasglu")}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(spoken.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ErrorListModel)
#include "tst_errorlistmodel.moc"
