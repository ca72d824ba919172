// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/helper/referencelookup.h"

#include "domain/flows/referencenumber.h"
#include "offline-cache/boundedreply.h"
#include "offline-cache/open311adapter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>

namespace ck {

ReferenceLookup::ReferenceLookup(Options options, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network)
{
    qRegisterMetaType<ck::TrackingAnswer>();
}

ReferenceLookup::~ReferenceLookup()
{
    cancel();
}

QDateTime ReferenceLookup::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

Status ReferenceLookup::lookup(const QString &typed, const QString &language)
{
    cancel();
    const Result<ReferenceNumber> parsed = ReferenceNumber::parse(typed.left(64));
    if (!parsed) {
        // One kind sentence for every kind of mistake: the reader needs what to do, not which
        // rule failed. The code still says which (tests, logs).
        return Status::failure(
            parsed.error().code,
            QCoreApplication::translate(
                "ReferenceLookup",
                "Enter a reference number in the correct format, like CK-7F3K-92QD-X"));
    }
    m_reference = parsed->format();
    m_language = language;
    m_receipt = m_options.localReceipt ? m_options.localReceipt(m_reference) : std::nullopt;

    if (m_receipt && m_receipt->state != QLatin1String("delivered")) {
        deliver(TrackingStatus::fromReceipt(*m_receipt, language));
        return Status::success();
    }
    const bool open311 = m_receipt && m_receipt->protocol == QLatin1String("open311")
        && m_options.open311Base.isValid() && m_network;
    const QString serverRef = m_receipt ? m_receipt->serverReference : QString();
    const QString token = Open311Adapter::pendingToken(serverRef);
    // "duplicate": the council refused a replay of a request it holds, under an id it did not
    // repeat; only our JSON API can find that one by reference.
    if (open311 && !token.isEmpty()) {
        request(m_options.open311Base.resolved(
                    QUrl(QStringLiteral("tokens/%1.json")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(token))))),
                Step::Open311Token);
    } else if (open311 && !serverRef.isEmpty() && serverRef != QLatin1String("duplicate")) {
        requestOpen311(serverRef);
    } else if (m_options.jsonApiBase.isValid() && m_network) {
        request(m_options.jsonApiBase.resolved(QUrl(QStringLiteral("submissions/") + m_reference)),
                Step::JsonApi);
    } else {
        deliver(offlineAnswer());
    }
    return Status::success();
}

void ReferenceLookup::requestOpen311(const QString &serviceRequestId)
{
    request(m_options.open311Base.resolved(
                QUrl(QStringLiteral("requests/%1.json")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(serviceRequestId))))),
            Step::Open311Request);
}

void ReferenceLookup::request(const QUrl &url, Step step)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(m_options.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    // Open311 servers answer XML whatever was asked; say both are welcome.
    req.setRawHeader("Accept",
                     step == Step::JsonApi ? QByteArray("application/json")
                                           : QByteArray("application/json, text/xml;q=0.9"));
    if (step == Step::JsonApi && !m_options.jsonApiKey.isEmpty())
        req.setRawHeader("X-Api-Key", m_options.jsonApiKey.toUtf8());
    QNetworkReply *reply = m_network->get(req);
    BoundedReply::watch(reply, ReplyLimits {kMaxAnswerBytes, m_options.timeoutMs});
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, step] { onReply(reply, step); });
}

void ReferenceLookup::onReply(QNetworkReply *reply, Step step)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    BoundedReply *bounded = BoundedReply::of(reply);
    const QByteArray body = bounded ? bounded->body() : QByteArray();

    if (step == Step::Open311Token) {
        const QString id = Open311Adapter::resolvedId(
            Open311Adapter::pendingToken(m_receipt->serverReference), status, body);
        if (!id.isEmpty()) {
            requestOpen311(id);
            return;
        }
        // Pending (or unknown yet): the council has it, our receipt says since when.
        if (status != 0 && (!bounded || bounded->cut() == BoundedReply::Cut::None)) {
            deliver(TrackingStatus::fromReceipt(*m_receipt, m_language));
            return;
        }
        deliver(offlineAnswer());
        return;
    }

    if (status == 200) {
        const Result<TrackingAnswer> a = step == Step::Open311Request
            ? TrackingStatus::fromOpen311(body, m_language)
            : TrackingStatus::fromJsonApi(body, m_language);
        if (a) {
            TrackingAnswer answer = a.value();
            answer.checkedAt = now();
            remember(answer);
            deliver(answer);
            return;
        }
        // A captive portal's login page also answers 200: treat it as being offline.
    } else if (status == 404) {
        // The back end does not know it. If we delivered it, the back end we asked is not the
        // one that holds it (or it was cleared): our own receipt is still true.
        deliver(m_receipt ? TrackingStatus::fromReceipt(*m_receipt, m_language)
                          : TrackingStatus::make(TrackingAnswer::Kind::NotFound, {}, m_language));
        return;
    }
    deliver(offlineAnswer());
}

TrackingAnswer ReferenceLookup::offlineAnswer() const
{
    const QJsonObject entry = loadCache().value(m_reference).toObject();
    if (!entry.isEmpty()) {
        TrackingAnswer a = TrackingStatus::make(
            TrackingStatus::kindFromName(entry.value(QStringLiteral("kind")).toString()),
            QDateTime::fromString(entry.value(QStringLiteral("when")).toString(), Qt::ISODate),
            m_language);
        a.checkedAt =
            QDateTime::fromString(entry.value(QStringLiteral("checkedAt")).toString(), Qt::ISODate);
        a.fromCache = true;
        if (a.checkedAt.isValid())
            a.text += QLatin1Char(' ') + TrackingStatus::lastChecked(a.checkedAt, m_language);
        return a;
    }
    if (m_receipt) {
        TrackingAnswer a = TrackingStatus::fromReceipt(*m_receipt, m_language);
        a.text += QLatin1Char(' ')
            + QCoreApplication::translate("ReferenceLookup",
                                          "We could not check for news just now.");
        return a;
    }
    return TrackingStatus::make(TrackingAnswer::Kind::Unknown, {}, m_language);
}

QJsonObject ReferenceLookup::loadCache() const
{
    if (m_options.cacheFile.isEmpty())
        return {};
    QFile f(m_options.cacheFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(4 << 20)).object();
}

void ReferenceLookup::remember(const TrackingAnswer &answer)
{
    if (m_options.cacheFile.isEmpty())
        return;
    QJsonObject cache = loadCache();
    const QDateTime cutoff = now().addDays(-kCacheDays);
    for (auto it = cache.begin(); it != cache.end();) {
        const QDateTime checked = QDateTime::fromString(
            it.value().toObject().value(QStringLiteral("checkedAt")).toString(), Qt::ISODate);
        if (!checked.isValid() || checked < cutoff)
            it = cache.erase(it);
        else
            ++it;
    }
    if (cache.size() >= kCacheMaxEntries)
        return; // full of recent checks: skip remembering rather than grow without bound
    cache.insert(m_reference,
                 QJsonObject {{QStringLiteral("kind"), TrackingStatus::kindName(answer.kind)},
                              {QStringLiteral("when"), answer.when.toUTC().toString(Qt::ISODate)},
                              {QStringLiteral("checkedAt"),
                               answer.checkedAt.toUTC().toString(Qt::ISODate)}});
    QDir().mkpath(QFileInfo(m_options.cacheFile).absolutePath());
    QSaveFile f(m_options.cacheFile);
    if (f.open(QIODevice::WriteOnly)
        && f.write(QJsonDocument(cache).toJson(QJsonDocument::Compact)) >= 0) {
        f.commit();
    }
}

void ReferenceLookup::deliver(const TrackingAnswer &answer)
{
    const QString reference = m_reference;
    QMetaObject::invokeMethod(
        this, [this, reference, answer] { Q_EMIT finished(reference, answer); },
        Qt::QueuedConnection);
}

void ReferenceLookup::cancel()
{
    if (QNetworkReply *r = m_reply.data()) {
        m_reply.clear();
        r->abort();
        r->deleteLater();
    }
    m_receipt.reset();
    m_reference.clear();
    ++m_generation;
}

} // namespace ck
