// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/securebytes.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace ck {

class AppState;
class EvidenceRecorder;
class HelperSession;

// QML's view of helper mode (HelperSession): the banner, the sign-in and consent screens, "let
// me type", "carry on by yourself", sign-out. Screens: "helperSignIn", "consent".
class HelperController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HelperController is created by the composition root")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString state READ stateName NOTIFY changed)
    Q_PROPERTY(QString helperName READ helperName NOTIFY changed)
    Q_PROPERTY(QString bannerText READ bannerText NOTIFY changed)
    // Where the kiosk stands, in the session language (config placeName); empty when not set.
    Q_PROPERTY(QString placeName READ placeName NOTIFY changed)
    Q_PROPERTY(bool helperTyping READ helperTyping NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static inline const QString SignInScreen = QStringLiteral("helperSignIn");
    static inline const QString ConsentScreen = QStringLiteral("consent");

    HelperController(HelperSession *session, AppState *appState, EvidenceRecorder *evidence,
                     QObject *parent = nullptr);

    bool active() const; // the banner shows
    QString stateName() const; // signedOut | awaitingConsent | helping | handedBack
    QString helperName() const;
    QString bannerText() const;
    QString placeName() const;
    // The config's placeName by language code.
    void setPlaceNames(QMap<QString, QString> names);
    bool helperTyping() const;
    QString error() const { return m_error; }

    Q_INVOKABLE void openSignIn();
    Q_INVOKABLE void cancel();
    // The PIN arrives as text from the PIN field; it is moved into SecureBytes and the field is
    // cleared by the screen. Never logged, never spoken.
    Q_INVOKABLE bool signIn(const QString &helperId, const QString &pin);
    Q_INVOKABLE bool swipe(const QString &line, const QString &pin = QString());
    Q_INVOKABLE bool looksLikeSwipe(const QString &text) const;
    Q_INVOKABLE void answerConsent(bool yes);
    Q_INVOKABLE void takeOver();
    Q_INVOKABLE void giveKeyboardBack();
    Q_INVOKABLE void handBack();
    Q_INVOKABLE void signOut();

    // Evidence hooks the screens call (text size and read-aloud live in QML).
    Q_INVOKABLE void noteTextScale(double scale);
    Q_INVOKABLE void noteReadAloud();

    void wipe();

Q_SIGNALS:
    void changed();
    void errorChanged();

private:
    static SecureBytes takePin(const QString &pin);
    bool afterSignIn(const Status &status);
    void setError(const QString &error);
    void leaveTo(const QString &screen);

    QPointer<HelperSession> m_session;
    QPointer<AppState> m_appState;
    EvidenceRecorder *m_evidence;
    QString m_error;
    QString m_returnScreen;
    QMap<QString, QString> m_placeNames;
};

} // namespace ck
