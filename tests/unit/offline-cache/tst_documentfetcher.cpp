// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// DocumentFetcher: discovery documents read with the delivery stack's rules (no redirects, the
// destination's timeout), a size cap that cuts the download, and clear errors for each way a
// server can fail, against a scripted HTTP responder on 127.0.0.1.
#include "offline-cache/documentfetcher.h"
#include "tests/unit/offline-cache/httpresponder.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ck;
using ck::test::HttpResponder;

namespace {

Result<QByteArray> fetch(const QString &base, const QString &path, qint64 maxBytes,
                         int timeoutMs = 5000)
{
    QNetworkAccessManager nam;
    DestinationConfig config;
    config.name = QStringLiteral("council");
    config.type = QStringLiteral("open311");
    config.baseUrl = base;
    config.timeoutMs = timeoutMs;
    DocumentFetcher fetcher(config, &nam);
    std::optional<Result<QByteArray>> result;
    fetcher.fetch(path, maxBytes, [&result](const Result<QByteArray> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs * 3 + 5000))
        return Error {QStringLiteral("test-timeout"), QStringLiteral("no answer from the fetcher")};
    return *result;
}

} // namespace

class tst_DocumentFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsADocument()
    {
        HttpResponder server([](const ck::test::HttpRequest &) {
            return HttpResponder::reply(200, R"([{"service_code":"POT"}])");
        });
        const auto r = fetch(server.baseUrl(QStringLiteral("open311/v2/")),
                             QStringLiteral("services/A%20B.json"), 1024);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), QByteArray(R"([{"service_code":"POT"}])"));
        const auto request = server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QByteArray("/open311/v2/services/A%20B.json"));
        QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
        QVERIFY(request.headers.value("user-agent").startsWith("CivicKiosk/"));
    }

    void capsTheBody()
    {
        HttpResponder server([](const ck::test::HttpRequest &) {
            return HttpResponder::reply(200, QByteArray(64 * 1024, 'x'));
        });
        const auto r = fetch(server.baseUrl(), QStringLiteral("services.json"), 1024);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("fetch-too-large"));
        QVERIFY2(r.error().message.contains(QLatin1String("1 kB")), qPrintable(r.error().message));
    }

    void refusesOtherAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not found") << HttpResponder::reply(404, "[]") << "fetch-http"
                                   << "HTTP 404";
        // A captive portal's redirect is never followed.
        QTest::newRow("redirect") << HttpResponder::reply(302, "", "text/html",
                                                          "Location: http://portal.example/\r\n")
                                  << "fetch-http"
                                  << "HTTP 302";
        QTest::newRow("server error") << HttpResponder::reply(503, "") << "fetch-network"
                                      << "503";
    }
    void refusesOtherAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, code);
        QFETCH(QString, mention);
        HttpResponder server([answer](const ck::test::HttpRequest &) { return answer; });
        const auto r = fetch(server.baseUrl(), QStringLiteral("services.json"), 1024);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(mention), qPrintable(r.error().message));
    }

    void givesUpOnASilentServer()
    {
        HttpResponder server([](const ck::test::HttpRequest &) { return QByteArray(); });
        QElapsedTimer t;
        t.start();
        const auto r = fetch(server.baseUrl(), QStringLiteral("services.json"), 1024, 1000);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("fetch-network"));
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
    }

    void refusesABadDestination()
    {
        const auto r = fetch(QStringLiteral("ftp://council.example/"), QStringLiteral("x.json"), 1);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("destination-config"));
    }
};

QTEST_GUILESS_MAIN(tst_DocumentFetcher)
#include "tst_documentfetcher.moc"
