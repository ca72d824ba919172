// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace ck {

// Which screen is showing and in which language: the little state the screens share. The
// language lives here (not in Theme) because C++ needs it too: flow texts, validation messages
// and the translator swap all follow languageChanged().
class AppState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppState is created by the composition root")
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(int sessionNumber READ sessionNumber NOTIFY sessionEnded)
    Q_PROPERTY(QUrl webAddress READ webAddress NOTIFY screenChanged)
    // Welsh Language Standards (config welshLanguageStandards): the welcome screen shows Welsh
    // and English side by side, Welsh first, while the session is in either of them.
    Q_PROPERTY(bool bilingualWelcome READ bilingualWelcome NOTIFY languageChanged)

public:
    // Screens, in the order a citizen meets them.
    static inline const QString Welcome = QStringLiteral("welcome");
    static inline const QString Services = QStringLiteral("services");
    static inline const QString Question = QStringLiteral("question");
    static inline const QString Check = QStringLiteral("check");
    static inline const QString Confirmation = QStringLiteral("confirmation");
    static inline const QString Web = QStringLiteral("web"); // an online service (contained)

    // `languages`: the config's languages in display order; the first unknown codes are
    // dropped. `defaultLanguage` is where every new session starts.
    explicit AppState(QStringList languages, QString defaultLanguage, QObject *parent = nullptr);

    QString language() const { return m_language; }
    bool rightToLeft() const;
    QVariantList languages() const; // [{code, name}] with each name in its own language
    QStringList languageCodes() const { return m_languages; }
    QString defaultLanguage() const { return m_defaultLanguage; }
    QString screen() const { return m_screen; }
    int sessionNumber() const { return m_session; }
    // Where the web screen starts: the chosen web service's address (empty on other screens).
    QUrl webAddress() const { return m_webAddress; }

    // Each language's name written in that language ("Cymraeg"), so people recognise their own.
    static QString nativeName(const QString &code);

    Q_INVOKABLE void setLanguage(const QString &code);
    void setWelshLanguageStandards(bool on) { m_welshStandards = on; }
    bool bilingualWelcome() const;
    // `source` (of `context`) in `language`, whatever the session language is: the bilingual
    // welcome shows Welsh and English at once.
    Q_INVOKABLE QString translate(const QString &language, const QString &context,
                                  const QString &source) const;
    Q_INVOKABLE void showWelcome();
    Q_INVOKABLE void showServices();
    void showWebService(const QUrl &address);
    void setScreen(const QString &screen);

    // "Start again" / "Finish": asks whoever ends sessions (the shell's SessionWiper when it is
    // wired, else the composition root) to wipe and return to the welcome screen.
    Q_INVOKABLE void requestEndSession();
    // Called once the session really is over: language back to the site default, welcome.
    void resetForNewSession();

Q_SIGNALS:
    void languageChanged(const QString &language);
    void screenChanged();
    void endSessionRequested();
    void sessionEnded();

private:
    QStringList m_languages;
    QString m_defaultLanguage;
    QString m_language;
    QString m_screen = Welcome;
    QUrl m_webAddress;
    int m_session = 1;
    bool m_welshStandards = false;
};

} // namespace ck
