// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/helper/trackingstatus.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace ck {

class AppState;
class ReferenceLookup;

// QML's view of "Check on a form you sent" (ReferenceLookup): the screen "track" types a reference,
// this shows the answer in plain words. Holds one answer at a time, cleared by the wipe.
class TrackController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TrackController is created by the composition root")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString reference READ reference NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString statusKind READ statusKind NOTIFY changed)
    Q_PROPERTY(QString statusNotes READ statusNotes NOTIFY changed)
    Q_PROPERTY(bool fromCache READ fromCache NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    static inline const QString Screen = QStringLiteral("track");

    TrackController(ReferenceLookup *lookup, AppState *appState, QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString reference() const { return m_reference; }
    QString statusText() const { return m_answer.text; }
    QString statusKind() const;
    QString statusNotes() const { return m_answer.notes; }
    bool fromCache() const { return m_answer.fromCache; }
    QString error() const { return m_error; }

    Q_INVOKABLE void open();
    Q_INVOKABLE void close();
    Q_INVOKABLE bool lookup(const QString &typed);
    Q_INVOKABLE void clear();

    void wipe() { clear(); }

Q_SIGNALS:
    void changed();
    void answered();

private:
    void onFinished(const QString &reference, const ck::TrackingAnswer &answer);

    QPointer<ReferenceLookup> m_lookup;
    QPointer<AppState> m_appState;
    bool m_busy = false;
    QString m_reference;
    TrackingAnswer m_answer;
    QString m_error;
    QString m_returnScreen;
};

} // namespace ck
