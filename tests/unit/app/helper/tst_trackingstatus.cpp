#include "helper/trackingstatus.h"

#include <QTest>

using namespace ck;
using Kind = TrackingAnswer::Kind;

Q_DECLARE_METATYPE(TrackingAnswer::Kind)

class TestTrackingStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonApi_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("text");

        QTest::newRow("received") << QByteArray(
            "{\"status\":\"received\",\"receivedAt\":\"2020-03-03T10:00:00Z\","
            "\"updatedAt\":\"2020-03-03T10:00:00Z\"}")
                                  << Kind::Received << "Received by the council on 3 March 2020.";
        QTest::newRow("in progress")
            << QByteArray("{\"status\":\"in-progress\",\"receivedAt\":\"2020-03-03T10:00:00Z\","
                          "\"updatedAt\":\"2020-03-05T09:00:00Z\"}")
            << Kind::InProgress << "The council is working on this. Last update on 5 March 2020.";
        QTest::newRow("closed") << QByteArray(
            "{\"status\":\"closed\",\"receivedAt\":\"2020-03-03T10:00:00Z\","
            "\"updatedAt\":\"2020-03-07T09:00:00Z\"}")
                                << Kind::Closed << "Closed on 7 March 2020.";
        QTest::newRow("closed no dates")
            << QByteArray("{\"status\":\"closed\"}") << Kind::Closed << "Closed.";
    }
    void jsonApi()
    {
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, text);
        const Result<TrackingAnswer> a = TrackingStatus::fromJsonApi(body, QStringLiteral("en"));
        QVERIFY(a.ok());
        QCOMPARE(a->kind, kind);
        QCOMPARE(a->text, text);
    }

    void badAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("captive portal") << QByteArray("<html><form>Log in</form></html>");
        QTest::newRow("truncated") << QByteArray("{\"status\":\"clo");
        QTest::newRow("unknown status") << QByteArray("{\"status\":\"exploded\"}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
    }
    void badAnswers()
    {
        QFETCH(QByteArray, body);
        const auto a = TrackingStatus::fromJsonApi(body, QStringLiteral("en"));
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, QStringLiteral("tracking-answer"));
        QVERIFY(!TrackingStatus::fromOpen311(body, QStringLiteral("en")).ok());
    }

    void open311()
    {
        const auto open =
            TrackingStatus::fromOpen311("[{\"service_request_id\":\"7\",\"status\":\"open\","
                                        "\"requested_datetime\":\"2020-03-03T10:00:00+00:00\"}]",
                                        QStringLiteral("en"));
        QVERIFY(open.ok());
        QCOMPARE(open->kind, Kind::Received);
        QCOMPARE(open->text, QStringLiteral("Received by the council on 3 March 2020."));
        const auto closed = TrackingStatus::fromOpen311(
            "[{\"status\":\"CLOSED\",\"requested_datetime\":\"2020-03-03T10:00:00Z\","
            "\"updated_datetime\":\"2020-03-09T10:00:00Z\"}]",
            QStringLiteral("en"));
        QVERIFY(closed.ok());
        QCOMPARE(closed->kind, Kind::Closed);
        QVERIFY(closed->text.contains(QStringLiteral("9 March")));
    }

    void receipts_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("contains");
        QTest::newRow("queued") << "queued" << Kind::Waiting
                                << "Waiting to be sent from this kiosk";
        QTest::newRow("sending") << "sending" << Kind::Waiting << "Waiting to be sent";
        QTest::newRow("rejected") << "rejected" << Kind::Problem << "member of staff";
        QTest::newRow("delivered") << "delivered" << Kind::Received << "Received by the council on";
        QTest::newRow("weird") << "exploded" << Kind::Unknown << "Try again later";
    }
    void receipts()
    {
        QFETCH(QString, state);
        QFETCH(Kind, kind);
        QFETCH(QString, contains);
        LocalReceipt r;
        r.state = state;
        r.createdAt = QDateTime(QDate(2020, 3, 3), QTime(9, 0), Qt::UTC);
        r.deliveredAt = QDateTime(QDate(2020, 3, 3), QTime(9, 5), Qt::UTC);
        const TrackingAnswer a = TrackingStatus::fromReceipt(r, QStringLiteral("en"));
        QCOMPARE(a.kind, kind);
        QVERIFY2(a.text.contains(contains), qPrintable(a.text));
    }

    void datesInSessionLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en"
                            << "3 March";
        QTest::newRow("cy") << "cy"
                            << "3 Mawrth";
        QTest::newRow("pl") << "pl"
                            << "3 marca";
    }
    void datesInSessionLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QDateTime when(QDate(2026, 3, 3), QTime(12, 0), Qt::LocalTime);
        QCOMPARE(TrackingStatus::formatDate(when, language, QDate(2026, 11, 23)), expected);
        // Another year carries the year.
        QVERIFY(TrackingStatus::formatDate(when, language, QDate(2027, 1, 1)).contains("2026"));
    }

    void arabicDateUsesArabicMonth()
    {
        const QDateTime when(QDate(2026, 3, 3), QTime(12, 0), Qt::LocalTime);
        const QString ar =
            TrackingStatus::formatDate(when, QStringLiteral("ar"), QDate(2026, 5, 1));
        QVERIFY(!ar.isEmpty());
        QVERIFY(!ar.contains(QStringLiteral("March")));
    }

    void lastChecked()
    {
        const QDateTime when(QDate(2026, 3, 3), QTime(14, 5), Qt::LocalTime);
        const QString text = TrackingStatus::lastChecked(when, QStringLiteral("en"));
        QVERIFY2(text.startsWith(QStringLiteral("We last checked on 3 March")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("14:05")));
    }

    void kindNamesRoundTrip()
    {
        for (Kind k : {Kind::Waiting, Kind::Problem, Kind::Received, Kind::InProgress, Kind::Closed,
                       Kind::NotFound, Kind::Unknown})
            QCOMPARE(TrackingStatus::kindFromName(TrackingStatus::kindName(k)), k);
        QCOMPARE(TrackingStatus::kindFromName(QStringLiteral("nonsense")), Kind::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestTrackingStatus)
#include "tst_trackingstatus.moc"
