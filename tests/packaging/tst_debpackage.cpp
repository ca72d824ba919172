// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The Debian packages as an admin meets them before installing: cpack makes the three packages
// (civic-kiosk, civic-kioskctl, civic-kiosk-intake) twice and the runs must agree byte for byte
// (SOURCE_DATE_EPOCH from the changelog); versions come from the project version and the
// changelog; control fields keep the reference server away from the kiosk and the admin tool
// free of the kiosk's stack; each package holds its own files, manual page, copyright and
// changelog; the unit, the lockdown files and the sample config are checked as shipped. This test
// sets up the ck_debs fixture: tst_deblintian and tst_deblifecycle use the packages it leaves
// in <build>/packaging-test/debs.
#include "domain/config/kioskconfig.h"
#include "tests/packaging/packagetools.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using ck::KioskConfig;
using namespace ck::testing;

namespace {

const char *const UnitPath = "/lib/systemd/system/civic-kiosk.service";

QString buildDir()
{
    return qEnvironmentVariable("CK_BUILD_DIR");
}

// The date of the top entry of the Debian changelog: SOURCE_DATE_EPOCH of the build.
QDateTime changelogDate()
{
    const Run r =
        run(QStringLiteral("dpkg-parsechangelog"),
            {QStringLiteral("-l"), QStringLiteral(CK_SOURCE_DIR "/packaging/debian/changelog"),
             QStringLiteral("-S"), QStringLiteral("Timestamp")});
    return QDateTime::fromSecsSinceEpoch(r.out.trimmed().toLongLong(), QTimeZone::utc());
}

// dpkg-deb --contents, one "./path" (or "./link -> target") per line.
QStringList contentsOf(const QString &deb)
{
    const Run r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
    QStringList paths;
    for (const QByteArray &line : r.out.split('\n')) {
        const qsizetype dot = line.indexOf(" ./");
        if (dot >= 0)
            paths << QString::fromUtf8(line.mid(dot + 1));
    }
    return paths;
}

} // namespace

class tst_DebPackage : public QObject
{
    Q_OBJECT
private:
    void checkUnit(const QByteArray &unit);
    QString extracted(const QString &package, const QString &path) const
    {
        return m_extracted.filePath(package + QLatin1Char('/') + path);
    }

    QTemporaryDir m_extracted;
    bool m_built = false;

private Q_SLOTS:
    void initTestCase();
    void buildTwiceGivesTheSameBytes();
    void versionFromProjectAndChangelog();
    void controlFields();
    void archiveHasEveryDependency();
    void contents();
    void manualPages();
    void lockdownFiles();
    void unitExposure();
    void sampleConfigIsValidAndNumbered();
};

void tst_DebPackage::initTestCase()
{
    QVERIFY2(QFileInfo::exists(buildDir() + "/CPackConfig.cmake"), qPrintable(buildDir()));
}

void tst_DebPackage::buildTwiceGivesTheSameBytes()
{
    QDir(packagingTestDir()).removeRecursively();
    // Two builds side by side, the second a second later, in another time zone and locale:
    // only SOURCE_DATE_EPOCH (from the changelog, set by CPackProjectConfig.cmake) may put a
    // date into the archives. umask 022 for both, as dpkg-buildpackage sets it (CPack gives its
    // ar members the modes of its temporary files).
    QProcess builds[2];
    for (int i = 0; i < 2; ++i) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (i == 1) {
            QTest::qWait(1100);
            env.insert("TZ", "Pacific/Auckland");
            env.insert("LC_ALL", "C");
        }
        builds[i].setProcessEnvironment(env);
        builds[i].setProcessChannelMode(QProcess::MergedChannels);
        builds[i].start("sh",
                        {"-c", "umask 022 && exec cpack -G DEB --config \"$0\" -B \"$1\"",
                         buildDir() + "/CPackConfig.cmake",
                         packagingTestDir() + (i == 0 ? "/debs" : "/again")});
    }
    for (QProcess &build : builds) {
        QVERIFY(build.waitForFinished(600000));
        QVERIFY2(build.exitStatus() == QProcess::NormalExit && build.exitCode() == 0,
                 build.readAll().constData());
    }
    const QStringList made =
        QDir(packagingTestDir() + "/debs").entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(made.size(), packageNames().size());
    for (const QString &package : packageNames()) {
        const QString deb = debPath(package);
        const QString again = debPath(package, packagingTestDir() + "/again");
        QVERIFY2(QFileInfo::exists(deb), qPrintable(made.join(' ')));
        const Run cmp = run("cmp", {deb, again});
        QVERIFY2(cmp.exitCode == 0, cmp.all().constData());
        qInfo().noquote() << QStringLiteral("package %1 %2 bytes (installed %3 KiB)")
                                 .arg(QFileInfo(deb).fileName())
                                 .arg(QFileInfo(deb).size())
                                 .arg(controlField(deb, "Installed-Size"));
        QCOMPARE(run("dpkg-deb", {"-x", deb, m_extracted.filePath(package)}).exitCode, 0);
        // Every file carries the date of the changelog's top entry, never the build's.
        const Run listing =
            run("sh", {"-c", "dpkg-deb --fsys-tarfile \"$0\" | tar -tv --full-time", deb}, 60000,
                {"TZ=UTC"});
        QCOMPARE(listing.exitCode, 0);
        for (const QByteArray &line : listing.out.trimmed().split('\n'))
            QVERIFY2(
                line.contains(' ' + changelogDate().toString("yyyy-MM-dd HH:mm:ss").toUtf8() + ' '),
                line.constData());
        // So does the manual page (help2man's date line).
        const QByteArray page =
            run("gzip",
                {"-dc", m_extracted.filePath(package + "/usr/share/man/man1/" + package + ".1.gz")})
                .out;
        QVERIFY2(page.contains(QLocale::c().toString(changelogDate(), "\"MMMM yyyy\"").toUtf8()),
                 page.left(300).constData());
    }
    m_built = true;
}

void tst_DebPackage::versionFromProjectAndChangelog()
{
    QVERIFY(m_built);
    const QString changelog = QStringLiteral(CK_SOURCE_DIR "/packaging/debian/changelog");
    QCOMPARE(QString::fromUtf8(
                 run("dpkg-parsechangelog", {"-l", changelog, "-S", "Version"}).out.trimmed()),
             QStringLiteral(CK_PROJECT_VERSION));
    for (const QString &package : packageNames()) {
        QCOMPARE(controlField(debPath(package), "Version"), QStringLiteral(CK_PROJECT_VERSION));
        // Each package's changelog is the source changelog, compressed without a time stamp.
        const QString gz = extracted(package, "usr/share/doc/" + package + "/changelog.gz");
        const Run unzipped = run("gzip", {"-dc", gz});
        QCOMPARE(unzipped.exitCode, 0);
        QCOMPARE(unzipped.out, readAll(changelog));
        QVERIFY(QFileInfo::exists(extracted(package, "usr/share/doc/" + package + "/copyright")));
    }
}

void tst_DebPackage::controlFields()
{
    QVERIFY(m_built);
    const QString kiosk = debPath("civic-kiosk");
    const QString ctl = debPath("civic-kioskctl");
    const QString intake = debPath("civic-kiosk-intake");
    for (const QString &package : packageNames()) {
        QCOMPARE(controlField(debPath(package), "Package"), package);
        QCOMPARE(controlField(debPath(package), "Architecture"), QStringLiteral("amd64"));
    }
    const QString depends = controlField(kiosk, "Depends");
    // From dpkg-shlibdeps ...
    QVERIFY2(depends.contains("libqt6core6"), qPrintable(depends));
    QVERIFY2(depends.contains("libssl3"), qPrintable(depends));
    // ... and named explicitly: what the kiosk loads at run time, and systemd-creds.
    for (const char *pkg : {"cage", "adduser", "qml6-module-qtquick-controls",
                            "qml6-module-qtwebengine", "qt6-wayland", "systemd (>= 250)"})
        QVERIFY2(depends.contains(QLatin1String(pkg)), pkg);
    // The admin tool comes with the kiosk by default, but no maintainer script needs it.
    QVERIFY2(!depends.contains("civic-kioskctl"), qPrintable(depends));
    QVERIFY(controlField(kiosk, "Recommends")
                .contains(QStringLiteral("civic-kioskctl (= %1)").arg(CK_PROJECT_VERSION)));
    // The reference server (fault injection included) never reaches a public kiosk.
    const Run info = run("dpkg-deb", {"--info", kiosk});
    QVERIFY(!info.out.contains("civic-kiosk-intake"));

    // The admin tool installs on an admin's machine: its own libraries, none of the kiosk's
    // compositor, QML modules or systemd.
    const QString ctlDepends = controlField(ctl, "Depends");
    QVERIFY2(ctlDepends.contains("libqt6core6") && ctlDepends.contains("libqt6sql6-sqlite"),
             qPrintable(ctlDepends));
    for (const char *pkg : {"cage", "qml6-module", "qt6-wayland", "systemd", "civic-kiosk"})
        QVERIFY2(!ctlDepends.contains(QLatin1String(pkg)), pkg);
    QVERIFY2(controlField(intake, "Depends").contains("libqt6sql6-sqlite"),
             qPrintable(controlField(intake, "Depends")));
    // 0.1.0 was one package with every program: the split packages take their files over.
    for (const QString &deb : {ctl, intake}) {
        QCOMPARE(controlField(deb, "Replaces"), QStringLiteral("civic-kiosk (<< 0.2.0~)"));
        QCOMPARE(controlField(deb, "Breaks"), QStringLiteral("civic-kiosk (<< 0.2.0~)"));
    }
    // Only the kiosk has maintainer scripts (the user, the data dir, the sealed key).
    for (const char *script : {"postinst", "prerm", "postrm", "conffiles"}) {
        QVERIFY2(info.out.contains(script), script);
        QVERIFY2(!run("dpkg-deb", {"--info", ctl}).out.contains(script), script);
        QVERIFY2(!run("dpkg-deb", {"--info", intake}).out.contains(script), script);
    }
}

void tst_DebPackage::archiveHasEveryDependency()
{
    QVERIFY(m_built);
    // `apt install ./civic-kiosk_*.deb` resolves against the archive: every package named in
    // Depends, Recommends and Suggests must be one apt knows (a misspelt name would only show
    // on a fresh machine), and apt must be able to install the kiosk with its admin tool.
    QStringList names;
    static const QRegularExpression version(QStringLiteral("\\s*\\(.*\\)"));
    for (const QString &package : packageNames()) {
        for (const char *field : {"Depends", "Recommends", "Suggests"}) {
            const QString value = controlField(debPath(package), QLatin1String(field));
            for (QString name :
                 value.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts)) {
                name = name.remove(version).trimmed();
                if (!name.startsWith(QLatin1String("civic-kiosk")) && !names.contains(name))
                    names << name;
            }
        }
    }
    QVERIFY(names.size() > 20);
    // apt-cache policy names each package it knows ("name:") with the version apt would
    // install ("  Candidate: ..."), and leaves out the ones it does not know.
    const Run policy = run("apt-cache", QStringList {"policy"} + names);
    QCOMPARE(policy.exitCode, 0);
    QHash<QString, QString> candidates;
    QString current;
    for (const QByteArray &raw : policy.out.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.startsWith(QLatin1Char(' ')) && line.endsWith(QLatin1Char(':')))
            current = line.chopped(1);
        else if (line.trimmed().startsWith(QLatin1String("Candidate: ")))
            candidates.insert(current, line.trimmed().mid(11));
    }
    for (const QString &name : std::as_const(names)) {
        if (!candidates.value(name, QStringLiteral("(none)")).startsWith('('))
            continue;
        // A virtual package (qt6-base-abi from dpkg-shlibdeps): some package must provide it.
        const QByteArray providers = run("apt-cache", {"showpkg", name}).out;
        const qsizetype at = providers.indexOf("Reverse Provides:");
        QVERIFY2(at >= 0 && !providers.mid(at + 17).trimmed().isEmpty(),
                 qPrintable(name + " is not a package apt can install"));
    }
    const Run simulated = run("apt-get",
                              {"install", "--simulate", "--no-install-recommends",
                               debPath("civic-kiosk"), debPath("civic-kioskctl")});
    QVERIFY2(simulated.exitCode == 0, simulated.all().constData());
    QVERIFY(simulated.out.contains("Conf civic-kiosk ("));
    QVERIFY(!simulated.out.contains("civic-kiosk-intake"));
}

void tst_DebPackage::contents()
{
    QVERIFY(m_built);
    const QStringList kiosk = contentsOf(debPath("civic-kiosk"));
    for (const char *path :
         {"./usr/bin/civic-kiosk", "./lib/systemd/system/civic-kiosk.service",
          "./etc/civic-kiosk/kiosk.json", "./usr/share/civic-kiosk/services/missed-bin.json",
          "./usr/lib/civic-kiosk/civic-kiosk-web.so", "./usr/lib/civic-kiosk/kiosk-start-check",
          "./usr/lib/civic-kiosk/civic-kiosk-speech", "./usr/share/doc/civic-kiosk/copyright",
          "./usr/share/doc/civic-kiosk/changelog.gz", "./usr/share/doc/civic-kiosk/fleet.md",
          "./usr/share/man/man1/civic-kiosk.1.gz",
          "./usr/lib/systemd/logind.conf.d/60-civic-kiosk.conf",
          "./usr/lib/sysctl.d/90-civic-kiosk.conf",
          "./lib/udev/rules.d/90-civic-kiosk-usb-storage.rules",
          "./etc/systemd/system/ctrl-alt-del.target -> /dev/null"})
        QVERIFY2(kiosk.contains(QLatin1String(path)), path);
    const QStringList ctl = contentsOf(debPath("civic-kioskctl"));
    for (const char *path :
         {"./usr/bin/civic-kioskctl", "./usr/share/man/man1/civic-kioskctl.1.gz",
          "./usr/share/doc/civic-kioskctl/copyright", "./usr/share/doc/civic-kioskctl/changelog.gz",
          "./usr/share/doc/civic-kioskctl/examples/civic-kiosk.rules.yml",
          "./usr/share/doc/civic-kioskctl/examples/civic-kiosk-dashboard.json"})
        QVERIFY2(ctl.contains(QLatin1String(path)), path);
    const QStringList intake = contentsOf(debPath("civic-kiosk-intake"));
    for (const char *path :
         {"./usr/bin/civic-kiosk-intake", "./usr/share/man/man1/civic-kiosk-intake.1.gz",
          "./usr/share/doc/civic-kiosk-intake/copyright",
          "./usr/share/doc/civic-kiosk-intake/changelog.gz"})
        QVERIFY2(intake.contains(QLatin1String(path)), path);
    // Each program in exactly one package.
    QVERIFY(!kiosk.contains("./usr/bin/civic-kioskctl"));
    QVERIFY(!kiosk.contains("./usr/bin/civic-kiosk-intake"));
    QVERIFY(!ctl.contains("./usr/bin/civic-kiosk"));
    // The shipped rules and dashboard are the ones in the source tree.
    QCOMPARE(readAll(extracted("civic-kioskctl",
                               "usr/share/doc/civic-kioskctl/examples/civic-kiosk.rules.yml")),
             readAll(CK_SOURCE_DIR "/packaging/prometheus/civic-kiosk.rules.yml"));
    for (const QStringList &paths : {kiosk, ctl, intake}) {
        const QString all = paths.join('\n');
        // The demo signing key must never ship, nor any outbox key: postinst makes one per
        // kiosk. No lintian override hides a finding.
        QVERIFY(!all.contains("demo-config-signing"));
        QVERIFY(!all.contains("credstore"));
        QVERIFY(!all.contains("./etc/civic-kiosk/credentials"));
        QVERIFY(!all.contains("lintian"));
    }
}

void tst_DebPackage::manualPages()
{
    QVERIFY(m_built);
    // The page in each package is the one help2man made from this build's --help, which
    // tst_manpages compares with the program.
    for (const QString &package : packageNames()) {
        const QString page = "usr/share/man/man1/" + package + ".1.gz";
        const QByteArray packaged = readAll(extracted(package, page));
        QVERIFY2(!packaged.isEmpty(), qPrintable(page));
        QCOMPARE(packaged, readAll(buildDir() + "/packaging/man/" + package + ".1.gz"));
    }
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
    QVERIFY(m_built);
    checkUnit(readAll(extracted("civic-kiosk", QString::fromLatin1(UnitPath).mid(1))));

    const auto logind = settings(
        readAll(extracted("civic-kiosk", "usr/lib/systemd/logind.conf.d/60-civic-kiosk.conf")));
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

    const auto sysctl =
        settings(readAll(extracted("civic-kiosk", "usr/lib/sysctl.d/90-civic-kiosk.conf")));
    QCOMPARE(sysctl.value("kernel.sysrq"), QStringLiteral("0"));

    const QByteArray rules =
        readAll(extracted("civic-kiosk", "lib/udev/rules.d/90-civic-kiosk-usb-storage.rules"));
    QVERIFY(rules.contains("SUBSYSTEM==\"block\", SUBSYSTEMS==\"usb\", ENV{UDISKS_IGNORE}=\"1\", "
                           "ENV{UDISKS_AUTO}=\"0\", ENV{UDISKS_SYSTEM}=\"1\"\n"));
    // How to lift it for maintenance is written where the admin finds the rule.
    QVERIFY(rules.contains("ln -s /dev/null /etc/udev/rules.d/90-civic-kiosk-usb-storage.rules"));

    const QFileInfo mask(extracted("civic-kiosk", "etc/systemd/system/ctrl-alt-del.target"));
    QVERIFY(mask.isSymLink());
    QCOMPARE(mask.symLinkTarget(), QStringLiteral("/dev/null"));
}

void tst_DebPackage::unitExposure()
{
    QVERIFY(m_built);
    // systemd-analyze rates a unit from 0 (locked down) to 10; --threshold is in tenths.
    const QString unit = extracted("civic-kiosk", QString::fromLatin1(UnitPath).mid(1));
    const Run r = run("systemd-analyze",
                      {"security", "--offline=true", "--threshold=25", "--no-pager", unit}, 120000);
    const QByteArray score = r.all().trimmed().split('\n').last();
    qInfo().noquote() << "systemd-analyze security:" << score;
    QVERIFY2(r.exitCode == 0, score.constData());
    QVERIFY2(score.contains("Overall exposure level"), r.all().constData());
}

void tst_DebPackage::sampleConfigIsValidAndNumbered()
{
    QVERIFY(m_built);
    auto config = KioskConfig::load(extracted("civic-kiosk", "etc/civic-kiosk/kiosk.json"));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
    QCOMPARE(config->dataDir, QStringLiteral("/var/lib/civic-kiosk"));
    // Numbered, so a kiosk set up from it never logs the reference collision warning; the
    // first-install steps in docs/fleet.md say to give each kiosk its own number.
    QCOMPARE(config->fleet.kioskNumber, std::optional<int>(1));
    QVERIFY(readAll(CK_SOURCE_DIR "/docs/fleet.md").contains("**Number the kiosk**"));
}

QTEST_GUILESS_MAIN(tst_DebPackage)
#include "tst_debpackage.moc"
