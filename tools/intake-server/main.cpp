// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// civic-kiosk-intake: the reference back end the demo and the tests deliver to (DESIGN.md).
#include "tools/intake-server/fleetapi.h"
#include "tools/intake-server/fleetstore.h"
#include "tools/intake-server/guardedtcpserver.h"
#include "tools/intake-server/intakeserver.h"
#include "tools/intake-server/intakestore.h"
#include "tools/intake-server/trace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

using namespace ck::intake;

namespace {

int fail(const QString &message, int code = 2)
{
    QTextStream(stderr) << "civic-kiosk-intake: " << message << Qt::endl;
    return code;
}

bool probability(const QString &text, double *out)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok && *out >= 0.0 && *out <= 1.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civic-kiosk-intake"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CK_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Reference intake server: Open311 GeoReport v2 subset and the Civic Kiosk JSON API."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption port({QStringLiteral("port")},
                                  QStringLiteral("TCP port on 127.0.0.1 (0 = pick one)."),
                                  QStringLiteral("N"), QStringLiteral("8311"));
    const QCommandLineOption db({QStringLiteral("db")}, QStringLiteral("SQLite database file."),
                                QStringLiteral("FILE"), QStringLiteral("intake.sqlite"));
    const QCommandLineOption cert({QStringLiteral("tls-cert")},
                                  QStringLiteral("PEM certificate (chain): serve HTTPS."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key({QStringLiteral("tls-key")},
                                 QStringLiteral("PEM private key for --tls-cert."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption failRate({QStringLiteral("fail-rate")},
                                      QStringLiteral("Answer 503 with probability P."),
                                      QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption latency({QStringLiteral("latency-ms")},
                                     QStringLiteral("Delay every answer by N ms."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption drop(
        {QStringLiteral("drop-after-accept")},
        QStringLiteral("Commit, then cut the connection without answering, with probability P."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption seed({QStringLiteral("seed")},
                                  QStringLiteral("Seed of the fault injector (0 = random)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption apiKey({QStringLiteral("api-key")},
                                    QStringLiteral("Require this API key (Open311 api_key, JSON "
                                                   "API X-Api-Key or Bearer)."),
                                    QStringLiteral("K"));
    const QCommandLineOption configFile(
        {QStringLiteral("config-file")},
        QStringLiteral("Serve this file verbatim at GET /v1/config."), QStringLiteral("F"));
    const QCommandLineOption tokenOnly({QStringLiteral("open311-token-only")},
                                       QStringLiteral("Answer Open311 POST requests.json with a "
                                                      "token only (resolve via tokens/{token})."));
    const QCommandLineOption adminKey(
        {QStringLiteral("admin-key")},
        QStringLiteral("Key for /v1/_admin/* (fleet page, test endpoints); prefer "
                       "--admin-key-file, a command line is visible to every local user."),
        QStringLiteral("K"));
    const QCommandLineOption adminKeyFile({QStringLiteral("admin-key-file")},
                                          QStringLiteral("Read the admin key from this file."),
                                          QStringLiteral("F"));
    const QCommandLineOption open311Services(
        {QStringLiteral("open311-services")},
        QStringLiteral("Serve DIR/services.json and DIR/services/{code}.json for Open311 "
                       "discovery (read on every request) instead of the demo council's."),
        QStringLiteral("DIR"));
    const QCommandLineOption tokenPending(
        {QStringLiteral("open311-token-pending")},
        QStringLiteral("Answer the first N lookups of each token as pending (HTTP 400, empty "
                       "service_request_id, as FixMyStreet does)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption echoRejects(
        {QStringLiteral("echo-rejects")},
        QStringLiteral("Refuse every submission with a 400/422 whose text quotes the request "
                       "back, as some CRMs do (tests that it never reaches last_error)."));
    const QCommandLineOption maxBody({QStringLiteral("max-body-bytes")},
                                     QStringLiteral("Refuse larger request bodies with 413."),
                                     QStringLiteral("N"), QStringLiteral("1048576"));
    const QCommandLineOption readTimeout(
        {QStringLiteral("read-timeout-ms")},
        QStringLiteral("A client must send a whole request within N ms (else 408); idle "
                       "connections close after N ms."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption traceSteps(
        {QStringLiteral("trace")},
        QStringLiteral("Append each request's steps (recv, commit-begin, commit-end) to FILE."),
        QStringLiteral("FILE"));
    p.addOptions({port, db, cert, key, failRate, latency, drop, seed, apiKey, configFile, tokenOnly,
                  tokenPending, echoRejects, maxBody, readTimeout, traceSteps, open311Services,
                  adminKey, adminKeyFile});
    p.process(app);

    bool ok = false;
    const uint portNumber = p.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(QStringLiteral("--port must be 0..65535"), 1);
    FaultOptions faults;
    if (!probability(p.value(failRate), &faults.failRate)
        || !probability(p.value(drop), &faults.dropAfterAccept))
        return fail(QStringLiteral("--fail-rate and --drop-after-accept take 0..1"), 1);
    faults.latencyMs = p.value(latency).toInt(&ok);
    if (!ok || faults.latencyMs < 0)
        return fail(QStringLiteral("--latency-ms takes a non-negative integer"), 1);
    faults.seed = p.value(seed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed takes a non-negative integer"), 1);
    if (p.isSet(cert) != p.isSet(key))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"), 1);
    const int pendingLookups = p.value(tokenPending).toInt(&ok);
    if (!ok || pendingLookups < 0)
        return fail(QStringLiteral("--open311-token-pending takes a non-negative integer"), 1);
    ConnectionLimits limits;
    limits.maxBodyBytes = p.value(maxBody).toLongLong(&ok);
    if (!ok || limits.maxBodyBytes < 1)
        return fail(QStringLiteral("--max-body-bytes takes a positive integer"), 1);
    limits.readTimeoutMs = p.value(readTimeout).toInt(&ok);
    if (!ok || limits.readTimeoutMs < 1)
        return fail(QStringLiteral("--read-timeout-ms takes a positive integer"), 1);

    if (p.isSet(traceSteps)) {
        traceFile() = std::fopen(QFile::encodeName(p.value(traceSteps)).constData(), "a");
        if (!traceFile())
            return fail(QStringLiteral("cannot open the trace file"), 4);
    }
    auto store = IntakeStore::open(p.value(db));
    if (!store)
        return fail(store.error().message, 4);

    QByteArray admin = p.value(adminKey).toUtf8();
    if (p.isSet(adminKeyFile)) {
        QFile f(p.value(adminKeyFile));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read --admin-key-file %1").arg(f.fileName()), 4);
        admin = f.readAll().trimmed();
    }
    if (p.isSet(adminKey) || p.isSet(adminKeyFile)) {
        if (admin.size() < 16)
            return fail(QStringLiteral("the admin key must have at least 16 characters"), 1);
    }
    auto fleetStore = FleetStore::open(p.value(db));
    if (!fleetStore)
        return fail(fleetStore.error().message, 4);
    FleetApi fleetApi(**fleetStore, FleetApi::Options {p.value(apiKey)});

    IntakeServer server(
        **store, JsonApi::Options {p.value(apiKey), p.value(configFile), p.isSet(echoRejects)},
        Open311Api::Options {p.value(apiKey), p.isSet(tokenOnly), pendingLookups,
                             p.isSet(echoRejects), p.value(open311Services)},
        faults);
    server.setAdmin(AdminAuth(admin), &fleetApi);
    auto *tcp = new GuardedTcpServer(limits);
    const char *scheme = "http";
    if (p.isSet(cert)) {
        QFile certFile(p.value(cert));
        QFile keyFile(p.value(key));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the TLS certificate or key"), 4);
        const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || privateKey.isNull())
            return fail(QStringLiteral("the TLS certificate or key is not valid PEM"), 2);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(privateKey);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        tcp->setTls(ssl);
        scheme = "https";
    }
    if (!tcp->listen(QHostAddress::LocalHost, static_cast<quint16>(portNumber))) {
        delete tcp;
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(portNumber), 4);
    }
    const quint16 actual = tcp->serverPort();
    server.bind(tcp); // the server owns it from here

    // Exactly this line: the tests and scripts/demo.sh read the port from it.
    std::printf("listening on 127.0.0.1:%u\n", static_cast<unsigned>(actual));
    std::fflush(stdout);
    QTextStream(stderr) << "civic-kiosk-intake: serving " << scheme << "://127.0.0.1:" << actual
                        << "/ (db " << p.value(db) << ")" << Qt::endl;
    return app.exec();
}
