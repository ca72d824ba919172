// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/performancecache.h"

#include "core/translate.h"
#include "offline-cache/boundedreply.h"

#include "domain/helper/trackingstatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace ck {

namespace {
// A list of a few dozen services' medians: kilobytes.
constexpr qint64 kMaxAnswerBytes = 1024 * 1024;
} // namespace

PerformanceCache::PerformanceCache(Options options, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network)
{ }

PerformanceCache::~PerformanceCache()
{
    if (m_reply)
        m_reply->abort();
}

QString PerformanceCache::filePath() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("performance.json"));
}

Result<QHash<QString, ServicePerformance>> PerformanceCache::parse(const QByteArray &body)
{
    using R = Result<QHash<QString, ServicePerformance>>;
    const auto bad = [] {
        return R::failure(QStringLiteral("performance-answer"),
                          QCoreApplication::translate("PerformanceCache",
                                                      "The service figures could not be read."));
    };
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("services")).isArray())
        return bad();
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    QHash<QString, ServicePerformance> out;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("services")).toArray()) {
        const QJsonObject o = v.toObject();
        ServicePerformance p;
        p.serviceCode = o.value(QStringLiteral("serviceCode")).toString();
        p.medianDaysToClose = o.value(QStringLiteral("medianDaysToClose")).toDouble(-1);
        p.sampleSize = o.value(QStringLiteral("sampleSize")).toInt();
        p.updatedAt =
            QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODate);
        // Skip what we could not say honestly rather than refuse the whole list.
        if (!code.match(p.serviceCode).hasMatch() || !std::isfinite(p.medianDaysToClose)
            || p.medianDaysToClose < 0 || p.medianDaysToClose > 3650)
            continue;
        out.insert(p.serviceCode, p);
    }
    return out;
}

Status PerformanceCache::loadFromDisk()
{
    QFile f(filePath());
    if (!f.exists())
        return Status::success();
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("performance-io"),
                               QCoreApplication::translate("PerformanceCache",
                                                           "The saved service figures could not "
                                                           "be read."));
    const QJsonObject stored = QJsonDocument::fromJson(f.read(4 << 20)).object();
    auto parsed = parse(QJsonDocument(stored.value(QStringLiteral("answer")).toObject())
                            .toJson(QJsonDocument::Compact));
    if (!parsed)
        return Status(parsed.error());
    m_services = parsed.value();
    m_fetchedAt =
        QDateTime::fromString(stored.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate);
    Q_EMIT changed();
    return Status::success();
}

Status PerformanceCache::save(const QByteArray &body) const
{
    QDir().mkpath(m_options.dataDir);
    const QJsonObject stored {
        {QStringLiteral("fetchedAt"), m_fetchedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("answer"), QJsonDocument::fromJson(body).object()}};
    QSaveFile f(filePath());
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(stored).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
        return Status::failure(QStringLiteral("performance-io"),
                               QCoreApplication::translate("PerformanceCache",
                                                           "The service figures could not be "
                                                           "saved."));
    }
    return Status::success();
}

void PerformanceCache::refresh()
{
    if (!m_network || !m_options.url.isValid() || m_reply) {
        if (!m_reply)
            Q_EMIT refreshed(false, QStringLiteral("performance-no-url"));
        return;
    }
    QNetworkRequest req(m_options.url);
    req.setTransferTimeout(m_options.timeoutMs);
    req.setRawHeader("Accept", "application/json");
    if (!m_options.apiKey.isEmpty())
        req.setRawHeader("X-Api-Key", m_options.apiKey.toUtf8());
    QNetworkReply *reply = m_network->get(req);
    BoundedReply::watch(reply, ReplyLimits {kMaxAnswerBytes, m_options.timeoutMs});
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void PerformanceCache::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    BoundedReply *bounded = BoundedReply::of(reply);
    const QByteArray body = bounded ? bounded->body() : QByteArray();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        Q_EMIT refreshed(false, QStringLiteral("performance-network"));
        return;
    }
    auto parsed = parse(body);
    if (!parsed) {
        Q_EMIT refreshed(false, parsed.error().code);
        return;
    }
    m_services = parsed.value();
    m_fetchedAt = m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
    const Status saved = save(body);
    Q_EMIT changed();
    Q_EMIT refreshed(saved.ok(), saved.ok() ? QString() : saved.error().code);
}

std::optional<ServicePerformance> PerformanceCache::find(const QString &serviceCode) const
{
    const auto it = m_services.constFind(serviceCode);
    if (it == m_services.constEnd())
        return std::nullopt;
    return *it;
}

QString PerformanceCache::describe(const QString &serviceCode, const QString &language) const
{
    const auto p = find(serviceCode);
    if (!p)
        return {};
    const QLocale locale = TrackingStatus::locale(language);
    const QDateTime asOf = p->updatedAt.isValid() ? p->updatedAt : m_fetchedAt;
    QString first;
    if (p->medianDaysToClose < 1.0) {
        first = QCoreApplication::translate("PerformanceCache",
                                            "About half of these are closed within a day.");
    } else {
        const int days = int(std::lround(p->medianDaysToClose));
        first = translateIn({"PerformanceCache"},
                            QT_TRANSLATE_N_NOOP("PerformanceCache",
                                                "About half of these are closed within %n "
                                                "day(s)."),
                            days);
    }
    if (!asOf.isValid())
        return first;
    return first + QLatin1Char(' ')
        + QCoreApplication::translate("PerformanceCache", "Figures from %1.")
              .arg(locale.toString(asOf.toLocalTime().date(), QStringLiteral("d MMMM yyyy")));
}

} // namespace ck
