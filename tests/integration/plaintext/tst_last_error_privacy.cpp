// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Some CRMs answer a refused request by quoting it back ("Could not accept <description> at
// <address>"). What the kiosk keeps of an error (the outbox's last_error, shown by
// `civic-kioskctl queue --json` and `status --json` and on the admin screen, kept for months)
// is a status, a server code and the kiosk's own words: never the server's text. A real
// civic-kiosk-intake with --echo-rejects refuses both protocols with the marker answer quoted.
#include "tests/integration/common/kioskctl.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace ck::testing;

class tst_LastErrorPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoedAnswersNeverReachLastError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        IntakeProcess server;
        QVERIFY(server.start(dir.filePath(QStringLiteral("intake.sqlite")),
                             {QStringLiteral("--echo-rejects")}));
        const QString config = dir.filePath(QStringLiteral("kiosk.json"));
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeKioskConfig(config, data, server.base()));

        const QString marker = QStringLiteral("Quokka-Marmalade-4711");
        const QString answers = dir.filePath(QStringLiteral("answers.json"));
        for (const auto &[service, body] :
             {std::pair {QStringLiteral("missed-bin"), missedBinAnswers(marker)},
              std::pair {QStringLiteral("planning-comment"), planningAnswers(marker)}}) {
            QVERIFY(writeFile(answers, body));
            const CtlResult submitted =
                runCtl(config,
                       {QStringLiteral("submit"), QStringLiteral("--service"), service,
                        QStringLiteral("--answers"), answers});
            QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        }

        // The server really does quote the answer back: this test would see a leak.
        QNetworkAccessManager nam;
        const HttpResult echoed =
            http(nam, "POST", server.url(QStringLiteral("/open311/v2/requests.json")),
                 "service_code=MISSED_BIN&description=" + marker.toUtf8(),
                 {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(echoed.status, 400);
        QVERIFY(echoed.body.contains(marker.toUtf8()));

        // One pass: Open311's 400 is retried later, the JSON API's 422 is a dead letter.
        const CtlResult sync = runCtl(config,
                                      {QStringLiteral("sync"), QStringLiteral("--timeout"),
                                       QStringLiteral("10"), QStringLiteral("--json")});
        QVERIFY2(!sync.crashed, sync.err.constData());
        QVERIFY2(!sync.out.contains(marker.toUtf8()), sync.out.constData());
        QVERIFY2(!sync.err.contains(marker.toUtf8()), sync.err.constData());

        const CtlResult queue = runCtl(config, {QStringLiteral("queue"), QStringLiteral("--json")});
        QCOMPARE(queue.exitCode, 0);
        QVERIFY2(!queue.out.contains(marker.toUtf8()), queue.out.constData());
        const QJsonArray rows = queue.json().object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QStringList states;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QString lastError = row.value(QStringLiteral("lastError")).toString();
            states << row.value(QStringLiteral("state")).toString();
            // A code and a short reason in the kiosk's words.
            QVERIFY2(lastError.contains(QStringLiteral("HTTP 400"))
                         || lastError.contains(QStringLiteral("HTTP 422")),
                     qPrintable(lastError));
            QVERIFY2(lastError.size() < 120, qPrintable(lastError));
            QVERIFY2(!lastError.contains(QStringLiteral("Could not accept")),
                     qPrintable(lastError));
        }
        states.sort();
        QCOMPARE(states, QStringList({QStringLiteral("queued"), QStringLiteral("rejected")}));
        const CtlResult status =
            runCtl(config, {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(!status.out.contains(marker.toUtf8()), status.out.constData());

        // Nor anywhere on disk in the clear (the payload itself is sealed).
        QDirIterator files(data, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(marker.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_LastErrorPrivacy)
#include "tst_last_error_privacy.moc"
