// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tests/a11y/screenauditor.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

class QObject;
class QQmlEngine;
class QQuickWindow;

// One screen audited the way a person might meet it: at 100, 150 and 200 % text, in the
// standard and the high-contrast palette (ScreenAuditor on each), with screenshots at 100 % and
// 200 % in Arabic (standard palette) and in English (high contrast). Problems are collected
// across every screen and reported once, with the first combination each was seen in. Shared
// by the citizen walk (tst_a11y_audit) and the staff and follow-up screens (tst_a11y_staff).
class AuditSweep
{
public:
    // `shotPrefix` keeps two audits from overwriting each other's screenshots.
    AuditSweep(QQuickWindow *window, QObject *theme, QString shotsDir, QString shotPrefix = {});

    // The Theme singleton instance the screens of `engine` use (one per engine).
    static QObject *themeOf(QQmlEngine *engine, QString *error);
    // <build>/screenshots/a11y, emptied of this prefix's screenshots.
    static QString prepareShotsDir(const QString &prefix);

    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }
    // Lets pending bindings, layouts and two frames happen.
    void settle();
    void setTheme(double scale, bool highContrast);
    void audit(const QString &group, const QString &screen);

    bool clean() const { return m_problems.isEmpty(); }
    int combinations() const { return m_combinations; }
    int screens() const { return int(m_screens.size()); }
    // Prints the totals (qInfo) and every distinct problem (qWarning, at most `maxLines`);
    // returns the number of distinct problems.
    int report(int languages, int maxLines = 80) const;
    QStringList screenNames() const { return QStringList(m_screens.cbegin(), m_screens.cend()); }

private:
    QQuickWindow *m_window;
    QObject *m_theme;
    QString m_shots;
    QString m_prefix;
    QString m_language = QStringLiteral("en");
    QMap<QString, int> m_problems; // problem -> number of combinations it was seen in
    QMap<QString, QString> m_firstSeen; // problem -> first combination
    QSet<QString> m_screens;
    int m_combinations = 0;
    qint64 m_items = 0;
    qint64 m_interactive = 0;
    qint64 m_texts = 0;
};
