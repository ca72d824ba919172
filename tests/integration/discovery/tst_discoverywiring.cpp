// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// DiscoveryWiring in the kiosk's own object graph (KioskComposition, as the civic-kiosk program
// builds it) against a real intake server: the first pull puts the council's services on the list
// while nobody is using the kiosk; a definition that changes while someone is filling in a
// form is taken in only once that session has ended; the list model stays consistent
// (QAbstractItemModelTester) through each reload; and a discovered service filled in on the
// kiosk's own controller (as the screens do) is delivered by its sync engine, checked by the
// server against the definition it serves.
#include "tests/integration/common/kioskctl.h"

#include "app/composition/discoverywiring.h"
#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "domain/discovery/servicediscovery.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/servicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;
using namespace ck::testing;

class tst_DiscoveryWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshesBetweenSessionsOnly();
};

void tst_DiscoveryWiring::refreshesBetweenSessionsOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString council = dir.filePath(QStringLiteral("council"));
    QVERIFY(QDir().mkpath(council + QStringLiteral("/services")));
    QVERIFY(writeFile(
        council + QStringLiteral("/services.json"),
        R"([{"service_code":"HOLE","service_name":"Report a hole","metadata":true,"group":"Roads"}])"));
    const QByteArray v1 =
        R"({"attributes":[{"code":"SIZE","datatype":"number","variable":true,"required":true,"order":1,"description":"How wide is it?"}]})";
    QVERIFY(writeFile(council + QStringLiteral("/services/HOLE.json"), v1));
    IntakeProcess server;
    QVERIFY(server.start(dir.filePath(QStringLiteral("intake.sqlite")),
                         {QStringLiteral("--open311-services"), council}));
    qputenv("CIVIC_KIOSK_DEMO_INTAKE_URL", server.base().toUtf8());
    KioskConfig config = KioskConfig::demo();
    config.dataDir = dir.filePath(QStringLiteral("data"));
    config.destinations[QStringLiteral("council")].discover = true;
    config.servicesDir = servicesDir();

    CompositionOptions options;
    auto created = KioskComposition::create(config, options);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    KioskComposition &kiosk = *created.value();
    QVERIFY(!kiosk.catalogue().find(QStringLiteral("hole"))); // never pulled yet
    ServiceListModel *list = kiosk.serviceList();
    QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = list->rowCount();

    const auto wiring = DiscoveryWiring::attach(kiosk);
    QVERIFY(wiring);
    QSignalSpy pulled(wiring->discovery(), &ServiceDiscovery::pulled);
    QSignalSpy count(list, &ServiceListModel::countChanged);
    QVERIFY(pulled.wait(20000));
    QVERIFY(pulled.first().first().toBool());
    // Nobody at the kiosk: taken in at once.
    QVERIFY(kiosk.catalogue().find(QStringLiteral("hole")));
    QCOMPARE(kiosk.catalogue().find(QStringLiteral("hole"))->version(), 1);
    QCOMPARE(list->rowCount(), before + 1);
    QCOMPARE(count.size(), 1);

    // Someone is filling in a form when the council's definition changes.
    QVERIFY(kiosk.flowController()->start(QStringLiteral("hole")));
    QVERIFY(writeFile(council + QStringLiteral("/services/HOLE.json"),
                      QByteArray(v1).replace("How wide is it?", "About how wide is it?")));
    wiring->discovery()->pullNow();
    QVERIFY(pulled.wait(20000));
    QVERIFY(pulled.last().first().toBool());
    QVERIFY(wiring->reloadPending());
    QCOMPARE(kiosk.catalogue().find(QStringLiteral("hole"))->version(), 1);
    QCOMPARE(kiosk.flowController()->question(), QStringLiteral("How wide is it?"));

    // The session ends: the new version is on offer for the next person.
    kiosk.endSession();
    QTRY_VERIFY(!wiring->reloadPending());
    QCOMPARE(kiosk.catalogue().find(QStringLiteral("hole"))->version(), 2);
    QCOMPARE(kiosk.catalogue()
                 .find(QStringLiteral("hole"))
                 ->pages()
                 .first()
                 .question.text(QStringLiteral("en")),
             QStringLiteral("About how wide is it?"));

    // Filled in as the screens do, queued, delivered by the kiosk's own sync engine.
    FlowController *flow = kiosk.flowController();
    QVERIFY(flow->start(QStringLiteral("hole")));
    QCOMPARE(flow->pageId(), QStringLiteral("size"));
    flow->setDraft(QStringLiteral("40"));
    QVERIFY2(flow->next(), qPrintable(flow->fieldError()));
    QCOMPARE(flow->pageId(), QStringLiteral("location"));
    flow->setDraft(QVariantMap {{QStringLiteral("line1"), QStringLiteral("2 Mill Lane")},
                                {QStringLiteral("line2"), QString()},
                                {QStringLiteral("town"), QStringLiteral("Cardiff")},
                                {QStringLiteral("postcode"), QStringLiteral("CF10 1AA")}});
    QVERIFY2(flow->next(), qPrintable(flow->fieldError()));
    QCOMPARE(flow->pageId(), QStringLiteral("details"));
    QVERIFY(flow->next());
    QVERIFY(flow->onSummary());
    QVERIFY2(flow->submit(), qPrintable(flow->submitError()));
    const QString reference = flow->reference();
    kiosk.startSync();
    QNetworkAccessManager nam;
    const auto stored = [&] {
        return http(nam, "GET", server.url(QStringLiteral("/v1/_admin/stats")), {}, adminHeaders())
            .json()
            .object()
            .value(QStringLiteral("references"))
            .toObject()
            .value(reference)
            .toObject()
            .value(QStringLiteral("stored"))
            .toInt();
    };
    QTRY_COMPARE_WITH_TIMEOUT(stored(), 1, 20000);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tst_DiscoveryWiring test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_discoverywiring.moc"
