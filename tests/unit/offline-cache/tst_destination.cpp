#include "httpresponder.h"
#include "jsonapiadapter.h"
#include "open311adapter.h"
#include "outboxtestutil.h"

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
        QTest::newRow("400 duplicate") << answer(
            400,
            "[{\"code\":400,\"description\":\"Duplicate request\",\"service_request_id\":\"77\"}]")
                                       << Kind::Delivered << "77" << 0;
        QTest::newRow("400 duplicate no id")
            << answer(400, "[{\"code\":400,\"description\":\"duplicate\"}]") << Kind::Delivered
            << "duplicate" << 0;
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
