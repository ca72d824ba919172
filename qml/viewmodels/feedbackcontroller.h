// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace ck {

class AppState;
class FeedbackSender;

// QML's view of "How was this?" (FeedbackSender). Screen "feedback", reached from the
// confirmation; "Finish" there ends the session like the confirmation's own Finish.
class FeedbackController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FeedbackController is created by the composition root")
    Q_PROPERTY(QStringList labels READ labels NOTIFY labelsChanged)
    Q_PROPERTY(bool sent READ sent NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(int maxCommentLength READ maxCommentLength CONSTANT)

public:
    static inline const QString Screen = QStringLiteral("feedback");
    using ServiceSource = std::function<QString()>;

    FeedbackController(FeedbackSender *sender, AppState *appState, ServiceSource service,
                       QObject *parent = nullptr);

    QStringList labels() const; // worst to best, in the session language
    bool sent() const { return m_sent; }
    QString error() const { return m_error; }
    int maxCommentLength() const;

    Q_INVOKABLE void open();
    Q_INVOKABLE bool send(int rating, const QString &comment);
    Q_INVOKABLE void finish();

    void wipe();

Q_SIGNALS:
    void changed();
    void labelsChanged();

private:
    FeedbackSender *m_sender;
    QPointer<AppState> m_appState;
    ServiceSource m_service;
    QString m_serviceId;
    bool m_sent = false;
    QString m_error;
};

} // namespace ck
