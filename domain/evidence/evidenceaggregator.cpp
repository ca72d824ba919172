// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/evidenceaggregator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

namespace ck {

Q_LOGGING_CATEGORY(lcEvidence, "ck.evidence")

namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");

void bump(QJsonObject &o, const QString &key, qint64 by = 1)
{
    o.insert(key, o.value(key).toInteger() + by);
}

void bumpIn(QJsonObject &o, const QString &group, const QString &key)
{
    QJsonObject g = o.value(group).toObject();
    bump(g, key);
    o.insert(group, g);
}

} // namespace

EvidenceAggregator::EvidenceAggregator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

QString EvidenceAggregator::directory() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("evidence"));
}

QDate EvidenceAggregator::today() const
{
    const QDateTime now = m_options.clock ? m_options.clock() : QDateTime::currentDateTime();
    // The library's day, not UTC's: a day's counts should match its opening hours.
    return now.toLocalTime().date();
}

QString EvidenceAggregator::fileFor(const QDate &day) const
{
    return QDir(directory()).filePath(day.toString(kDayFormat) + QStringLiteral(".json"));
}

QJsonObject EvidenceAggregator::load(const QDate &day) const
{
    QFile f(fileFor(day));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20));
    return doc.object();
}

Status EvidenceAggregator::save(const QDate &day, const QJsonObject &counters) const
{
    QDir().mkpath(directory());
    QSaveFile f(fileFor(day));
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(counters).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
        return Status::failure(QStringLiteral("evidence-write"),
                               QCoreApplication::translate("EvidenceAggregator",
                                                           "The usage counts could not be "
                                                           "saved."));
    }
    return Status::success();
}

Status EvidenceAggregator::add(const EvidenceRecord &raw)
{
    const EvidenceRecord r = raw.normalised();
    const QDate day = today();
    QJsonObject c = load(day);
    const bool completed = r.outcome == EvidenceRecord::Outcome::Completed;

    bump(c, QStringLiteral("sessions"));
    bump(c, completed ? QStringLiteral("completed") : QStringLiteral("abandoned"), 1);
    if (r.helped)
        bump(c, QStringLiteral("helped"));
    if (r.readAloudUsed)
        bump(c, QStringLiteral("readAloud"));

    QJsonObject services = c.value(QStringLiteral("services")).toObject();
    QJsonObject s = services.value(r.serviceId).toObject();
    bump(s, QStringLiteral("sessions"));
    bump(s, completed ? QStringLiteral("completed") : QStringLiteral("abandoned"));
    if (r.helped)
        bump(s, QStringLiteral("helped"));
    services.insert(r.serviceId, s);
    c.insert(QStringLiteral("services"), services);

    bumpIn(c, QStringLiteral("languages"), r.language);
    bumpIn(c, QStringLiteral("textSize"), QString::number(r.textScalePercent));
    bumpIn(c, QStringLiteral("duration"), EvidenceRecord::durationBucket(r.durationSec));

    ++m_totals.sessions;
    ++(completed ? m_totals.completed : m_totals.abandoned);
    m_totals.helped += r.helped ? 1 : 0;
    m_totals.readAloud += r.readAloudUsed ? 1 : 0;
    m_totals.largeText += r.textScalePercent > 100 ? 1 : 0;

    Status saved = save(day, c);
    if (!saved)
        qCWarning(lcEvidence) << "evidence not saved:" << saved.error().code;
    Q_EMIT recorded(r);
    Q_EMIT changed();
    return saved;
}

QJsonObject EvidenceAggregator::dayDocument(const QDate &day) const
{
    QJsonObject doc = load(day);
    doc.insert(QStringLiteral("schema"), 1);
    doc.insert(QStringLiteral("kind"), QStringLiteral("evidence"));
    doc.insert(QStringLiteral("kioskId"), m_options.kioskId);
    doc.insert(QStringLiteral("day"), day.toString(kDayFormat));
    doc.insert(QStringLiteral("reference"), QStringLiteral("EV-") + day.toString(kDayFormat));
    for (const char *key : {"sessions", "completed", "abandoned", "helped", "readAloud"}) {
        const QString k = QString::fromLatin1(key);
        if (!doc.contains(k))
            doc.insert(k, 0);
    }
    return doc;
}

QJsonObject EvidenceAggregator::summary() const
{
    QJsonObject s = dayDocument(today());
    int pending = 0;
    const QStringList files =
        QDir(directory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QDate d = QDate::fromString(f.chopped(5), kDayFormat);
        if (d.isValid() && d < today())
            ++pending;
    }
    s.insert(QStringLiteral("daysWaitingToBeSent"), pending);
    return s;
}

Result<int> EvidenceAggregator::flushDue()
{
    const QStringList files =
        QDir(directory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int sent = 0;
    for (const QString &f : files) {
        const QDate day = QDate::fromString(f.chopped(5), kDayFormat);
        if (!day.isValid() || day >= today())
            continue;
        OutboxItem item;
        item.reference = QStringLiteral("EV-") + day.toString(kDayFormat);
        item.serviceId = QStringLiteral("evidence");
        item.flowId = QStringLiteral("evidence");
        item.flowVersion = 1;
        item.destination = m_options.destination;
        item.kind = QStringLiteral("evidence");
        item.payload = QJsonDocument(dayDocument(day)).toJson(QJsonDocument::Compact);
        const Status queued = m_options.enqueue
            ? m_options.enqueue(std::move(item))
            : Status::failure(QStringLiteral("no-outbox"), QString());
        // Already queued by an earlier run that crashed before removing the file.
        if (!queued && queued.error().code != QLatin1String("duplicate-reference"))
            return Result<int>(queued.error());
        QFile::remove(QDir(directory()).filePath(f));
        ++sent;
        ++m_totals.daysSent;
    }
    if (sent > 0)
        Q_EMIT changed();
    return sent;
}

} // namespace ck
