// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// FeedbackController on a real FeedbackSender that queues into a real Outbox on a temporary
// SQLite file: the screen, a refusal in words that queues nothing, one rating queued once, the
// service taken when the screen opens, and the wipe.
#include "domain/evidence/feedbacksender.h"
#include "offline-cache/outbox.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/feedbackcontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

class tst_FeedbackController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Outbox> m_outbox;

    std::unique_ptr<FeedbackSender> newSender()
    {
        Outbox *box = m_outbox.get();
        return std::make_unique<FeedbackSender>(
            FeedbackSender::Options {QStringLiteral("council"),
                                     [box](OutboxItem item) -> Status {
                                         auto row = box->enqueue(std::move(item));
                                         if (!row)
                                             return row.error();
                                         return Status::success();
                                     },
                                     {}});
    }

    QList<OutboxRow> feedbackRows() const
    {
        QList<OutboxRow> feedback;
        const auto rows = m_outbox->rows();
        if (rows) {
            for (const OutboxRow &row : rows.value()) {
                if (row.kind == QLatin1String("feedback"))
                    feedback.append(row);
            }
        }
        return feedback;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        OutboxOptions options;
        options.dataDir = m_dir.path();
        options.minFreeBytes = 0;
        auto opened = Outbox::open(options);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_outbox = std::move(opened.value());
    }

    void sendsOnce()
    {
        auto sender = newSender();
        AppState state({QStringLiteral("en"), QStringLiteral("cy")}, QStringLiteral("en"));
        QString service = QStringLiteral("missed-bin");
        FeedbackController feedback(sender.get(), &state, [&service] { return service; });
        QCOMPARE(feedback.labels().size(), 5);
        QVERIFY(feedback.maxCommentLength() > 0);
        QSignalSpy labels(&feedback, &FeedbackController::labelsChanged);
        state.setLanguage(QStringLiteral("cy"));
        QCOMPARE(labels.size(), 1);

        feedback.open();
        QCOMPARE(state.screen(), FeedbackController::Screen);
        service.clear(); // the flow is reset while the person is on the feedback screen

        const qsizetype before = feedbackRows().size();
        QVERIFY(!feedback.send(0, QString()));
        QVERIFY(!feedback.sent());
        QVERIFY(!feedback.error().isEmpty());
        QCOMPARE(feedbackRows().size(), before);

        QSignalSpy changed(&feedback, &FeedbackController::changed);
        QVERIFY(feedback.send(4, QStringLiteral("Quick and clear")));
        QVERIFY(feedback.sent());
        QCOMPARE(feedback.error(), QString());
        QCOMPARE(changed.size(), 1);
        const QList<OutboxRow> rows = feedbackRows();
        QCOMPARE(rows.size(), before + 1);
        QVERIFY2(rows.last().reference.startsWith(QStringLiteral("FB-")),
                 qPrintable(rows.last().reference));
        // A second tap does not queue it again.
        QVERIFY(feedback.send(5, QString()));
        QCOMPARE(feedbackRows().size(), before + 1);

        QSignalSpy end(&state, &AppState::endSessionRequested);
        feedback.finish();
        QCOMPARE(end.size(), 1);
        feedback.wipe();
        QVERIFY(!feedback.sent());
        QCOMPARE(feedback.error(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_FeedbackController)
#include "tst_feedbackcontroller.moc"
