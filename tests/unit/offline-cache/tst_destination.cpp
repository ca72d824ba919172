// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/jsonapiadapter.h"
#include "offline-cache/open311adapter.h"
#include "tests/unit/offline-cache/httpresponder.h"
#include "tests/unit/offline-cache/outboxtestutil.h"
#include "tests/unit/offline-cache/realworld.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ck;
using namespace ck::test;
using Kind = DeliveryOutcome::Kind;

Q_DECLARE_METATYPE(ck::DeliveryOutcome::Kind)
Q_DECLARE_METATYPE(ck::HttpAnswer)

class tst_Destination : public QObject
{
    Q_OBJECT
private:
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);

    static DestinationConfig config(const QString &type,
                                    const QString &url = QStringLiteral("http://127.0.0.1:1/"))
    {
        DestinationConfig c;
        c.name = QStringLiteral("council");
        c.type = type;
        c.baseUrl = url;
        c.apiKey = QStringLiteral("k3y");
        c.timeoutMs = 5000;
        return c;
    }
    static OutboxRow row()
    {
        OutboxRow r;
        r.id = 1;
        r.reference = QStringLiteral("CK-7F3K-92QD-X");
        r.idempotencyKey = QStringLiteral("6f1c2f9e-8b1a-4c1e-9d2a-0b3c4d5e6f70");
        r.serviceId = QStringLiteral("missed-bin");
        return r;
    }
    static HttpAnswer answer(int status, const QByteArray &body,
                             const QByteArray &type = "application/json",
                             const QByteArray &retryAfter = QByteArray())
    {
        HttpAnswer a;
        a.status = status;
        a.body = body;
        a.contentType = type;
        a.retryAfter = retryAfter;
        if (status >= 400)
            a.error = QNetworkReply::UnknownContentError;
        return a;
    }

    // Sends a prepared request through a real socket and classifies the real reply.
    DeliveryOutcome roundTrip(DestinationAdapter &adapter, HttpResponder &server,
                              QNetworkAccessManager &nam)
    {
        Q_UNUSED(server);
        auto prepared = adapter.prepare(row(), SecureBytes(payloadFor(row().reference)));
        if (!prepared.ok())
            qFatal("prepare failed");
        QNetworkReply *reply = nam.post(prepared->request, prepared->body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            qFatal("no reply");
        const HttpAnswer a = DestinationAdapter::answerFrom(reply, reply->readAll());
        reply->deleteLater();
        return adapter.classify(a, now);
    }

private Q_SLOTS:
    void createChecksConfig()
    {
        QVERIFY(DestinationAdapter::create(config(QStringLiteral("open311"))).ok());
        QVERIFY(DestinationAdapter::create(config(QStringLiteral("json"))).ok());
        QCOMPARE(DestinationAdapter::create(config(QStringLiteral("soap"))).error().code,
                 QStringLiteral("destination-config"));
        QCOMPARE(
            DestinationAdapter::create(config(QStringLiteral("json"), QStringLiteral("ftp://x/")))
                .error()
                .code,
            QStringLiteral("destination-config"));
        DestinationConfig pinned = config(QStringLiteral("json"));
        pinned.caCertificatesPem =
            "-----BEGIN CERTIFICATE-----\nnonsense\n-----END CERTIFICATE-----\n";
        QCOMPARE(DestinationAdapter::create(pinned).error().code,
                 QStringLiteral("destination-config"));
    }

    void open311FormEncodesThePayload()
    {
        Open311Adapter a(
            config(QStringLiteral("open311"), QStringLiteral("https://c.example/open311/v2")));
        auto p = a.prepare(row(), SecureBytes(payloadFor(row().reference)));
        QVERIFY(p.ok());
        QCOMPARE(p->request.url().toString(),
                 QStringLiteral("https://c.example/open311/v2/requests.json"));
        QCOMPARE(p->request.header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/x-www-form-urlencoded"));
        // Decoded as a form decoder does (the intake server's way): brackets and '+' encoded.
        QHash<QString, QString> form;
        for (const QByteArray &pair : p->body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            form.insert(QUrl::fromPercentEncoding(pair.left(eq)),
                        QUrl::fromPercentEncoding(QByteArray(pair.mid(eq + 1)).replace('+', ' ')));
        }
        QCOMPARE(form.value(QStringLiteral("service_code")), QStringLiteral("MISSED_BIN"));
        QCOMPARE(form.value(QStringLiteral("api_key")), QStringLiteral("k3y"));
        QCOMPARE(form.value(QStringLiteral("attribute[kiosk_reference]")),
                 QStringLiteral("CK-7F3K-92QD-X"));
        // The dedup key of the row (the same on every retry), never one from the payload.
        QCOMPARE(form.value(QStringLiteral("attribute[kiosk_idempotency_key]")),
                 row().idempotencyKey);
        QCOMPARE(p->body.count("kiosk_idempotency_key"), 1);
        {
            QJsonObject doc = QJsonDocument::fromJson(payloadFor(row().reference)).object();
            QJsonObject o311 = doc.value(QStringLiteral("open311")).toObject();
            QJsonObject attrs = o311.value(QStringLiteral("attributes")).toObject();
            attrs.insert(QStringLiteral("kiosk_idempotency_key"), QStringLiteral("forged"));
            o311.insert(QStringLiteral("attributes"), attrs);
            doc.insert(QStringLiteral("open311"), o311);
            auto forged = a.prepare(row(), SecureBytes(QJsonDocument(doc).toJson()));
            QVERIFY(forged.ok());
            QVERIFY(!forged->body.contains("forged"));
            QCOMPARE(forged->body.count("kiosk_idempotency_key"), 1);
        }
        QCOMPARE(form.value(QStringLiteral("attribute[bin-type]")), QStringLiteral("general"));
        QCOMPARE(form.value(QStringLiteral("email")), QStringLiteral("a+b@example.org"));
        QCOMPARE(form.value(QStringLiteral("address_string")),
                 QStringLiteral("1 High St, CF10 1AA"));
        QVERIFY(
            form.value(QStringLiteral("description")).startsWith(QStringLiteral("Bin missed.")));
        QCOMPARE(a.prepare(row(), SecureBytes(QByteArray("not json"))).error().code,
                 QStringLiteral("payload-invalid"));
    }

    // GeoReport v2: a multivaluelist answer travels as attribute[CODE][]=a&attribute[CODE][]=b
    // (it used to go as one empty attribute[CODE]).
    void open311SendsListAnswersAsRepeatedFields()
    {
        Open311Adapter a(config(QStringLiteral("open311")));
        QJsonObject doc = QJsonDocument::fromJson(payloadFor(row().reference)).object();
        QJsonObject o311 = doc.value(QStringLiteral("open311")).toObject();
        QJsonObject attrs = o311.value(QStringLiteral("attributes")).toObject();
        attrs.insert(QStringLiteral("ITEMS"),
                     QJsonArray {QStringLiteral("Sofa"), QStringLiteral("Fridge & freezer")});
        o311.insert(QStringLiteral("attributes"), attrs);
        doc.insert(QStringLiteral("open311"), o311);
        auto p = a.prepare(row(), SecureBytes(QJsonDocument(doc).toJson()));
        QVERIFY(p.ok());
        QStringList items;
        for (const QByteArray &pair : p->body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            if (QUrl::fromPercentEncoding(pair.left(eq)) == QLatin1String("attribute[ITEMS][]"))
                items << QUrl::fromPercentEncoding(pair.mid(eq + 1));
        }
        QCOMPARE(items, (QStringList {QStringLiteral("Sofa"), QStringLiteral("Fridge & freezer")}));
        QVERIFY(!p->body.contains("attribute%5BITEMS%5D="));
    }

    void jsonApiPostsPayloadWithIdempotencyKey()
    {
        JsonApiAdapter a(config(QStringLiteral("json"), QStringLiteral("https://api.example/v1/")));
        const QByteArray payload = payloadFor(row().reference);
        auto p = a.prepare(row(), SecureBytes(payload));
        QVERIFY(p.ok());
        QCOMPARE(p->request.url().toString(), QStringLiteral("https://api.example/v1/submissions"));
        QCOMPARE(p->request.rawHeader("Idempotency-Key"), row().idempotencyKey.toLatin1());
        QCOMPARE(p->request.rawHeader("Authorization"), QByteArray("Bearer k3y"));
        QCOMPARE(p->body, payload);
    }

    void kindPicksTheJsonEndpoint_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::newRow("default") << QString() << QStringLiteral("/v1/submissions");
        QTest::newRow("submission")
            << QStringLiteral("submission") << QStringLiteral("/v1/submissions");
        QTest::newRow("feedback") << QStringLiteral("feedback") << QStringLiteral("/v1/feedback");
        QTest::newRow("evidence") << QStringLiteral("evidence") << QStringLiteral("/v1/evidence");
        QTest::newRow("heartbeat")
            << QStringLiteral("heartbeat") << QStringLiteral("/v1/heartbeat");
        QTest::newRow("unknown") << QStringLiteral("telemetry") << QString();
    }
    void kindPicksTheJsonEndpoint()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        JsonApiAdapter a(config(QStringLiteral("json"), QStringLiteral("https://api.example/v1/")));
        OutboxRow r = row();
        r.kind = kind;
        auto p = a.prepare(r, SecureBytes(payloadFor(r.reference)));
        if (path.isEmpty()) {
            QCOMPARE(p.error().code, QStringLiteral("payload-invalid"));
        } else {
            QVERIFY(p.ok());
            QCOMPARE(p->request.url().path(), path);
        }
        Open311Adapter o(config(QStringLiteral("open311")));
        QCOMPARE(o.prepare(r, SecureBytes(payloadFor(r.reference))).ok(),
                 kind.isEmpty() || kind == QLatin1String("submission"));
    }

    void open311Classification_data()
    {
        QTest::addColumn<HttpAnswer>("a");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("serverRef");
        QTest::addColumn<int>("giveUp");
        QTest::newRow("id") << answer(201, "[{\"service_request_id\":\"638344\",\"token\":null}]")
                            << Kind::Delivered << "638344" << 0;
        QTest::newRow("numeric id")
            << answer(200, "[{\"service_request_id\":638344}]") << Kind::Delivered << "638344" << 0;
        QTest::newRow("token only")
            << answer(200, "[{\"token\":\"12345\"}]") << Kind::Delivered << "token:12345" << 0;
        QTest::newRow("captive portal") << answer(
            200, "<!DOCTYPE html><html><body>Log in to Library WiFi</body></html>", "text/html")
                                        << Kind::Retryable << "" << 0;
        QTest::newRow("html without type")
            << answer(200, "<html>login</html>", "") << Kind::Retryable << "" << 0;
        QTest::newRow("truncated")
            << answer(200, "[{\"service_request_id\":\"63") << Kind::Retryable << "" << 0;
        QTest::newRow("empty array") << answer(200, "[]") << Kind::Retryable << "" << 0;
        QTest::newRow("object not list")
            << answer(200, "{\"service_request_id\":\"1\"}") << Kind::Retryable << "" << 0;
        QTest::newRow("no id no token")
            << answer(200, "[{\"service_notice\":\"x\"}]") << Kind::Retryable << "" << 0;
        QTest::newRow("400 crm down")
            << answer(400, "[{\"code\":400,\"description\":\"CRM unavailable\"}]")
            << Kind::Retryable << "" << Open311Adapter::BadRequestAttempts;
        // The form Boston's mayors24 (Rails) sends for a replay it already holds, in XML as it
        // is sent, and the same words in a JSON error list.
        QTest::newRow("400 duplicate, Rails form (xml)") << answer(
            400, open311Fixture(QStringLiteral("error-400-duplicate-rails.xml")), "text/xml")
                                                         << Kind::Delivered << "duplicate" << 0;
        QTest::newRow("400 duplicate, Rails form with id")
            << answer(400,
                      "[{\"code\":400,\"description\":\"base is a "
                      "duplicate\",\"service_request_id\":\"77\"}]")
            << Kind::Delivered << "77" << 0;
        // Texts that merely contain "duplicate" prove nothing: a 400 like any other.
        QTest::newRow("400 'Duplicate request' is not proof")
            << answer(400,
                      "[{\"code\":400,\"description\":\"Duplicate request\","
                      "\"service_request_id\":\"77\"}]")
            << Kind::Retryable << "" << Open311Adapter::BadRequestAttempts;
        QTest::newRow("400 bare 'duplicate' is not proof")
            << answer(400, "[{\"code\":400,\"description\":\"duplicate\"}]") << Kind::Retryable
            << "" << Open311Adapter::BadRequestAttempts;
        QTest::newRow("400 SQL duplicate key is not proof")
            << answer(400, open311Fixture(QStringLiteral("error-400-duplicate-key-sql.xml")),
                      "text/xml")
            << Kind::Retryable << "" << Open311Adapter::BadRequestAttempts;
        QTest::newRow("400 'possible duplicate' is not proof")
            << answer(400,
                      "[{\"code\":400,\"description\":\"Possible duplicate: base is a "
                      "duplicate of 1123?\"}]")
            << Kind::Retryable << "" << Open311Adapter::BadRequestAttempts;
        QTest::newRow("400 Rails form in a web page is not proof")
            << answer(400,
                      "<html><body><p>Invalid service request: base is a duplicate.</p></body>"
                      "</html>",
                      "text/html")
            << Kind::Retryable << "" << Open311Adapter::BadRequestAttempts;
        QTest::newRow("400 Rails form with another code is not proof")
            << answer(400, "[{\"code\":409,\"description\":\"base is a duplicate\"}]")
            << Kind::Retryable << "" << Open311Adapter::BadRequestAttempts;
        QTest::newRow("403 Rails form is not proof")
            << answer(403, "[{\"code\":400,\"description\":\"base is a duplicate\"}]")
            << Kind::Permanent << "" << 0;
        QTest::newRow("token only (xml)")
            << answer(200, open311Fixture(QStringLiteral("post-token-only.xml")), "text/xml")
            << Kind::Delivered << "token:65f1a0c2e4b0d81a2c3e4f50" << 0;
        QTest::newRow("403") << answer(403, "[{\"code\":403,\"description\":\"bad api_key\"}]")
                             << Kind::Permanent << "" << 0;
        QTest::newRow("404") << answer(404, "") << Kind::Permanent << "" << 0;
        QTest::newRow("500") << answer(500, "") << Kind::Retryable << "" << 0;
        QTest::newRow("503") << answer(503, "") << Kind::Retryable << "" << 0;
        QTest::newRow("429") << answer(429, "") << Kind::Retryable << "" << 0;
        QTest::newRow("408") << answer(408, "") << Kind::Retryable << "" << 0;
        QTest::newRow("302 portal") << answer(302, "") << Kind::Retryable << "" << 0;
        HttpAnswer refused;
        refused.error = QNetworkReply::ConnectionRefusedError;
        QTest::newRow("refused") << refused << Kind::Retryable << "" << 0;
        HttpAnswer tls;
        tls.error = QNetworkReply::SslHandshakeFailedError;
        tls.errorString = QStringLiteral("The certificate has expired");
        QTest::newRow("tls") << tls << Kind::Retryable << "" << 0;
    }
    void open311Classification()
    {
        QFETCH(HttpAnswer, a);
        QFETCH(Kind, kind);
        QFETCH(QString, serverRef);
        QFETCH(int, giveUp);
        Open311Adapter adapter(config(QStringLiteral("open311")));
        const DeliveryOutcome o = adapter.classify(a, now);
        QCOMPARE(o.kind, kind);
        QCOMPARE(o.serverReference, serverRef);
        QCOMPARE(o.giveUpAfterAttempts, giveUp);
        if (kind != Kind::Delivered)
            QVERIFY(!o.reason.isEmpty());
    }

    void open311BadRequestWaitsAtLeastAnHour()
    {
        Open311Adapter adapter(config(QStringLiteral("open311")));
        const auto o = adapter.classify(answer(400, "[{\"code\":400,\"description\":\"x\"}]"), now);
        QVERIFY(o.retryAfter.has_value());
        QVERIFY(*o.retryAfter >= std::chrono::hours(1));
    }

    // Every real-world error document, as the server that wrote it sent it (status from its
    // file name): only Boston's "base is a duplicate" 400 proves an earlier delivery.
    void realWorldErrorDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("boston duplicate 400")
            << "boston-mayors24_error-400_duplicate.xml" << 400 << Kind::Delivered;
        QTest::newRow("fixmystreet service code null 400")
            << "fixmystreet_error-400_service-code-null.xml" << 400 << Kind::Retryable;
        QTest::newRow("bromley business rule 500")
            << "fixmystreet-bromley_error-http500_empty-code.xml" << 500 << Kind::Retryable;
        QTest::newRow("open311-gem not found 404")
            << "codeforamerica-open311-gem_error-404_request-not-found.xml" << 404
            << Kind::Permanent;
        QTest::newRow("open311-gem 403 with status line")
            << "codeforamerica-open311-gem_error-403_nonstandard-with-status-line.xml" << 403
            << Kind::Permanent;
        QTest::newRow("spec 403 json")
            << "spec-georeport-v2_error-403_invalid-api-key.json" << 403 << Kind::Permanent;
        QTest::newRow("spec 403 xml")
            << "spec-georeport-v2_error-403_invalid-api-key.xml" << 403 << Kind::Permanent;
        // A closed request whose status_notes say "Duplicate request." is not an error at
        // all; answered to a POST with 400 it still proves nothing.
        QTest::newRow("spec request with 'Duplicate request.' notes as 400")
            << "spec-georeport-v2_requests-id_638344.xml" << 400 << Kind::Retryable;
    }
    void realWorldErrorDocuments()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(Kind, kind);
        const QByteArray body = realworldOpen311(file);
        if (body.isNull())
            QSKIP("../shared/realworld is not next to this checkout (set CK_REALWORLD_DIR)");
        Open311Adapter adapter(config(QStringLiteral("open311")));
        const DeliveryOutcome o = adapter.classify(answer(status, body, "text/xml"), now);
        QCOMPARE(o.kind, kind);
        // The server's words never reach last_error, only its code.
        for (const char *words :
             {"base is a duplicate", "Service Code cannot be null", "already open for the property",
              "not found with id", "Invalid api_key"})
            QVERIFY2(!o.reason.contains(QLatin1String(words), Qt::CaseInsensitive),
                     qPrintable(o.reason));
    }

    // A CRM that quotes the request back in its error: the reason keeps the status and the
    // code, never the text (it is last_error, shown to staff, kept with the row).
    void serverTextNeverReachesTheReason_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<HttpAnswer>("a");
        QTest::addColumn<QString>("code");
        const QByteArray marker = "Ann Example, 1 High St, ann@example.org";
        QTest::newRow("open311 400 json") << "open311"
                                          << answer(400,
                                                    "[{\"code\":400,\"description\":"
                                                    "\"Rejected: "
                                                        + marker + "\"}]")
                                          << "400";
        QTest::newRow("open311 422 xml")
            << "open311"
            << answer(422,
                      "<errors><error><code>INVALID</code><description>" + marker
                          + "</description></error></errors>",
                      "text/xml")
            << "INVALID";
        QTest::newRow("open311 code is the text")
            << "open311" << answer(403, "[{\"code\":\"" + marker + "\",\"description\":\"x\"}]")
            << "";
        QTest::newRow("json api message")
            << "json"
            << answer(422,
                      "{\"error\":{\"code\":\"invalid-answer\",\"message\":\"" + marker + "\"}}")
            << "invalid-answer";
        QTest::newRow("json api bare string")
            << "json" << answer(400, "{\"error\":\"" + marker + "\"}") << "";
    }
    void serverTextNeverReachesTheReason()
    {
        QFETCH(QString, type);
        QFETCH(HttpAnswer, a);
        QFETCH(QString, code);
        auto adapter = DestinationAdapter::create(config(type));
        QVERIFY(adapter.ok());
        const DeliveryOutcome o = adapter.value()->classify(a, now);
        QVERIFY(o.kind != Kind::Delivered);
        QVERIFY2(!o.reason.contains(QStringLiteral("Ann")), qPrintable(o.reason));
        QVERIFY2(!o.reason.contains(QStringLiteral("High St")), qPrintable(o.reason));
        QVERIFY(o.reason.contains(QString::number(a.status)));
        if (!code.isEmpty())
            QVERIFY2(o.reason.contains(code), qPrintable(o.reason));
        QVERIFY(o.reason.size() < 120);
    }

    // GET tokens/{token}.json: pending in each way real servers say it, then resolved.
    void tokenAnswers_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("id");
        const QString fms = QStringLiteral("369FBB0C-4755-11EC-96C0-F6CCC296753D");
        const QString own = QStringLiteral("0C1D2E3F-5A6B-11EE-8C99-0242AC120002");
        QTest::newRow("fixture pending, 400 empty id")
            << own << 400 << open311Fixture(QStringLiteral("token-pending-http400.xml"))
            << QString();
        QTest::newRow("fixture resolved xml")
            << own << 200 << open311Fixture(QStringLiteral("token-resolved.xml"))
            << QStringLiteral("ENQ-2026-004417");
        QTest::newRow("fixture id only")
            << QStringLiteral("any") << 200 << open311Fixture(QStringLiteral("token-id-only.xml"))
            << QStringLiteral("98213");
        QTest::newRow("fixture resolved json, numeric id")
            << QStringLiteral("7Q4ZK2") << 200
            << open311Fixture(QStringLiteral("token-resolved.json")) << QStringLiteral("90417");
        QTest::newRow("another token's answer is not ours")
            << QStringLiteral("OTHER") << 200
            << open311Fixture(QStringLiteral("token-resolved.json")) << QString();
        QTest::newRow("empty id with 200")
            << QStringLiteral("t") << 200
            << QByteArray("[{\"service_request_id\":\"\",\"token\":\"t\"}]") << QString();
        QTest::newRow("404 not known yet")
            << QStringLiteral("t") << 404
            << QByteArray("[{\"code\":404,\"description\":\"No such token.\"}]") << QString();
        QTest::newRow("captive portal")
            << QStringLiteral("t") << 200 << QByteArray("<html><body>WiFi login</body></html>")
            << QString();
        QTest::newRow("id with a 400 is still pending")
            << own << 400 << open311Fixture(QStringLiteral("token-resolved.xml")) << QString();
        const auto real = [](const char *file) {
            return realworldOpen311(QString::fromLatin1(file));
        };
        if (!realworldDir().isEmpty()) {
            QTest::newRow("fixmystreet pending (HTTP 400)")
                << fms << 400 << real("fixmystreet_tokens_pending-empty-id_http400.xml")
                << QString();
            QTest::newRow("fixmystreet resolved (HTTP 200)")
                << fms << 200 << real("fixmystreet_tokens_resolved_http200.xml")
                << QStringLiteral("SRQ-0123-4567");
            QTest::newRow("merton id only")
                << QStringLiteral("TOKEN") << 200 << real("merton-uk_tokens_id-only.xml")
                << QStringLiteral("ServiceID");
            QTest::newRow("spec json")
                << QStringLiteral("12345") << 200 << real("spec-georeport-v2_tokens_12345.json")
                << QStringLiteral("638344");
            QTest::newRow("spec xml")
                << QStringLiteral("12345") << 200 << real("spec-georeport-v2_tokens_12345.xml")
                << QStringLiteral("638344");
        }
    }
    void tokenAnswers()
    {
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, id);
        QVERIFY(!body.isEmpty());
        Open311Adapter adapter(config(QStringLiteral("open311")));
        const auto result = adapter.classifyToken(token, answer(status, body, "text/xml"));
        QCOMPARE(result.serviceRequestId, id);
        if (id.isEmpty())
            QVERIFY(!result.reason.isEmpty());
        QCOMPARE(Open311Adapter::pendingToken(QStringLiteral("token:") + token), token);
        QCOMPARE(Open311Adapter::pendingToken(QStringLiteral("SR-1")), QString());
        QCOMPARE(adapter.tokenRequest(QStringLiteral("a/b c")).url().toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:1/tokens/a%2Fb%20c.json"));
    }

    void jsonApiClassification_data()
    {
        QTest::addColumn<HttpAnswer>("a");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("serverRef");
        QTest::newRow("201 new") << answer(
            201, "{\"reference\":\"CK-1\",\"serverReference\":\"S-1\",\"receivedAt\":\"x\"}")
                                 << Kind::Delivered << "S-1";
        QTest::newRow("200 replay")
            << answer(200, "{\"reference\":\"CK-1\",\"serverReference\":\"S-1\"}")
            << Kind::Delivered << "S-1";
        QTest::newRow("200 portal")
            << answer(200, "<html>Welcome</html>", "text/html") << Kind::Retryable << "";
        QTest::newRow("201 truncated")
            << answer(201, "{\"reference\":\"CK-1\",\"serverRef") << Kind::Retryable << "";
        QTest::newRow("409") << answer(409, "{\"error\":\"conflict\"}") << Kind::Permanent << "";
        QTest::newRow("400") << answer(400, "{\"error\":\"malformed\"}") << Kind::Permanent << "";
        QTest::newRow("422") << answer(422, "") << Kind::Permanent << "";
        QTest::newRow("500") << answer(500, "") << Kind::Retryable << "";
        QTest::newRow("502") << answer(502, "") << Kind::Retryable << "";
        QTest::newRow("408") << answer(408, "") << Kind::Retryable << "";
        QTest::newRow("429") << answer(429, "") << Kind::Retryable << "";
        HttpAnswer timeout;
        timeout.error = QNetworkReply::OperationCanceledError;
        QTest::newRow("timeout") << timeout << Kind::Retryable << "";
    }
    void jsonApiClassification()
    {
        QFETCH(HttpAnswer, a);
        QFETCH(Kind, kind);
        QFETCH(QString, serverRef);
        JsonApiAdapter adapter(config(QStringLiteral("json")));
        const DeliveryOutcome o = adapter.classify(a, now);
        QCOMPARE(o.kind, kind);
        QCOMPARE(o.serverReference, serverRef);
    }

    void retryAfterFromAnswerIsKept()
    {
        JsonApiAdapter adapter(config(QStringLiteral("json")));
        auto o = adapter.classify(answer(503, "", "text/plain", "120"), now);
        QCOMPARE(o.kind, Kind::Retryable);
        QCOMPARE(o.retryAfter->count(), 120);
        o = adapter.classify(answer(429, "", "text/plain", "Mon, 23 Nov 2026 10:10:00 GMT"), now);
        QCOMPARE(o.retryAfter->count(), 600);
    }

    // The same edge cases through a real socket and QNetworkAccessManager, so header and
    // error mapping from QNetworkReply are covered too.
    void realSocketEdgeCases()
    {
        QByteArray next;
        HttpResponder server([&next](const HttpRequest &) { return next; });
        QNetworkAccessManager nam;
        auto open311 = DestinationAdapter::create(
            config(QStringLiteral("open311"), server.baseUrl(QStringLiteral("open311/v2/"))));
        auto json = DestinationAdapter::create(config(QStringLiteral("json"), server.baseUrl()));
        QVERIFY(open311.ok() && json.ok());

        next = HttpResponder::reply(200, "<html><body>Sign in to WiFi</body></html>", "text/html");
        QCOMPARE(roundTrip(*open311.value(), server, nam).kind, Kind::Retryable);
        QCOMPARE(server.requests().last().path, QByteArray("/open311/v2/requests.json"));
        QVERIFY(server.requests().last().body.contains(
            "attribute%5Bkiosk_reference%5D=CK-7F3K-92QD-X"));

        next = HttpResponder::reply(201, "[{\"service_request_id\":\"9\"}]");
        auto o = roundTrip(*open311.value(), server, nam);
        QCOMPARE(o.kind, Kind::Delivered);
        QCOMPARE(o.serverReference, QStringLiteral("9"));

        // Content-Length promises more than arrives: the connection closes mid-body.
        next = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n"
               "Connection: close\r\n\r\n[{\"service_request_id\":\"1";
        QCOMPARE(roundTrip(*open311.value(), server, nam).kind, Kind::Retryable);

        next = HttpResponder::reply(503, "busy", "text/plain", "Retry-After: 42\r\n");
        o = roundTrip(*json.value(), server, nam);
        QCOMPARE(o.kind, Kind::Retryable);
        QCOMPARE(o.retryAfter->count(), 42);
        QCOMPARE(server.requests().last().headers.value("idempotency-key"),
                 row().idempotencyKey.toLatin1());

        next = HttpResponder::reply(409, "{\"error\":\"conflict\"}");
        QCOMPARE(roundTrip(*json.value(), server, nam).kind, Kind::Permanent);

        next = HttpResponder::reply(201, "{\"serverReference\":\"S-9\"}");
        o = roundTrip(*json.value(), server, nam);
        QCOMPARE(o.kind, Kind::Delivered);
        QCOMPARE(o.serverReference, QStringLiteral("S-9"));

        next = HttpResponder::reply(302, "", "text/html", "Location: http://portal.example/\r\n");
        QCOMPARE(roundTrip(*json.value(), server, nam).kind, Kind::Retryable);
    }

    void connectionRefusedIsRetryable()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        } // closed again: nothing listens there now
        HttpResponder unused([](const HttpRequest &) { return QByteArray(); });
        QNetworkAccessManager nam;
        auto json = DestinationAdapter::create(
            config(QStringLiteral("json"), QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        const auto o = roundTrip(*json.value(), unused, nam);
        QCOMPARE(o.kind, Kind::Retryable);
        QVERIFY(o.reason.contains(QStringLiteral("Network")));
    }
};

QTEST_GUILESS_MAIN(tst_Destination)
#include "tst_destination.moc"
