// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// The end of every kill loop in tst_crash_loop: drain what is left, then hold the outbox and
// the server's store against what was submitted. Each cycle's answers carry a unique marker;
// the server's stored copy of each reference must carry the marker that reference was given
// (acknowledged ones: exactly; the others: a marker of a cycle whose answer was lost, never
// one used twice), and apart from marker, reference and idempotency key be the same body as
// every other submission of that service, so a swapped, truncated or mixed body fails.

#include "tests/integration/common/kioskctl.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <QUrl>

namespace ck::testing {

// What the loop submitted and what it was told.
struct Ledger
{
    QHash<QString, QString> markerOf; // acknowledged reference -> its marker
    QSet<QString> markers; // every marker sent, acknowledged or not
};

// The stored body with marker, reference and key replaced by placeholders; empty (and
// `problem` set) when it is not a whole body of the kind submitted.
inline QString normaliseStored(const QJsonObject &copy, const QString &reference, QString *marker,
                               QString *problem)
{
    const QString body = copy.value(QStringLiteral("body")).toString();
    // The marker is the first line of the Open311 description and the JSON API's comment.
    const auto takeMarker = [marker](const QString &description) {
        *marker = description.section(QLatin1Char('\n'), 0, 0);
        return QStringLiteral("<M>") + description.mid(marker->size());
    };
    if (copy.value(QStringLiteral("protocol")).toString() == QLatin1String("open311")) {
        QMap<QString, QString> fields;
        for (const QString &pair : body.split(QLatin1Char('&'))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            fields.insert(QUrl::fromPercentEncoding(pair.left(eq).toUtf8()),
                          QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8()));
        }
        if (fields.value(QStringLiteral("attribute[kiosk_reference]")) != reference) {
            *problem = QStringLiteral("stored under another reference");
            return {};
        }
        if (fields.value(QStringLiteral("attribute[kiosk_idempotency_key]")).size() != 36) {
            *problem = QStringLiteral("no whole idempotency key");
            return {};
        }
        fields[QStringLiteral("attribute[kiosk_reference]")] = QStringLiteral("<R>");
        fields[QStringLiteral("attribute[kiosk_idempotency_key]")] = QStringLiteral("<K>");
        fields[QStringLiteral("description")] =
            takeMarker(fields.value(QStringLiteral("description")));
        QStringList out;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            out << it.key() + QLatin1Char('=') + it.value();
        return out.join(QLatin1Char('&'));
    }
    QJsonParseError err {};
    QJsonObject o = QJsonDocument::fromJson(body.toUtf8(), &err).object();
    if (err.error != QJsonParseError::NoError
        || o.value(QStringLiteral("reference")) != reference) {
        *problem = QStringLiteral("not a whole JSON body for this reference");
        return {};
    }
    QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
    *marker = answers.value(QStringLiteral("comment")).toString();
    answers[QStringLiteral("comment")] = QStringLiteral("<M>");
    QJsonObject open311 = o.value(QStringLiteral("open311")).toObject();
    const QString description = open311.value(QStringLiteral("description")).toString();
    if (!description.startsWith(*marker + QLatin1Char('\n'))) {
        *problem = QStringLiteral("the description does not carry the comment's marker");
        return {};
    }
    open311[QStringLiteral("description")] = takeMarker(description);
    o[QStringLiteral("answers")] = answers;
    o[QStringLiteral("open311")] = open311;
    o[QStringLiteral("reference")] = QStringLiteral("<R>");
    o.remove(QStringLiteral("createdAt"));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct Verified
{
    int compared = 0; // references whose stored body passed every check
    QHash<QString, QString> referenceOfMarker; // as found on the server
};

// Drains with `civic-kioskctl sync --until-empty`, then checks outbox and server (QTest
// failures are recorded as usual).
inline Verified verifyOutboxAgainstServer(const QString &config, const IntakeProcess &server,
                                          const Ledger &ledger)
{
    const CtlResult last = runCtl(config,
                                  {QStringLiteral("sync"), QStringLiteral("--until-empty"),
                                   QStringLiteral("--timeout"), QStringLiteral("120"),
                                   QStringLiteral("--retry-base-ms"), QStringLiteral("20"),
                                   QStringLiteral("--retry-cap-ms"), QStringLiteral("500")});
    [&] { QVERIFY2(last.exitCode == 0, last.err.constData()); }();
    const CtlResult queue = runCtl(config,
                                   {QStringLiteral("queue"), QStringLiteral("--json"),
                                    QStringLiteral("--limit"), QStringLiteral("1000000")});
    [&] { QCOMPARE(queue.exitCode, 0); }();
    QNetworkAccessManager nam;
    const QJsonObject stats =
        http(nam, "GET", server.url(QStringLiteral("/v1/_admin/stats")), {}, adminHeaders())
            .json()
            .object();
    const QJsonObject onServer = stats.value(QStringLiteral("references")).toObject();

    QSet<QString> inOutbox;
    Verified result;
    QHash<QString, QString> &referenceOfMarker = result.referenceOfMarker;
    QHash<QString, QString> templateOf; // service -> normalised body
    for (const QJsonValue &v : queue.json().object().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        const QString ref = row.value(QStringLiteral("reference")).toString();
        inOutbox.insert(ref);
        const QString state = row.value(QStringLiteral("state")).toString();
        const int stored = onServer.value(ref).toObject().value(QStringLiteral("stored")).toInt();
        bool completed = false; // the checks below ran to their end
        [&] {
            QVERIFY2(state == QLatin1String("delivered"),
                     qPrintable(ref + QLatin1String(" is ") + state + QLatin1String(": ")
                                + row.value(QStringLiteral("lastError")).toString()));
            QVERIFY2(stored == 1,
                     qPrintable(ref + QLatin1String(" stored ") + QString::number(stored)
                                + QLatin1String(" times")));
            const QJsonArray copies =
                http(nam, "GET", server.url(QStringLiteral("/v1/_admin/submissions/") + ref), {},
                     adminHeaders())
                    .json()
                    .object()
                    .value(QStringLiteral("copies"))
                    .toArray();
            QCOMPARE(copies.size(), 1);
            QString marker, problem;
            const QString normal =
                normaliseStored(copies.first().toObject(), ref, &marker, &problem);
            QVERIFY2(!normal.isEmpty(), qPrintable(ref + QLatin1String(": ") + problem));
            QVERIFY2(ledger.markers.contains(marker),
                     qPrintable(ref + QLatin1String(" carries an unknown marker ") + marker));
            if (ledger.markerOf.contains(ref))
                QVERIFY2(ledger.markerOf.value(ref) == marker,
                         qPrintable(ref + QLatin1String(" carries ") + marker
                                    + QLatin1String(", was given ") + ledger.markerOf.value(ref)));
            QVERIFY2(!referenceOfMarker.contains(marker),
                     qPrintable(marker + QLatin1String(" stored under ") + ref
                                + QLatin1String(" and ") + referenceOfMarker.value(marker)));
            referenceOfMarker.insert(marker, ref);
            const QString service = row.value(QStringLiteral("serviceId")).toString();
            if (!templateOf.contains(service))
                templateOf.insert(service, normal);
            QVERIFY2(templateOf.value(service) == normal,
                     qPrintable(ref + QLatin1String(" differs from the other ") + service
                                + QLatin1String(" bodies:\n") + normal + QLatin1String("\n")
                                + templateOf.value(service)));
            completed = true;
        }();
        if (completed)
            ++result.compared;
    }
    [&] {
        for (auto it = ledger.markerOf.cbegin(); it != ledger.markerOf.cend(); ++it)
            QVERIFY2(inOutbox.contains(it.key()),
                     qPrintable(it.key() + QLatin1String(" was acknowledged, then lost")));
        // Nothing on the server that the outbox does not know (no phantom or doubled rows).
        QCOMPARE(stats.value(QStringLiteral("storedTotal")).toInt(), int(inOutbox.size()));
        QCOMPARE(stats.value(QStringLiteral("duplicateReferences")).toInt(), 0);
    }();
    qInfo("verified: %d references in the outbox, %d bodies compared, server received %d "
          "requests for %d stored",
          int(inOutbox.size()), result.compared,
          stats.value(QStringLiteral("receivedTotal")).toInt(),
          stats.value(QStringLiteral("storedTotal")).toInt());
    return result;
}

} // namespace ck::testing
