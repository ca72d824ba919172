// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// No personal field can reach the evidence or feedback payload. A helped citizen submits a real
// form full of marker strings through the real Submitter into a real Outbox (temp dir); the
// same markers are then pushed at every string parameter of the feedback and evidence APIs.
// Every queued row is decrypted with Outbox::decryptPayload and searched: the submission must
// hold the citizen's markers (so the search works) and no helper marker; feedback and evidence
// rows must hold none at all.

#include "core/passwordhash.h"
#include "domain/evidence/evidenceaggregator.h"
#include "domain/evidence/evidencerecorder.h"
#include "domain/evidence/feedbacksender.h"
#include "domain/flows/flowdefinition.h"
#include "domain/flows/flowsession.h"
#include "domain/flows/submitter.h"
#include "domain/helper/helpersession.h"
#include "offline-cache/outbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

namespace {

const QStringList kCitizenMarkers {
    QStringLiteral("Zebedee Quartermain"), QStringLiteral("zebedee.marker@example.org"),
    QStringLiteral("MARKERCOMMENT"), QStringLiteral("MARKERAPP42"), QStringLiteral("SW1A 2AA")};
const QStringList kHelperMarkers {QStringLiteral("Helperina Markerton"), QStringLiteral("H777")};

Status toStatus(const Result<OutboxRow> &r)
{
    return r.ok() ? Status::success() : Status(r.error());
}

} // namespace

class tst_EvidencePrivacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noPersonalDataInFeedbackOrEvidence()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        OutboxOptions oo;
        oo.dataDir = dir.filePath(QStringLiteral("data"));
        oo.minFreeBytes = 0;
        auto opened = Outbox::open(oo);
        QVERIFY(opened.ok());
        Outbox *outbox = opened.value().get();
        const auto enqueue = [outbox](OutboxItem item) {
            return toStatus(outbox->enqueue(std::move(item)));
        };

        // The evidence day starts yesterday so that it is flushed within this test.
        QDateTime now = QDateTime::currentDateTime().addDays(-1);
        const auto clock = [&now] { return now; };
        EvidenceAggregator aggregator(
            {oo.dataDir, QStringLiteral("kiosk-1"), QStringLiteral("planning"), enqueue, clock});
        EvidenceRecorder recorder(&aggregator, clock);

        // A helper signs in and the citizen agrees.
        HelperSession helper(
            {{HelperAccount {QStringLiteral("H777"), QStringLiteral("Helperina Markerton"),
                             PasswordHash::hash(QStringLiteral("1357")).value()}},
             dir.filePath(QStringLiteral("helperlock.json")),
             {},
             {}});
        QVERIFY(helper.signIn(QStringLiteral("H777"), SecureBytes(QByteArray("1357"))).ok());
        QVERIFY(helper.recordConsent(true, QStringLiteral("en")).ok());
        recorder.sessionStarted();
        recorder.markHelped();

        // A real submission with the citizen's markers.
        // The test's own flow (the shape of packaging/services/planning-comment.json), so the
        // test does not change when the demo services are reworded.
        QFile flowFile(
            QStringLiteral(CK_SOURCE_DIR "/tests/unit/domain/evidence/data/privacy-flow.json"));
        QVERIFY(flowFile.open(QIODevice::ReadOnly));
        const Result<FlowDefinition> parsed =
            FlowDefinition::parse(flowFile.readAll(), flowFile.fileName());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const FlowDefinition *flow = &parsed.value();
        FlowSession session;
        session.start(*flow, QStringLiteral("en"));
        recorder.setService(flow->id());
        const QList<FlowSession::FieldError> errors = session.fill(QJsonObject {
            {QStringLiteral("application-reference"), QStringLiteral("MARKERAPP42")},
            {QStringLiteral("stance"), QStringLiteral("object")},
            {QStringLiteral("comment"), QStringLiteral("MARKERCOMMENT about the shed")},
            {QStringLiteral("name"), QStringLiteral("Zebedee Quartermain")},
            {QStringLiteral("email"), QStringLiteral("zebedee.marker@example.org")},
            {QStringLiteral("postcode"), QStringLiteral("SW1A 2AA")}});
        QVERIFY2(errors.isEmpty(),
                 qPrintable(errors.isEmpty() ? QString() : errors.first().message));
        Submitter submitter(
            ReferenceGenerator(
                QStringLiteral("kiosk-1"),
                [outbox] { return outbox->nextSequence(QStringLiteral("reference")); }),
            enqueue);
        const Result<QString> reference = submitter.submit(session, helper.assist());
        QVERIFY2(reference.ok(), qPrintable(reference.ok() ? QString() : reference.error().code));
        recorder.markCompleted();
        QStringList personal = kCitizenMarkers + kHelperMarkers;
        personal << reference.value() << QString(reference.value()).remove(QLatin1Char('-'));

        // Feedback: every marker thrown at every string parameter.
        FeedbackSender feedback({QStringLiteral("planning"), enqueue, clock});
        QVERIFY(feedback
                    .send(2,
                          QStringLiteral("Call me on 07700 900123 or write to "
                                         "zebedee.marker@example.org, I live at SW1A 2AA, my "
                                         "reference is %1 (also %2)")
                              .arg(reference.value(),
                                   QString(reference.value()).remove(QLatin1Char('-'))),
                          flow->id(), QStringLiteral("en"))
                    .ok());
        QVERIFY(feedback
                    .send(5, QString(), QStringLiteral("Zebedee Quartermain"),
                          QStringLiteral("MARKERCOMMENT"))
                    .ok());
        QVERIFY(
            feedback
                .send(4, QString(), QStringLiteral("H777"), QStringLiteral("Helperina Markerton"))
                .ok());
        personal << QStringLiteral("07700 900123");

        // Evidence: the session above, then one with hostile strings, then the day rolls over.
        recorder.wipe();
        recorder.sessionStarted();
        recorder.setService(QStringLiteral("Zebedee Quartermain"));
        recorder.setLanguage(QStringLiteral("zebedee.marker@example.org"));
        recorder.wipe();
        recorder.sessionStarted();
        recorder.setService(reference.value());
        recorder.setLanguage(QStringLiteral("H777"));
        recorder.wipe();
        now = now.addDays(1);
        QCOMPARE(aggregator.flushDue().value(), 1);

        // Decrypt everything that was queued and look for the markers.
        const Result<QList<OutboxRow>> rows = outbox->rows();
        QVERIFY(rows.ok());
        int submissions = 0, feedbacks = 0, evidence = 0;
        for (const OutboxRow &row : rows.value()) {
            const Result<SecureBytes> plain = outbox->decryptPayload(row.id);
            QVERIFY(plain.ok());
            const QString text = QString::fromUtf8(plain->view());
            if (row.kind == QLatin1String("submission")) {
                ++submissions;
                for (const QString &m : kCitizenMarkers)
                    QVERIFY2(text.contains(m, Qt::CaseInsensitive),
                             qPrintable(QStringLiteral("control marker missing: ") + m));
                for (const QString &m : kHelperMarkers)
                    QVERIFY2(!text.contains(m, Qt::CaseInsensitive),
                             qPrintable(QStringLiteral("helper marker in submission: ") + m));
                const QJsonObject assisted =
                    QJsonDocument::fromJson(plain->view()).object().value("assisted").toObject();
                QCOMPARE(assisted.value("helped").toBool(), true);
                QCOMPARE(assisted.value("consent").toBool(), true);
                continue;
            }
            if (row.kind == QLatin1String("feedback"))
                ++feedbacks;
            else if (row.kind == QLatin1String("evidence"))
                ++evidence;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected row kind ") + row.kind));
            QVERIFY(!row.reference.contains(reference.value()));
            for (const QString &m : std::as_const(personal))
                QVERIFY2(!text.contains(m, Qt::CaseInsensitive),
                         qPrintable(row.kind + QStringLiteral(" payload holds ") + m));
            // Digits of the phone number in any spacing.
            QVERIFY(
                !QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("07700900123")));
        }
        QCOMPARE(submissions, 1);
        QCOMPARE(feedbacks, 3);
        QCOMPARE(evidence, 1);
    }
};

QTEST_GUILESS_MAIN(tst_EvidencePrivacy)
#include "tst_evidenceprivacy.moc"
