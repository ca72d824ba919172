// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// TLS towards a destination (DESIGN.md "Protocols"): delivery with the right CA pin; a wrong CA,
// an expired certificate or no pin for a private CA are refused — retryable, visible to the
// admin, the submission still queued and nothing received by the server. Real certificates
// (tests/data/tls/make-test-pki.sh, made at test time), a real HTTPS intake server.
#include "tests/integration/common/kioskctl.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ck::testing;

class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rightCaPinDelivers();
    void refused_data();
    void refused();

private:
    QString submitOne(const QString &config);
    QJsonObject stats(IntakeProcess &server);

    QTemporaryDir m_pki;
    QNetworkAccessManager m_nam;
};

void tst_Tls::initTestCase()
{
    QVERIFY(m_pki.isValid());
    QProcess make;
    make.start(QStringLiteral("/bin/sh"),
               {QStringLiteral(CK_TEST_DATA_DIR "/tls/make-test-pki.sh"), m_pki.path()});
    QVERIFY(make.waitForFinished(60000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
}

QString tst_Tls::submitOne(const QString &config)
{
    const QString answers = QFileInfo(config).dir().filePath(QStringLiteral("answers.json"));
    writeFile(answers, missedBinAnswers(QStringLiteral("tls")));
    const CtlResult r =
        runCtl(config,
               {QStringLiteral("submit"), QStringLiteral("--service"), QStringLiteral("missed-bin"),
                QStringLiteral("--answers"), answers});
    return r.exitCode == 0 ? QString::fromLatin1(r.out.trimmed()) : QString();
}

QJsonObject tst_Tls::stats(IntakeProcess &server)
{
    // The admin endpoint is read over TLS with the test CA trusted, as an operator would.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_pki.filePath(QStringLiteral("ca.pem"))));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // the expired case must still be readable
    return http(m_nam, "GET", server.url(QStringLiteral("/v1/_admin/stats")), {}, adminHeaders(),
                &ssl)
        .json()
        .object();
}

void tst_Tls::rightCaPinDelivers()
{
    QTemporaryDir dir;
    IntakeProcess server;
    QVERIFY(
        server.start(dir.filePath(QStringLiteral("intake.sqlite")),
                     {QStringLiteral("--tls-cert"), m_pki.filePath(QStringLiteral("server.pem")),
                      QStringLiteral("--tls-key"), m_pki.filePath(QStringLiteral("server.key"))},
                     true));
    const QString config = dir.filePath(QStringLiteral("kiosk.json"));
    QVERIFY(writeKioskConfig(config, dir.filePath(QStringLiteral("data")), server.base(),
                             m_pki.filePath(QStringLiteral("ca.pem"))));
    const QString reference = submitOne(config);
    QVERIFY(!reference.isEmpty());
    const CtlResult sync = runCtl(config,
                                  {QStringLiteral("sync"), QStringLiteral("--until-empty"),
                                   QStringLiteral("--timeout"), QStringLiteral("20")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QCOMPARE(stats(server)
                 .value(QStringLiteral("references"))
                 .toObject()
                 .value(reference)
                 .toObject()
                 .value(QStringLiteral("stored"))
                 .toInt(),
             1);
}

void tst_Tls::refused_data()
{
    QTest::addColumn<QString>("serverCert");
    QTest::addColumn<QString>("serverKey");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("expectInError");
    QTest::newRow("wrong CA pinned") << "server.pem"
                                     << "server.key"
                                     << "other-ca.pem"
                                     << "certificate";
    QTest::newRow("expired certificate") << "expired.pem"
                                         << "expired.key"
                                         << "ca.pem"
                                         << "expired";
    QTest::newRow("private CA, no pin") << "server.pem"
                                        << "server.key"
                                        << ""
                                        << "certificate";
}

void tst_Tls::refused()
{
    QFETCH(QString, serverCert);
    QFETCH(QString, serverKey);
    QFETCH(QString, pin);
    QFETCH(QString, expectInError);
    QTemporaryDir dir;
    IntakeProcess server;
    QVERIFY(server.start(dir.filePath(QStringLiteral("intake.sqlite")),
                         {QStringLiteral("--tls-cert"), m_pki.filePath(serverCert),
                          QStringLiteral("--tls-key"), m_pki.filePath(serverKey)},
                         true));
    const QString config = dir.filePath(QStringLiteral("kiosk.json"));
    QVERIFY(writeKioskConfig(config, dir.filePath(QStringLiteral("data")), server.base(),
                             pin.isEmpty() ? QString() : m_pki.filePath(pin)));
    QVERIFY(!submitOne(config).isEmpty());

    const CtlResult sync = runCtl(config,
                                  {QStringLiteral("sync"), QStringLiteral("--until-empty"),
                                   QStringLiteral("--timeout"), QStringLiteral("3"),
                                   QStringLiteral("--retry-base-ms"), QStringLiteral("200")});
    QCOMPARE(sync.exitCode, 3); // not drained: retryable, never a silent accept
    QVERIFY2(sync.err.contains(expectInError.toUtf8()), sync.err.constData());

    const CtlResult status = runCtl(config, {QStringLiteral("status"), QStringLiteral("--json")});
    const QJsonObject outbox = status.json().object().value(QStringLiteral("outbox")).toObject();
    QCOMPARE(
        outbox.value(QStringLiteral("depth")).toObject().value(QStringLiteral("queued")).toInt(),
        1);
    QCOMPARE(
        outbox.value(QStringLiteral("depth")).toObject().value(QStringLiteral("rejected")).toInt(),
        0);
    const QString adminError = outbox.value(QStringLiteral("lastErrors"))
                                   .toObject()
                                   .value(QStringLiteral("council"))
                                   .toString();
    QVERIFY2(adminError.contains(expectInError, Qt::CaseInsensitive), qPrintable(adminError));
    QCOMPARE(stats(server).value(QStringLiteral("receivedTotal")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
