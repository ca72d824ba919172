// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QQmlEngine;
class QTranslator;

namespace ck {

// Swaps the application's QTranslator at run time and has QML re-evaluate every qsTr()
// binding (QQmlEngine::retranslate), so a language change mid-flow keeps every answer and
// every screen as it is. Translations are compiled into the QML module under :/i18n/.
// The composition root connects AppState::languageChanged to switchTo().
class KioskTranslator : public QObject
{
    Q_OBJECT

public:
    explicit KioskTranslator(QQmlEngine *engine, QObject *parent = nullptr);
    ~KioskTranslator() override;

    // Languages with a compiled catalogue in the resources, e.g. {"ar", "cy", "en", "pl"}.
    static QStringList availableLanguages();
    static bool isRightToLeft(const QString &code);
    // `source` in `code` from its catalogue, without changing the installed language (each
    // catalogue is loaded once and kept; GUI thread only). The source when there is none.
    static QString translateIn(const QString &code, const char *context, const char *source);

    QString language() const { return m_language; }
    // The engine whose qsTr() bindings follow; may come after construction (the composition
    // root switches language before QML is loaded).
    void setEngine(QQmlEngine *engine);
    // Installs the catalogue for `code` and retranslates QML. "en" is the source language; its
    // catalogue is still installed so plural forms come out right.
    Status setLanguage(const QString &code);

public Q_SLOTS:
    void switchTo(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
};

} // namespace ck
