// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The reference intake server over real HTTP: both protocols, idempotency, dedup, faults,
// durability across a restart, and every JSON API answer checked against docs/openapi.yaml.
#include "tests/integration/common/intakeprocess.h"
#include "tests/integration/common/openapivalidator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ck::testing;

namespace {
// service_request_id of the first request in an Open311 answer.
QString requestId(const HttpResult &r)
{
    return r.json()
        .array()
        .first()
        .toObject()
        .value(QStringLiteral("service_request_id"))
        .toString();
}

// How many rows the server holds for one kiosk reference, from /v1/_admin/stats.
int storedFor(const QJsonObject &stats, const QString &reference)
{
    return stats.value(QStringLiteral("references"))
        .toObject()
        .value(reference)
        .toObject()
        .value(QStringLiteral("stored"))
        .toInt();
}
} // namespace

class tst_IntakeProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void submissionCreatedReplayConflict();
    void submissionRejectsBadRequests_data();
    void submissionRejectsBadRequests();
    void submissionStatusLifecycle();
    void heartbeatKeepsLatest();
    void feedbackAndEvidence();
    void performanceAndConfig();
    void open311ServicesAndDefinition();
    void open311PostDedupAndStatus();
    void sameReferenceDifferentSubmissionsAreBothStored();
    void open311WithoutKeyReplaysOnlyTheSameRequest();
    void open311Validation();
    void open311TokenOnly();
    void open311TokenPendingThenResolved();
    void apiKeyEnforced();
    void failRateStoresNothing();
    void dropAfterAcceptStillCommits();
    void durableAcrossRestart();
    void hostileInputKeepsServing();

private:
    HttpResult v1(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult open311(const QByteArray &method, const QString &path, const QByteArray &form = {});
    QJsonObject stats();
    static QByteArray submission(const QString &reference, const QString &extra = {});

    OpenApiValidator m_spec;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    IntakeProcess m_server;
};

void tst_IntakeProtocol::initTestCase()
{
    QVERIFY(m_spec.load(QStringLiteral(CK_SOURCE_DIR "/docs/openapi.yaml")));
}

void tst_IntakeProtocol::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite"))),
             m_server.stderrText().constData());
}

void tst_IntakeProtocol::cleanup()
{
    m_server.stop();
    m_dir.reset();
}

HttpResult tst_IntakeProtocol::v1(const QByteArray &method, const QString &path,
                                  const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // The test-only endpoints need the admin key (tst_fleet_page tests it without one).
    const bool admin = path.startsWith(QLatin1String("/_admin")) && headers.isEmpty();
    HttpResult r = http(m_nam, method, m_server.url(QStringLiteral("/v1") + path), body,
                        admin ? adminHeaders() : headers);
    // Every answer of the JSON API must be the documented shape for its status.
    if (r.status != 0) {
        const QString problem =
            m_spec.validate(QString::fromLatin1(method), path, r.status, r.body);
        if (!problem.isEmpty())
            qWarning("OpenAPI mismatch: %s", qPrintable(problem));
        [&] { QVERIFY2(problem.isEmpty(), qPrintable(problem)); }();
    }
    return r;
}

HttpResult tst_IntakeProtocol::open311(const QByteArray &method, const QString &path,
                                       const QByteArray &form)
{
    return http(m_nam, method, m_server.url(QStringLiteral("/open311/v2/") + path), form,
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QJsonObject tst_IntakeProtocol::stats()
{
    return v1("GET", QStringLiteral("/_admin/stats"), {}, adminHeaders()).json().object();
}

QByteArray tst_IntakeProtocol::submission(const QString &reference, const QString &extra)
{
    return QStringLiteral(R"({"schema":1,"reference":"%1","serviceId":"planning-comment",)"
                          R"("destination":{"name":"planning","serviceCode":"PLANNING_COMMENT"},)"
                          R"("answers":{"comment":"%2"}})")
        .arg(reference, extra)
        .toUtf8();
}

void tst_IntakeProtocol::submissionCreatedReplayConflict()
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const HttpResult first =
        v1("POST", QStringLiteral("/submissions"), submission(QStringLiteral("CK-AAAA-BBBB-1")),
           {{"Idempotency-Key", key}});
    QCOMPARE(first.status, 201);
    const QJsonObject receipt = first.json().object();
    QCOMPARE(receipt.value(QStringLiteral("reference")).toString(),
             QStringLiteral("CK-AAAA-BBBB-1"));
    QVERIFY(!receipt.value(QStringLiteral("serverReference")).toString().isEmpty());

    // Same key, same body with other whitespace and key order: a replay with the same receipt.
    QJsonObject reordered =
        QJsonDocument::fromJson(submission(QStringLiteral("CK-AAAA-BBBB-1"))).object();
    const QByteArray indented = QJsonDocument(reordered).toJson(QJsonDocument::Indented);
    const HttpResult replay =
        v1("POST", QStringLiteral("/submissions"), indented, {{"Idempotency-Key", key}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json().object(), receipt);

    const HttpResult conflict =
        v1("POST", QStringLiteral("/submissions"),
           submission(QStringLiteral("CK-AAAA-BBBB-1"), QStringLiteral("other")),
           {{"Idempotency-Key", key}});
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json()
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("idempotency-conflict"));

    const QJsonObject s = stats();
    const QJsonObject ref = s.value(QStringLiteral("references"))
                                .toObject()
                                .value(QStringLiteral("CK-AAAA-BBBB-1"))
                                .toObject();
    QCOMPARE(ref.value(QStringLiteral("received")).toInt(), 3);
    QCOMPARE(ref.value(QStringLiteral("stored")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("storedTotal")).toInt(), 1);
}

void tst_IntakeProtocol::submissionRejectsBadRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("code");
    QTest::newRow("no key") << submission(QStringLiteral("CK-1")) << QByteArray()
                            << "idempotency-key-missing";
    QTest::newRow("truncated json")
        << QByteArray(R"({"reference":"CK-1",)") << QByteArray("k") << "malformed-json";
    QTest::newRow("array") << QByteArray("[1,2]") << QByteArray("k") << "malformed-json";
    QTest::newRow("html") << QByteArray("<html>login</html>") << QByteArray("k")
                          << "malformed-json";
    QTest::newRow("no reference") << QByteArray(R"({"serviceId":"x"})") << QByteArray("k")
                                  << "reference-missing";
    QTest::newRow("key too long") << submission(QStringLiteral("CK-1")) << QByteArray(200, 'k')
                                  << "idempotency-key-invalid";
}

void tst_IntakeProtocol::submissionRejectsBadRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, key);
    QFETCH(QString, code);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key});
    const HttpResult r = v1("POST", QStringLiteral("/submissions"), body, headers);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             code);
    QCOMPARE(stats().value(QStringLiteral("storedTotal")).toInt(), 0);
}

void tst_IntakeProtocol::submissionStatusLifecycle()
{
    QCOMPARE(v1("GET", QStringLiteral("/submissions/CK-NOPE-NOPE-0")).status, 404);
    QCOMPARE(v1("POST", QStringLiteral("/submissions"),
                submission(QStringLiteral("CK-STAT-0001-1")), {{"Idempotency-Key", "s1"}})
                 .status,
             201);
    HttpResult r = v1("GET", QStringLiteral("/submissions/CK-STAT-0001-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("received"));
    QCOMPARE(r.json().object().value(QStringLiteral("protocol")).toString(),
             QStringLiteral("json"));
    QCOMPARE(v1("POST", QStringLiteral("/_admin/status"),
                R"({"reference":"CK-STAT-0001-1","status":"closed"})", adminHeaders())
                 .status,
             200);
    QCOMPARE(v1("POST", QStringLiteral("/_admin/status"),
                R"({"reference":"CK-STAT-0001-1","status":"lost"})", adminHeaders())
                 .status,
             400);
    r = v1("GET", QStringLiteral("/submissions/CK-STAT-0001-1"));
    QCOMPARE(r.json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("closed"));
}

void tst_IntakeProtocol::heartbeatKeepsLatest()
{
    QCOMPARE(v1("POST", QStringLiteral("/heartbeat"), R"({"kioskId":"k-1","uptimeSec":10})").status,
             200);
    QCOMPARE(v1("POST", QStringLiteral("/heartbeat"), R"({"kioskId":"k-1","uptimeSec":20})").status,
             200);
    QCOMPARE(v1("POST", QStringLiteral("/heartbeat"), R"({"kioskId":"k-2","uptimeSec":5})").status,
             200);
    QCOMPARE(v1("POST", QStringLiteral("/heartbeat"), R"({"uptimeSec":5})").status, 400);
    const HttpResult hb =
        http(m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/heartbeats/k-1")), {},
             adminHeaders());
    QCOMPARE(hb.status, 200);
    const QJsonObject o = hb.json().object();
    QCOMPARE(o.value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(
        o.value(QStringLiteral("heartbeat")).toObject().value(QStringLiteral("uptimeSec")).toInt(),
        20);
    QCOMPARE(stats().value(QStringLiteral("heartbeatKiosks")).toInt(), 2);
    QVERIFY(stats().value(QStringLiteral("kioskNumberClashes")).toArray().isEmpty());

    // One kiosk number reported by two kiosks (an admin's slip): the fleet view says so.
    QCOMPARE(
        v1("POST", QStringLiteral("/heartbeat"), R"({"kioskId":"k-1","kioskNumber":7})").status,
        200);
    QCOMPARE(
        v1("POST", QStringLiteral("/heartbeat"), R"({"kioskId":"k-2","kioskNumber":8})").status,
        200);
    QVERIFY(stats().value(QStringLiteral("kioskNumberClashes")).toArray().isEmpty());
    QCOMPARE(
        v1("POST", QStringLiteral("/heartbeat"), R"({"kioskId":"k-3","kioskNumber":7})").status,
        200);
    const QJsonArray clashes = stats().value(QStringLiteral("kioskNumberClashes")).toArray();
    QCOMPARE(clashes.size(), 1);
    QCOMPARE(clashes.first().toObject().value(QStringLiteral("kioskNumber")).toInt(), 7);
    QCOMPARE(clashes.first().toObject().value(QStringLiteral("kioskIds")).toArray(),
             QJsonArray({QStringLiteral("k-1"), QStringLiteral("k-3")}));
}

void tst_IntakeProtocol::feedbackAndEvidence()
{
    const QByteArray feedback = R"({"rating":4,"comment":"ok","serviceId":"missed-bin"})";
    QCOMPARE(v1("POST", QStringLiteral("/feedback"), feedback).status, 201);
    QCOMPARE(v1("POST", QStringLiteral("/feedback"), feedback, {{"Idempotency-Key", "f1"}}).status,
             201);
    QCOMPARE(v1("POST", QStringLiteral("/feedback"), feedback, {{"Idempotency-Key", "f1"}}).status,
             200);
    QCOMPARE(v1("POST", QStringLiteral("/feedback"), "not json").status, 400);
    QCOMPARE(v1("POST", QStringLiteral("/evidence"), R"({"day":"2026-11-23","completed":3})",
                {{"Idempotency-Key", "e1"}})
                 .status,
             201);
    QCOMPARE(v1("POST", QStringLiteral("/evidence"), R"({"day":"2026-11-23","completed":4})",
                {{"Idempotency-Key", "e1"}})
                 .status,
             409);
    // Feedback is not a submission: it cannot be tracked.
    QCOMPARE(stats().value(QStringLiteral("storedTotal")).toInt(), 3);
}

void tst_IntakeProtocol::performanceAndConfig()
{
    const HttpResult perf = v1("GET", QStringLiteral("/performance"));
    QCOMPARE(perf.status, 200);
    bool sawMissedBin = false;
    for (const QJsonValue &s : perf.json().object().value(QStringLiteral("services")).toArray()) {
        if (s.toObject().value(QStringLiteral("serviceCode")).toString()
            == QLatin1String("MISSED_BIN")) {
            sawMissedBin = true;
            QVERIFY(s.toObject().value(QStringLiteral("medianDaysToClose")).toDouble() > 0);
        }
    }
    QVERIFY(sawMissedBin);
    QCOMPARE(v1("GET", QStringLiteral("/config")).status, 404);

    // Served byte for byte (a re-encoding would break the signature), re-read on every request.
    const QString file = m_dir->filePath(QStringLiteral("signed.json"));
    const QByteArray envelope =
        R"({"config": {"b":1, "a":2}, "signature": "c2ln", "keyId": "demo"})";
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(envelope);
    f.close();
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--config-file"), file}));
    HttpResult cfg = v1("GET", QStringLiteral("/config"));
    QCOMPARE(cfg.status, 200);
    QCOMPARE(cfg.body, envelope);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"config\": {}, \"signature\": \"eA==\"}");
    f.close();
    cfg = v1("GET", QStringLiteral("/config"));
    QCOMPARE(cfg.body, QByteArray("{\"config\": {}, \"signature\": \"eA==\"}"));
}

void tst_IntakeProtocol::open311ServicesAndDefinition()
{
    HttpResult r = open311("GET", QStringLiteral("services.json"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().isArray());
    QStringList codes;
    for (const QJsonValue &s : r.json().array()) {
        QVERIFY(s.toObject().contains(QStringLiteral("service_name")));
        codes << s.toObject().value(QStringLiteral("service_code")).toString();
    }
    QVERIFY(codes.contains(QStringLiteral("MISSED_BIN")));
    r = open311("GET", QStringLiteral("services/MISSED_BIN.json"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("attributes"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("kiosk_reference"));
    r = open311("GET", QStringLiteral("services/NOPE.json"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("code")).toInt(), 404);
    QCOMPARE(open311("GET", QStringLiteral("services/MISSED_BIN.xml")).status, 404);
}

void tst_IntakeProtocol::open311PostDedupAndStatus()
{
    const QByteArray form =
        "service_code=MISSED_BIN&address_string=1+High+St%2C+CF10+1AA"
        "&description=General+waste&attribute%5Bkiosk_reference%5D=CK-O311-0001-1"
        "&attribute%5Bkiosk_idempotency_key%5D=0b4c1f1e-1111-4a4a-8b8b-000000000001"
        "&attribute%5Bbin-type%5D=general";
    HttpResult r = open311("POST", QStringLiteral("requests.json"), form);
    QCOMPARE(r.status, 200);
    const QJsonObject answer = r.json().array().first().toObject();
    const QString id = answer.value(QStringLiteral("service_request_id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(answer.value(QStringLiteral("token")).isNull());

    // A replay of the same request (literal brackets and another field order this time, as
    // some clients send them) answers the same id: dedup on the idempotency key.
    r = open311("POST", QStringLiteral("requests.json"),
                "attribute[kiosk_idempotency_key]=0b4c1f1e-1111-4a4a-8b8b-000000000001"
                "&attribute[bin-type]=general&service_code=MISSED_BIN"
                "&attribute[kiosk_reference]=CK-O311-0001-1&description=General+waste"
                "&address_string=1%20High%20St,%20CF10%201AA");
    QCOMPARE(r.status, 200);
    QCOMPARE(requestId(r), id);
    // The same key with another request is a client bug: 409, not a silent replay.
    r = open311("POST", QStringLiteral("requests.json"),
                "service_code=MISSED_BIN&attribute[kiosk_reference]=CK-O311-0001-1"
                "&attribute[kiosk_idempotency_key]=0b4c1f1e-1111-4a4a-8b8b-000000000001"
                "&description=Something+else");
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("code")).toInt(), 409);

    r = open311("GET", QStringLiteral("requests/%1.json").arg(id));
    QCOMPARE(r.status, 200);
    QJsonObject req = r.json().array().first().toObject();
    QCOMPARE(req.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QVERIFY(QDateTime::fromString(req.value(QStringLiteral("requested_datetime")).toString(),
                                  Qt::ISODate)
                .isValid());
    QVERIFY(req.contains(QStringLiteral("updated_datetime")));

    // The JSON API finds Open311 deliveries by kiosk reference too.
    const HttpResult viaJson = v1("GET", QStringLiteral("/submissions/CK-O311-0001-1"));
    QCOMPARE(viaJson.status, 200);
    QCOMPARE(viaJson.json().object().value(QStringLiteral("serverReference")).toString(), id);
    QCOMPARE(v1("POST", QStringLiteral("/_admin/status"),
                R"({"reference":"CK-O311-0001-1","status":"closed"})", adminHeaders())
                 .status,
             200);
    req = open311("GET", QStringLiteral("requests/%1.json").arg(id))
              .json()
              .array()
              .first()
              .toObject();
    QCOMPARE(req.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(open311("GET", QStringLiteral("requests/SR-999999.json")).status, 404);

    const QJsonObject ref = stats()
                                .value(QStringLiteral("references"))
                                .toObject()
                                .value(QStringLiteral("CK-O311-0001-1"))
                                .toObject();
    QCOMPARE(ref.value(QStringLiteral("received")).toInt(), 3);
    QCOMPARE(ref.value(QStringLiteral("stored")).toInt(), 1);
}

void tst_IntakeProtocol::sameReferenceDifferentSubmissionsAreBothStored()
{
    // Two kiosks that made the same reference (possible without fleet.kioskNumber): two
    // citizens, two requests, each with its own idempotency key. Neither may be swallowed.
    const QByteArray first =
        "service_code=MISSED_BIN&description=Green+bin+missed"
        "&attribute%5Bkiosk_reference%5D=CK-SAME-0001-1"
        "&attribute%5Bkiosk_idempotency_key%5D=aaaaaaaa-0000-4000-8000-000000000001";
    const QByteArray second =
        "service_code=POTHOLE&description=Pothole+on+Queen+St"
        "&attribute%5BWHERE_ON_ROAD%5D=road&attribute%5BDEPTH_CM%5D=5" // required by POTHOLE
        "&attribute%5Bkiosk_reference%5D=CK-SAME-0001-1"
        "&attribute%5Bkiosk_idempotency_key%5D=bbbbbbbb-0000-4000-8000-000000000002";
    const HttpResult a = open311("POST", QStringLiteral("requests.json"), first);
    const HttpResult b = open311("POST", QStringLiteral("requests.json"), second);
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    const QString idA = requestId(a);
    const QString idB = requestId(b);
    QVERIFY(!idA.isEmpty() && !idB.isEmpty());
    QVERIFY(idA != idB);
    QCOMPARE(open311("GET", QStringLiteral("requests/%1.json").arg(idB))
                 .json()
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("service_code"))
                 .toString(),
             QStringLiteral("POTHOLE"));
    // Each still replays to its own id.
    QCOMPARE(requestId(open311("POST", QStringLiteral("requests.json"), second)), idB);

    // The same over the JSON API: dedup on Idempotency-Key, not on the body's reference.
    const HttpResult j1 = v1("POST", QStringLiteral("/submissions"),
                             submission(QStringLiteral("CK-SAME-0002-1"), QStringLiteral("one")),
                             {{"Idempotency-Key", "cccccccc-0000-4000-8000-000000000003"}});
    const HttpResult j2 = v1("POST", QStringLiteral("/submissions"),
                             submission(QStringLiteral("CK-SAME-0002-1"), QStringLiteral("two")),
                             {{"Idempotency-Key", "dddddddd-0000-4000-8000-000000000004"}});
    QCOMPARE(j1.status, 201);
    QCOMPARE(j2.status, 201);
    QVERIFY(j1.json().object().value(QStringLiteral("serverReference"))
            != j2.json().object().value(QStringLiteral("serverReference")));

    const QJsonObject s = stats();
    QCOMPARE(storedFor(s, QStringLiteral("CK-SAME-0001-1")), 2);
    QCOMPARE(storedFor(s, QStringLiteral("CK-SAME-0002-1")), 2);
    QCOMPARE(s.value(QStringLiteral("storedTotal")).toInt(), 4);
}

void tst_IntakeProtocol::open311WithoutKeyReplaysOnlyTheSameRequest()
{
    // A client that sends no idempotency key: the very same request again is a replay (a
    // rotated api_key does not change that); another request with the same reference is new.
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--api-key"), QStringLiteral("k1")}));
    const QByteArray form = "service_code=MISSED_BIN&description=Black+bin"
                            "&attribute%5Bkiosk_reference%5D=CK-NOKY-0001-1";
    const HttpResult a = open311("POST", QStringLiteral("requests.json"), "api_key=k1&" + form);
    QCOMPARE(a.status, 200);
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--api-key"), QStringLiteral("k2")}));
    const HttpResult replay =
        open311("POST", QStringLiteral("requests.json"), form + "&api_key=k2");
    QCOMPARE(replay.status, 200);
    QCOMPARE(requestId(replay), requestId(a));
    const HttpResult other = open311("POST", QStringLiteral("requests.json"),
                                     "api_key=k2&service_code=MISSED_BIN&description=Blue+bin"
                                     "&attribute%5Bkiosk_reference%5D=CK-NOKY-0001-1");
    QCOMPARE(other.status, 200);
    QVERIFY(requestId(other) != requestId(a));
    QCOMPARE(storedFor(stats(), QStringLiteral("CK-NOKY-0001-1")), 2);
}

void tst_IntakeProtocol::open311Validation()
{
    HttpResult r = open311("POST", QStringLiteral("requests.json"), "description=no+service");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("code")).toInt(), 400);
    QVERIFY(!r.json()
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("description"))
                 .toString()
                 .isEmpty());
    QCOMPARE(open311("POST", QStringLiteral("requests.json"), "service_code=NOPE").status, 400);
    QCOMPARE(
        open311("POST", QStringLiteral("requests.json"),
                "service_code=MISSED_BIN&attribute%5Bkiosk_reference%5D=" + QByteArray(300, 'x'))
            .status,
        400);
    QCOMPARE(open311("POST", QStringLiteral("requests.json"),
                     "service_code=MISSED_BIN&attribute%5Bkiosk_idempotency_key%5D="
                         + QByteArray(300, 'x'))
                 .status,
             400);
    QCOMPARE(stats().value(QStringLiteral("storedTotal")).toInt(), 0);
}

void tst_IntakeProtocol::open311TokenOnly()
{
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--open311-token-only")}));
    const HttpResult r =
        open311("POST", QStringLiteral("requests.json"),
                "service_code=MISSED_BIN&attribute%5Bkiosk_reference%5D=CK-TOKN-0001-1");
    QCOMPARE(r.status, 200);
    const QJsonObject answer = r.json().array().first().toObject();
    QVERIFY(!answer.contains(QStringLiteral("service_request_id")));
    const QString token = answer.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    const HttpResult resolved = open311("GET", QStringLiteral("tokens/%1.json").arg(token));
    QCOMPARE(resolved.status, 200);
    QVERIFY(!resolved.json()
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("service_request_id"))
                 .toString()
                 .isEmpty());
    QCOMPARE(open311("GET", QStringLiteral("tokens/unknown.json")).status, 404);
}

// What a token-only council looks like to a kiosk over time: pending (FixMyStreet's HTTP 400
// with an empty id), then the id, then the request with a case worker's notes.
void tst_IntakeProtocol::open311TokenPendingThenResolved()
{
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--open311-token-only"),
                            QStringLiteral("--open311-token-pending"), QStringLiteral("2")}));
    const HttpResult posted =
        open311("POST", QStringLiteral("requests.json"),
                "service_code=MISSED_BIN&attribute%5Bkiosk_reference%5D=CK-TOKN-0002-1");
    const QString token =
        posted.json().array().first().toObject().value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    for (int i = 0; i < 2; ++i) {
        const HttpResult pending = open311("GET", QStringLiteral("tokens/%1.json").arg(token));
        QCOMPARE(pending.status, 400);
        const QJsonObject o = pending.json().array().first().toObject();
        QCOMPARE(o.value(QStringLiteral("service_request_id")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("token")).toString(), token);
    }
    const HttpResult resolved = open311("GET", QStringLiteral("tokens/%1.json").arg(token));
    QCOMPARE(resolved.status, 200);
    const QString id = requestId(resolved);
    QVERIFY(id.startsWith(QStringLiteral("SR-")));

    QCOMPARE(v1("POST", QStringLiteral("/_admin/status"),
                R"({"reference":"CK-TOKN-0002-1","status":"in-progress","notes":"Crew booked."})")
                 .status,
             200);
    const QJsonObject request = open311("GET", QStringLiteral("requests/%1.json").arg(id))
                                    .json()
                                    .array()
                                    .first()
                                    .toObject();
    QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(request.value(QStringLiteral("status_notes")).toString(),
             QStringLiteral("Crew booked."));
    QVERIFY(!request.value(QStringLiteral("updated_datetime")).toString().isEmpty());

    // The stored body, for the crash tests: the canonical form, api_key left out.
    const QJsonArray copies = v1("GET", QStringLiteral("/_admin/submissions/CK-TOKN-0002-1"))
                                  .json()
                                  .object()
                                  .value(QStringLiteral("copies"))
                                  .toArray();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first().toObject().value(QStringLiteral("protocol")).toString(),
             QStringLiteral("open311"));
    QVERIFY(copies.first()
                .toObject()
                .value(QStringLiteral("body"))
                .toString()
                .contains(QStringLiteral("attribute%5Bkiosk_reference%5D=CK-TOKN-0002-1")));
    QCOMPARE(v1("GET", QStringLiteral("/_admin/submissions/CK-NONE-0000-0"))
                 .json()
                 .object()
                 .value(QStringLiteral("copies"))
                 .toArray()
                 .size(),
             0);
}

void tst_IntakeProtocol::apiKeyEnforced()
{
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--api-key"), QStringLiteral("s3cret")}));
    QCOMPARE(open311("POST", QStringLiteral("requests.json"), "service_code=MISSED_BIN").status,
             403);
    QCOMPARE(
        open311("POST", QStringLiteral("requests.json"), "service_code=MISSED_BIN&api_key=wrong")
            .status,
        403);
    QCOMPARE(
        open311("POST", QStringLiteral("requests.json"), "service_code=MISSED_BIN&api_key=s3cret")
            .status,
        200);
    QCOMPARE(v1("POST", QStringLiteral("/submissions"), submission(QStringLiteral("CK-KEY1")),
                {{"Idempotency-Key", "a"}})
                 .status,
             401);
    QCOMPARE(v1("POST", QStringLiteral("/submissions"), submission(QStringLiteral("CK-KEY1")),
                {{"Idempotency-Key", "a"}, {"X-Api-Key", "s3cret"}})
                 .status,
             201);
    QCOMPARE(v1("POST", QStringLiteral("/submissions"), submission(QStringLiteral("CK-KEY2")),
                {{"Idempotency-Key", "b"}, {"Authorization", "Bearer s3cret"}})
                 .status,
             201);
}

void tst_IntakeProtocol::failRateStoresNothing()
{
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--fail-rate"), QStringLiteral("1"),
                            QStringLiteral("--seed"), QStringLiteral("3")}));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(v1("POST", QStringLiteral("/submissions"),
                    submission(QStringLiteral("CK-FAIL-%1").arg(i)),
                    {{"Idempotency-Key", QByteArray::number(i)}})
                     .status,
                 503);
        QCOMPARE(open311("POST", QStringLiteral("requests.json"), "service_code=MISSED_BIN").status,
                 503);
    }
    // The admin window is never faulted.
    QCOMPARE(stats().value(QStringLiteral("storedTotal")).toInt(), 0);
    QCOMPARE(stats().value(QStringLiteral("receivedTotal")).toInt(), 0);
}

void tst_IntakeProtocol::dropAfterAcceptStillCommits()
{
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--drop-after-accept"), QStringLiteral("1")}));
    HttpResult r = http(m_nam, "POST", m_server.url(QStringLiteral("/v1/submissions")),
                        submission(QStringLiteral("CK-DROP-0001-1")), {{"Idempotency-Key", "d1"}});
    QCOMPARE(r.status, 0); // no answer: the connection was cut
    QVERIFY(r.error != QNetworkReply::NoError);
    r = open311("POST", QStringLiteral("requests.json"),
                "service_code=MISSED_BIN&attribute%5Bkiosk_reference%5D=CK-DROP-0002-1");
    QCOMPARE(r.status, 0);
    // ... yet both are durable, and rejected requests (nothing committed) are still answered.
    const QJsonObject s = stats();
    QCOMPARE(storedFor(s, QStringLiteral("CK-DROP-0001-1")), 1);
    QCOMPARE(storedFor(s, QStringLiteral("CK-DROP-0002-1")), 1);
    QCOMPARE(open311("POST", QStringLiteral("requests.json"), "service_code=NOPE").status, 400);
}

void tst_IntakeProtocol::durableAcrossRestart()
{
    QCOMPARE(v1("POST", QStringLiteral("/submissions"),
                submission(QStringLiteral("CK-DURA-0001-1")), {{"Idempotency-Key", "dur"}})
                 .status,
             201);
    // kill -9 right after the answer: the row must be there after a restart.
    m_server.stop();
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite"))));
    QCOMPARE(v1("GET", QStringLiteral("/submissions/CK-DURA-0001-1")).status, 200);
    QCOMPARE(v1("POST", QStringLiteral("/submissions"),
                submission(QStringLiteral("CK-DURA-0001-1")), {{"Idempotency-Key", "dur"}})
                 .status,
             200);
}

namespace {
// A raw client: writes `bytes` (in pieces of `chunk` bytes, `pauseMs` apart) and returns what
// the server answered before it closed the connection, within `waitMs`.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int chunk = 1 << 16, int pauseMs = 0,
                       int waitMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "no connection";
    QByteArray answer;
    // Read as soon as anything arrives: the server may answer (and close) mid-upload.
    QObject::connect(&socket, &QIODevice::readyRead, &socket,
                     [&answer, &socket] { answer += socket.readAll(); });
    QElapsedTimer clock;
    clock.start();
    for (qsizetype at = 0; at < bytes.size() && socket.state() == QAbstractSocket::ConnectedState;
         at += chunk) {
        socket.write(bytes.mid(at, chunk));
        socket.waitForBytesWritten(1000);
        if (pauseMs > 0)
            QTest::qWait(pauseMs);
    }
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < waitMs)
        socket.waitForReadyRead(100);
    return answer;
}

QByteArray statusLine(const QByteArray &answer)
{
    return answer.left(answer.indexOf("\r\n"));
}
} // namespace

void tst_IntakeProtocol::hostileInputKeepsServing()
{
    // Short read timeout so the slow client is cut within the test's seconds.
    QVERIFY(m_server.start(m_dir->filePath(QStringLiteral("intake.sqlite")),
                           {QStringLiteral("--read-timeout-ms"), QStringLiteral("1500")}));
    const quint16 port = m_server.port();
    const auto stillServing = [this] {
        return v1("GET", QStringLiteral("/performance")).status == 200;
    };

    // 1. A 4 MB body that is not JSON, announced by its Content-Length: 413 before the body
    //    is read, through Qt's own client as well as a raw socket.
    const QByteArray junk4mb(4 * 1024 * 1024, '\xff');
    QByteArray announced = "POST /v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Content-Type: application/json\r\nIdempotency-Key: big-1\r\n"
                           "Content-Length: "
        + QByteArray::number(junk4mb.size()) + "\r\n\r\n";
    QCOMPARE(statusLine(rawExchange(port, announced + junk4mb)),
             QByteArray("HTTP/1.1 413 Payload Too Large"));
    const HttpResult viaQt = http(m_nam, "POST", m_server.url(QStringLiteral("/v1/submissions")),
                                  junk4mb, {{"Idempotency-Key", "big-2"}});
    QVERIFY2(viaQt.status == 413 || viaQt.status == 0, QByteArray::number(viaQt.status));
    QVERIFY(stillServing());

    // 2. The same 4 MB chunked, with no length to refuse it by: cut once it passes the limit.
    QByteArray chunked = "POST /open311/v2/requests.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: application/x-www-form-urlencoded\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 64; ++i)
        chunked += "10000\r\n" + QByteArray(0x10000, 'a') + "\r\n";
    chunked += "0\r\n\r\n";
    QCOMPARE(statusLine(rawExchange(port, chunked)), QByteArray("HTTP/1.1 413 Payload Too Large"));
    QVERIFY(stillServing());

    // 3. Junk forms and junk JSON: clear 4xx errors, nothing stored.
    const QList<QByteArray> forms {
        "%%%&&==&attribute[=&=&",
        "service_code=%ZZ&attribute%5B%5D=x&attribute[kiosk_reference=CK",
        QByteArray("service_code=MISSED_BIN\x00\x01\x02&description=\xc3\x28", 41),
        QByteArray(200000, '&'),
        "service_code=" + QByteArray(100000, 'A'),
    };
    for (const QByteArray &form : forms) {
        const HttpResult r = open311("POST", QStringLiteral("requests.json"), form);
        QVERIFY2(r.status == 400, QByteArray::number(r.status) + ' ' + form.left(40));
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("code")).toInt(), 400);
    }
    for (const QByteArray &body : {QByteArray("{\"reference\":"), QByteArray(100000, '['),
                                   QByteArray("\xef\xbb\xbf{}"), QByteArray("null")}) {
        QCOMPARE(
            v1("POST", QStringLiteral("/submissions"), body, {{"Idempotency-Key", "j"}}).status,
            400);
    }
    QCOMPARE(
        rawExchange(port, "GARBAGE / HTTP/9.9\r\n\r\n").isEmpty()
            || statusLine(rawExchange(port, "GARBAGE / HTTP/9.9\r\n\r\n")).startsWith("HTTP/1.1 4"),
        true);
    QCOMPARE(http(m_nam, "DELETE", m_server.url(QStringLiteral("/v1/submissions"))).status, 405);
    QCOMPARE(open311("GET", QStringLiteral("requests/..%2F..%2Fetc%2Fpasswd.json")).status, 404);
    QVERIFY(stillServing());

    // 4. A slow client (headers, then one byte every 200 ms) is answered 408 and dropped
    //    after the read timeout, and every other client is served meanwhile.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(slow.waitForConnected(5000));
    slow.write("POST /v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nIdempotency-Key: slow\r\n"
               "Content-Type: application/json\r\nContent-Length: 400\r\n\r\n{");
    QElapsedTimer clock;
    clock.start();
    QByteArray slowAnswer;
    int served = 0;
    while (slow.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 8000) {
        slow.write("x");
        slow.waitForBytesWritten(200);
        QTest::qWait(200);
        slowAnswer += slow.readAll();
        served += stillServing() ? 1 : 0;
    }
    slowAnswer += slow.readAll();
    QCOMPARE(statusLine(slowAnswer), QByteArray("HTTP/1.1 408 Request Timeout"));
    QVERIFY2(clock.elapsed() < 4000, QByteArray::number(clock.elapsed()));
    QVERIFY(served >= 3);
    // An idle connection that never says anything is closed too.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(idle.waitForConnected(5000));
    QElapsedTimer idleClock;
    idleClock.start();
    QVERIFY(idle.waitForDisconnected(5000));
    QVERIFY2(idleClock.elapsed() < 3000, QByteArray::number(idleClock.elapsed()));

    // 5. Hostile but well-formed: right-to-left text, emoji and SQL in an answer are stored
    //    as given, once.
    const QByteArray hostile =
        "{\"reference\":\"CK-RTL-0001-1\",\"answers\":{\"c\":\""
        "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xf0\x9f\x91\x8b x\x27\x29; "
        "DROP TABLE submissions;--\"}}";
    QCOMPARE(
        v1("POST", QStringLiteral("/submissions"), hostile, {{"Idempotency-Key", "rtl"}}).status,
        201);
    QCOMPARE(v1("GET", QStringLiteral("/submissions/CK-RTL-0001-1")).status, 200);
    const QJsonObject copies =
        v1("GET", QStringLiteral("/_admin/submissions/CK-RTL-0001-1")).json().object();
    QCOMPARE(copies.value(QStringLiteral("copies")).toArray().size(), 1);
    QVERIFY(copies.value(QStringLiteral("copies"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("body"))
                .toString()
                .contains(QStringLiteral("DROP TABLE submissions")));
    QCOMPARE(stats().value(QStringLiteral("storedTotal")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_IntakeProtocol)
#include "tst_intake_protocol.moc"
