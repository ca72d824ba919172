// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QVariantList>

namespace ck {

// What the admin screen shows, fed by main from the sync engine's progress signal so that the
// shell needs no knowledge of the outbox. Texts are formatted here, not in QML.
class AdminStatus : public QObject
{
    Q_OBJECT
    // [{state, count, label, text, attention}], the four known states first, in the same order
    Q_PROPERTY(QVariantList depth READ depth NOTIFY changed FINAL)
    Q_PROPERTY(int totalWaiting READ totalWaiting NOTIFY changed FINAL)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed FINAL)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed FINAL)
    Q_PROPERTY(QString version READ version CONSTANT FINAL)
    Q_PROPERTY(QString kioskId READ kioskId CONSTANT FINAL)
    // Today's anonymous usage counts: [{key, label, count, text}], always the same rows in the same
    // order. Counts only: no service, language or time of any one session.
    Q_PROPERTY(QVariantList evidence READ evidence NOTIFY changed FINAL)

public:
    explicit AdminStatus(QString version, QString kioskId = {}, QObject *parent = nullptr);

    QVariantList depth() const;
    int totalWaiting() const;
    QString lastSyncText() const;
    QString lastError() const { return m_lastError; }
    QString version() const { return m_version; }
    QString kioskId() const { return m_kioskId; }
    QVariantList evidence() const;

    void setDepthByState(const QMap<QString, int> &depth);
    void setLastSync(const QDateTime &when);
    void setLastError(const QString &error); // already admin-safe: no personal data
    // The evidence aggregator's summary (EvidenceAggregator, same shape as the daily document).
    // Only the known numeric counters are taken from it; everything else is ignored, so a string
    // cannot reach the screen through here.
    void setEvidenceSummary(const QJsonObject &summary);

Q_SIGNALS:
    void changed();
    // Forwarded by main to the sync engine, the wiper and the application.
    void syncNowRequested();

public Q_SLOTS:
    void requestSyncNow() { Q_EMIT syncNowRequested(); }

private:
    QMap<QString, int> m_depth;
    QDateTime m_lastSync;
    QString m_lastError;
    QString m_version;
    QString m_kioskId;
    QMap<QString, qint64> m_evidence;
};

} // namespace ck
