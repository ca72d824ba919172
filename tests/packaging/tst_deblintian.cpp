// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// lintian at its default level over the three packages tst_debpackage built: no error and no
// warning in any of them, with no override shipped to hide one (tst_debpackage checks that).
#include "tests/packaging/packagetools.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QtTest>

using namespace ck::testing;

class tst_DebLintian : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noErrorsNoWarnings();
};

void tst_DebLintian::noErrorsNoWarnings()
{
    const QString lintian = QStandardPaths::findExecutable("lintian");
    QVERIFY2(!lintian.isEmpty(), "lintian is not installed (scripts/deps.sh installs it)");
    QStringList debs;
    for (const QString &package : packageNames()) {
        debs << debPath(package);
        QVERIFY2(QFileInfo::exists(debs.last()), "run tst_debpackage first (fixture ck_debs)");
    }
    const Run r =
        run(lintian, QStringList {"--tag-display-limit", "0", "--allow-root"} + debs, 600000);
    qInfo().noquote() << "lintian" << lintian << "exit" << r.exitCode
                      << "output:\n" + QString::fromUtf8(r.all().trimmed());
    QCOMPARE(r.exitCode, 0);
    QStringList findings;
    for (const QByteArray &line : r.all().split('\n')) {
        if (line.startsWith("E: ") || line.startsWith("W: "))
            findings << QString::fromUtf8(line);
    }
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join('\n')));
}

QTEST_GUILESS_MAIN(tst_DebLintian)
#include "tst_deblintian.moc"
