// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/appstate.h"

#include "a11y/kiosktranslator.h"

#include <QVariantMap>

namespace ck {

namespace {
const QStringList &knownLanguages()
{
    static const QStringList known {QStringLiteral("en"), QStringLiteral("cy"),
                                    QStringLiteral("pl"), QStringLiteral("ar")};
    return known;
}
} // namespace

AppState::AppState(QStringList languages, QString defaultLanguage, QObject *parent)
    : QObject(parent)
{
    for (const QString &code : languages) {
        if (knownLanguages().contains(code) && !m_languages.contains(code))
            m_languages.append(code);
    }
    if (m_languages.isEmpty())
        m_languages = knownLanguages();
    m_defaultLanguage =
        m_languages.contains(defaultLanguage) ? defaultLanguage : m_languages.first();
    m_language = m_defaultLanguage;
}

bool AppState::rightToLeft() const
{
    return m_language == QLatin1String("ar");
}

QVariantList AppState::languages() const
{
    QVariantList out;
    for (const QString &code : m_languages)
        out.append(QVariantMap {{QStringLiteral("code"), code},
                                {QStringLiteral("name"), nativeName(code)}});
    return out;
}

bool AppState::bilingualWelcome() const
{
    return m_welshStandards && m_languages.contains(QLatin1String("cy"))
        && m_languages.contains(QLatin1String("en"))
        && (m_language == QLatin1String("cy") || m_language == QLatin1String("en"));
}

QString AppState::translate(const QString &language, const QString &context,
                            const QString &source) const
{
    return KioskTranslator::translateIn(language, context.toUtf8().constData(),
                                        source.toUtf8().constData());
}

QString AppState::nativeName(const QString &code)
{
    if (code == QLatin1String("cy"))
        return QStringLiteral("Cymraeg");
    if (code == QLatin1String("pl"))
        return QStringLiteral("Polski");
    if (code == QLatin1String("ar"))
        return QStringLiteral("العربية");
    return QStringLiteral("English");
}

void AppState::setLanguage(const QString &code)
{
    if (!m_languages.contains(code) || code == m_language)
        return;
    m_language = code;
    Q_EMIT languageChanged(m_language);
}

void AppState::showWelcome()
{
    setScreen(Welcome);
}

void AppState::showServices()
{
    setScreen(Services);
}

void AppState::showWebService(const QUrl &address)
{
    // Another web service while one is showing: the screen is made again for the new address.
    if (m_screen == Web)
        setScreen(Services);
    m_webAddress = address;
    setScreen(Web);
}

void AppState::setScreen(const QString &screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    if (screen != Web)
        m_webAddress.clear();
    Q_EMIT screenChanged();
}

void AppState::requestEndSession()
{
    Q_EMIT endSessionRequested();
}

void AppState::resetForNewSession()
{
    setLanguage(m_defaultLanguage);
    setScreen(Welcome);
    ++m_session;
    Q_EMIT sessionEnded();
}

} // namespace ck
