// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Open311Document reads GeoReport v2 answers in both formats: every real-world document that
// a kiosk can receive (POST requests, GET tokens, GET requests/{id}, errors), the project's
// own fixtures, and the things that are not documents at all.
#include "offline-cache/open311document.h"
#include "tests/unit/offline-cache/realworld.h"

#include <QTest>

using namespace ck;
using namespace ck::test;
using Kind = Open311Document::Kind;

Q_DECLARE_METATYPE(ck::Open311Document::Kind)

class tst_Open311Document : public QObject
{
    Q_OBJECT

    struct Expect
    {
        bool ok = true;
        Kind kind = Kind::Requests;
        QString field;
        QString value;
    };

    static void addRows(bool realworld)
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("realworld");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const auto row = [realworld](const char *file, bool ok, Kind kind, const char *field,
                                     const char *value) {
            QTest::newRow(file) << QString::fromLatin1(file) << realworld << ok << kind
                                << QString::fromLatin1(field) << QString::fromUtf8(value);
        };
        if (realworld) {
            // POST requests: token only (three CRMs), an id only, the spec's id + notice.
            row("boston-mayors24_post-requests_token-only.xml", true, Kind::Requests, "token",
                "503fc045901932078800163c");
            row("fixmystreet_post-requests_token-only-guid.xml", true, Kind::Requests, "token",
                "369FBB0C-4755-11EC-96C0-F6CCC296753D");
            row("merton-uk_post-requests_token-only.xml", true, Kind::Requests, "token", "TOKEN");
            row("fixmystreet_post-requests_id-248.xml", true, Kind::Requests, "service_request_id",
                "248");
            row("spec-georeport-v2_post-requests.json", true, Kind::Requests, "service_request_id",
                "293944");
            row("spec-georeport-v2_post-requests.xml", true, Kind::Requests, "service_request_id",
                "293944");
            // GET tokens/{token}: pending (empty id), resolved, id only, numeric.
            row("fixmystreet_tokens_pending-empty-id_http400.xml", true, Kind::Requests,
                "service_request_id", "");
            row("fixmystreet_tokens_resolved_http200.xml", true, Kind::Requests,
                "service_request_id", "SRQ-0123-4567");
            row("merton-uk_tokens_id-only.xml", true, Kind::Requests, "service_request_id",
                "ServiceID");
            row("spec-georeport-v2_tokens_12345.json", true, Kind::Requests, "token", "12345");
            row("spec-georeport-v2_tokens_12345.xml", true, Kind::Requests, "service_request_id",
                "638344");
            // GET requests/{id}: one object (Boston), XML with notes, empty updated_datetime.
            row("boston-311_requests-id_200012223.json", true, Kind::Requests, "status", "open");
            row("spec-georeport-v2_requests-id_638344.xml", true, Kind::Requests, "status_notes",
                "Duplicate request.");
            row("toronto_requests-id_101005420892.xml", true, Kind::Requests, "updated_datetime",
                "");
            row("sanfrancisco-sf311_requests.xml", true, Kind::Requests, "status", "Open");
            row("codeforamerica-open311-gem_requests_empty.xml", true, Kind::Requests, "status",
                "");
            // The spec's own JSON example is not JSON ("service_code":006): not a document.
            row("spec-georeport-v2_requests-id_638344.json", false, Kind::Requests, "", "");
            // Errors.
            row("boston-mayors24_error-400_duplicate.xml", true, Kind::Errors, "description",
                "Invalid service request: base is a duplicate.");
            row("fixmystreet_error-400_service-code-null.xml", true, Kind::Errors, "code", "400");
            row("fixmystreet-bromley_error-http500_empty-code.xml", true, Kind::Errors, "code", "");
            row("codeforamerica-open311-gem_error-404_request-not-found.xml", true, Kind::Errors,
                "code", "404");
            row("spec-georeport-v2_error-403_invalid-api-key.json", true, Kind::Errors, "code",
                "403");
            row("spec-georeport-v2_error-403_invalid-api-key.xml", true, Kind::Errors, "code",
                "403");
            // A status line before the XML and a bare <error> root: not a document.
            row("codeforamerica-open311-gem_error-403_nonstandard-with-status-line.xml", false,
                Kind::Errors, "", "");
        } else {
            row("token-pending-http400.xml", true, Kind::Requests, "service_request_id", "");
            row("token-resolved.xml", true, Kind::Requests, "service_request_id",
                "ENQ-2026-004417");
            row("token-id-only.xml", true, Kind::Requests, "service_request_id", "98213");
            row("token-resolved.json", true, Kind::Requests, "service_request_id", "90417");
            row("post-token-only.xml", true, Kind::Requests, "token", "65f1a0c2e4b0d81a2c3e4f50");
            row("error-400-duplicate-rails.xml", true, Kind::Errors, "code", "400");
            row("error-400-duplicate-key-sql.xml", true, Kind::Errors, "code", "400");
            row("request-open-with-notes.xml", true, Kind::Requests, "status_notes",
                "Crew booked for Thursday.");
            row("request-closed.json", true, Kind::Requests, "status", "Closed");
        }
    }

    void check()
    {
        QFETCH(QString, file);
        QFETCH(bool, realworld);
        QFETCH(bool, ok);
        QFETCH(Kind, kind);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const QByteArray body = realworld ? realworldOpen311(file) : open311Fixture(file);
        if (realworld && body.isNull())
            QSKIP("../shared/realworld is not next to this checkout (set CK_REALWORLD_DIR)");
        QVERIFY2(!body.isEmpty(), qPrintable(file));
        const auto doc = Open311Document::parse(body);
        QCOMPARE(doc.ok(), ok);
        if (!ok) {
            QCOMPARE(doc.error().code, QStringLiteral("open311-document"));
            return;
        }
        QCOMPARE(doc->kind, kind);
        QCOMPARE(doc->first(field), value);
    }

private Q_SLOTS:
    void realWorldDocuments_data() { addRows(true); }
    void realWorldDocuments() { check(); }
    void ownFixtures_data() { addRows(false); }
    void ownFixtures() { check(); }

    void formatsAndShapes()
    {
        auto json = Open311Document::parse("[{\"service_request_id\":638344,\"token\":null}]");
        QVERIFY(json.ok());
        QCOMPARE(json->format, Open311Document::Format::Json);
        QVERIFY(json->list);
        QCOMPARE(json->first(QStringLiteral("service_request_id")), QStringLiteral("638344"));
        QCOMPARE(json->first(QStringLiteral("token")), QString());

        auto single = Open311Document::parse("{\"service_request_id\":\"1\",\"status\":\"open\"}");
        QVERIFY(single.ok());
        QVERIFY(!single->list);

        auto xml = Open311Document::parse(open311Fixture(QStringLiteral("post-token-only.xml")));
        QVERIFY(xml.ok());
        QCOMPARE(xml->format, Open311Document::Format::Xml);
        QCOMPARE(xml->records.size(), 1);

        // An error list in JSON is told from a request list by its fields, not its position.
        auto errors = Open311Document::parse("[{\"code\":400,\"description\":\"x\"}]");
        QVERIFY(errors.ok());
        QCOMPARE(errors->kind, Kind::Errors);
        auto request = Open311Document::parse(
            "[{\"code\":400,\"description\":\"x\",\"service_request_id\":\"9\"}]");
        QCOMPARE(request->kind, Kind::Requests);
    }

    void notDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("captive portal")
            << QByteArray("<!DOCTYPE html><html><body>Sign in to Library WiFi</body></html>");
        QTest::newRow("html root") << QByteArray("<html><body>login</body></html>");
        QTest::newRow("truncated json") << QByteArray("[{\"service_request_id\":\"63");
        QTest::newRow("truncated xml")
            << QByteArray("<?xml version=\"1.0\"?><service_requests><request><token>ab");
        QTest::newRow("list of numbers") << QByteArray("[1,2,3]");
        QTest::newRow("other root") << QByteArray("<services><service/></services>");
        QTest::newRow("plain text") << QByteArray("Service Unavailable");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
    }
    void notDocuments()
    {
        QFETCH(QByteArray, body);
        const auto doc = Open311Document::parse(body);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, QStringLiteral("open311-document"));
    }
};

QTEST_GUILESS_MAIN(tst_Open311Document)
#include "tst_open311document.moc"
