// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/deliverylock.h"
#include "offline-cache/open311adapter.h"
#include "offline-cache/sqlitedb.h"
#include "offline-cache/syncengine.h"
#include "tests/unit/offline-cache/httpresponder.h"
#include "tests/unit/offline-cache/outboxtestutil.h"
#include "tests/unit/offline-cache/realworld.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace ck;
using namespace ck::test;

namespace {

// The engine on its own worker thread, as the app runs it.
class EngineThread
{
public:
    EngineThread(Outbox *outbox, QList<DestinationConfig> destinations, SyncOptions options)
    {
        engine = new SyncEngine(outbox, std::move(destinations), std::move(options));
        engine->moveToThread(&thread);
        QObject::connect(&thread, &QThread::started, engine, &SyncEngine::start);
        QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
    }
    void start() { thread.start(); }
    void syncNow()
    {
        QMetaObject::invokeMethod(engine, &SyncEngine::syncNow, Qt::QueuedConnection);
    }
    ~EngineThread()
    {
        if (thread.isRunning()) {
            QMetaObject::invokeMethod(engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        } else {
            delete engine;
        }
    }
    QThread thread;
    SyncEngine *engine = nullptr;
};

QString referenceOf(const HttpRequest &req)
{
    if (req.path.endsWith("requests.json")) {
        for (const QByteArray &pair : req.body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            if (QUrl::fromPercentEncoding(pair.left(eq))
                == QLatin1String("attribute[kiosk_reference]"))
                return QUrl::fromPercentEncoding(pair.mid(eq + 1));
        }
        return {};
    }
    return QJsonDocument::fromJson(req.body).object().value(QStringLiteral("reference")).toString();
}

} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Outbox> m_outbox;
    std::function<QDateTime()> m_movingClock;

    SyncOptions options()
    {
        SyncOptions o;
        o.useNetworkInformation = false;
        o.random = [] { return quint64(4999); }; // deterministic jitter, never 0
        return o;
    }
    static DestinationConfig destination(const QString &name, const QString &type,
                                         const QString &url)
    {
        DestinationConfig d;
        d.name = name;
        d.type = type;
        d.baseUrl = url;
        d.timeoutMs = 5000;
        return d;
    }
    qint64 count(const QString &state) { return m_outbox->depthByState()->value(state); }
    void openOutbox()
    {
        OutboxOptions o;
        o.dataDir = m_dir->path();
        o.clock = m_clock.fn();
        o.freeBytes = [](const QString &) { return qint64(1) << 40; };
        m_outbox = std::move(Outbox::open(o).value());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = FakeClock {};
        openOutbox();
    }
    void cleanup() { m_outbox.reset(); }

    void drainsEveryRowOnceToTheJsonApi()
    {
        QSet<QByteArray> keys;
        HttpResponder server([&keys](const HttpRequest &req) {
            keys.insert(req.headers.value("idempotency-key"));
            return HttpResponder::reply(
                201,
                QJsonDocument(QJsonObject {{QStringLiteral("serverReference"),
                                            QStringLiteral("S-") + referenceOf(req)}})
                    .toJson());
        });
        constexpr int N = 25;
        for (int i = 0; i < N; ++i)
            QVERIFY(m_outbox->enqueue(item(QStringLiteral("CK-J-%1").arg(i), QStringLiteral("api")))
                        .ok());

        EngineThread et(
            m_outbox.get(),
            {destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())},
            options());
        int idles = 0;
        SyncProgress last;
        QString deliveredRef;
        QObject::connect(et.engine, &SyncEngine::idle, this, [&idles] { ++idles; });
        QObject::connect(et.engine, &SyncEngine::progress, this,
                         [&last](const SyncProgress &p) { last = p; });
        QObject::connect(
            et.engine, &SyncEngine::delivered, this,
            [&deliveredRef](const QString &ref, const QString &) { deliveredRef = ref; });
        et.start();
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("delivered")), qint64(N), 20000);
        QTRY_VERIFY(idles > 0);
        QTRY_COMPARE(last.depth.value(QStringLiteral("delivered")), qint64(N));
        QVERIFY(last.lastSuccessAt.isValid());
        QVERIFY(last.lastError.isEmpty());
        QCOMPARE(last.inFlight, 0);
        QVERIFY(deliveredRef.startsWith(QStringLiteral("CK-J-")));
        QCOMPARE(server.requests().size(), N);
        QCOMPARE(keys.size(), N);
        auto receipt = m_outbox->receipt(QStringLiteral("CK-J-7"));
        QCOMPARE(receipt->serverReference, QStringLiteral("S-CK-J-7"));
        // The body is the sealed document, byte for byte.
        for (const HttpRequest &req : server.requests())
            QCOMPARE(req.body, payloadFor(referenceOf(req)));
    }

    void outcomesMapToStates()
    {
        HttpResponder server([](const HttpRequest &req) {
            const QString ref = referenceOf(req);
            if (ref.endsWith(QLatin1String("409")))
                return HttpResponder::reply(409, "{\"error\":\"conflict\"}");
            if (ref.endsWith(QLatin1String("503")))
                return HttpResponder::reply(503, "", "text/plain", "Retry-After: 100\r\n");
            if (ref.endsWith(QLatin1String("portal")))
                return HttpResponder::reply(200, "<html>login</html>", "text/html");
            return HttpResponder::reply(201, "{\"serverReference\":\"S\"}");
        });
        for (const char *ref : {"CK-409", "CK-503", "CK-portal", "CK-ok"})
            QVERIFY(m_outbox->enqueue(item(QString::fromLatin1(ref), QStringLiteral("api"))).ok());
        QVERIFY(
            m_outbox->enqueue(item(QStringLiteral("CK-nowhere"), QStringLiteral("nowhere"))).ok());

        EngineThread et(
            m_outbox.get(),
            {destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())},
            options());
        int idles = 0;
        QObject::connect(et.engine, &SyncEngine::idle, this, [&idles] { ++idles; });
        et.start();
        QTRY_VERIFY_WITH_TIMEOUT(idles > 0 && count(QStringLiteral("sending")) == 0, 20000);

        QCOMPARE(m_outbox->receipt(QStringLiteral("CK-ok"))->state, QStringLiteral("delivered"));
        QCOMPARE(m_outbox->receipt(QStringLiteral("CK-409"))->state, QStringLiteral("rejected"));
        const auto rows = m_outbox->rows({{QStringLiteral("queued")}, {}, 10}).value();
        QCOMPARE(rows.size(), 3);
        for (const OutboxRow &r : rows) {
            QCOMPARE(r.attempts, 1);
            QVERIFY(!r.lastError.isEmpty());
            if (r.reference == QLatin1String("CK-503"))
                QVERIFY(r.nextAttemptAt >= m_clock.now.addSecs(100)); // Retry-After honoured
            else
                QVERIFY(r.nextAttemptAt > m_clock.now); // backoff, not a hot loop
            if (r.reference == QLatin1String("CK-nowhere"))
                QVERIFY(r.lastError.contains(QStringLiteral("nowhere")));
        }
        // Not due yet: another round sends nothing.
        const int sent = int(server.requests().size());
        QCOMPARE(sent, 4);
        et.syncNow();
        QTest::qWait(200);
        QCOMPARE(int(server.requests().size()), sent);
        // Due after the longest backoff: the three come round again.
        m_clock.now = m_clock.now.addSecs(3600);
        et.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(int(server.requests().size()), sent + 2, 10000);
    }

    // GeoReport endpoints that answer 400 while their CRM is down get a few tries, hours
    // apart, before the row becomes a dead letter.
    void open311BadRequestBecomesDeadLetterAfterRetries()
    {
        HttpResponder server([](const HttpRequest &) {
            return HttpResponder::reply(400,
                                        "[{\"code\":400,\"description\":\"Service unavailable\"}]");
        });
        const qint64 id = m_outbox->enqueue(item(QStringLiteral("CK-400")))->id;
        EngineThread et(m_outbox.get(),
                        {destination(QStringLiteral("council"), QStringLiteral("open311"),
                                     server.baseUrl(QStringLiteral("open311/v2/")))},
                        options());
        et.start();
        for (int attempt = 1; attempt <= Open311Adapter::BadRequestAttempts; ++attempt) {
            QTRY_COMPARE_WITH_TIMEOUT(int(server.requests().size()), attempt, 10000);
            QTRY_VERIFY(m_outbox->row(id)->state != QLatin1String("sending"));
            if (attempt < Open311Adapter::BadRequestAttempts) {
                const OutboxRow r = m_outbox->row(id).value();
                QCOMPARE(r.state, QStringLiteral("queued"));
                QVERIFY(r.nextAttemptAt >= m_clock.now.addSecs(3600));
                m_clock.now = r.nextAttemptAt;
                et.syncNow();
            }
        }
        QCOMPARE(m_outbox->row(id)->state, QStringLiteral("rejected"));
        QVERIFY(m_outbox->row(id)->lastError.contains(QStringLiteral("400")));
    }

    void wakesUpOnEnqueue()
    {
        HttpResponder server([](const HttpRequest &) {
            return HttpResponder::reply(201, "[{\"service_request_id\":\"1\"}]");
        });
        EngineThread et(
            m_outbox.get(),
            {destination(QStringLiteral("council"), QStringLiteral("open311"), server.baseUrl())},
            options());
        int idles = 0;
        QObject::connect(et.engine, &SyncEngine::idle, this, [&idles] { ++idles; });
        et.start();
        QTRY_VERIFY(idles > 0);
        QVERIFY(m_outbox->enqueue(item(QStringLiteral("CK-W-1"))).ok()); // no syncNow()
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("delivered")), qint64(1), 10000);
    }

    // Token checks are scheduled on the clock: these tests need one that moves, from the
    // engine's thread as well as this one.
    void reopenWithMovingClock()
    {
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        const QDateTime base = m_clock.now;
        m_movingClock = [started, base] { return base.addMSecs(started->elapsed()); };
        m_outbox.reset();
        OutboxOptions o;
        o.dataDir = m_dir->path();
        o.clock = m_movingClock;
        o.freeBytes = [](const QString &) { return qint64(1) << 40; };
        m_outbox = std::move(Outbox::open(o).value());
    }
    SyncOptions tokenOptions()
    {
        SyncOptions o = options();
        o.clock = m_movingClock;
        o.tokenBackoff.base = std::chrono::milliseconds(40);
        o.tokenBackoff.floor = std::chrono::milliseconds(20);
        o.tokenBackoff.cap = std::chrono::milliseconds(200);
        return o;
    }

    // GeoReport v2: a token-only answer is a delivery, and the id comes later from
    // GET tokens/{token}.json. The engine asks on a schedule while the server says "pending"
    // (in the ways real servers say it), then keeps the id in the receipt.
    void tokenIsResolvedIntoTheReceipt_data()
    {
        QTest::addColumn<QByteArray>("pending1");
        QTest::addColumn<int>("pending1Status");
        QTest::addColumn<QByteArray>("pending2");
        QTest::addColumn<int>("pending2Status");
        QTest::addColumn<QByteArray>("resolved");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("id");
        // JSON: 404 before the CRM knows the token, then an empty id, then the id.
        QTest::newRow("json") << QByteArray("[{\"code\":404,\"description\":\"No such token.\"}]")
                              << 404
                              << QByteArray("[{\"service_request_id\":\"\",\"token\":\"T-1\"}]")
                              << 200
                              << QByteArray(
                                     "[{\"service_request_id\":\"SR-000042\",\"token\":\"T-1\"}]")
                              << QStringLiteral("T-1") << QStringLiteral("SR-000042");
        // XML as FixMyStreet serves it: pending is HTTP 400 with an empty id.
        QByteArray pending =
            realworldOpen311(QStringLiteral("fixmystreet_tokens_pending-empty-id_http400.xml"));
        QByteArray resolved =
            realworldOpen311(QStringLiteral("fixmystreet_tokens_resolved_http200.xml"));
        if (!pending.isNull() && !resolved.isNull()) {
            QTest::newRow("fixmystreet xml (real-world documents)")
                << pending << 400 << pending << 400 << resolved
                << QStringLiteral("369FBB0C-4755-11EC-96C0-F6CCC296753D")
                << QStringLiteral("SRQ-0123-4567");
        }
        QTest::newRow("xml fixtures")
            << open311Fixture(QStringLiteral("token-pending-http400.xml")) << 400
            << open311Fixture(QStringLiteral("token-pending-http400.xml")) << 400
            << open311Fixture(QStringLiteral("token-resolved.xml"))
            << QStringLiteral("0C1D2E3F-5A6B-11EE-8C99-0242AC120002")
            << QStringLiteral("ENQ-2026-004417");
    }
    void tokenIsResolvedIntoTheReceipt()
    {
        QFETCH(QByteArray, pending1);
        QFETCH(int, pending1Status);
        QFETCH(QByteArray, pending2);
        QFETCH(int, pending2Status);
        QFETCH(QByteArray, resolved);
        QFETCH(QString, token);
        QFETCH(QString, id);
        reopenWithMovingClock();
        int tokenAsks = 0;
        QByteArray askedPath;
        HttpResponder server([&](const HttpRequest &req) {
            if (req.path.endsWith("requests.json"))
                return HttpResponder::reply(
                    200,
                    "<?xml version=\"1.0\"?><service_requests><request><token>" + token.toUtf8()
                        + "</token></request></service_requests>",
                    "text/xml");
            askedPath = req.path;
            ++tokenAsks;
            if (tokenAsks == 1)
                return HttpResponder::reply(pending1Status, pending1, "text/xml");
            if (tokenAsks == 2)
                return HttpResponder::reply(pending2Status, pending2, "text/xml");
            return HttpResponder::reply(200, resolved, "text/xml");
        });
        QVERIFY(m_outbox->enqueue(item(QStringLiteral("CK-T-1"))).ok());
        EngineThread et(m_outbox.get(),
                        {destination(QStringLiteral("council"), QStringLiteral("open311"),
                                     server.baseUrl(QStringLiteral("open311/v2/")))},
                        tokenOptions());
        QString resolvedRef, resolvedId;
        QObject receiver; // queued calls die with it, not with the test object
        QObject::connect(et.engine, &SyncEngine::tokenResolved, &receiver,
                         [&](const QString &ref, const QString &sr) {
                             resolvedRef = ref;
                             resolvedId = sr;
                         });
        et.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->receipt(QStringLiteral("CK-T-1"))->state,
                                  QStringLiteral("delivered"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->receipt(QStringLiteral("CK-T-1"))->serverReference, id,
                                  10000);
        QTRY_COMPARE(resolvedRef, QStringLiteral("CK-T-1"));
        QCOMPARE(resolvedId, id);
        QCOMPARE(tokenAsks, 3);
        QCOMPARE(askedPath, "/open311/v2/tokens/" + QUrl::toPercentEncoding(token) + ".json");
        // Resolved: nobody asks again.
        QTest::qWait(400);
        QCOMPARE(tokenAsks, 3);
        QCOMPARE(m_outbox->pendingTokens()->size(), 0);
    }

    // A kiosk restarted before the id came: the token is asked for again at start.
    void pendingTokenSurvivesARestart()
    {
        reopenWithMovingClock();
        bool resolve = false;
        HttpResponder server([&resolve](const HttpRequest &req) {
            if (req.path.endsWith("requests.json"))
                return HttpResponder::reply(200, "[{\"token\":\"TK-9\"}]");
            return resolve ? HttpResponder::reply(200, "[{\"service_request_id\":\"77\"}]")
                           : HttpResponder::reply(404, "[{\"code\":404,\"description\":\"?\"}]");
        });
        QVERIFY(m_outbox->enqueue(item(QStringLiteral("CK-T-2"))).ok());
        const auto destinations = QList<DestinationConfig> {
            destination(QStringLiteral("council"), QStringLiteral("open311"),
                        server.baseUrl(QStringLiteral("open311/v2/")))};
        {
            EngineThread et(m_outbox.get(), destinations, tokenOptions());
            et.start();
            QTRY_COMPARE_WITH_TIMEOUT(m_outbox->receipt(QStringLiteral("CK-T-2"))->serverReference,
                                      QStringLiteral("token:TK-9"), 10000);
            QTRY_VERIFY(server.requests().size() >= 2); // asked, still pending
        }
        QCOMPARE(m_outbox->pendingTokens()->size(), 1);
        resolve = true;
        SyncOptions slow = tokenOptions();
        slow.tokenBackoff.base = std::chrono::hours(1); // only the start-up check can do it
        slow.tokenBackoff.floor = std::chrono::hours(1);
        EngineThread et(m_outbox.get(), destinations, slow);
        et.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->receipt(QStringLiteral("CK-T-2"))->serverReference,
                                  QStringLiteral("77"), 10000);
    }

    // Answers are read with a size cap and a time limit: a 4 MB body (announced, or chunked
    // without a length) and a server that drips one byte at a time are cut, the row stays
    // queued for a retry, and the engine goes on with the next row.
    void hostileAnswersAreCut_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("dripMs");
        QTest::addColumn<QString>("why");
        const QByteArray big(4 * 1024 * 1024, 'x');
        QTest::newRow("4 MB with Content-Length")
            << HttpResponder::reply(200, "[{\"service_request_id\":\"" + big + "\"}]") << 0
            << QStringLiteral("larger answer");
        QByteArray chunked = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        for (int i = 0; i < 64; ++i)
            chunked +=
                QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'y') + "\r\n";
        chunked += "0\r\n\r\n";
        QTest::newRow("4 MB chunked") << chunked << 0 << QStringLiteral("larger answer");
        QTest::newRow("one byte every 100 ms")
            << HttpResponder::reply(201, "[{\"service_request_id\":\"1\"}]") << 100
            << QStringLiteral("in time");
    }
    void hostileAnswersAreCut()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, dripMs);
        QFETCH(QString, why);
        HttpResponder server([&raw](const HttpRequest &req) {
            if (referenceOf(req) == QLatin1String("CK-H-ok"))
                return HttpResponder::reply(201, "[{\"service_request_id\":\"2\"}]");
            return raw;
        });
        server.setDripMs(dripMs);
        const qint64 hostile = m_outbox->enqueue(item(QStringLiteral("CK-H-1")))->id;
        DestinationConfig d = destination(QStringLiteral("council"), QStringLiteral("open311"),
                                          server.baseUrl(QStringLiteral("open311/v2/")));
        d.timeoutMs = 700; // the whole exchange; the drip would take seconds
        SyncOptions o = options();
        o.maxParallel = 1;
        EngineThread et(m_outbox.get(), {d}, o);
        QElapsedTimer clock;
        clock.start();
        et.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->row(hostile)->state == QLatin1String("queued")
                                     && m_outbox->row(hostile)->attempts == 1,
                                 10000);
        QVERIFY2(m_outbox->row(hostile)->lastError.contains(why),
                 qPrintable(m_outbox->row(hostile)->lastError));
        QVERIFY(clock.elapsed() < 5000);
        // The engine is free for the next row.
        if (dripMs == 0) {
            QVERIFY(m_outbox->enqueue(item(QStringLiteral("CK-H-ok"))).ok());
            QTRY_COMPARE_WITH_TIMEOUT(m_outbox->receipt(QStringLiteral("CK-H-ok"))->state,
                                      QStringLiteral("delivered"), 10000);
        }
    }

    void tamperedRowIsDeadLetteredWithoutSending()
    {
        HttpResponder server([](const HttpRequest &) {
            return HttpResponder::reply(201, "{\"serverReference\":\"S\"}");
        });
        const qint64 id =
            m_outbox->enqueue(item(QStringLiteral("CK-X-1"), QStringLiteral("api")))->id;
        {
            auto db = sqlite::Database::open(m_outbox->databasePath());
            QVERIFY(
                db.value()
                    ->exec(QStringLiteral("UPDATE outbox SET payload = zeroblob(64) WHERE id = %1")
                               .arg(id))
                    .ok());
        }
        EngineThread et(
            m_outbox.get(),
            {destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())},
            options());
        et.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->row(id)->state, QStringLiteral("rejected"), 10000);
        QCOMPARE(server.requests().size(), 0);
    }

    void stopPutsInFlightRowsBackInTheQueue()
    {
        HttpResponder server([](const HttpRequest &) { return QByteArray(); }); // never answers
        for (int i = 0; i < 6; ++i)
            QVERIFY(m_outbox->enqueue(item(QStringLiteral("CK-S-%1").arg(i), QStringLiteral("api")))
                        .ok());
        SyncOptions o = options();
        o.maxParallel = 2;
        EngineThread et(
            m_outbox.get(),
            {destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())}, o);
        et.start();
        QTRY_COMPARE_WITH_TIMEOUT(int(server.requests().size()), 2, 10000);
        // Two in flight plus a claimed round ready behind them: all `sending`.
        QTRY_COMPARE(count(QStringLiteral("sending")), qint64(4));
        QMetaObject::invokeMethod(et.engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
        QCOMPARE(count(QStringLiteral("sending")), qint64(0));
        QCOMPARE(count(QStringLiteral("queued")), qint64(6));
        // Named first: `for (x : f().value())` would iterate a destroyed temporary.
        const QList<OutboxRow> rows = m_outbox->rows().value();
        for (const OutboxRow &r : rows)
            QVERIFY(r.nextAttemptAt <= m_clock.now); // due again at once, no backoff
    }

    void attemptsAreReportedWithTheirLatency()
    {
        HttpResponder server([](const HttpRequest &) { return HttpResponder::reply(503, ""); });
        QVERIFY(m_outbox->enqueue(item(QStringLiteral("CK-L-1"), QStringLiteral("api"))).ok());
        EngineThread et(
            m_outbox.get(),
            {destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())},
            options());
        QList<SyncAttempt> attempts;
        QObject::connect(et.engine, &SyncEngine::attempted, this,
                         [&attempts](const SyncAttempt &a) { attempts << a; });
        et.start();
        QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), 1, 10000);
        QCOMPARE(attempts.first().reference, QStringLiteral("CK-L-1"));
        QCOMPARE(attempts.first().httpStatus, 503);
        QCOMPARE(attempts.first().outcome, DeliveryOutcome::Kind::Retryable);
        QVERIFY(attempts.first().elapsedMs >= 0);
    }

    // The second scenario in one process: two deliverers on one outbox (two Outbox
    // instances, as the kiosk and civic-kioskctl have). The second neither resets the first's
    // in-flight rows nor posts anything while the first holds the lock; it takes over the
    // rows the first leaves behind once the lock is free.
    void secondDelivererNeverPostsTheFirstsRows()
    {
        QHash<QString, int> posts;
        bool answer = false;
        HttpResponder server([&](const HttpRequest &req) {
            ++posts[referenceOf(req)];
            return answer ? HttpResponder::reply(201, "{\"serverReference\":\"S\"}")
                          : QByteArray(); // slow: hangs
        });
        for (int i = 0; i < 6; ++i)
            QVERIFY(
                m_outbox->enqueue(item(QStringLiteral("CK-2D-%1").arg(i), QStringLiteral("api")))
                    .ok());
        const QList<DestinationConfig> dests {
            destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())};
        SyncOptions o = options();
        o.maxParallel = 2;
        o.lockRetryMs = 50;
        auto first = std::make_unique<EngineThread>(m_outbox.get(), dests, o);
        first->start();
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("sending")), qint64(4), 10000);

        OutboxOptions oo;
        oo.dataDir = m_dir->path();
        oo.clock = m_clock.fn();
        oo.freeBytes = [](const QString &) { return qint64(1) << 40; };
        auto secondOutbox = std::move(Outbox::open(oo).value());
        QCOMPARE(count(QStringLiteral("sending")), qint64(4)); // opening reset nothing
        EngineThread second(secondOutbox.get(), dests, o);
        second.start();
        second.syncNow();
        QTest::qWait(400);
        QCOMPARE(int(server.requests().size()), 2); // only the first's two in flight
        for (auto it = posts.cbegin(); it != posts.cend(); ++it)
            QCOMPARE(it.value(), 1);

        // The first stops (its requests aborted, rows queued again, lock free): the second
        // takes over and delivers everything, each row once more at most.
        answer = true;
        first.reset();
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("delivered")), qint64(6), 10000);
        for (auto it = posts.cbegin(); it != posts.cend(); ++it)
            QVERIFY2(it.value() <= 2, qPrintable(it.key()));
        QCOMPARE(int(posts.size()), 6);
    }

    // A dead deliverer (kill -9) leaves rows `sending` and its lock released by the kernel:
    // the next holder puts them back and delivers them.
    void takesOverRowsLeftSendingByADeadDeliverer()
    {
        HttpResponder server([](const HttpRequest &) {
            return HttpResponder::reply(201, "{\"serverReference\":\"S\"}");
        });
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                m_outbox->enqueue(item(QStringLiteral("CK-DEAD-%1").arg(i), QStringLiteral("api")))
                    .ok());
        QCOMPARE(m_outbox->claimDue(m_clock.now, 3)->size(), 3); // ... and then it died
        EngineThread et(
            m_outbox.get(),
            {destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())},
            options());
        et.start();
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("delivered")), qint64(3), 10000);
        QCOMPARE(int(server.requests().size()), 3);
    }

    // While civic-kioskctl sync holds the lock the kiosk sends nothing; once it lets go, the
    // kiosk delivers; once idle, the kiosk lets go so staff can deliver again.
    void waitsWhileAnotherDelivererHoldsTheLock()
    {
        HttpResponder server([](const HttpRequest &) {
            return HttpResponder::reply(201, "{\"serverReference\":\"S\"}");
        });
        DeliveryLock staff(m_outbox->dataDir());
        QVERIFY(staff.acquire().ok());
        QVERIFY(m_outbox->enqueue(item(QStringLiteral("CK-WAIT-1"), QStringLiteral("api"))).ok());
        SyncOptions o = options();
        o.lockRetryMs = 50;
        // Receivers outlive the engine's queued signals only if declared before it.
        int idles = 0;
        QObject receiver;
        EngineThread et(
            m_outbox.get(),
            {destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())}, o);
        QObject::connect(et.engine, &SyncEngine::idle, &receiver, [&idles] { ++idles; });
        et.start();
        QTest::qWait(300);
        QCOMPARE(int(server.requests().size()), 0);
        QCOMPARE(count(QStringLiteral("queued")), qint64(1));
        staff.release();
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("delivered")), qint64(1), 5000);
        QTRY_VERIFY(idles > 0);
        QTRY_VERIFY_WITH_TIMEOUT(staff.acquire().ok(), 5000); // idle kiosk: lock free
    }

    // A row sealed under another kiosk key is never claimed, never sent, never a dead letter:
    // it waits with an admin-visible reason until its key is back, then goes.
    void rowsUnderAnotherKeyWaitForTheirKey()
    {
        HttpResponder server([](const HttpRequest &) {
            return HttpResponder::reply(201, "{\"serverReference\":\"S\"}");
        });
        const QList<DestinationConfig> dests {
            destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())};
        for (int i = 0; i < 2; ++i)
            QVERIFY(
                m_outbox->enqueue(item(QStringLiteral("CK-OLD-%1").arg(i), QStringLiteral("api")))
                    .ok());
        const QString oldKeyId = m_outbox->keyId();
        m_outbox.reset();
        const QString keyFile = m_dir->filePath(QStringLiteral("keys/kiosk.key"));
        QVERIFY(QFile::rename(keyFile, keyFile + QStringLiteral(".old")));
        {
            QFile other(keyFile);
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write(QByteArray(32, '\x33'));
        }
        openOutbox();
        QVERIFY(m_outbox->keyId() != oldKeyId);
        QVERIFY(m_outbox->enqueue(item(QStringLiteral("CK-NEW-0"), QStringLiteral("api"))).ok());
        QCOMPARE(m_outbox->rowsUnderOtherKeys().value(), qint64(2));
        {
            int idles = 0;
            QString shown; // what the admin screen shows as the last error
            QObject receiver;
            EngineThread et(m_outbox.get(), dests, options());
            QObject::connect(et.engine, &SyncEngine::idle, &receiver, [&idles] { ++idles; });
            QObject::connect(et.engine, &SyncEngine::progress, &receiver,
                             [&shown](const SyncProgress &p) { shown = p.lastError; });
            et.start();
            QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("delivered")), qint64(1), 10000);
            QTRY_VERIFY(idles > 0);
            QTRY_VERIFY2(shown.contains(QStringLiteral("another kiosk key")), qPrintable(shown));
        }
        QCOMPARE(int(server.requests().size()), 1);
        QCOMPARE(count(QStringLiteral("rejected")), qint64(0));
        const QList<OutboxRow> waiting =
            m_outbox->rows(OutboxFilter {{QStringLiteral("queued")}, {}, 10}).value();
        QCOMPARE(waiting.size(), 2);
        for (const OutboxRow &r : waiting) {
            QCOMPARE(r.attempts, 0);
            QVERIFY2(r.lastError.contains(oldKeyId), qPrintable(r.lastError));
        }

        // The right key is back: they go.
        m_outbox.reset();
        QVERIFY(QFile::remove(keyFile));
        QVERIFY(QFile::rename(keyFile + QStringLiteral(".old"), keyFile));
        openOutbox();
        EngineThread et(m_outbox.get(), dests, options());
        et.start();
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("delivered")), qint64(3), 10000);
        QCOMPARE(count(QStringLiteral("queued")), qint64(0));
        QCOMPARE(int(server.requests().size()), 3);
    }

    // The engine checkpoints the WAL when it goes idle: after delivery no byte of a delivered
    // row's ciphertext or wrapped key is left in outbox.sqlite, -wal or -shm, with the outbox
    // still open (a running kiosk never closes it).
    void deliveredPayloadsLeaveTheDiskWhenIdle()
    {
        HttpResponder server([](const HttpRequest &) {
            return HttpResponder::reply(201, "{\"serverReference\":\"S\"}");
        });
        QList<QByteArray> needles;
        for (int i = 0; i < 8; ++i) {
            const qint64 id =
                m_outbox->enqueue(item(QStringLiteral("CK-SH-%1").arg(i), QStringLiteral("api")))
                    ->id;
            auto db = sqlite::Database::open(m_outbox->databasePath());
            auto st = db.value()->prepare(
                QStringLiteral("SELECT payload, wrapped_key FROM outbox WHERE id = ?"));
            st->bind(1, id);
            QVERIFY(st->step().value());
            needles << st->blob(0).left(40) << st->blob(0).right(40) << st->blob(1).left(40);
        }
        int idles = 0;
        QObject receiver;
        EngineThread et(
            m_outbox.get(),
            {destination(QStringLiteral("api"), QStringLiteral("json"), server.baseUrl())},
            options());
        QObject::connect(et.engine, &SyncEngine::idle, &receiver, [&idles] { ++idles; });
        et.start();
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("delivered")), qint64(8), 10000);
        QTRY_VERIFY(idles > 0);
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile f(m_outbox->databasePath() + QLatin1String(suffix));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const QByteArray &needle : std::as_const(needles))
                QVERIFY2(!bytes.contains(needle), suffix);
        }
    }

    void badDestinationConfigIsReported()
    {
        SyncEngine engine(m_outbox.get(),
                          {destination(QStringLiteral("x"), QStringLiteral("soap"),
                                       QStringLiteral("http://127.0.0.1/"))},
                          options());
        QCOMPARE(engine.configErrors().size(), 1);
        QVERIFY(engine.configErrors().first().contains(QStringLiteral("soap")));
    }
};

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
