// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Large print on real kiosk screens: 1280 x 1024, 1366 x 768 and a portrait 1080 x 1920, at
// 100, 150 and 200 % text, in every language and both palettes. At 150 % and more the header's
// controls fold behind one "Display and language" button; a question page keeps at least 60 %
// of the height for the question and its answers; the confirmation's reference number is in
// view without scrolling. Screenshots: <build>/screenshots/geometry/.
#include "tests/a11y/auditsweep.h"
#include "tests/a11y/flowwalker.h"

#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

QList<QQuickItem *> findAll(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> found;
    QList<QQuickItem *> queue {root};
    while (!queue.isEmpty()) {
        QQuickItem *item = queue.takeFirst();
        if (item->objectName() == name && item->isVisible())
            found.append(item);
        queue.append(item->childItems());
    }
    return found;
}

QQuickItem *findOne(QQuickItem *root, const QString &name)
{
    const QList<QQuickItem *> all = findAll(root, name);
    return all.isEmpty() ? nullptr : all.first();
}

// Is `item` wholly inside the visible part of `viewport` (and of the window)?
bool inView(QQuickItem *item, QQuickItem *viewport, QQuickWindow *window)
{
    const QRectF r = item->mapRectToItem(viewport, QRectF(0, 0, item->width(), item->height()));
    const QRectF w = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return r.top() >= -0.5 && r.bottom() <= viewport->height() + 0.5 && w.left() >= -0.5
        && w.right() <= window->width() + 0.5;
}

} // namespace

class tst_A11yGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySizeLanguageAndPalette_data();
    void everySizeLanguageAndPalette();
    void cleanupTestCase();

private:
    void measure(const QString &where, bool confirmation);

    QTemporaryDir m_data;
    std::unique_ptr<KioskComposition> m_kiosk;
    QQuickWindow *m_window = nullptr;
    QObject *m_theme = nullptr;
    std::unique_ptr<AuditSweep> m_sweep; // for settle(): layouts of wrapping text take passes
    QString m_shots;
    int m_checked = 0;
};

void tst_A11yGeometry::initTestCase()
{
    QVERIFY(m_data.isValid());
    KioskConfig config = KioskConfig::demo();
    config.dataDir = m_data.path();
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false;
    auto kiosk = KioskComposition::create(config, options);
    QVERIFY2(kiosk.ok(), kiosk.ok() ? "" : qPrintable(kiosk.error().message));
    m_kiosk = std::move(kiosk.value());
    const Status loaded = m_kiosk->load();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    m_window = m_kiosk->window();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QString error;
    m_theme = AuditSweep::themeOf(m_kiosk->engine(), &error);
    QVERIFY2(m_theme, qPrintable(error));
    const QString build = qEnvironmentVariable("CK_BUILD_DIR", QStringLiteral(CK_BIN_DIR "/.."));
    m_shots = QDir(build).filePath(QStringLiteral("screenshots/geometry"));
    QDir(m_shots).removeRecursively();
    QDir().mkpath(m_shots);
    m_sweep = std::make_unique<AuditSweep>(m_window, m_theme, m_shots);
}

void tst_A11yGeometry::cleanupTestCase()
{
    qInfo("geometry: %d combinations measured, screenshots in %s", m_checked, qPrintable(m_shots));
    if (m_theme)
        QMetaObject::invokeMethod(m_theme, "resetToDefaults");
    m_sweep.reset();
    m_kiosk.reset();
}

void tst_A11yGeometry::everySizeLanguageAndPalette_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QSize size : {QSize(1280, 1024), QSize(1366, 768), QSize(1080, 1920)}) {
        for (const char *lang : {"en", "cy", "pl", "ar"}) {
            const QString tag = QStringLiteral("%1x%2-%3")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(QLatin1String(lang));
            QTest::newRow(qPrintable(tag)) << size << QString::fromLatin1(lang);
        }
    }
}

// The first question of the missed-bin flow (a choice), then its confirmation, each at every
// text size in both palettes.
void tst_A11yGeometry::everySizeLanguageAndPalette()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    AppState *state = m_kiosk->appState();
    FlowController *flow = m_kiosk->flowController();
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    state->setLanguage(language);
    QTRY_COMPARE(state->language(), language);

    QVERIFY(flow->start(QStringLiteral("missed-bin")));
    QTRY_COMPARE(state->screen(), AppState::Question);
    measure(QStringLiteral("question"), false);
    if (QTest::currentTestFailed())
        return;

    for (int guard = 0; guard < 40 && !flow->onSummary(); ++guard) {
        const FlowPage *page = FlowWalker::currentPage(m_kiosk->catalogue(), flow);
        QVERIFY2(page, qPrintable(flow->pageId()));
        flow->setDraft(FlowWalker::sampleAnswer(*page));
        QVERIFY2(flow->next(), qPrintable(flow->fieldError()));
    }
    QTRY_COMPARE(state->screen(), AppState::Check);
    QVERIFY2(flow->submit(), qPrintable(flow->submitError()));
    QTRY_COMPARE(state->screen(), AppState::Confirmation);
    measure(QStringLiteral("confirmation"), true);
    m_kiosk->endSession();
    QTRY_COMPARE(state->screen(), AppState::Welcome);
}

void tst_A11yGeometry::measure(const QString &where, bool confirmation)
{
    QQuickItem *root = m_window->contentItem();
    const QString sizeTag = QStringLiteral("%1x%2").arg(m_window->width()).arg(m_window->height());
    const QString language = m_kiosk->appState()->language();
    for (const double scale : {1.0, 1.5, 2.0}) {
        for (const bool highContrast : {false, true}) {
            m_sweep->setTheme(scale, highContrast);
            m_sweep->settle();
            ++m_checked;
            const QString combo = QStringLiteral("%1 %2 %3 %4% %5")
                                      .arg(where, sizeTag, language)
                                      .arg(qRound(scale * 100))
                                      .arg(highContrast ? QStringLiteral("high contrast")
                                                        : QStringLiteral("standard"));
            QQuickItem *flick = findOne(root, QStringLiteral("screenContent"));
            QVERIFY2(flick, qPrintable(combo));
            QCOMPARE(flick->property("contentY").toDouble(), 0.0);

            // The header: folded behind "Display and language" from 150 %.
            const bool folded = scale >= 1.5;
            QVERIFY2(bool(findOne(root, QStringLiteral("displayOptionsButton"))) == folded,
                     qPrintable(combo));
            QVERIFY2(bool(findOne(root, QStringLiteral("contrastToggle"))) == !folded,
                     qPrintable(combo));

            if (!confirmation) {
                // The question and its answers keep at least 60 % of the height.
                const double share = flick->height() / m_window->height();
                QVERIFY2(share >= 0.6,
                         qPrintable(QStringLiteral("%1: the page has %2 % of the height")
                                        .arg(combo)
                                        .arg(qRound(share * 100))));
                QQuickItem *heading = findOne(root, QStringLiteral("screenHeading"));
                QVERIFY2(heading && inView(heading, flick, m_window), qPrintable(combo));
            } else {
                // Every group of the reference in view, without scrolling.
                const QList<QQuickItem *> groups = findAll(root, QStringLiteral("referenceGroup"));
                QCOMPARE(groups.size(), 4);
                for (QQuickItem *g : groups) {
                    QVERIFY2(inView(g, flick, m_window),
                             qPrintable(QStringLiteral("%1: reference group %2 out of view")
                                            .arg(combo, g->property("text").toString())));
                }
            }
            // Screenshots: every combination at 200 %, and the standard look at 100 %.
            if (scale == 2.0 || (scale == 1.0 && !highContrast)) {
                const QString file =
                    QStringLiteral("%1-%2-%3-%4-%5.png")
                        .arg(sizeTag, language, where)
                        .arg(qRound(scale * 100))
                        .arg(highContrast ? QStringLiteral("hc") : QStringLiteral("std"));
                QVERIFY(m_window->grabWindow().save(QDir(m_shots).filePath(file)));
            }
        }
    }
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    tst_A11yGeometry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_a11y_geometry.moc"
