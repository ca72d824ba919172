// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/config/kioskconfig.h"
#include "domain/fleet/configstore.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ck {

// Pulls the signed configuration from fleet.configUrl when started and every configPollSec,
// and installs it into the ConfigStore only if the Ed25519 signature verifies against the
// pinned fleet.publicKey, the config validates, and its version is higher than the running one.
// Anything else is refused with an admin-visible reason and the kiosk carries on unchanged.
// An installed config takes effect at the next start (main restarts on `installed`, systemd's
// Restart=always brings it back), which is also what makes rollback possible.
class ConfigUpdater : public QObject
{
    Q_OBJECT
public:
    ConfigUpdater(KioskConfig running, ConfigStore *store, QObject *parent = nullptr);
    ~ConfigUpdater() override;

    // Offers a signed envelope as if it had been downloaded (the poll path ends here too).
    // Returns the installed version.
    Result<int> offer(const QByteArray &envelope);

    ConfigStore::Event lastEvent() const { return m_lastEvent; }
    int runningVersion() const { return m_running.version; }

public Q_SLOTS:
    void start(); // fetches now, then every fleet.configPollSec; no-op without a configUrl
    void pollNow();

Q_SIGNALS:
    void installed(int version);
    void refused(const QString &code, const QString &message);
    void pollFinished();

private:
    void finished(QNetworkReply *reply);
    void refuse(const QString &code, const QString &message);

    KioskConfig m_running;
    ConfigStore *m_store;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QNetworkReply> m_reply;
    ConfigStore::Event m_lastEvent;
    int m_installedVersion = 0; // installed but not yet running (0 = none)
};

} // namespace ck
