// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Each program's manual page says what its --help says: every line of --help is in the page
// (help2man's layout aside), and the page names no option --help does not. The pages are the
// ones the build made with help2man and the packages install.
#include "tests/packaging/packagetools.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

using namespace ck::testing;

namespace {

QString normalised(const QString &text)
{
    return text.simplified();
}

} // namespace

class tst_ManPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageMatchesHelp_data();
    void pageMatchesHelp();
};

void tst_ManPages::pageMatchesHelp_data()
{
    QTest::addColumn<QString>("program");
    for (const QString &program : packageNames())
        QTest::newRow(qPrintable(program)) << program;
}

void tst_ManPages::pageMatchesHelp()
{
    QFETCH(QString, program);
    const QString page = qEnvironmentVariable("CK_BUILD_DIR") + "/packaging/man/" + program + ".1";
    QVERIFY2(QFileInfo::exists(page), qPrintable(page + " missing: is help2man installed?"));
    // Run by name from its directory, as help2man did, so the usage line names the program.
    const Run help =
        run(QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("cd \"$0\" && ./%1 --help").arg(program),
             QStringLiteral(CK_BIN_DIR)},
            60000, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    QCOMPARE(help.exitCode, 0);
    // The page as man shows it, in ASCII (no typographic hyphens or quotes) and wide enough
    // that no line is broken or hyphenated.
    const Run shown =
        run(QStringLiteral("man"),
            {QStringLiteral("-E"), QStringLiteral("ascii"), QStringLiteral("-l"), page}, 60000,
            {QStringLiteral("MANWIDTH=250"), QStringLiteral("LC_ALL=C.UTF-8")});
    QCOMPARE(shown.exitCode, 0);
    // Bold and underline come as overstrikes ("c\bc", "_\bx"): keep the letter.
    static const QRegularExpression overstrike(QStringLiteral(".\\x08"));
    const QString manText = normalised(QString::fromUtf8(shown.out).remove(overstrike));
    QVERIFY(manText.contains(QStringLiteral("NAME %1 - ").arg(program)));

    const QString helpText = QString::fromUtf8(help.out);
    int lines = 0;
    for (QString line : helpText.split(QLatin1Char('\n'))) {
        line = normalised(line);
        if (line.isEmpty())
            continue;
        // help2man turns "Usage: ./prog ARGS" into the SYNOPSIS "prog ARGS".
        line.remove(QRegularExpression(QStringLiteral("^Usage: (\\./)?")));
        // ... and "Options:" into the OPTIONS section.
        if (line == QLatin1String("Options:"))
            line = QStringLiteral("OPTIONS");
        QVERIFY2(
            manText.contains(line),
            qPrintable(QStringLiteral("--help says \"%1\", the manual page does not").arg(line)));
        ++lines;
    }
    QVERIFY(lines >= 5);
    // The other way: no option in the page that --help has dropped.
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    auto it = option.globalMatch(manText);
    while (it.hasNext()) {
        const QString name = it.next().captured();
        QVERIFY2(helpText.contains(name),
                 qPrintable(QStringLiteral("the manual page names %1, --help does not").arg(name)));
    }
}

QTEST_GUILESS_MAIN(tst_ManPages)
#include "tst_manpages.moc"
