// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// PerformanceInfo on a real PerformanceCache filled from a real civic-kiosk-intake on
// 127.0.0.1 and the demo services: the service code it asks for, the words in the session
// language, and the revision QML binds to moving on fresh figures and language switches.
#include "domain/evidence/performancecache.h"
#include "domain/flows/servicecatalogue.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/performanceinfo.h"
#include "tests/integration/common/intakeprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;
using namespace ck::testing;

class tst_PerformanceInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesInTheSessionLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        IntakeProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("intake.sqlite"))),
                 server.stderrText().constData());
        QNetworkAccessManager nam;
        PerformanceCache::Options o;
        o.dataDir = dir.filePath(QStringLiteral("data"));
        o.url = QUrl(server.url(QStringLiteral("/v1/performance")));
        PerformanceCache cache(o, &nam);
        QVERIFY(cache.loadFromDisk().ok());
        const ServiceCatalogue catalogue =
            ServiceCatalogue::load(QStringLiteral(CK_SOURCE_DIR "/packaging/services"));
        AppState state({QStringLiteral("en"), QStringLiteral("cy")}, QStringLiteral("en"));
        PerformanceInfo info(&cache, &catalogue, &state);

        QCOMPARE(info.serviceCodeFor(QStringLiteral("missed-bin")),
                 catalogue.find(QStringLiteral("missed-bin"))->destination().serviceCode);
        QCOMPARE(info.serviceCodeFor(QStringLiteral("not-in-the-catalogue")),
                 QStringLiteral("NOT_IN_THE_CATALOGUE"));
        QCOMPARE(info.describe(QStringLiteral("missed-bin")), QString()); // nothing known yet
        QCOMPARE(info.describe(QString()), QString());

        QSignalSpy changed(&info, &PerformanceInfo::changed);
        QSignalSpy done(&cache, &PerformanceCache::refreshed);
        const int before = info.revision();
        cache.refresh();
        QVERIFY(done.wait(15000));
        QVERIFY(done.first().at(0).toBool());
        QVERIFY(changed.size() >= 1);
        QVERIFY(info.revision() > before);
        const QString english = info.describe(QStringLiteral("missed-bin"));
        QVERIFY2(english.startsWith(QStringLiteral("About half of these are closed within")),
                 qPrintable(english));

        const int revision = info.revision();
        state.setLanguage(QStringLiteral("cy"));
        QCOMPARE(info.revision(), revision + 1);
        const QString welsh = info.describe(QStringLiteral("missed-bin"));
        QVERIFY(!welsh.isEmpty());
        QVERIFY(welsh != english);
    }
};

QTEST_GUILESS_MAIN(tst_PerformanceInfo)
#include "tst_performanceinfo.moc"
