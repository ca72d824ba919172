// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The packages' life on a kiosk, installed for real with dpkg (as root, as CI runs): a fresh
// install of civic-kiosk with the civic-kioskctl it recommends; an upgrade from the previous
// release (0.1.0, one package with every program) with forms queued in /var/lib/civic-kiosk
// under its sealed key: nothing lost, the key kept, the programs moved to their own packages
// and the reference server gone from the kiosk; remove keeps the data and the key (and says
// so); purge deletes them, saying so first. Last, the upgrade from the release that kept the key
// in clear text. Test functions run in order, each needing the one before. The packages come
// from tst_debpackage (fixture ck_debs). The machine is left as it was found: an outbox key
// already there is put back at the end.
#include "tests/integration/common/kioskctl.h"
#include "tests/packaging/packagetools.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ck::testing;

namespace {

// Every file the package adds to lock the machine down, where dpkg puts it.
const char *const LockdownFiles[] = {
    "/usr/lib/systemd/logind.conf.d/60-civic-kiosk.conf",
    "/usr/lib/sysctl.d/90-civic-kiosk.conf",
    "/lib/udev/rules.d/90-civic-kiosk-usb-storage.rules",
    "/etc/systemd/system/ctrl-alt-del.target",
};
const char *const UnitPath = "/lib/systemd/system/civic-kiosk.service";
const char *const DataDir = "/var/lib/civic-kiosk";
const QStringList DpkgEnv {QStringLiteral("DEBIAN_FRONTEND=noninteractive")};

// dpkg as an admin runs it, but with other packages' triggers left for the end: man-db
// re-indexing every page on the machine takes six seconds after each step, and the test
// checks our packages, not man-db. cleanupTestCase runs the pending triggers once.
Run dpkg(const QStringList &args)
{
    return run(QStringLiteral("dpkg"), QStringList {QStringLiteral("--no-triggers")} + args, 300000,
               DpkgEnv);
}

QString statusOf(const QString &package)
{
    return QString::fromUtf8(run("dpkg-query", {"-W", "-f=${Status}", package}).out);
}

} // namespace

class tst_DebLifecycle : public QObject
{
    Q_OBJECT
private:
    bool install(const QStringList &debs);
    QString keptCopy(const char *key) const
    {
        return m_backup.filePath(key == SealedKey ? "sealed.key" : "plain.key");
    }
    // The previous release's layout: one civic-kiosk package holding all three programs, with
    // this release's files otherwise; `version` and `postinst` as that release had them.
    QString previousRelease(const QString &version, const QString &postinst);
    // A config on the packaged data dir and sealed key, delivering to the local server.
    QString kioskConfig(const QString &base);
    QString submit(const QString &config, const QString &service, const QString &marker,
                   const QStringList &env = {});
    QJsonArray queue(const QString &config);

    QTemporaryDir m_work;
    QTemporaryDir m_backup; // an outbox key found on the machine before the test
    IntakeProcess m_server;
    QString m_config;
    QStringList m_references;
    QByteArray m_key;

private Q_SLOTS:
    void initTestCase();
    void freshInstall();
    void systemdUnitVerifies();
    void exitKioskStaysExited();
    void installedProgramsRun();
    void reinstallKeepsTheKey();
    void upgradeFromPreviousKeepsQueuedRows();
    void removeKeepsDataAndKey();
    void purgeDeletesDataAfterSayingSo();
    void upgradeFromPlainKeyKeepsQueuedRows();
    void cleanupTestCase();
};

bool tst_DebLifecycle::install(const QStringList &debs)
{
    Run r = dpkg(QStringList {"-i"} + debs);
    if (r.exitCode != 0) {
        // Missing dependencies (cage and its Wayland stack on a fresh machine): let apt
        // bring them in, bounded so a slow mirror fails the test instead of hanging CI.
        const Run fix = run("apt-get", {"install", "-f", "-y", "-q", "--no-install-recommends"},
                            900000, DpkgEnv);
        if (fix.exitCode != 0)
            qWarning().noquote() << r.all() << fix.all();
    }
    return statusOf("civic-kiosk") == QLatin1String("install ok installed");
}

QString tst_DebLifecycle::previousRelease(const QString &version, const QString &postinst)
{
    const QString root = m_work.filePath("old-" + version);
    QDir(root).removeRecursively();
    if (run("dpkg-deb", {"-R", debPath("civic-kiosk"), root}).exitCode != 0)
        return {};
    QFile control(root + "/DEBIAN/control");
    if (!control.open(QIODevice::ReadWrite))
        return {};
    QByteArray fields = control.readAll();
    fields.replace("Version: " CK_PROJECT_VERSION "\n", "Version: " + version.toUtf8() + '\n');
    fields.replace("civic-kioskctl (= " CK_PROJECT_VERSION "), ", "");
    control.resize(0);
    control.write(fields);
    control.close();
    // The programs that have their own packages now.
    QFile md5sums(root + "/DEBIAN/md5sums");
    md5sums.open(QIODevice::Append);
    for (const QString &program :
         {QStringLiteral("civic-kioskctl"), QStringLiteral("civic-kiosk-intake")}) {
        const QString part = m_work.filePath("part-" + program);
        QDir(part).removeRecursively();
        run("dpkg-deb", {"-x", debPath(program), part});
        QFile::copy(part + "/usr/bin/" + program, root + "/usr/bin/" + program);
        md5sums.write(run("sh", {"-c", "cd \"$0\" && md5sum usr/bin/" + program, root}).out);
    }
    md5sums.close();
    if (!postinst.isEmpty()) {
        QFile::remove(root + "/DEBIAN/postinst");
        QFile::copy(postinst, root + "/DEBIAN/postinst");
        QFile::setPermissions(root + "/DEBIAN/postinst",
                              QFile::permissions(postinst) | QFile::ExeOwner | QFile::ExeGroup
                                  | QFile::ExeOther);
    }
    const QString deb = m_work.filePath("civic-kiosk_" + version + "_amd64.deb");
    const Run built =
        run("dpkg-deb", {"-Zgzip", "-z1", "--root-owner-group", "--build", root, deb});
    if (built.exitCode != 0) {
        qWarning().noquote() << built.all();
        return {};
    }
    return deb;
}

QString tst_DebLifecycle::kioskConfig(const QString &base)
{
    const QString file = m_work.filePath("kiosk.json");
    if (!writeKioskConfig(file, QString::fromLatin1(DataDir), base))
        return {};
    QJsonObject config = QJsonDocument::fromJson(readAll(file)).object();
    config.insert("outboxKey",
                  QJsonObject {{"credential", "civic-kiosk-outbox.key"},
                               {"encryptedFile", QString::fromLatin1(SealedKey)},
                               {"file", QString::fromLatin1(PlainKey)}});
    return writeFile(file, QJsonDocument(config).toJson()) ? file : QString();
}

QString tst_DebLifecycle::submit(const QString &config, const QString &service,
                                 const QString &marker, const QStringList &env)
{
    const QString answers = m_work.filePath(service + '-' + marker + ".json");
    writeFile(answers,
              service == QLatin1String("missed-bin") ? missedBinAnswers(marker)
                                                     : planningAnswers(marker));
    const Run r = run("/usr/bin/civic-kioskctl",
                      {"--config", config, "submit", "--service", service, "--answers", answers},
                      120000, env);
    if (r.exitCode != 0) {
        qWarning().noquote() << r.all();
        return {};
    }
    return QString::fromLatin1(r.out.trimmed());
}

QJsonArray tst_DebLifecycle::queue(const QString &config)
{
    const Run r = run("/usr/bin/civic-kioskctl", {"--config", config, "queue", "--json"});
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    return doc.isArray() ? doc.array() : doc.object().value("rows").toArray();
}

void tst_DebLifecycle::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "installing the packages needs root (CI runs as root)");
    for (const QString &package : packageNames())
        QVERIFY2(QFileInfo::exists(debPath(package)), "run tst_debpackage first (fixture ck_debs)");
    // A fresh install must make its own key; a key of this machine's is kept safe meanwhile.
    for (const char *key : {SealedKey, PlainKey}) {
        if (pathExists(key)) {
            QVERIFY(QFile::copy(key, keptCopy(key)));
            QVERIFY(QFile::remove(key));
        }
    }
    dpkg({"--purge", "civic-kiosk", "civic-kioskctl", "civic-kiosk-intake"});
    QDir(DataDir).removeRecursively();
    QVERIFY(m_server.start(m_work.filePath("intake.sqlite")));
}

void tst_DebLifecycle::freshInstall()
{
    QVERIFY(install({debPath("civic-kiosk"), debPath("civic-kioskctl")}));
    QCOMPARE(statusOf("civic-kioskctl"), QStringLiteral("install ok installed"));
    // The reference server is not part of a kiosk.
    QVERIFY(!QFileInfo::exists("/usr/bin/civic-kiosk-intake"));
    QVERIFY(run("dpkg", {"-S", "/usr/bin/civic-kioskctl"}).out.startsWith("civic-kioskctl: "));

    // The maintainer scripts did their part.
    QVERIFY(run("getent", {"passwd", "kiosk"}).out.contains(DataDir));
    struct stat st
    { };
    QCOMPARE(::stat(DataDir, &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    QCOMPARE(st.st_uid, uid_t(run("id", {"-u", "kiosk"}).out.trimmed().toUInt()));
    // A new kiosk's outbox key exists only sealed: never in clear text on the disk.
    QCOMPARE(::stat(SealedKey, &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QCOMPARE(st.st_uid, uid_t(0));
    QCOMPARE(decryptSealedKey().size(), 32);
    QVERIFY(!pathExists(PlainKey));
    for (const char *path : LockdownFiles)
        QVERIFY2(pathExists(QLatin1String(path)), path);
}

void tst_DebLifecycle::systemdUnitVerifies()
{
    const Run r = run("systemd-analyze", {"verify", UnitPath}, 120000);
    // Only our unit's findings matter; other units on the machine may have their own.
    QStringList ours;
    for (const QByteArray &line : r.all().split('\n')) {
        if (line.contains("civic-kiosk"))
            ours << QString::fromUtf8(line);
    }
    QVERIFY2(r.exitCode == 0 && ours.isEmpty(), qPrintable(r.all() + ours.join('\n')));
    // The installed unit too, where systemd-analyze also sees the machine's own settings.
    const Run security =
        run("systemd-analyze",
            {"security", "--offline=true", "--threshold=25", "--no-pager", UnitPath}, 120000);
    qInfo().noquote() << "installed:" << security.all().trimmed().split('\n').last();
    QCOMPARE(security.exitCode, 0);
}

void tst_DebLifecycle::exitKioskStaysExited()
{
    const QByteArray unit = readAll(UnitPath);
    QVERIFY(unit.contains("\nExecCondition=/usr/lib/civic-kiosk/kiosk-start-check "
                          "/var/lib/civic-kiosk\n"));
    QVERIFY(unit.contains("\nRestartPreventExitStatus=4\n"));
    // The installed check, as systemd runs it: no request -> start; a request -> skip once.
    QTemporaryDir data;
    QCOMPARE(run("/usr/lib/civic-kiosk/kiosk-start-check", {data.path()}).exitCode, 0);
    QFile request(data.filePath("exit-requested"));
    QVERIFY(request.open(QIODevice::WriteOnly));
    request.close();
    const Run skipped = run("/usr/lib/civic-kiosk/kiosk-start-check", {data.path()});
    QCOMPARE(skipped.exitCode, 1);
    QVERIFY(skipped.all().contains("exit was requested"));
    QVERIFY(!request.exists());
    QCOMPARE(run("/usr/lib/civic-kiosk/kiosk-start-check", {data.path()}).exitCode, 0);
}

void tst_DebLifecycle::installedProgramsRun()
{
    Run r = run("/usr/bin/civic-kioskctl", {"--version"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("civic-kioskctl " CK_PROJECT_VERSION));
    QTemporaryDir data;
    r = run("/usr/bin/civic-kioskctl",
            {"--config", "/etc/civic-kiosk/kiosk.json", "--data-dir", data.path(), "metrics"});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    QVERIFY(r.out.contains("civic_kiosk_config_version 1"));
    r = run("/usr/bin/civic-kiosk", {"--version"}, 60000, {"QT_QPA_PLATFORM=offscreen"});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    // man finds the installed pages.
    for (const char *page : {"civic-kiosk", "civic-kioskctl"}) {
        const Run where = run("man", {"-w", page});
        QVERIFY2(where.out.trimmed() == "/usr/share/man/man1/" + QByteArray(page) + ".1.gz",
                 where.all().constData());
    }
}

void tst_DebLifecycle::reinstallKeepsTheKey()
{
    const QByteArray key = decryptSealedKey();
    QCOMPARE(key.size(), 32);
    // postinst again, as on an upgrade ("configure <old version>"): the key is never replaced.
    QVERIFY(install({debPath("civic-kiosk")}));
    QCOMPARE(decryptSealedKey(), key);
    QVERIFY(!pathExists(PlainKey));
    const Run purge = dpkg({"--purge", "civic-kiosk", "civic-kioskctl"});
    QVERIFY2(purge.exitCode == 0, purge.all().constData());
}

void tst_DebLifecycle::upgradeFromPreviousKeepsQueuedRows()
{
    const QString old = previousRelease(QStringLiteral("0.1.0"), {});
    QVERIFY(!old.isEmpty());
    QVERIFY(install({old}));
    QVERIFY(QFileInfo::exists("/usr/bin/civic-kiosk-intake")); // what 0.1.0 put on every kiosk
    m_key = decryptSealedKey();
    QCOMPARE(m_key.size(), 32);

    // Forms queued by the packaged admin tool in the packaged data dir under the sealed key.
    m_config = kioskConfig(m_server.base());
    QVERIFY(!m_config.isEmpty());
    for (const QString &service :
         {QStringLiteral("missed-bin"), QStringLiteral("planning-comment")}) {
        m_references << submit(m_config, service, QStringLiteral("upgrade"));
        QVERIFY(!m_references.last().isEmpty());
    }

    QVERIFY(install({debPath("civic-kiosk"), debPath("civic-kioskctl")}));
    QCOMPARE(controlField(debPath("civic-kiosk"), "Version"),
             QString::fromUtf8(run("dpkg-query", {"-W", "-f=${Version}", "civic-kiosk"}).out));
    QCOMPARE(statusOf("civic-kioskctl"), QStringLiteral("install ok installed"));
    QVERIFY(run("dpkg", {"-S", "/usr/bin/civic-kioskctl"}).out.startsWith("civic-kioskctl: "));
    QVERIFY2(!QFileInfo::exists("/usr/bin/civic-kiosk-intake"), "the upgrade takes it away");
    QCOMPARE(decryptSealedKey(), m_key);

    // Nothing lost: both rows still queued, then delivered, each stored once.
    const QJsonArray rows = queue(m_config);
    QStringList queued;
    for (const QJsonValue &row : rows) {
        if (row.toObject().value("state").toString() == QLatin1String("queued"))
            queued << row.toObject().value("reference").toString();
    }
    queued.sort();
    QStringList expected = m_references;
    expected.sort();
    QCOMPARE(queued, expected);
    const Run sync =
        run("/usr/bin/civic-kioskctl",
            {"--config", m_config, "sync", "--until-empty", "--timeout", "30"}, 120000);
    QVERIFY2(sync.exitCode == 0, sync.all().constData());
    QNetworkAccessManager nam;
    const QJsonObject stored =
        http(nam, "GET", m_server.url("/v1/_admin/stats"), {}, adminHeaders())
            .json()
            .object()
            .value("references")
            .toObject();
    for (const QString &reference : std::as_const(m_references))
        QVERIFY2(stored.value(reference).toObject().value("stored").toInt() == 1,
                 qPrintable(reference));
}

void tst_DebLifecycle::removeKeepsDataAndKey()
{
    QVERIFY(!m_config.isEmpty());
    const QString waiting =
        submit(m_config, QStringLiteral("missed-bin"), QStringLiteral("remove"));
    QVERIFY(!waiting.isEmpty());
    const Run r = dpkg({"--remove", "civic-kiosk"});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    QVERIFY2(r.all().contains("kept /var/lib/civic-kiosk"), r.all().constData());
    QVERIFY(statusOf("civic-kiosk").startsWith("deinstall ok config-files"));
    for (const char *path : LockdownFiles)
        QVERIFY2(!pathExists(QLatin1String(path)), path);
    // The data and the key stay: the waiting form is still there and still opens.
    QCOMPARE(decryptSealedKey(), m_key);
    bool found = false;
    for (const QJsonValue &row : queue(m_config))
        found = found
            || (row.toObject().value("reference").toString() == waiting
                && row.toObject().value("state").toString() == QLatin1String("queued"));
    QVERIFY2(found, qPrintable(waiting));
    const Run status = run("/usr/bin/civic-kioskctl", {"--config", m_config, "status", "--json"});
    QVERIFY2(status.exitCode == 0, status.all().constData());
}

void tst_DebLifecycle::purgeDeletesDataAfterSayingSo()
{
    QVERIFY(QFileInfo::exists(QString::fromLatin1(DataDir) + "/outbox.sqlite"));
    const Run r = dpkg({"--purge", "civic-kiosk"});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    qInfo().noquote() << "purge said:\n" + QString::fromUtf8(r.all().trimmed());
    QVERIFY2(r.all().contains("purge: deleting /var/lib/civic-kiosk"), r.all().constData());
    QVERIFY2(r.all().contains(QByteArray("purge: deleting the outbox key ") + SealedKey),
             r.all().constData());
    QVERIFY(!pathExists(DataDir));
    QVERIFY(!pathExists(SealedKey));
    QVERIFY(!pathExists(UnitPath));
    QVERIFY(!pathExists("/etc/civic-kiosk/kiosk.json"));
    QVERIFY(statusOf("civic-kiosk").isEmpty() || statusOf("civic-kiosk").startsWith("unknown"));
    // The admin tool is a package of its own and stays.
    QCOMPARE(statusOf("civic-kioskctl"), QStringLiteral("install ok installed"));
    const Run purge = dpkg({"--purge", "civic-kioskctl"});
    QVERIFY2(purge.exitCode == 0, purge.all().constData());
}

void tst_DebLifecycle::upgradeFromPlainKeyKeepsQueuedRows()
{
    // The release before the sealed key: its clear-text-key postinst and LoadCredential= line.
    const QString old = previousRelease(QStringLiteral("0.1.0~plainkey"),
                                        CK_TEST_DATA_DIR "/packaging/postinst-plain-key");
    QVERIFY(!old.isEmpty());
    QVERIFY(install({old}));
    const QByteArray oldKey = readAll(PlainKey);
    QCOMPARE(oldKey.size(), 32);

    // Submissions queued under it, handed the key as its unit did (LoadCredential=). Another
    // kiosk as far as the server knows: its own database, so references this kiosk's counter
    // shares with the one above are counted apart.
    QVERIFY(m_server.start(m_work.filePath("intake-plain.sqlite")));
    const QString config = m_work.filePath("plain.json");
    QVERIFY(writeKioskConfig(config, m_work.filePath("plain-data"), m_server.base()));
    const QStringList oldCredentials {"CREDENTIALS_DIRECTORY=/etc/civic-kiosk/credentials"};
    QStringList references;
    for (const QString &service :
         {QStringLiteral("missed-bin"), QStringLiteral("planning-comment")}) {
        references << submit(config, service, QStringLiteral("plainkey"), oldCredentials);
        QVERIFY(!references.last().isEmpty());
    }

    // The upgrade seals the same key bytes and takes the clear-text copy away.
    QVERIFY(install({debPath("civic-kiosk"), debPath("civic-kioskctl")}));
    QVERIFY(!pathExists(PlainKey));
    QVERIFY(!pathExists("/etc/civic-kiosk/credentials"));
    QCOMPARE(decryptSealedKey(), oldKey);

    // The queued rows are delivered by a kiosk handed the key as the new unit does
    // (LoadCredentialEncrypted=: decrypted into a private directory).
    QTemporaryDir credentials;
    QVERIFY(writeFile(credentials.filePath("civic-kiosk-outbox.key"), decryptSealedKey()));
    const Run sync = run("/usr/bin/civic-kioskctl",
                         {"--config", config, "sync", "--until-empty", "--timeout", "30"}, 120000,
                         {"CREDENTIALS_DIRECTORY=" + credentials.path()});
    QVERIFY2(sync.exitCode == 0, sync.all().constData());
    QNetworkAccessManager nam;
    const QJsonObject stored =
        http(nam, "GET", m_server.url("/v1/_admin/stats"), {}, adminHeaders())
            .json()
            .object()
            .value("references")
            .toObject();
    for (const QString &reference : std::as_const(references))
        QVERIFY2(stored.value(reference).toObject().value("stored").toInt() == 1,
                 qPrintable(reference));
}

void tst_DebLifecycle::cleanupTestCase()
{
    // Leave the machine as we found it (the kiosk user and the dependencies stay: removing
    // a system user is not something a package does either). The test's own key goes with the
    // purge; a key that was here before comes back.
    dpkg({"--purge", "civic-kiosk", "civic-kioskctl", "civic-kiosk-intake"});
    run("dpkg", {"--triggers-only", "--pending"}, 300000, DpkgEnv);
    for (const char *key : {SealedKey, PlainKey}) {
        const QString kept = keptCopy(key);
        QFile::remove(key);
        const QString dir = QFileInfo(key).path();
        if (QFileInfo::exists(kept)) {
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QFile::copy(kept, key);
            QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        } else {
            QDir().rmdir(dir); // only if empty: made by the package during the test
        }
    }
}

QTEST_GUILESS_MAIN(tst_DebLifecycle)
#include "tst_deblifecycle.moc"
