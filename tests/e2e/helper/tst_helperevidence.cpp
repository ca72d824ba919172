// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Helper-mode evidence in the real kiosk window: pressing "Read" on a screen counts the session
// as one that used read aloud (once, however often it is pressed), and the admin screen shows
// the day's counts through AdminStatus, and nothing about any one session. KioskComposition and
// HelperComposition are built as the civic-kiosk program builds them (KioskGraph): the kiosk's
// own ReadAloud is counted, and the admin screen's AdminStatus is pushed to HelperComposition.
#include "tests/e2e/kioskdriver.h"

#include "a11y/readaloud.h"
#include "app/composition/helpercomposition.h"
#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "domain/evidence/evidenceaggregator.h"
#include "domain/evidence/evidencerecorder.h"
#include "kiosk-shell/admingate.h"
#include "kiosk-shell/adminstatus.h"
#include "qml/viewmodels/appstate.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

qint64 evidenceCount(const AdminStatus &status, const QString &key)
{
    const QVariantList rows = status.evidence();
    for (const QVariant &row : rows) {
        const QVariantMap m = row.toMap();
        if (m.value(QStringLiteral("key")).toString() == key)
            return m.value(QStringLiteral("count")).toLongLong();
    }
    return -1;
}

void collectTexts(QQuickItem *item, QStringList &out)
{
    if (!item->isVisible())
        return;
    if (item->inherits("QQuickText"))
        out << item->property("text").toString();
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectTexts(child, out);
}

} // namespace

class tst_HelperEvidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adminStatusTakesCountsOnly();
    void readAloudIsCountedAndShownToTheAdmin();
};

// AdminStatus keeps the known counters of the aggregator's summary and nothing else.
void tst_HelperEvidence::adminStatusTakesCountsOnly()
{
    AdminStatus status(QStringLiteral("1.0"));
    QCOMPARE(evidenceCount(status, QStringLiteral("sessions")), 0);
    QJsonObject summary {
        {QStringLiteral("sessions"), 5},
        {QStringLiteral("completed"), 3},
        {QStringLiteral("abandoned"), 2},
        {QStringLiteral("helped"), 1},
        {QStringLiteral("readAloud"), 2},
        {QStringLiteral("daysWaitingToBeSent"), 1},
        {QStringLiteral("kioskId"), QStringLiteral("library-7")},
        {QStringLiteral("services"), QJsonObject {{QStringLiteral("missed-bin"), QJsonObject {}}}},
        {QStringLiteral("textSize"),
         QJsonObject {
             {QStringLiteral("100"), 2}, {QStringLiteral("150"), 2}, {QStringLiteral("200"), 1}}}};
    status.setEvidenceSummary(summary);
    QCOMPARE(evidenceCount(status, QStringLiteral("sessions")), 5);
    QCOMPARE(evidenceCount(status, QStringLiteral("completed")), 3);
    QCOMPARE(evidenceCount(status, QStringLiteral("abandoned")), 2);
    QCOMPARE(evidenceCount(status, QStringLiteral("helped")), 1);
    QCOMPARE(evidenceCount(status, QStringLiteral("readAloud")), 2);
    QCOMPARE(evidenceCount(status, QStringLiteral("largeText")), 3);
    QCOMPARE(evidenceCount(status, QStringLiteral("daysWaitingToBeSent")), 1);
    QCOMPARE(status.evidence().size(), 7);
    for (const QVariant &row : status.evidence()) {
        const QString text = row.toMap().value(QStringLiteral("text")).toString();
        QVERIFY2(!text.contains(QLatin1String("missed-bin")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("library-7")), qPrintable(text));
    }
    QCOMPARE(status.evidence().constLast().toMap().value(QStringLiteral("text")).toString(),
             QStringLiteral("Earlier days waiting to be sent: 1"));
    // Negative or non-numeric values cannot appear as counts.
    summary.insert(QStringLiteral("helped"), -4);
    summary.insert(QStringLiteral("readAloud"), QStringLiteral("Jo Bloggs"));
    status.setEvidenceSummary(summary);
    QCOMPARE(evidenceCount(status, QStringLiteral("helped")), 0);
    QCOMPARE(evidenceCount(status, QStringLiteral("readAloud")), 0);
}

void tst_HelperEvidence::readAloudIsCountedAndShownToTheAdmin()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    KioskConfig config = KioskConfig::demo(); // admin PIN 2468
    config.dataDir = data.path();
    config.minFreeMb = 1;
    // Declared before the kiosk, so the QML engine that binds to them goes first.
    AdminGate gate(config.adminPinHash, data.path());
    AdminStatus status(QStringLiteral("1.0"), config.kioskId);
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto created = KioskComposition::create(config, options);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    std::unique_ptr<KioskComposition> kiosk = std::move(created.value());
    // As ShellWiring does: the gate and status reach Main.qml as initial properties.
    kiosk->setInitialProperty(QStringLiteral("adminGate"), QVariant::fromValue(&gate));
    kiosk->setInitialProperty(QStringLiteral("adminStatus"), QVariant::fromValue(&status));
    auto helperMode = HelperComposition::attach(*kiosk);
    helperMode->observeAdminStatus(&status); // as KioskGraph hands it ShellWiring's
    const Status loaded = kiosk->load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QQuickWindow *window = kiosk->window();
    window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ReadAloud *readAloud = kiosk->readAloud();
    QVERIFY(readAloud);

    KioskDriver drive(window,
                      QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("helper")));
    AppState *state = kiosk->appState();
    const EvidenceAggregator *evidence = helperMode->evidence();

    // Session 1: the person presses "Read" twice on the service list.
    state->showServices();
    QTRY_COMPARE(state->screen(), AppState::Services);
    QTRY_VERIFY(drive.find(QStringLiteral("readAloudButton")));
    QVERIFY(drive.click(QStringLiteral("readAloudButton")));
    QTRY_VERIFY(readAloud->inUse());
    QVERIFY(!readAloud->lastSpoken().isEmpty());
    QVERIFY(helperMode->recorder()->current().readAloudUsed);
    QVERIFY(drive.click(QStringLiteral("readAloudButton")));
    state->requestEndSession();
    QTRY_COMPARE(evidence->totals().sessions, 1);
    QCOMPARE(evidence->totals().readAloud, 1);
    QVERIFY(!readAloud->inUse()); // the wipe resets it for the next person

    // Session 2: no read aloud.
    state->showServices();
    QTRY_COMPARE(state->screen(), AppState::Services);
    state->requestEndSession();
    QTRY_COMPARE(evidence->totals().sessions, 2);
    QCOMPARE(evidence->totals().readAloud, 1);

    // The admin screen: the day's counts, from AdminStatus.
    QTRY_COMPARE(evidenceCount(status, QStringLiteral("sessions")), 2);
    QCOMPARE(evidenceCount(status, QStringLiteral("readAloud")), 1);
    gate.requestOpen();
    QTRY_VERIFY(drive.find(QStringLiteral("pinPadScreen")));
    for (int digit : {2, 4, 6, 8})
        gate.appendDigit(digit);
    gate.submit();
    QTRY_VERIFY_WITH_TIMEOUT(gate.isOpen(), 20000);
    QTRY_VERIFY(drive.find(QStringLiteral("evidence_readAloud")));
    QCOMPARE(drive.find(QStringLiteral("evidence_readAloud"))->property("text").toString(),
             QStringLiteral("Used read aloud: 1"));
    QCOMPARE(drive.find(QStringLiteral("evidence_sessions"))->property("text").toString(),
             QStringLiteral("Sessions today: 2"));
    drive.shoot(QStringLiteral("20-admin-evidence"));
    QStringList texts;
    collectTexts(window->contentItem(), texts);
    QVERIFY(texts.contains(QStringLiteral("Use of this kiosk today")));
    for (const QString &t : std::as_const(texts))
        QVERIFY2(!t.contains(QLatin1String("missed-bin")), qPrintable(t));
    gate.close();
    QTRY_VERIFY(!drive.find(QStringLiteral("adminScreen")));
}

int main(int argc, char **argv)
{
    // Under xvfb-run (scripts/test.sh) DISPLAY is set and xcb is used; bare ctest: offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_HelperEvidence test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_helperevidence.moc"
