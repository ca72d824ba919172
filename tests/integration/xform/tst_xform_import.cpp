// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// `civic-kioskctl import-xform FORM.xml > service.json` as an admin runs it: the test forms
// convert (stdout is a flow file the kiosk loads, notes on stderr), the unsupported ones are
// refused (nothing on stdout, every problem on stderr with its path and code, exit 2), and an
// imported form is filled in, queued and delivered to a real intake server.
#include "tests/integration/common/kioskctl.h"

#include "domain/flows/flowdefinition.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ck::testing;

namespace {
QString form(const char *relative)
{
    return QStringLiteral(CK_TEST_DATA_DIR "/xforms/") + QLatin1String(relative);
}
} // namespace

class tst_XFormImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void convertsTestForms_data();
    void convertsTestForms();
    void refusesUnsupportedForms_data();
    void refusesUnsupportedForms();
    void usageAndFileErrors();
    void importedFormIsDelivered();

private:
    CtlResult ctl(const QStringList &args) { return runCtl(m_config, args, 60000); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
};

void tst_XFormImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("kiosk.json"));
    QVERIFY(writeKioskConfig(m_config, m_dir->filePath(QStringLiteral("data")),
                             QStringLiteral("http://127.0.0.1:9")));
}

void tst_XFormImport::cleanup()
{
    m_dir.reset();
}

void tst_XFormImport::convertsTestForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("pages");
    QTest::newRow("XLSForm") << form("good/xlsform-bin-problem.xml") << "bin-problem" << 6;
    QTest::newRow("ODK Build") << form("good/odkbuild-library-card.xml")
                               << "build-library-card-1764000000" << 6;
    QTest::newRow("hand-edited") << form("good/handwritten-pet.xml") << "stray-animal" << 3;
}

void tst_XFormImport::convertsTestForms()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(int, pages);
    const CtlResult r = ctl({QStringLiteral("import-xform"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    ck::FlowProblem problem;
    const auto flow = ck::FlowDefinition::parse(r.out, QStringLiteral("stdout"), &problem);
    QVERIFY2(flow, qPrintable(problem.toString()));
    QCOMPARE(flow->id(), id);
    QCOMPARE(flow->pages().size(), pages);
    // What was left out is said, never dropped silently.
    QVERIFY2(r.err.contains("note: "), r.err.constData());
}

void tst_XFormImport::refusesUnsupportedForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("lines"); // each must appear on stderr
    QTest::newRow("repeat, calculation")
        << form("refused/repeat-and-calculate.xml")
        << QStringList {QStringLiteral("repeat-and-calculate.xml: /data/member: "),
                        QStringLiteral("[xform.repeat]"),
                        QStringLiteral("/data/total_age: The value is calculated"),
                        QStringLiteral("not imported (2 problems)")};
    QTest::newRow("location, media")
        << form("refused/location-and-media.xml")
        << QStringList {QStringLiteral("/data/where: A location on a map (geopoint)"),
                        QStringLiteral("/data/photo: Photos"),
                        QStringLiteral("/data/what: The label has image media"),
                        QStringLiteral("/data/seen_at: A time of day (time)")};
    QTest::newRow("expressions")
        << form("refused/expressions.xml")
        << QStringList {QStringLiteral("/data/colours: The condition \"not(selected( /data/has_car "
                                       ", 'no'))\" is not one the kiosk can follow"),
                        QStringLiteral("/data/plate: The rule \"regex("),
                        QStringLiteral("[xform.itemset]"), QStringLiteral("[xform.output]")};
}

void tst_XFormImport::refusesUnsupportedForms()
{
    QFETCH(QString, file);
    QFETCH(QStringList, lines);
    const CtlResult r = ctl({QStringLiteral("import-xform"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), "a refused form prints no flow");
    for (const QString &line : lines)
        QVERIFY2(r.err.contains(line.toUtf8()), qPrintable(line + QStringLiteral("\n") + r.err));
}

void tst_XFormImport::usageAndFileErrors()
{
    CtlResult r = ctl({QStringLiteral("import-xform")});
    QCOMPARE(r.exitCode, 1);
    r = ctl({QStringLiteral("import-xform"), m_dir->filePath(QStringLiteral("none.xml"))});
    QCOMPARE(r.exitCode, 4);
    r = ctl({QStringLiteral("import-xform"), form("good/handwritten-pet.xml"),
             QStringLiteral("--flow-version"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 1);
    const QString junk = m_dir->filePath(QStringLiteral("junk.xml"));
    QVERIFY(writeFile(junk, "<not really"));
    r = ctl({QStringLiteral("import-xform"), junk});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("[xform.xml]"), r.err.constData());
}

// The whole path: import, put the file in the services folder, key the form in (the same
// validation and outbox as the screens), deliver to the JSON API of a real intake server.
void tst_XFormImport::importedFormIsDelivered()
{
    IntakeProcess server;
    QVERIFY(server.start(m_dir->filePath(QStringLiteral("intake.sqlite"))));
    QVERIFY(writeKioskConfig(m_config, m_dir->filePath(QStringLiteral("data")), server.base()));
    CtlResult r = ctl({QStringLiteral("import-xform"), form("good/xlsform-bin-problem.xml"),
                       QStringLiteral("--destination"), QStringLiteral("planning"),
                       QStringLiteral("--id"), QStringLiteral("bin-problem")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString services = m_dir->filePath(QStringLiteral("services"));
    QVERIFY(QDir().mkpath(services));
    QVERIFY(writeFile(services + QStringLiteral("/bin-problem.json"), r.out));

    const QJsonObject answers {{QStringLiteral("bin-type"), QStringLiteral("general")},
                               {QStringLiteral("problems"), QJsonArray {QStringLiteral("smell")}},
                               {QStringLiteral("smell-days"), 3},
                               {QStringLiteral("when"), QStringLiteral("2026-01-05")},
                               {QStringLiteral("weight"), 12.5},
                               {QStringLiteral("details"), QStringLiteral("By the gate")}};
    const QString answersFile = m_dir->filePath(QStringLiteral("answers.json"));
    QVERIFY(writeFile(answersFile, QJsonDocument(answers).toJson()));
    r = ctl({QStringLiteral("--services-dir"), services, QStringLiteral("submit"),
             QStringLiteral("--service"), QStringLiteral("bin-problem"),
             QStringLiteral("--answers"), answersFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString reference = QString::fromLatin1(r.out.trimmed());

    // The form's own constraint (1..60 days) is the kiosk's rule now.
    QJsonObject tooLong = answers;
    tooLong.insert(QStringLiteral("smell-days"), 90);
    QVERIFY(writeFile(answersFile, QJsonDocument(tooLong).toJson()));
    r = ctl({QStringLiteral("--services-dir"), services, QStringLiteral("submit"),
             QStringLiteral("--service"), QStringLiteral("bin-problem"),
             QStringLiteral("--answers"), answersFile});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("smell-days"), r.err.constData());

    r = ctl({QStringLiteral("--services-dir"), services, QStringLiteral("sync"),
             QStringLiteral("--until-empty"), QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QNetworkAccessManager nam;
    const QJsonObject refs =
        http(nam, "GET", server.url(QStringLiteral("/v1/_admin/stats")), {}, adminHeaders())
            .json()
            .object()
            .value(QStringLiteral("references"))
            .toObject();
    QCOMPARE(refs.value(reference).toObject().value(QStringLiteral("stored")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_XFormImport)
#include "tst_xform_import.moc"
