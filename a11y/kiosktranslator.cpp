// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/kiosktranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QTranslator>

#include <map>

namespace ck {

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("civickiosk_");
} // namespace

KioskTranslator::KioskTranslator(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{ }

void KioskTranslator::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

KioskTranslator::~KioskTranslator()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList KioskTranslator::availableLanguages()
{
    QStringList codes;
    const auto files =
        QDir(kCatalogueDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3));
    return codes;
}

QString KioskTranslator::translateIn(const QString &code, const char *context, const char *source)
{
    // Loaded on first use and kept for the life of the process: a few kilobytes each.
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    auto it = loaded.find(code);
    if (it == loaded.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(kPrefix + code, kCatalogueDir))
            translator.reset();
        it = loaded.emplace(code, std::move(translator)).first;
    }
    const QString found = it->second ? it->second->translate(context, source) : QString();
    return found.isEmpty() ? QString::fromUtf8(source) : found;
}

bool KioskTranslator::isRightToLeft(const QString &code)
{
    return QLocale(code).textDirection() == Qt::RightToLeft;
}

Status KioskTranslator::setLanguage(const QString &code)
{
    auto next = std::make_unique<QTranslator>();
    if (!next->load(kPrefix + code, kCatalogueDir)) {
        return Status::failure(
            QStringLiteral("i18n.no-catalogue"),
            QCoreApplication::translate("KioskTranslator", "This language is not available."));
    }
    // Install the new one before removing the old, so no frame is drawn untranslated.
    QCoreApplication::installTranslator(next.get());
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(next);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(isRightToLeft(code) ? Qt::RightToLeft
                                                                : Qt::LeftToRight);
    if (m_engine)
        m_engine->retranslate();
    if (code != m_language) {
        m_language = code;
        Q_EMIT languageChanged(code);
    }
    return Status::success();
}

void KioskTranslator::switchTo(const QString &code)
{
    const Status status = setLanguage(code);
    if (!status)
        qWarning("KioskTranslator: %s", qPrintable(status.error().code));
}

} // namespace ck
