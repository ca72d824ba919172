// The Debian package as an admin would meet it: built with cpack from this build tree, inspected
// with dpkg-deb, checked by lintian, installed with dpkg (dependencies from apt), its systemd
// unit checked by systemd-analyze verify, its sample config validated, and the installed admin
// tool run. Test functions run in order; each step needs the previous one.
#include "config/kioskconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using ck::KioskConfig;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 300000,
        const QStringList &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = "cannot start " + program.toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out: " + program.toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class tst_DebPackage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_out;
    QString m_deb;
    bool m_installed = false;

private slots:
    void buildWithCpack()
    {
        const QString build = qEnvironmentVariable("CK_BUILD_DIR");
        QVERIFY2(QFileInfo::exists(build + "/CPackConfig.cmake"), qPrintable(build));
        const Run r = run(
            "cpack", {"-G", "DEB", "--config", build + "/CPackConfig.cmake", "-B", m_out.path()},
            900000);
        QVERIFY2(r.exitCode == 0, r.all().constData());
        m_deb = m_out.filePath(QStringLiteral("civic-kiosk_%1_amd64.deb").arg(CK_PROJECT_VERSION));
        QVERIFY2(QFileInfo::exists(m_deb), qPrintable(QDir(m_out.path()).entryList().join(' ')));
    }

    void controlFields()
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
        // ... and named explicitly: what the kiosk loads at run time.
        for (const char *pkg : {"cage", "adduser", "qml6-module-qtquick-controls",
                                "qml6-module-qtwebengine", "qt6-wayland"})
            QVERIFY2(depends.contains(QLatin1String(pkg)), pkg);
        for (const char *script : {"postinst", "prerm", "postrm", "conffiles"})
            QVERIFY2(info.contains(QLatin1String(script)), script);
    }

    void contents()
    {
        QVERIFY(!m_deb.isEmpty());
        const Run r = run("dpkg-deb", {"--contents", m_deb});
        QCOMPARE(r.exitCode, 0);
        for (const char *path :
             {"./usr/bin/civic-kiosk", "./usr/bin/civic-kioskctl",
              "./lib/systemd/system/civic-kiosk.service", "./etc/civic-kiosk/kiosk.json",
              "./usr/share/civic-kiosk/services/missed-bin.json",
              "./usr/lib/civic-kiosk/civic-kiosk-web.so", "./usr/lib/civic-kiosk/kiosk-start-check",
              "./usr/share/doc/civic-kiosk/copyright", "./usr/share/doc/civic-kiosk/changelog.gz"})
            QVERIFY2(r.out.contains(QByteArray(path) + '\n'), path);
        // The demo signing key must never ship.
        QVERIFY(!r.out.contains("demo-config-signing"));
    }

    void sampleConfigIsValid()
    {
        QVERIFY(!m_deb.isEmpty());
        QTemporaryDir x;
        QCOMPARE(run("dpkg-deb", {"-x", m_deb, x.path()}).exitCode, 0);
        auto config = KioskConfig::load(x.filePath("etc/civic-kiosk/kiosk.json"));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->dataDir, QStringLiteral("/var/lib/civic-kiosk"));
    }

    void lintianFindsNoErrors()
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

    void installWithDpkg()
    {
        QVERIFY(!m_deb.isEmpty());
        QVERIFY2(::geteuid() == 0, "installing the package needs root (CI runs as root)");
        const QStringList env {"DEBIAN_FRONTEND=noninteractive"};
        Run r = run("dpkg", {"-i", m_deb}, 300000, env);
        if (r.exitCode != 0) {
            // Missing dependencies (cage and its Wayland stack on a fresh machine): let apt
            // bring them in, bounded so a slow mirror fails the test instead of hanging CI.
            const Run fix = run("apt-get", {"install", "-f", "-y", "-q", "--no-install-recommends"},
                                900000, env);
            QVERIFY2(fix.exitCode == 0, fix.all().constData());
        }
        r = run("dpkg-query", {"-W", "-f=${Status}", "civic-kiosk"});
        QCOMPARE(r.out, QByteArray("install ok installed"));
        m_installed = true;

        // The maintainer scripts did their part.
        QVERIFY(run("getent", {"passwd", "kiosk"}).out.contains("/var/lib/civic-kiosk"));
        struct stat st
        { };
        QCOMPARE(::stat("/var/lib/civic-kiosk", &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0700));
        const Run id = run("id", {"-u", "kiosk"});
        QCOMPARE(st.st_uid, uid_t(id.out.trimmed().toUInt()));
        const QString key = "/etc/civic-kiosk/credentials/civic-kiosk-outbox.key";
        QCOMPARE(::stat(key.toLocal8Bit().constData(), &st), 0);
        QCOMPARE(st.st_mode & 077, mode_t(0));
        QCOMPARE(QFileInfo(key).size(), 32);
    }

    void systemdUnitVerifies()
    {
        QVERIFY(m_installed);
        const Run r =
            run("systemd-analyze", {"verify", "/lib/systemd/system/civic-kiosk.service"}, 120000);
        // Only our unit's findings matter; other units on the machine may have their own.
        QStringList ours;
        for (const QByteArray &line : r.all().split('\n')) {
            if (line.contains("civic-kiosk"))
                ours << QString::fromUtf8(line);
        }
        QVERIFY2(r.exitCode == 0 && ours.isEmpty(), qPrintable(r.all() + ours.join('\n')));
        const Run props = run(
            "systemd-analyze",
            {"security", "--offline=true", "--no-pager", "/lib/systemd/system/civic-kiosk.service"},
            120000);
        qInfo().noquote() << "systemd-analyze security:"
                          << props.all().trimmed().split('\n').last();
    }

    void exitKioskStaysExited()
    {
        QVERIFY(m_installed);
        QFile unitFile("/lib/systemd/system/civic-kiosk.service");
        QVERIFY(unitFile.open(QIODevice::ReadOnly));
        const QByteArray unit = unitFile.readAll();
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

    void installedToolRuns()
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

    void cleanupTestCase()
    {
        // Leave the machine as we found it (the kiosk user and the dependencies stay: removing
        // a system user is not something a package does either).
        if (m_installed)
            run("dpkg", {"--purge", "civic-kiosk"}, 300000, {"DEBIAN_FRONTEND=noninteractive"});
    }
};

QTEST_GUILESS_MAIN(tst_DebPackage)
#include "tst_debpackage.moc"
