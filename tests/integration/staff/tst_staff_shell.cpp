// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// A member of staff opens a root shell on a packaged kiosk (no $CREDENTIALS_DIRECTORY) and runs
// `civic-kioskctl --config kiosk.json status`, then `sync`. The kiosk itself got its outbox key
// from systemd (LoadCredential= from a plain file, or LoadCredentialEncrypted= from a
// systemd-creds file); the staff tool must find the very same key through the file the config
// names, create no second key, and deliver every queued submission: 0 dead letters, each
// reference stored once at the server.
#include "tests/integration/staff/stafftools.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ck::testing;

class tst_StaffShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusThenSyncFromARootShell_data();
    void statusThenSyncFromARootShell();
    void withoutTheKeyNothingIsCreatedOrLost();

private:
    static QByteArray randomKey()
    {
        QByteArray key(32, Qt::Uninitialized);
        QFile urandom(QStringLiteral("/dev/urandom"));
        if (!urandom.open(QIODevice::ReadOnly) || urandom.read(key.data(), 32) != 32)
            qFatal("no /dev/urandom");
        return key;
    }
    static bool writePrivate(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        return writeFile(path, bytes) && QFile::setPermissions(path, QFileDevice::ReadOwner);
    }
    static bool systemdCreds(const QStringList &args, QString *why)
    {
        QProcess p;
        p.start(QStringLiteral("systemd-creds"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            *why = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        return true;
    }
    int submit(const QString &config, const QString &credsDir, int n);
    QJsonObject serverStats(IntakeProcess &server)
    {
        return http(m_nam, "GET", server.url(QStringLiteral("/v1/_admin/stats")), {},
                    adminHeaders())
            .json()
            .object();
    }

    QNetworkAccessManager m_nam;
    QStringList m_references;
};

int tst_StaffShell::submit(const QString &config, const QString &credsDir, int n)
{
    QTemporaryDir answers;
    int ok = 0;
    for (int i = 0; i < n; ++i) {
        const bool json = i % 2 == 1;
        const QString file = answers.filePath(QStringLiteral("a%1.json").arg(i));
        const QString marker = QStringLiteral("STAFF-SHELL-%1").arg(i);
        writeFile(file, json ? planningAnswers(marker) : missedBinAnswers(marker));
        const CtlResult r =
            runCtlIn(config,
                     {QStringLiteral("submit"), QStringLiteral("--service"),
                      json ? QStringLiteral("planning-comment") : QStringLiteral("missed-bin"),
                      QStringLiteral("--answers"), file},
                     credsDir);
        if (r.exitCode == 0) {
            m_references << QString::fromLatin1(r.out.trimmed());
            ++ok;
        } else {
            qWarning("submit: %s", r.err.constData());
        }
    }
    return ok;
}

void tst_StaffShell::statusThenSyncFromARootShell_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("LoadCredential= (plain file)") << false;
    QTest::newRow("LoadCredentialEncrypted= (systemd-creds)") << true;
}

void tst_StaffShell::statusThenSyncFromARootShell()
{
    QFETCH(bool, encrypted);
    QTemporaryDir dir;
    IntakeProcess server;
    QVERIFY(server.start(dir.filePath(QStringLiteral("intake.sqlite"))));
    m_references.clear();

    // The machine as the package and the unit leave it.
    const QString plainFile =
        dir.filePath(QStringLiteral("etc/credentials/civic-kiosk-outbox.key"));
    const QString encryptedFile =
        dir.filePath(QStringLiteral("etc/credstore.encrypted/civic-kiosk-outbox.key"));
    const QString credsDir = dir.filePath(QStringLiteral("run/credentials/civic-kiosk.service"));
    const QString handedOver = QDir(credsDir).filePath(QStringLiteral("civic-kiosk-outbox.key"));
    const QByteArray key = randomKey();
    if (encrypted) {
        if (::geteuid() != 0)
            QSKIP("systemd-creds needs root for the host key (CI runs as root)");
        const QString clear = dir.filePath(QStringLiteral("clear.key"));
        QVERIFY(writePrivate(clear, key));
        QDir().mkpath(QFileInfo(encryptedFile).path());
        QString why;
        QVERIFY2(
            systemdCreds({QStringLiteral("encrypt"), QStringLiteral("--with-key=host"),
                          QStringLiteral("--name=civic-kiosk-outbox.key"), clear, encryptedFile},
                         &why),
            qPrintable(why));
        QVERIFY(QFile::remove(clear));
        // LoadCredentialEncrypted=: systemd decrypts it into the service's credentials dir.
        QDir().mkpath(credsDir);
        QVERIFY2(systemdCreds({QStringLiteral("decrypt"),
                               QStringLiteral("--name=civic-kiosk-outbox.key"), encryptedFile,
                               handedOver},
                              &why),
                 qPrintable(why));
    } else {
        QVERIFY(writePrivate(plainFile, key));
        QVERIFY(writePrivate(handedOver, key)); // LoadCredential= copies it
    }
    const QString config = dir.filePath(QStringLiteral("kiosk.json"));
    const QString data = dir.filePath(QStringLiteral("data"));
    // As the packaged config: both files named, only the one the unit uses exists.
    QVERIFY(writeConfigWithKey(
        config, data, server.base(),
        {{QStringLiteral("encryptedFile"), encryptedFile}, {QStringLiteral("file"), plainFile}}));

    // The kiosk (under systemd) takes submissions.
    constexpr int N = 6;
    QCOMPARE(submit(config, credsDir, N), N);
    const CtlResult asKiosk =
        runCtlIn(config, {QStringLiteral("status"), QStringLiteral("--json")}, credsDir);
    QCOMPARE(asKiosk.exitCode, 0);
    const QString kioskKeyId = asKiosk.json()["outbox"]["key"]["id"].toString();
    QCOMPARE(kioskKeyId.size(), 16);
    const QStringList filesBefore = filesUnder(data);
    QVERIFY2(!filesBefore.join(' ').contains(QStringLiteral("keys")),
             qPrintable(filesBefore.join(' ')));

    // Staff, root shell: status changes nothing and finds the same key.
    const CtlResult status = runCtlIn(config, {QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QJsonObject outbox = status.json()["outbox"].toObject();
    QCOMPARE(outbox["key"]["id"].toString(), kioskKeyId);
    QCOMPARE(outbox["key"]["source"].toString(), encrypted ? encryptedFile : plainFile);
    QCOMPARE(outbox["key"]["rowsUnderOtherKeys"].toInt(), 0);
    QCOMPARE(outbox["depth"]["queued"].toInt(), N);
    QCOMPARE(filesUnder(data), filesBefore);

    // ... then sync: everything delivered, nothing dead-lettered, no second key.
    const CtlResult sync = runCtlIn(config,
                                    {QStringLiteral("sync"), QStringLiteral("--until-empty"),
                                     QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const QJsonArray rows = outboxRows(config);
    QCOMPARE(rows.size(), N);
    const QJsonObject onServer = serverStats(server)["references"].toObject();
    for (const QJsonValue &v : rows) {
        const QString ref = v["reference"].toString();
        QVERIFY2(v["state"].toString() == QLatin1String("delivered"),
                 qPrintable(ref + QLatin1String(": ") + v["state"].toString() + QLatin1Char(' ')
                            + v["lastError"].toString()));
        QCOMPARE(onServer[ref]["stored"].toInt(), 1);
        QCOMPARE(onServer[ref]["received"].toInt(), 1);
        QVERIFY(m_references.contains(ref));
    }
    const QStringList filesAfter = filesUnder(data);
    QVERIFY2(!filesAfter.join(' ').contains(QStringLiteral("keys")),
             qPrintable(filesAfter.join(' ')));
    QCOMPARE(runCtlIn(config, {QStringLiteral("status"), QStringLiteral("--json")})
                 .json()["outbox"]["depth"]["rejected"]
                 .toInt(),
             0);
}

// The same shell with a config that does not say where the key is (or the key file gone):
// status still shows the queue and says where the key should be; sync refuses with exit code 2
// naming those places; no key is made and no row changes (the issue saw every row
// dead-lettered under a second, new key).
void tst_StaffShell::withoutTheKeyNothingIsCreatedOrLost()
{
    QTemporaryDir dir;
    IntakeProcess server;
    QVERIFY(server.start(dir.filePath(QStringLiteral("intake.sqlite"))));
    m_references.clear();
    const QString credsDir = dir.filePath(QStringLiteral("run/credentials"));
    QVERIFY(writePrivate(QDir(credsDir).filePath(QStringLiteral("civic-kiosk-outbox.key")),
                         randomKey()));
    const QString config = dir.filePath(QStringLiteral("kiosk.json"));
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(writeConfigWithKey(config, data, server.base(), {}));
    QCOMPARE(submit(config, credsDir, 3), 3);
    const QStringList filesBefore = filesUnder(data);

    const CtlResult status = runCtlIn(config, {QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QJsonObject outbox = status.json()["outbox"].toObject();
    QCOMPARE(outbox["depth"]["queued"].toInt(), 3);
    QVERIFY(outbox["key"]["id"].toString().isEmpty());
    QVERIFY2(outbox["key"]["problem"].toString().contains(data + QStringLiteral("/keys/kiosk.key")),
             qPrintable(outbox["key"]["problem"].toString()));
    QCOMPARE(filesUnder(data), filesBefore);

    const QList<QStringList> changing {
        {QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("5")},
        {QStringLiteral("retry"), m_references.value(0)}};
    for (const QStringList &args : changing) {
        const CtlResult r = runCtlIn(config, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("$CREDENTIALS_DIRECTORY/civic-kiosk-outbox.key"),
                 r.err.constData());
        QVERIFY2(r.err.contains("keys/kiosk.key"), r.err.constData());
    }
    QCOMPARE(filesUnder(data), filesBefore);
    QCOMPARE(serverStats(server)["receivedTotal"].toInt(), 0);
    const QJsonArray rows = outboxRows(config);
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue &v : rows)
        QCOMPARE(v["state"].toString(), QStringLiteral("queued"));
}

QTEST_GUILESS_MAIN(tst_StaffShell)
#include "tst_staff_shell.moc"
