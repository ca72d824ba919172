// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/webpageassist.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace ck {

WebPageAssist::WebPageAssist(QObject *parent)
    : QObject(parent)
    , m_token(QUuid::createUuid().toString(QUuid::Id128))
{ }

QString WebPageAssist::configJson(bool highContrast, const QVariantMap &colours) const
{
    QJsonObject config;
    config.insert(QStringLiteral("token"), m_token);
    config.insert(QStringLiteral("contrast"), highContrast);
    config.insert(QStringLiteral("colours"), QJsonObject::fromVariantMap(colours));
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
}

QString WebPageAssist::pageScript(bool highContrast, const QVariantMap &colours) const
{
    // Cached: every view and every contrast change asks for it.
    static const QString body = [] {
        QFile file(QStringLiteral(":/CivicKiosk/web/kioskpage.js"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    if (body.isEmpty())
        return {};
    return QStringLiteral("var ckConfig = %1;\n%2").arg(configJson(highContrast, colours), body);
}

QString WebPageAssist::applyCall(bool highContrast, const QVariantMap &colours) const
{
    return QStringLiteral("window.ckKiosk && window.ckKiosk.apply(%1)")
        .arg(configJson(highContrast, colours));
}

double WebPageAssist::pageZoom(double textScale)
{
    // Most sites set body text at 16 CSS px; at 1.5 that is the kiosk's own 24 px body text,
    // and each of the kiosk's text sizes then scales page and kiosk alike.
    return 1.5 * textScale;
}

bool WebPageAssist::isPersonalInput(const QString &inputType)
{
    static const QStringList choices = {QStringLiteral("radio"), QStringLiteral("checkbox"),
                                        QStringLiteral("select"), QStringLiteral("range"),
                                        QStringLiteral("color")};
    return !choices.contains(inputType.toLower());
}

QString WebPageAssist::nudgeKind(const QString &consoleLine) const
{
    const QString prefix = QStringLiteral("ck-kiosk:") + m_token + QLatin1Char(':');
    if (!consoleLine.startsWith(prefix))
        return {};
    const QString kind = consoleLine.mid(prefix.size());
    static const QStringList known = {QStringLiteral("action"), QStringLiteral("focus"),
                                      QStringLiteral("alert")};
    return known.contains(kind) ? kind : QString();
}

} // namespace ck
