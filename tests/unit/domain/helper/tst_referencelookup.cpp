// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/referencenumber.h"
#include "domain/helper/referencelookup.h"
#include "offline-cache/outbox.h"
#include "tests/integration/common/intakeprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace ck;
using namespace ck::testing;
using Kind = TrackingAnswer::Kind;

namespace {

QString makeReference(quint64 counter)
{
    return ReferenceNumber::generate(QStringLiteral("test-kiosk"), counter, 1).format();
}

} // namespace

class tst_ReferenceLookup : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    IntakeProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Outbox> m_outbox;
    QString m_protocol = QStringLiteral("json");

    ReferenceLookup::Options options()
    {
        ReferenceLookup::Options o;
        o.localReceipt = [this](const QString &ref) -> std::optional<LocalReceipt> {
            // What the composition root does: adapt Outbox::receipt.
            const Result<OutboxReceipt> r = m_outbox->receipt(ref);
            if (!r)
                return std::nullopt;
            return LocalReceipt {r->state, r->createdAt, r->deliveredAt, r->serverReference,
                                 m_protocol};
        };
        o.jsonApiBase = QUrl(m_server.url(QStringLiteral("/v1/")));
        o.open311Base = QUrl(m_server.url(QStringLiteral("/open311/v2/")));
        o.cacheFile = m_dir.filePath(QStringLiteral("tracking.json"));
        o.timeoutMs = 5000;
        return o;
    }

    TrackingAnswer lookUp(ReferenceLookup &lookup, const QString &typed,
                          const QString &language = QStringLiteral("en"))
    {
        QSignalSpy spy(&lookup, &ReferenceLookup::finished);
        const Status s = lookup.lookup(typed, language);
        if (!s.ok()) {
            qWarning() << s.error().code;
            return {};
        }
        if (spy.isEmpty() && !spy.wait(15000))
            return {};
        return spy.first().at(1).value<TrackingAnswer>();
    }

    void postJsonSubmission(const QString &reference)
    {
        const QJsonObject body {
            {QStringLiteral("schema"), 1},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("serviceId"), QStringLiteral("planning-comment")},
            {QStringLiteral("destination"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("planning")},
                          {QStringLiteral("serviceCode"), QStringLiteral("PLANNING_COMMENT")}}}};
        const HttpResult r =
            http(m_nam, "POST", m_server.url(QStringLiteral("/v1/submissions")),
                 QJsonDocument(body).toJson(),
                 {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QCOMPARE(r.status, 201);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("intake.sqlite"))),
                 m_server.stderrText().constData());
        OutboxOptions oo;
        oo.dataDir = m_dir.filePath(QStringLiteral("data"));
        oo.minFreeBytes = 0;
        auto opened = Outbox::open(oo);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_outbox = std::move(opened.value());
    }

    void typosAreCaughtKindly_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        const QString good = makeReference(42);
        // Every single-character substitution in the payload and check part is caught.
        const QString alphabet = ReferenceNumber::alphabet();
        const QString compact = QString(good).remove(QLatin1Char('-'));
        int rows = 0;
        for (int i = 2; i < compact.size(); ++i) {
            const QChar wrong = alphabet.at((alphabet.indexOf(compact.at(i)) + 7) % 32);
            QString t = compact;
            t[i] = wrong;
            QTest::addRow("substitution %d", i) << t << "reference.check";
            ++rows;
        }
        QString swapped = compact;
        std::swap(swapped[3], swapped[4]);
        if (swapped != compact)
            QTest::newRow("swap") << swapped << "reference.check";
        QTest::newRow("too short") << "CK-7F3K"
                                   << "reference.format";
        QTest::newRow("letters U") << "CK-UUUU-UUUU-U"
                                   << "reference.format";
        QTest::newRow("empty") << ""
                               << "reference.format";
        QTest::newRow("sentence") << "my bin was not collected"
                                  << "reference.format";
        QVERIFY(rows == 9);
    }
    void typosAreCaughtKindly()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        ReferenceLookup lookup(options(), &m_nam);
        QSignalSpy spy(&lookup, &ReferenceLookup::finished);
        const Status s = lookup.lookup(typed, QStringLiteral("en"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QCOMPARE(
            s.error().message,
            QStringLiteral("Enter a reference number in the correct format, like CK-7F3K-92QD-X"));
        QVERIFY(!spy.wait(50));
    }

    void acceptsSloppyTyping()
    {
        const QString ref = makeReference(43);
        postJsonSubmission(ref);
        ReferenceLookup lookup(options(), &m_nam);
        // Lower case, no dashes, O for 0 and l for 1 where they occur.
        QString sloppy = QString(ref).remove(QLatin1Char('-')).toLower();
        sloppy.replace(QLatin1Char('0'), QLatin1Char('o'))
            .replace(QLatin1Char('1'), QLatin1Char('l'));
        const TrackingAnswer a =
            lookUp(lookup, QStringLiteral("  ") + sloppy + QStringLiteral(" "));
        QCOMPARE(a.kind, Kind::Received);
    }

    void serverStatusesInPlainWords()
    {
        const QString ref = makeReference(44);
        postJsonSubmission(ref);
        ReferenceLookup lookup(options(), &m_nam);
        TrackingAnswer a = lookUp(lookup, ref);
        QCOMPARE(a.kind, Kind::Received);
        QVERIFY2(a.text.startsWith(QStringLiteral("Received by the council on ")),
                 qPrintable(a.text));
        QVERIFY(
            a.text.contains(QLocale(QStringLiteral("en")).monthName(QDate::currentDate().month())));

        for (const auto &[status, kind, words] :
             {std::tuple {"in-progress", Kind::InProgress, "working on this"},
              std::tuple {"closed", Kind::Closed, "Closed on"}}) {
            const HttpResult set =
                http(m_nam, "POST", m_server.url(QStringLiteral("/v1/_admin/status")),
                     QJsonDocument(QJsonObject {{QStringLiteral("reference"), ref},
                                                {QStringLiteral("status"), QLatin1String(status)}})
                         .toJson(),
                     adminHeaders());
            QCOMPARE(set.status, 200);
            a = lookUp(lookup, ref);
            QCOMPARE(a.kind, kind);
            QVERIFY2(a.text.contains(QLatin1String(words)), qPrintable(a.text));
        }
        // In Welsh the month is Welsh.
        a = lookUp(lookup, ref, QStringLiteral("cy"));
        QVERIFY(
            a.text.contains(QLocale(QStringLiteral("cy")).monthName(QDate::currentDate().month())));
    }

    void open311Destination()
    {
        const QString ref = makeReference(45);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("service_code"), QStringLiteral("MISSED_BIN"));
        form.addQueryItem(QStringLiteral("address_string"), QStringLiteral("1 High St"));
        form.addQueryItem(QStringLiteral("description"), QStringLiteral("bin"));
        form.addQueryItem(QStringLiteral("attribute[kiosk_reference]"), ref);
        const HttpResult posted =
            http(m_nam, "POST", m_server.url(QStringLiteral("/open311/v2/requests.json")),
                 form.toString(QUrl::FullyEncoded).toUtf8(),
                 {{"Content-Type", "application/x-www-form-urlencoded"}});
        QVERIFY2(posted.status == 200 || posted.status == 201, posted.body.constData());
        const QString id = posted.json()
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("service_request_id"))
                               .toString();
        QVERIFY(!id.isEmpty());

        // This kiosk sent it: the receipt says delivered with the Open311 id.
        OutboxItem item;
        item.reference = ref;
        item.serviceId = QStringLiteral("missed-bin");
        item.flowId = QStringLiteral("missed-bin");
        item.flowVersion = 1;
        item.destination = QStringLiteral("council");
        item.payload = "{}";
        const Result<OutboxRow> row = m_outbox->enqueue(item);
        QVERIFY(row.ok());
        const auto claimed = m_outbox->claimDue(QDateTime::currentDateTimeUtc().addSecs(60), 10);
        QVERIFY(claimed.ok());
        QVERIFY(m_outbox->markDelivered(row->id, id).ok());

        m_protocol = QStringLiteral("open311");
        ReferenceLookup lookup(options(), &m_nam);
        const TrackingAnswer a = lookUp(lookup, ref);
        m_protocol = QStringLiteral("json");
        QCOMPARE(a.kind, Kind::Received);
        QVERIFY(a.text.startsWith(QStringLiteral("Received by the council on")));
    }

    // A council whose Open311 server answers a token only: while the receipt still holds the
    // token, tracking asks tokens/{token}.json (pending: the receipt answers), then
    // requests/{id}.json with the council's status and notes. Never requests/token:....json.
    void open311TokenOnlyCouncil()
    {
        IntakeProcess council;
        QVERIFY(council.start(m_dir.filePath(QStringLiteral("council.sqlite")),
                              {QStringLiteral("--open311-token-only"),
                               QStringLiteral("--open311-token-pending"), QStringLiteral("1")}));
        const QString ref = makeReference(50);
        const HttpResult posted =
            http(m_nam, "POST", council.url(QStringLiteral("/open311/v2/requests.json")),
                 "service_code=MISSED_BIN&description=bin&attribute%5Bkiosk_reference%5D="
                     + ref.toLatin1(),
                 {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(posted.status, 200);
        const QString token =
            posted.json().array().first().toObject().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());

        OutboxItem item;
        item.reference = ref;
        item.serviceId = QStringLiteral("missed-bin");
        item.destination = QStringLiteral("council");
        item.payload = "{}";
        const Result<OutboxRow> row = m_outbox->enqueue(item);
        QVERIFY(row.ok());
        QVERIFY(m_outbox->claimDue(QDateTime::currentDateTimeUtc().addSecs(60), 10).ok());
        QVERIFY(m_outbox->markDelivered(row->id, QStringLiteral("token:") + token).ok());

        ReferenceLookup::Options o = options();
        o.open311Base = QUrl(council.url(QStringLiteral("/open311/v2/")));
        o.jsonApiBase = QUrl(); // only the council's Open311 server knows it
        m_protocol = QStringLiteral("open311");
        {
            // First lookup: the token is still pending at the council.
            ReferenceLookup lookup(o, &m_nam);
            const TrackingAnswer a = lookUp(lookup, ref);
            QCOMPARE(a.kind, Kind::Received);
            QVERIFY2(a.text.startsWith(QStringLiteral("Received by the council on")),
                     qPrintable(a.text));
            QVERIFY(!a.fromCache);
        }
        QCOMPARE(
            http(m_nam, "POST", council.url(QStringLiteral("/v1/_admin/status")),
                 QJsonDocument(QJsonObject {{QStringLiteral("reference"), ref},
                                            {QStringLiteral("status"), QStringLiteral("closed")},
                                            {QStringLiteral("notes"),
                                             QStringLiteral("Collected on Friday.")}})
                     .toJson(),
                 adminHeaders())
                .status,
            200);
        ReferenceLookup lookup(o, &m_nam);
        const TrackingAnswer b = lookUp(lookup, ref);
        m_protocol = QStringLiteral("json");
        QCOMPARE(b.kind, Kind::Closed);
        QVERIFY2(b.text.startsWith(QStringLiteral("Closed on")), qPrintable(b.text));
        QCOMPARE(b.notes, QStringLiteral("Collected on Friday."));
    }

    void waitingFromLocalReceipt()
    {
        const QString ref = makeReference(46);
        OutboxItem item;
        item.reference = ref;
        item.serviceId = QStringLiteral("missed-bin");
        item.flowId = QStringLiteral("missed-bin");
        item.flowVersion = 1;
        item.destination = QStringLiteral("council");
        item.payload = "{}";
        QVERIFY(m_outbox->enqueue(item).ok());
        ReferenceLookup lookup(options(), &m_nam);
        const TrackingAnswer a = lookUp(lookup, ref);
        QCOMPARE(a.kind, Kind::Waiting);
        QVERIFY(a.text.startsWith(QStringLiteral("Waiting to be sent from this kiosk")));
    }

    void unknownReference()
    {
        ReferenceLookup lookup(options(), &m_nam);
        const TrackingAnswer a = lookUp(lookup, makeReference(999));
        QCOMPARE(a.kind, Kind::NotFound);
        QVERIFY(a.text.contains(QStringLiteral("cannot find")));
    }

    void wipeDropsAnswerInFlight()
    {
        const QString ref = makeReference(47);
        postJsonSubmission(ref);
        ReferenceLookup lookup(options(), &m_nam);
        QSignalSpy spy(&lookup, &ReferenceLookup::finished);
        QVERIFY(lookup.lookup(ref, QStringLiteral("en")).ok());
        lookup.cancel();
        QVERIFY(!spy.wait(1500));
    }

    // Last: stops the server.
    void offlineSaysWhenWeLastChecked()
    {
        const QString ref = makeReference(48);
        postJsonSubmission(ref);
        {
            ReferenceLookup lookup(options(), &m_nam);
            QCOMPARE(lookUp(lookup, ref).kind, Kind::Received);
        }
        ReferenceLookup::Options o = options();
        m_server.stop();
        ReferenceLookup lookup(o, &m_nam);
        const TrackingAnswer a = lookUp(lookup, ref);
        QCOMPARE(a.kind, Kind::Received);
        QVERIFY(a.fromCache);
        QVERIFY2(a.text.contains(QStringLiteral("We last checked on")), qPrintable(a.text));

        // Never checked and not sent from here: say we could not check.
        const TrackingAnswer none = lookUp(lookup, makeReference(49));
        QCOMPARE(none.kind, Kind::Unknown);
        QVERIFY(none.text.contains(QStringLiteral("Try again later")));
    }
};

QTEST_GUILESS_MAIN(tst_ReferenceLookup)
#include "tst_referencelookup.moc"
