// SPDX-License-Identifier: MIT
// The Debian package as an admin would meet it: built with cpack from this build tree, inspected
// with dpkg-deb, checked by lintian and systemd-analyze (verify, and the exposure threshold of
// the unit), installed with dpkg (dependencies from apt), its sample config validated, the
// installed admin tool run, upgraded from a release that kept the outbox key in clear text
// (queued rows still delivered), and purged (the lockdown files gone with it). Test functions
// run in order; each step needs the previous one. The machine is left as it was found: an outbox
// key already there is put back at the end.
#include "../integration/common/kioskctl.h"
#include "config/kioskconfig.h"
#include "packagetools.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using ck::KioskConfig;
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
const QStringList DpkgEnv {QStringLiteral("DEBIAN_FRONTEND=noninteractive")};

} // namespace

class tst_DebPackage : public QObject
{
    Q_OBJECT
private:
    bool install(const QString &deb);
    QString keptCopy(const char *key) const
    {
        return m_backup.filePath(key == SealedKey ? "sealed.key" : "plain.key");
    }
    void checkUnit(const QByteArray &unit);

    QTemporaryDir m_out;
    QTemporaryDir m_extracted;
    QTemporaryDir m_backup; // an outbox key found on the machine before the test
    QString m_deb;
    bool m_installed = false;

private slots:
    void initTestCase();
    void buildWithCpack();
    void controlFields();
    void contents();
    void lockdownFiles();
    void unitExposure();
    void sampleConfigIsValid();
    void lintianFindsNoErrors();
    void installWithDpkg();
    void systemdUnitVerifies();
    void exitKioskStaysExited();
    void installedToolRuns();
    void reinstallKeepsTheKey();
    void purgeRemovesTheLockdown();
    void upgradeFromPlainKeyKeepsQueuedRows();
    void cleanupTestCase();
};

bool tst_DebPackage::install(const QString &deb)
{
    Run r = run("dpkg", {"-i", deb}, 300000, DpkgEnv);
    if (r.exitCode != 0) {
        // Missing dependencies (cage and its Wayland stack on a fresh machine): let apt
        // bring them in, bounded so a slow mirror fails the test instead of hanging CI.
        const Run fix = run("apt-get", {"install", "-f", "-y", "-q", "--no-install-recommends"},
                            900000, DpkgEnv);
        if (fix.exitCode != 0)
            qWarning().noquote() << r.all() << fix.all();
    }
    r = run("dpkg-query", {"-W", "-f=${Status}", "civic-kiosk"});
    m_installed = r.out == "install ok installed";
    return m_installed;
}

void tst_DebPackage::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "installing the package needs root (CI runs as root)");
    // A fresh install must make its own key; a key of this machine's is kept safe meanwhile.
    for (const char *key : {SealedKey, PlainKey}) {
        if (pathExists(key)) {
            QVERIFY(QFile::copy(key, keptCopy(key)));
            QVERIFY(QFile::remove(key));
        }
    }
}

void tst_DebPackage::buildWithCpack()
{
    const QString build = qEnvironmentVariable("CK_BUILD_DIR");
    QVERIFY2(QFileInfo::exists(build + "/CPackConfig.cmake"), qPrintable(build));
    const Run r =
        run("cpack", {"-G", "DEB", "--config", build + "/CPackConfig.cmake", "-B", m_out.path()},
            900000);
    QVERIFY2(r.exitCode == 0, r.all().constData());
    m_deb = m_out.filePath(QStringLiteral("civic-kiosk_%1_amd64.deb").arg(CK_PROJECT_VERSION));
    QVERIFY2(QFileInfo::exists(m_deb), qPrintable(QDir(m_out.path()).entryList().join(' ')));
    QCOMPARE(run("dpkg-deb", {"-x", m_deb, m_extracted.path()}).exitCode, 0);
}

void tst_DebPackage::controlFields()
{
    QVERIFY(!m_deb.isEmpty());
    const Run r = run("dpkg-deb", {"--info", m_deb});
    QCOMPARE(r.exitCode, 0);
    const QString info = QString::fromUtf8(r.out);
    QVERIFY(info.contains(" Package: civic-kiosk\n"));
    QVERIFY(info.contains(QStringLiteral(" Version: %1\n").arg(CK_PROJECT_VERSION)));
    QVERIFY(info.contains(" Architecture: amd64\n"));
    const QString depends = info.section(" Depends: ", 1).section('\n', 0, 0);
    // From dpkg-shlibdeps ...
    QVERIFY2(depends.contains("libqt6core6"), qPrintable(depends));
    QVERIFY2(depends.contains("libssl3"), qPrintable(depends));
    // ... and named explicitly: what the kiosk loads at run time, and systemd-creds.
    for (const char *pkg : {"cage", "adduser", "qml6-module-qtquick-controls",
                            "qml6-module-qtwebengine", "qt6-wayland", "systemd (>= 250)"})
        QVERIFY2(depends.contains(QLatin1String(pkg)), pkg);
    for (const char *script : {"postinst", "prerm", "postrm", "conffiles"})
        QVERIFY2(info.contains(QLatin1String(script)), script);
}

void tst_DebPackage::contents()
{
    QVERIFY(!m_deb.isEmpty());
    const Run r = run("dpkg-deb", {"--contents", m_deb});
    QCOMPARE(r.exitCode, 0);
    for (const char *path :
         {"./usr/bin/civic-kiosk", "./usr/bin/civic-kioskctl", "./usr/bin/civic-kiosk-speech",
          "./lib/systemd/system/civic-kiosk.service", "./etc/civic-kiosk/kiosk.json",
          "./usr/share/civic-kiosk/services/missed-bin.json",
          "./usr/lib/civic-kiosk/civic-kiosk-web.so", "./usr/lib/civic-kiosk/kiosk-start-check",
          "./usr/share/doc/civic-kiosk/copyright", "./usr/share/doc/civic-kiosk/changelog.gz",
          "./usr/lib/systemd/logind.conf.d/60-civic-kiosk.conf",
          "./usr/lib/sysctl.d/90-civic-kiosk.conf",
          "./lib/udev/rules.d/90-civic-kiosk-usb-storage.rules",
          "./etc/systemd/system/ctrl-alt-del.target -> /dev/null"})
        QVERIFY2(r.out.contains(QByteArray(path) + '\n'), path);
    // The demo signing key must never ship, nor any outbox key: postinst makes one per kiosk.
    QVERIFY(!r.out.contains("demo-config-signing"));
    QVERIFY(!r.out.contains("credstore"));
    QVERIFY(!r.out.contains("./etc/civic-kiosk/credentials"));
}

void tst_DebPackage::checkUnit(const QByteArray &unit)
{
    const auto service = settings(unit);
    // cage's -s would allow VT switching (Ctrl+Alt+F2 to a console).
    QCOMPARE(service.value("ExecStart"),
             QStringLiteral("/usr/bin/cage -- /usr/bin/civic-kiosk --config "
                            "/etc/civic-kiosk/kiosk.json"));
    // No login prompt under the kiosk on its own VT (logind starts none on the others).
    QVERIFY(service.values("Conflicts").contains("getty@tty1.service"));
    QCOMPARE(
        service.values("LoadCredentialEncrypted"),
        QStringList {"civic-kiosk-outbox.key:/etc/credstore.encrypted/civic-kiosk-outbox.key"});
    QVERIFY2(!service.contains("LoadCredential"), "the outbox key is never handed over in clear");
    QCOMPARE(service.value("ProtectProc"), QStringLiteral("invisible"));
    QCOMPARE(service.value("RestrictNamespaces"), QStringLiteral("user pid net"));
    QCOMPARE(service.value("DevicePolicy"), QStringLiteral("closed"));
    QVERIFY(service.values("SystemCallFilter").contains("@system-service seccomp chroot"));
    // V8's JIT needs writable, then executable memory: the unit says why it is not set.
    QVERIFY(!service.contains("MemoryDenyWriteExecute"));
    QVERIFY(unit.contains("# - MemoryDenyWriteExecute=yes: V8's"));
}

void tst_DebPackage::lockdownFiles()
{
    QVERIFY(!m_deb.isEmpty());
    checkUnit(readAll(m_extracted.filePath(QString::fromLatin1(UnitPath).mid(1))));

    const auto logind = settings(readAll(
        m_extracted.filePath(QStringLiteral("usr/lib/systemd/logind.conf.d/60-civic-kiosk.conf"))));
    QCOMPARE(logind.value("NAutoVTs"), QStringLiteral("0"));
    QCOMPARE(logind.value("ReserveVT"), QStringLiteral("0"));
    for (const char *key :
         {"HandlePowerKey", "HandlePowerKeyLongPress", "HandleRebootKey",
          "HandleRebootKeyLongPress", "HandleSuspendKey", "HandleSuspendKeyLongPress",
          "HandleHibernateKey", "HandleHibernateKeyLongPress", "HandleLidSwitch",
          "HandleLidSwitchExternalPower", "HandleLidSwitchDocked"})
        QVERIFY2(logind.value(QLatin1String(key)) == QLatin1String("ignore"), key);
    // Every key is one logind knows (a typo would be ignored with only a log line).
    const QByteArray manual = run("man", {"-P", "cat", "logind.conf"}).out;
    if (!manual.isEmpty()) {
        for (const QString &key : logind.uniqueKeys())
            QVERIFY2(manual.contains(key.toUtf8() + '='), qPrintable(key));
    }

    const auto sysctl = settings(
        readAll(m_extracted.filePath(QStringLiteral("usr/lib/sysctl.d/90-civic-kiosk.conf"))));
    QCOMPARE(sysctl.value("kernel.sysrq"), QStringLiteral("0"));

    const QByteArray rules = readAll(
        m_extracted.filePath(QStringLiteral("lib/udev/rules.d/90-civic-kiosk-usb-storage.rules")));
    QVERIFY(rules.contains("SUBSYSTEM==\"block\", SUBSYSTEMS==\"usb\", ENV{UDISKS_IGNORE}=\"1\", "
                           "ENV{UDISKS_AUTO}=\"0\", ENV{UDISKS_SYSTEM}=\"1\"\n"));
    // How to lift it for maintenance is written where the admin finds the rule.
    QVERIFY(rules.contains("ln -s /dev/null /etc/udev/rules.d/90-civic-kiosk-usb-storage.rules"));

    const QFileInfo mask(
        m_extracted.filePath(QStringLiteral("etc/systemd/system/ctrl-alt-del.target")));
    QVERIFY(mask.isSymLink());
    QCOMPARE(mask.symLinkTarget(), QStringLiteral("/dev/null"));
}

void tst_DebPackage::unitExposure()
{
    QVERIFY(!m_deb.isEmpty());
    // systemd-analyze rates a unit from 0 (locked down) to 10; --threshold is in tenths.
    const QString unit = m_extracted.filePath(QString::fromLatin1(UnitPath).mid(1));
    const Run r = run("systemd-analyze",
                      {"security", "--offline=true", "--threshold=25", "--no-pager", unit}, 120000);
    const QByteArray score = r.all().trimmed().split('\n').last();
    qInfo().noquote() << "systemd-analyze security:" << score;
    QVERIFY2(r.exitCode == 0, score.constData());
    QVERIFY2(score.contains("Overall exposure level"), r.all().constData());
}

void tst_DebPackage::sampleConfigIsValid()
{
    QVERIFY(!m_deb.isEmpty());
    auto config = KioskConfig::load(m_extracted.filePath("etc/civic-kiosk/kiosk.json"));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
    QCOMPARE(config->dataDir, QStringLiteral("/var/lib/civic-kiosk"));
}

void tst_DebPackage::lintianFindsNoErrors()
{
    QVERIFY(!m_deb.isEmpty());
    const QString lintian = QStandardPaths::findExecutable("lintian");
    QVERIFY2(!lintian.isEmpty(), "lintian is not installed (scripts/deps.sh installs it)");
    const Run r = run(lintian, {"--tag-display-limit", "0", "--allow-root", m_deb}, 600000);
    QVERIFY2(r.exitCode >= 0, r.err.constData());
    QStringList errors;
    for (const QByteArray &line : r.all().split('\n')) {
        if (line.startsWith("E: "))
            errors << QString::fromUtf8(line);
    }
    qInfo().noquote() << "lintian:\n" + QString::fromUtf8(r.all().trimmed());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void tst_DebPackage::installWithDpkg()
{
    QVERIFY(!m_deb.isEmpty());
    QVERIFY(install(m_deb));

    // The maintainer scripts did their part.
    QVERIFY(run("getent", {"passwd", "kiosk"}).out.contains("/var/lib/civic-kiosk"));
    struct stat st
    { };
    QCOMPARE(::stat("/var/lib/civic-kiosk", &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    const Run id = run("id", {"-u", "kiosk"});
    QCOMPARE(st.st_uid, uid_t(id.out.trimmed().toUInt()));
    // A new kiosk's outbox key exists only sealed: never in clear text on the disk.
    QCOMPARE(::stat(SealedKey, &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QCOMPARE(st.st_uid, uid_t(0));
    QVERIFY(!readAll(SealedKey).isEmpty());
    QCOMPARE(decryptSealedKey().size(), 32);
    QVERIFY(!pathExists(PlainKey));
    for (const char *path : LockdownFiles)
        QVERIFY2(pathExists(QLatin1String(path)), path);
    QCOMPARE(QFileInfo(QStringLiteral("/etc/systemd/system/ctrl-alt-del.target")).symLinkTarget(),
             QStringLiteral("/dev/null"));
}

void tst_DebPackage::systemdUnitVerifies()
{
    QVERIFY(m_installed);
    const Run r = run("systemd-analyze", {"verify", UnitPath}, 120000);
    // Only our unit's findings matter; other units on the machine may have their own.
    QStringList ours;
    for (const QByteArray &line : r.all().split('\n')) {
        if (line.contains("civic-kiosk"))
            ours << QString::fromUtf8(line);
    }
    QVERIFY2(r.exitCode == 0 && ours.isEmpty(), qPrintable(r.all() + ours.join('\n')));
    checkUnit(readAll(UnitPath));
    // The installed unit too, where systemd-analyze also sees the machine's own settings.
    const Run security =
        run("systemd-analyze",
            {"security", "--offline=true", "--threshold=25", "--no-pager", UnitPath}, 120000);
    qInfo().noquote() << "installed:" << security.all().trimmed().split('\n').last();
    QCOMPARE(security.exitCode, 0);
}
void tst_DebPackage::exitKioskStaysExited()
{
    QVERIFY(m_installed);
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

void tst_DebPackage::installedToolRuns()
{
    QVERIFY(m_installed);
    Run r = run("/usr/bin/civic-kioskctl", {"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("civic-kioskctl "));
    QTemporaryDir data;
    r = run("/usr/bin/civic-kioskctl",
            {"--config", "/etc/civic-kiosk/kiosk.json", "--data-dir", data.path(), "metrics"});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    QVERIFY(r.out.contains("civic_kiosk_config_version 1"));
    r = run("/usr/bin/civic-kiosk", {"--version"});
    QVERIFY2(r.exitCode == 0, r.all().constData());
}

void tst_DebPackage::reinstallKeepsTheKey()
{
    QVERIFY(m_installed);
    const QByteArray key = decryptSealedKey();
    QCOMPARE(key.size(), 32);
    // postinst again, as on an upgrade ("configure <old version>"): the key is never replaced.
    QVERIFY(install(m_deb));
    QCOMPARE(decryptSealedKey(), key);
    QVERIFY(!pathExists(PlainKey));
}

void tst_DebPackage::purgeRemovesTheLockdown()
{
    QVERIFY(m_installed);
    const Run r = run("dpkg", {"--purge", "civic-kiosk"}, 300000, DpkgEnv);
    QVERIFY2(r.exitCode == 0, r.all().constData());
    m_installed = false;
    for (const char *path : LockdownFiles)
        QVERIFY2(!pathExists(QLatin1String(path)), path);
    QVERIFY(!pathExists(UnitPath));
    QVERIFY(!pathExists("/etc/civic-kiosk/kiosk.json"));
    // Kept on purpose (docs/fleet.md): the data and the key may hold undelivered requests.
    QVERIFY(pathExists("/var/lib/civic-kiosk"));
    QCOMPARE(decryptSealedKey().size(), 32);
}

void tst_DebPackage::upgradeFromPlainKeyKeepsQueuedRows()
{
    QVERIFY(!m_deb.isEmpty());
    QVERIFY(!m_installed);
    // The release before the sealed key: the same files with its clear-text-key postinst and
    // LoadCredential= line, and a lower version, so installing this package is an upgrade.
    QTemporaryDir work;
    const QString root = work.filePath("old");
    QCOMPARE(run("dpkg-deb", {"-R", m_deb, root}).exitCode, 0);
    QFile control(root + "/DEBIAN/control");
    QVERIFY(control.open(QIODevice::ReadWrite));
    QByteArray fields = control.readAll();
    fields.replace("Version: " CK_PROJECT_VERSION "\n",
                   "Version: " CK_PROJECT_VERSION "~plainkey\n");
    QVERIFY(control.resize(0) && control.write(fields) == fields.size());
    control.close();
    QFile::remove(root + "/DEBIAN/postinst");
    QVERIFY(
        QFile::copy(CK_TEST_DATA_DIR "/packaging/postinst-plain-key", root + "/DEBIAN/postinst"));
    const QString unit = root + UnitPath;
    QByteArray unitText = readAll(unit);
    unitText.replace("LoadCredentialEncrypted=civic-kiosk-outbox.key:/etc/credstore.encrypted/",
                     "LoadCredential=civic-kiosk-outbox.key:/etc/civic-kiosk/credentials/");
    QVERIFY(writeFile(unit, unitText));
    const QString oldDeb = work.filePath("civic-kiosk-plainkey.deb");
    const Run built =
        run("dpkg-deb", {"-Zgzip", "-z1", "--root-owner-group", "--build", root, oldDeb});
    QVERIFY2(built.exitCode == 0, built.all().constData());

    // That release installed, with the key of the fresh install above out of the way.
    QVERIFY(QFile::remove(SealedKey));
    QVERIFY(install(oldDeb));
    const QByteArray oldKey = readAll(PlainKey);
    QCOMPARE(oldKey.size(), 32);

    // Submissions queued under it, handed the key as its unit did (LoadCredential=).
    IntakeProcess server;
    QVERIFY(server.start(work.filePath("intake.sqlite")));
    const QString config = work.filePath("kiosk.json");
    QVERIFY(writeKioskConfig(config, work.filePath("data"), server.base()));
    const QStringList oldCredentials {"CREDENTIALS_DIRECTORY=/etc/civic-kiosk/credentials"};
    QStringList references;
    for (const QString &service :
         {QStringLiteral("missed-bin"), QStringLiteral("planning-comment")}) {
        const QString answers = work.filePath(service + ".json");
        QVERIFY(writeFile(answers,
                          service == QLatin1String("missed-bin") ? missedBinAnswers("upgrade")
                                                                 : planningAnswers("upgrade")));
        const Run r =
            run("/usr/bin/civic-kioskctl",
                {"--config", config, "submit", "--service", service, "--answers", answers}, 120000,
                oldCredentials);
        QVERIFY2(r.exitCode == 0, r.all().constData());
        references << QString::fromLatin1(r.out.trimmed());
    }

    // The upgrade seals the same key bytes and takes the clear-text copy away.
    QVERIFY(install(m_deb));
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
    const QJsonObject stored = http(nam, "GET", server.url("/v1/_admin/stats"), {}, adminHeaders())
                                   .json()
                                   .object()
                                   .value("references")
                                   .toObject();
    for (const QString &reference : references)
        QVERIFY2(stored.value(reference).toObject().value("stored").toInt() == 1,
                 qPrintable(reference));
}

void tst_DebPackage::cleanupTestCase()
{
    // Leave the machine as we found it (the kiosk user and the dependencies stay: removing
    // a system user is not something a package does either). The test's own key goes; a key
    // that was here before comes back.
    if (m_installed)
        run("dpkg", {"--purge", "civic-kiosk"}, 300000, DpkgEnv);
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

QTEST_GUILESS_MAIN(tst_DebPackage)
#include "tst_debpackage.moc"
