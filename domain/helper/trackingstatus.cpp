// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/helper/trackingstatus.h"

#include "core/sessionlocale.h"
#include "offline-cache/open311document.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ck {

namespace {

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    // San Francisco's SF311 writes "2012-05-22 23:57:23.97": no 'T', no zone (local time).
    if (!t.isValid())
        t = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t;
}

QDateTime parseTime(const QJsonValue &v)
{
    return parseTime(v.toString());
}

// Council notes go on screen as written, but as one short paragraph.
QString shortNotes(const QString &notes)
{
    QString line = notes.simplified();
    if (line.size() > 280)
        line = line.left(279) + QChar(0x2026);
    return line;
}

Result<TrackingAnswer> badAnswer()
{
    return Result<TrackingAnswer>::failure(
        QStringLiteral("tracking-answer"),
        QCoreApplication::translate(
            "TrackingStatus", "We could not understand the council's answer. Try again later."));
}

} // namespace

QLocale TrackingStatus::locale(const QString &language)
{
    return sessionLocale(language);
}

QString TrackingStatus::formatDate(const QDateTime &when, const QString &language,
                                   const QDate &today)
{
    if (!when.isValid())
        return {};
    const QLocale locale = TrackingStatus::locale(language);
    const QDate d = when.toLocalTime().date();
    return locale.toString(
        d, d.year() == today.year() ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy"));
}

QString TrackingStatus::lastChecked(const QDateTime &checkedAt, const QString &language)
{
    const QLocale locale = TrackingStatus::locale(language);
    return QCoreApplication::translate("TrackingStatus", "We last checked on %1 at %2.")
        .arg(formatDate(checkedAt, language),
             locale.toString(checkedAt.toLocalTime().time(), QLocale::ShortFormat));
}

TrackingAnswer TrackingStatus::make(TrackingAnswer::Kind kind, const QDateTime &when,
                                    const QString &language)
{
    TrackingAnswer a;
    a.kind = kind;
    a.when = when;
    const QString date = formatDate(when, language);
    switch (kind) {
    case TrackingAnswer::Kind::Waiting:
        a.text = QCoreApplication::translate(
            "TrackingStatus",
            "Waiting to be sent from this kiosk. It will be sent when the kiosk is back online.");
        break;
    case TrackingAnswer::Kind::Problem:
        a.text = QCoreApplication::translate(
            "TrackingStatus", "There was a problem sending this form. Ask a member of staff.");
        break;
    case TrackingAnswer::Kind::Received:
        a.text = date.isEmpty()
            ? QCoreApplication::translate("TrackingStatus", "Received by the council.")
            : QCoreApplication::translate("TrackingStatus", "Received by the council on %1.")
                  .arg(date);
        break;
    case TrackingAnswer::Kind::InProgress:
        a.text = date.isEmpty()
            ? QCoreApplication::translate("TrackingStatus", "The council is working on this.")
            : QCoreApplication::translate("TrackingStatus",
                                          "The council is working on this. Last update on %1.")
                  .arg(date);
        break;
    case TrackingAnswer::Kind::Closed:
        a.text = date.isEmpty()
            ? QCoreApplication::translate("TrackingStatus", "Closed.")
            : QCoreApplication::translate("TrackingStatus", "Closed on %1.").arg(date);
        break;
    case TrackingAnswer::Kind::NotFound:
        a.text = QCoreApplication::translate("TrackingStatus",
                                             "We cannot find this reference number. If you sent "
                                             "the form today, check again tomorrow.");
        break;
    case TrackingAnswer::Kind::Unknown:
        a.text = QCoreApplication::translate("TrackingStatus",
                                             "We could not check this just now. Try again later.");
        break;
    }
    return a;
}

TrackingAnswer TrackingStatus::fromReceipt(const LocalReceipt &receipt, const QString &language)
{
    if (receipt.state == QLatin1String("queued") || receipt.state == QLatin1String("sending"))
        return make(TrackingAnswer::Kind::Waiting, receipt.createdAt, language);
    if (receipt.state == QLatin1String("rejected"))
        return make(TrackingAnswer::Kind::Problem, receipt.createdAt, language);
    if (receipt.state == QLatin1String("delivered"))
        return make(TrackingAnswer::Kind::Received, receipt.deliveredAt, language);
    return make(TrackingAnswer::Kind::Unknown, {}, language);
}

Result<TrackingAnswer> TrackingStatus::fromJsonApi(const QByteArray &body, const QString &language)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return badAnswer();
    const QJsonObject o = doc.object();
    const QString status = o.value(QStringLiteral("status")).toString();
    const QDateTime received = parseTime(o.value(QStringLiteral("receivedAt")));
    QDateTime updated = parseTime(o.value(QStringLiteral("updatedAt")));
    if (!updated.isValid())
        updated = received;
    if (status == QLatin1String("received"))
        return make(TrackingAnswer::Kind::Received, received, language);
    if (status == QLatin1String("in-progress"))
        return make(TrackingAnswer::Kind::InProgress, updated, language);
    if (status == QLatin1String("closed"))
        return make(TrackingAnswer::Kind::Closed, updated, language);
    return badAnswer();
}

Result<TrackingAnswer> TrackingStatus::fromOpen311(const QByteArray &body, const QString &language)
{
    // GeoReport v2 answers a list even for one id; in JSON or XML.
    const Result<Open311Document> doc = Open311Document::parse(body);
    if (!doc || doc->kind != Open311Document::Kind::Requests || doc->records.isEmpty())
        return badAnswer();
    const auto &o = doc->records.constFirst();
    const QString status = o.value(QStringLiteral("status")).trimmed().toLower();
    const QDateTime requested = parseTime(o.value(QStringLiteral("requested_datetime")));
    QDateTime updated = parseTime(o.value(QStringLiteral("updated_datetime")));
    const QString notes = shortNotes(o.value(QStringLiteral("status_notes")));
    // Back ends stamp a new request with an update of their own seconds later (Boston's CRM
    // does): only a later change counts as news.
    const bool touched = !notes.isEmpty()
        || (updated.isValid() && requested.isValid() && requested.secsTo(updated) > 600);
    if (!updated.isValid())
        updated = requested;
    TrackingAnswer answer;
    if (status == QLatin1String("open"))
        answer = touched ? make(TrackingAnswer::Kind::InProgress, updated, language)
                         : make(TrackingAnswer::Kind::Received, requested, language);
    else if (status == QLatin1String("closed"))
        answer = make(TrackingAnswer::Kind::Closed, updated, language);
    else
        return badAnswer();
    answer.notes = notes;
    return answer;
}

QString TrackingStatus::kindName(TrackingAnswer::Kind kind)
{
    switch (kind) {
    case TrackingAnswer::Kind::Waiting:
        return QStringLiteral("waiting");
    case TrackingAnswer::Kind::Problem:
        return QStringLiteral("problem");
    case TrackingAnswer::Kind::Received:
        return QStringLiteral("received");
    case TrackingAnswer::Kind::InProgress:
        return QStringLiteral("in-progress");
    case TrackingAnswer::Kind::Closed:
        return QStringLiteral("closed");
    case TrackingAnswer::Kind::NotFound:
        return QStringLiteral("not-found");
    case TrackingAnswer::Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

TrackingAnswer::Kind TrackingStatus::kindFromName(const QString &name)
{
    for (auto k : {TrackingAnswer::Kind::Waiting, TrackingAnswer::Kind::Problem,
                   TrackingAnswer::Kind::Received, TrackingAnswer::Kind::InProgress,
                   TrackingAnswer::Kind::Closed, TrackingAnswer::Kind::NotFound}) {
        if (kindName(k) == name)
            return k;
    }
    return TrackingAnswer::Kind::Unknown;
}

} // namespace ck
