// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/fleet/configupdater.h"

#include "offline-cache/boundedreply.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ck {

namespace {

// A config is a few kilobytes; anything much bigger is not one (or is hostile).
constexpr qint64 kMaxConfigBytes = 1024 * 1024;
// The whole download; the transfer timeout alone restarts with every byte.
constexpr int kMaxFetchMs = 60000;

} // namespace

ConfigUpdater::ConfigUpdater(KioskConfig running, ConfigStore *store, QObject *parent)
    : QObject(parent)
    , m_running(std::move(running))
    , m_store(store)
{ }

ConfigUpdater::~ConfigUpdater()
{
    if (m_reply)
        m_reply->abort();
}

void ConfigUpdater::start()
{
    if (m_running.fleet.configUrl.isEmpty())
        return;
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_timer = new QTimer(this);
        m_timer->setInterval(m_running.fleet.configPollSec * 1000);
        connect(m_timer, &QTimer::timeout, this, &ConfigUpdater::pollNow);
    }
    m_timer->start();
    pollNow();
}

void ConfigUpdater::pollNow()
{
    if (m_running.fleet.configUrl.isEmpty() || m_reply)
        return;
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QNetworkRequest request(m_running.fleet.configUrl);
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_nam->get(request);
    BoundedReply::watch(m_reply, ReplyLimits {kMaxConfigBytes, kMaxFetchMs});
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data()] { finished(reply); });
}

void ConfigUpdater::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    BoundedReply *bounded = BoundedReply::of(reply);
    if (bounded && bounded->cut() == BoundedReply::Cut::TooLarge) {
        refuse(QStringLiteral("envelope-invalid"), tr("The configuration download is too large."));
    } else if (reply->error() != QNetworkReply::NoError || status != 200) {
        // Offline or server trouble: not a refusal of a config, just nothing new this time.
        refuse(QStringLiteral("fetch-failed"),
               tr("Could not fetch the configuration (HTTP %1): %2")
                   .arg(status)
                   .arg(reply->errorString()));
    } else {
        (void)offer(bounded ? bounded->body() : QByteArray());
    }
    Q_EMIT pollFinished();
}

Result<int> ConfigUpdater::offer(const QByteArray &envelope)
{
    auto checked = ConfigStore::check(envelope, m_running);
    if (!checked) {
        refuse(checked.error().code, checked.error().message);
        return checked.error();
    }
    const int version = checked->version;
    if (version == m_installedVersion)
        return version; // polled again before the restart: already in place
    if (version < m_installedVersion) {
        const QString message = tr("Version %1 is older than the installed version %2.")
                                    .arg(version)
                                    .arg(m_installedVersion);
        refuse(QStringLiteral("version-not-newer"), message);
        return Result<int>::failure(QStringLiteral("version-not-newer"), message);
    }
    // The store also refuses a version that failed to start here before ("version-rolled-back").
    if (Status s = m_store->install(envelope, version); !s) {
        refuse(s.error().code, s.error().message);
        return s.error();
    }
    m_installedVersion = version;
    m_lastEvent = m_store->lastEvent();
    Q_EMIT installed(version);
    return version;
}

void ConfigUpdater::refuse(const QString &code, const QString &message)
{
    m_lastEvent = {QStringLiteral("refused"), code, message, 0, QDateTime::currentDateTimeUtc()};
    // A failed download is routine on library Wi-Fi; only real refusals go to status.json.
    if (code != QLatin1String("fetch-failed"))
        m_store->record(m_lastEvent);
    Q_EMIT refused(code, message);
}

} // namespace ck
