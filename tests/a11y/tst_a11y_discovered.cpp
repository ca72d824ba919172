// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The accessibility audit of discovered services: the demo council's Open311 services (every
// GeoReport datatype) are pulled from a real intake server through ServiceDiscovery, with the
// demo's overlays (packaging/services/overlays: translations, categories, a privacy notice),
// and then walked exactly as tst_a11y_audit walks the hand-written flows: every page, the
// error summary, "Check your answers" and the confirmation, at 100/150/200 % text and in both
// palettes (AuditSweep), in Polish and Arabic (every language with CK_A11Y_ALL_LANGUAGES=1).
// Screenshots: <build>/screenshots/a11y/discovered-*.
#include "tests/a11y/auditsweep.h"
#include "tests/a11y/flowwalker.h"
#include "tests/a11y/screenauditor.h"

#include "tests/integration/common/intakeprocess.h"

#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "domain/discovery/servicediscovery.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/servicelistmodel.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {
// A visible item by objectName, through the item tree (what the screens show).
QQuickItem *findVisible(QQuickWindow *window, const QString &name)
{
    QList<QQuickItem *> queue {window->contentItem()};
    while (!queue.isEmpty()) {
        QQuickItem *item = queue.takeFirst();
        if (item->objectName() == name && item->isVisible())
            return item;
        queue.append(item->childItems());
    }
    return nullptr;
}
} // namespace

class tst_A11yDiscovered : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discoveredServicesAreOffered();
    void auditDiscoveredFlows();
    void cleanupTestCase();

private:
    QTemporaryDir m_data;
    testing::IntakeProcess m_server;
    std::unique_ptr<KioskComposition> m_kiosk;
    QQuickWindow *m_window = nullptr;
    std::unique_ptr<AuditSweep> m_sweep;
    const QStringList m_flows {QStringLiteral("fly-tipping"), QStringLiteral("pothole"),
                               QStringLiteral("street-light")};
};

void tst_A11yDiscovered::initTestCase()
{
    QVERIFY(m_data.isValid());
    QVERIFY(m_server.start(m_data.filePath(QStringLiteral("intake.sqlite"))));
    qputenv("CIVIC_KIOSK_DEMO_INTAKE_URL", m_server.base().toUtf8());
    KioskConfig config = KioskConfig::demo();
    config.dataDir = m_data.filePath(QStringLiteral("data"));
    config.destinations[QStringLiteral("council")].discover = true;
    config.servicesDir = QStringLiteral(CK_SOURCE_DIR "/packaging/services");

    // The pull the kiosk makes when it starts, through the same code and network stack.
    ServiceDiscovery discovery(config, config.servicesDir,
                               KioskComposition::destinationsFrom(config));
    QSignalSpy pulled(&discovery, &ServiceDiscovery::pulled);
    discovery.pullNow();
    QVERIFY(pulled.wait(20000));
    QCOMPARE(discovery.results().size(), 1);
    QVERIFY2(discovery.results().first().reached, qPrintable(discovery.results().first().error));
    QVERIFY(discovery.results().first().refused.isEmpty());

    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto kiosk = KioskComposition::create(config, options);
    QVERIFY2(kiosk.ok(), kiosk.ok() ? "" : qPrintable(kiosk.error().message));
    m_kiosk = std::move(kiosk.value());
    const Status loaded = m_kiosk->load();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    m_window = m_kiosk->window();
    QVERIFY(m_window);
    m_window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QString error;
    QObject *theme = AuditSweep::themeOf(m_kiosk->engine(), &error);
    QVERIFY2(theme, qPrintable(error));
    m_sweep = std::make_unique<AuditSweep>(
        m_window, theme, AuditSweep::prepareShotsDir(QStringLiteral("discovered-")),
        QStringLiteral("discovered-"));
}

void tst_A11yDiscovered::cleanupTestCase()
{
    m_sweep.reset();
    m_kiosk.reset();
    m_server.stop();
}

void tst_A11yDiscovered::discoveredServicesAreOffered()
{
    const ServiceCatalogue &catalogue = m_kiosk->catalogue();
    for (const QString &id : m_flows) {
        const FlowDefinition *flow = catalogue.find(id);
        QVERIFY2(flow, qPrintable(id));
        // Council English plus the demo overlays: complete in the kiosk's four languages.
        QCOMPARE(flow->completeLanguages(),
                 (QStringList {QStringLiteral("ar"), QStringLiteral("cy"), QStringLiteral("en"),
                               QStringLiteral("pl")}));
    }
    // The hand-written missed-bin.json wins over the council's MISSED_BIN.
    int missedBin = 0;
    for (const FlowDefinition &f : catalogue.services())
        missedBin += f.destination().serviceCode == QLatin1String("MISSED_BIN") ? 1 : 0;
    QCOMPARE(missedBin, 1);
    // Categories: hand-written services first, then Waste, then Roads, a heading above each.
    ServiceListModel *list = m_kiosk->serviceList();
    QStringList headings;
    for (int row = 0; row < list->rowCount(); ++row) {
        const QModelIndex i = list->index(row);
        if (i.data(ServiceListModel::CategoryStartRole).toBool())
            headings << i.data(ServiceListModel::CategoryRole).toString();
    }
    QCOMPARE(headings, (QStringList {QStringLiteral("Waste"), QStringLiteral("Roads")}));
}

void tst_A11yDiscovered::auditDiscoveredFlows()
{
    AppState *state = m_kiosk->appState();
    FlowController *flow = m_kiosk->flowController();
    const ServiceCatalogue &catalogue = m_kiosk->catalogue();
    // Polish (the longest texts) and Arabic (right to left) in CTest, to stay near a minute;
    // CK_A11Y_ALL_LANGUAGES=1 walks all four (about four minutes on a shared two-core machine).
    const QStringList languages = qEnvironmentVariableIsSet("CK_A11Y_ALL_LANGUAGES")
        ? QStringList {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                       QStringLiteral("ar")}
        : QStringList {QStringLiteral("pl"), QStringLiteral("ar")};
    for (const QString &lang : languages) {
        m_sweep->setLanguage(lang);
        state->setLanguage(lang);
        QTRY_COMPARE(state->language(), lang);
        state->showServices();
        QTRY_COMPARE(state->screen(), AppState::Services);
        m_sweep->audit(QStringLiteral("all"), QStringLiteral("01-services"));
        QTRY_VERIFY(findVisible(m_window, QStringLiteral("category_fly-tipping")));
        QVERIFY(!findVisible(m_window, QStringLiteral("category_missed-bin")));
        for (const QString &id : m_flows) {
            state->setLanguage(lang);
            QVERIFY(flow->start(id));
            QTRY_COMPARE(state->screen(), AppState::Question);
            int n = 2;
            m_sweep->audit(
                id, QStringLiteral("%1-%2").arg(n++, 2, 10, QLatin1Char('0')).arg(flow->pageId()));
            if (!flow->next()) {
                QVERIFY(!flow->errors()->isEmpty());
                m_sweep->audit(id,
                               QStringLiteral("%1-%2-error")
                                   .arg(n++, 2, 10, QLatin1Char('0'))
                                   .arg(flow->pageId()));
            }
            for (int guard = 0; guard < 40 && !flow->onSummary(); ++guard) {
                const FlowPage *page = FlowWalker::currentPage(catalogue, flow);
                QVERIFY2(page, qPrintable(flow->pageId()));
                flow->setDraft(FlowWalker::sampleAnswer(*page));
                const QString before = flow->pageId();
                QVERIFY2(flow->next(),
                         qPrintable(before + QStringLiteral(": ") + flow->fieldError()));
                if (flow->onSummary())
                    break;
                m_sweep->audit(
                    id,
                    QStringLiteral("%1-%2").arg(n++, 2, 10, QLatin1Char('0')).arg(flow->pageId()));
            }
            QTRY_COMPARE(state->screen(), AppState::Check);
            // Every discovered service has a privacy block: the overlay's or the kiosk's own.
            QCOMPARE(flow->privacy().size(), 4);
            QTRY_VERIFY(findVisible(m_window, QStringLiteral("privacy_3")));
            m_sweep->audit(id,
                           QStringLiteral("%1-check-answers").arg(n++, 2, 10, QLatin1Char('0')));
            QVERIFY2(flow->submit(), qPrintable(flow->submitError()));
            QTRY_COMPARE(state->screen(), AppState::Confirmation);
            m_sweep->audit(id, QStringLiteral("%1-confirmation").arg(n++, 2, 10, QLatin1Char('0')));
            m_kiosk->endSession();
            QTRY_COMPARE(state->screen(), AppState::Welcome);
        }
    }
    const int problems = m_sweep->report(int(languages.size()));
    QVERIFY2(problems == 0, qPrintable(QStringLiteral("%1 accessibility problems").arg(problems)));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_A11yDiscovered test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_a11y_discovered.moc"
