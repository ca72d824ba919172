// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/jsonapiadapter.h"
#include "tests/unit/offline-cache/outboxtestutil.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;
using namespace ck::test;
using Kind = DeliveryOutcome::Kind;

namespace {

// HTTPS on 127.0.0.1 with a certificate made for the test: answers every request with 201.
class TlsResponder : public QTcpServer
{
public:
    TlsResponder(QSslCertificate cert, QSslKey key)
        : m_cert(std::move(cert))
        , m_key(std::move(key))
    {
        listen(QHostAddress::LocalHost, 0);
    }

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QSslSocket(this);
        if (!s->setSocketDescriptor(fd)) {
            delete s;
            return;
        }
        s->setLocalCertificate(m_cert);
        s->setPrivateKey(m_key);
        connect(s, &QSslSocket::readyRead, s, [this, s] {
            QByteArray &b = m_buffers[s];
            b += s->readAll();
            if (!b.contains("\r\n\r\n"))
                return; // the answer does not depend on the body
            m_buffers.remove(s);
            const QByteArray body("{\"serverReference\":\"TLS-1\"}");
            s->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            s->disconnectFromHost();
        });
        connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QSslSocket::errorOccurred, s, [s] { s->deleteLater(); });
        s->startServerEncryption();
    }

private:
    QHash<QSslSocket *, QByteArray> m_buffers;
    QSslCertificate m_cert;
    QSslKey m_key;
};

} // namespace

// A destination's CA pin through Qt Network on OpenSSL 3: the right CA delivers; a wrong CA or
// an expired certificate is a retryable failure with an admin-visible TLS reason, never a
// silent accept.
class tst_TlsPin : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
    }
    QByteArray read(const QString &name)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    DeliveryOutcome deliver(const QString &certFile, const QByteArray &pinPem)
    {
        TlsResponder server(QSslCertificate(read(certFile), QSsl::Pem),
                            QSslKey(read(QStringLiteral("srv.key")), QSsl::Ec, QSsl::Pem));
        DestinationConfig c;
        c.name = QStringLiteral("council");
        c.type = QStringLiteral("json");
        c.baseUrl = QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort());
        c.caCertificatesPem = pinPem;
        c.timeoutMs = 10000;
        auto adapter = DestinationAdapter::create(c);
        if (!adapter.ok())
            qFatal("adapter: %s", qPrintable(adapter.error().message));
        OutboxRow row;
        row.reference = QStringLiteral("CK-TLS");
        row.idempotencyKey = QStringLiteral("6f1c2f9e-8b1a-4c1e-9d2a-0b3c4d5e6f70");
        auto prepared = adapter.value()->prepare(row, SecureBytes(payloadFor(row.reference)));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(prepared->request, prepared->body);
        QStringList sslErrors;
        connect(reply, &QNetworkReply::sslErrors, this,
                [&sslErrors](const QList<QSslError> &errors) {
                    for (const QSslError &e : errors)
                        sslErrors << e.errorString();
                });
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(15000))
            qFatal("no TLS reply");
        HttpAnswer a = DestinationAdapter::answerFrom(reply, reply->readAll());
        a.errorString += QLatin1Char(' ') + sslErrors.join(QLatin1Char(';'));
        delete reply;
        return adapter.value()->classify(a, QDateTime::currentDateTimeUtc());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt Network has no TLS backend");
        const QString ec = QStringLiteral("ec_paramgen_curve:P-256");
        QVERIFY(
            openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", ec, "-nodes", "-keyout", "ca.key",
                     "-out", "ca.pem", "-days", "30", "-subj", "/CN=Civic Kiosk Test CA"}));
        QVERIFY(openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", ec, "-nodes", "-keyout",
                         "other.key", "-out", "other.pem", "-days", "30", "-subj",
                         "/CN=Someone Else CA"}));
        QVERIFY(openssl({"req", "-newkey", "ec", "-pkeyopt", ec, "-nodes", "-keyout", "srv.key",
                         "-out", "srv.csr", "-subj", "/CN=127.0.0.1"}));
        QFile ext(m_dir.filePath(QStringLiteral("ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\n");
        ext.close();
        QVERIFY(openssl({"x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                         "-CAcreateserial", "-out", "srv.pem", "-days", "30", "-extfile", "ext"}));
        // notAfter a day before notBefore: expired from the start.
        QVERIFY(
            openssl({"x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                     "-CAcreateserial", "-out", "expired.pem", "-days", "-1", "-extfile", "ext"}));
    }

    void rightCaDelivers()
    {
        const auto o = deliver(QStringLiteral("srv.pem"), read(QStringLiteral("ca.pem")));
        QCOMPARE(o.kind, Kind::Delivered);
        QCOMPARE(o.serverReference, QStringLiteral("TLS-1"));
    }

    void wrongCaIsRetryableWithAdminVisibleReason()
    {
        const auto o = deliver(QStringLiteral("srv.pem"), read(QStringLiteral("other.pem")));
        QCOMPARE(o.kind, Kind::Retryable);
        QVERIFY2(o.reason.contains(QStringLiteral("TLS")), qPrintable(o.reason));
    }

    void expiredCertificateIsRetryableWithAdminVisibleReason()
    {
        const auto o = deliver(QStringLiteral("expired.pem"), read(QStringLiteral("ca.pem")));
        QCOMPARE(o.kind, Kind::Retryable);
        QVERIFY2(o.reason.contains(QStringLiteral("TLS")), qPrintable(o.reason));
        QVERIFY2(o.reason.contains(QStringLiteral("expired"), Qt::CaseInsensitive),
                 qPrintable(o.reason));
    }

    // Without a pin the system store decides: our test CA is not in it.
    void unpinnedTestCaIsNotTrusted()
    {
        const auto o = deliver(QStringLiteral("srv.pem"), QByteArray());
        QCOMPARE(o.kind, Kind::Retryable);
    }
};

QTEST_GUILESS_MAIN(tst_TlsPin)
#include "tst_tlspin.moc"
