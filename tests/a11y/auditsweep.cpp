// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tests/a11y/auditsweep.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>

#include <memory>

AuditSweep::AuditSweep(QQuickWindow *window, QObject *theme, QString shotsDir, QString shotPrefix)
    : m_window(window)
    , m_theme(theme)
    , m_shots(std::move(shotsDir))
    , m_prefix(std::move(shotPrefix))
{ }

QObject *AuditSweep::themeOf(QQmlEngine *engine, QString *error)
{
    QQmlComponent probe(engine);
    probe.setData("import CivicKiosk\nimport QtQml\nQtObject { property QtObject theme: Theme }",
                  QUrl(QStringLiteral("qrc:/a11y-audit/probe.qml")));
    // The probe may go at once: the singleton belongs to the engine.
    std::unique_ptr<QObject> object(probe.create());
    if (!object) {
        if (error)
            *error = probe.errorString();
        return nullptr;
    }
    return object->property("theme").value<QObject *>();
}

QString AuditSweep::prepareShotsDir(const QString &prefix)
{
    const QString build = qEnvironmentVariable("CK_BUILD_DIR", QStringLiteral(CK_BIN_DIR "/.."));
    const QString shots = QDir(build).filePath(QStringLiteral("screenshots/a11y"));
    QDir().mkpath(shots);
    // Only this audit's own files: the other audit may be writing next to them.
    QDir dir(shots);
    const QStringList old = dir.entryList({prefix + QStringLiteral("*.png")}, QDir::Files);
    for (const QString &f : old)
        dir.remove(f);
    return shots;
}

namespace {

// Where every visible item is: wrapped text changes its height only after the layout gave it a
// width, and that can take a few polish passes to settle (nested layouts of wrapping text).
size_t geometryHash(QQuickItem *item, size_t seed = 0)
{
    if (!item->isVisible())
        return seed;
    seed = qHashMulti(seed, item->x(), item->y(), item->width(), item->height());
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        seed = geometryHash(child, seed);
    return seed;
}

} // namespace

void AuditSweep::settle()
{
    QCoreApplication::processEvents();
    for (int i = 0; i < 2; ++i) {
        QSignalSpy swapped(m_window, &QQuickWindow::frameSwapped);
        m_window->update();
        if (!swapped.wait(2000))
            break;
    }
    // Then on until nothing moves. A grab polishes and renders at once: a layout that was told
    // a wrapped text's new height during one polish pass may otherwise wait for an event that
    // a test window never gets (a real kiosk gets one with the next touch or cursor blink).
    size_t before = geometryHash(m_window->contentItem());
    for (int i = 0; i < 10; ++i) {
        (void)m_window->grabWindow();
        QCoreApplication::processEvents();
        const size_t after = geometryHash(m_window->contentItem());
        if (after == before)
            break;
        before = after;
    }
}

void AuditSweep::setTheme(double scale, bool highContrast)
{
    m_theme->setProperty("textScale", scale);
    m_theme->setProperty("highContrast", highContrast);
    settle();
}

void AuditSweep::audit(const QString &group, const QString &screen)
{
    settle();
    m_screens.insert(group + u'/' + screen);
    for (double scale : {1.0, 1.5, 2.0}) {
        for (bool hc : {false, true}) {
            setTheme(scale, hc);
            const QString combo =
                QStringLiteral("%1 %2 %3 %4% %5")
                    .arg(m_language, group, screen)
                    .arg(qRound(scale * 100))
                    .arg(hc ? QStringLiteral("high-contrast") : QStringLiteral("standard"));
            const ScreenAuditor::Result r = ScreenAuditor::audit(m_window, hc ? 7.0 : 4.5);
            ++m_combinations;
            m_items += r.itemsChecked;
            m_interactive += r.interactive;
            m_texts += r.texts;
            for (const QString &p : r.problems) {
                if (!m_problems.contains(p))
                    m_firstSeen.insert(p, combo);
                ++m_problems[p];
            }
            const bool shot =
                scale != 1.5 && ((m_language == u"ar" && !hc) || (m_language == u"en" && hc));
            if (shot) {
                const QString file = QStringLiteral("%1%2-%3-%4-%5-%6.png")
                                         .arg(m_prefix, group, screen, m_language)
                                         .arg(qRound(scale * 100))
                                         .arg(hc ? QStringLiteral("hc") : QStringLiteral("std"));
                m_window->grabWindow().save(QDir(m_shots).filePath(file));
            }
        }
    }
    setTheme(1.0, false);
}

int AuditSweep::report(int languages, int maxLines) const
{
    qInfo("a11y audit: %lld screens x %d languages x 3 text sizes x 2 themes = %d combinations; "
          "%lld items walked, %lld interactive, %lld texts; %lld distinct problems",
          qlonglong(m_screens.size()), languages, m_combinations, m_items, m_interactive, m_texts,
          qlonglong(m_problems.size()));
    qInfo("screenshots in %s", qPrintable(m_shots));
    int printed = 0;
    for (auto it = m_problems.cbegin(); it != m_problems.cend() && printed < maxLines;
         ++it, ++printed)
        qWarning("%s  [x%d, first: %s]", qPrintable(it.key()), it.value(),
                 qPrintable(m_firstSeen.value(it.key())));
    return int(m_problems.size());
}
