// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tools/intake-server/fleetpage.h"

#include <QJsonObject>

#include <algorithm>

namespace ck::intake {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString duration(qint64 seconds)
{
    if (seconds < 90)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 90 * 60)
        return QStringLiteral("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return QStringLiteral("%1 days").arg(seconds / 86400);
}

QString bytes(qint64 n)
{
    if (n >= 1024LL * 1024 * 1024)
        return QStringLiteral("%1 GB").arg(double(n) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(n / (1024 * 1024));
}

QString when(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid())
        return QStringLiteral("never");
    return QStringLiteral("<time datetime=\"%1\">%2 UTC</time> (%3 ago)")
        .arg(t.toUTC().toString(Qt::ISODate),
             t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             duration(qMax<qint64>(0, t.secsTo(now))));
}

QDateTime isoTime(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODate) : QDateTime();
}

qint64 count(const QJsonValue &v)
{
    return v.isDouble() ? qMax<qint64>(0, qint64(v.toDouble())) : 0;
}

// Kiosk ids travel in URLs: only what the kiosk's own config allows ([A-Za-z0-9._-]).
bool safeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
            || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

const char kStyle[] = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 1.125rem; line-height: 1.5;
       margin: 0; padding: 1rem; color: #0b0c0c; background: #fff; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
.summary { margin: 0 0 1rem; }
table { width: 100%; border-collapse: collapse; }
caption { text-align: start; font-weight: bold; padding: .5rem 0; }
th, td { text-align: start; vertical-align: top; padding: .5rem; border-bottom: 1px solid #b1b4b6;
         overflow-wrap: break-word; }
thead th { border-bottom: 3px solid #0b0c0c; }
tr.needs-attention { background: #fff4f4; }
.badge { display: inline-block; padding: 0 .5em; border-radius: .25em; font-weight: bold; }
.state-offline { background: #a0191b; color: #fff; }
.state-in-session { background: #1d4f91; color: #fff; }
.state-idle { background: #00703c; color: #fff; }
ul.attention { margin: 0; padding-inline-start: 1.2em; color: #a0191b; font-weight: bold; }
.fine { color: #00703c; }
a { color: #1d4f91; }
/* Fourteen columns need a wide screen; below 1280 CSS px (a laptop, or any screen at 200 %
   zoom) each kiosk becomes a card with a label before each value. */
@media (max-width: 80em) {
  caption { display: block; }
  table, thead, tbody, tr, th, td { display: block; width: 100%; }
  thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr.kiosk { border: 2px solid #0b0c0c; margin-bottom: 1rem; padding: .25rem; }
  tr.kiosk > * { border-bottom: 1px solid #dee0e2; }
  tr.kiosk > *::before { content: attr(data-label) ": "; font-weight: bold; }
}
)css";

} // namespace

FleetRow fleetRow(const FleetStore::Heartbeat &heartbeat, const QDateTime &now)
{
    const QJsonObject b = heartbeat.body;
    FleetRow r;
    r.kioskId = heartbeat.kioskId;
    r.site = b.value(QStringLiteral("site")).toString().left(120);
    r.version = b.value(QStringLiteral("version")).toString().left(40);
    r.configVersion = b.value(QStringLiteral("configVersion")).toInt();
    r.lastHeartbeat = heartbeat.receivedAt;
    const QJsonObject outbox = b.value(QStringLiteral("outbox")).toObject();
    r.waiting = count(outbox.value(QStringLiteral("queued")))
        + count(outbox.value(QStringLiteral("sending")));
    r.oldestAgeSec = count(b.value(QStringLiteral("oldestItemAgeSec")));
    r.deadLetters = b.contains(QStringLiteral("deadLetters"))
        ? count(b.value(QStringLiteral("deadLetters")))
        : count(outbox.value(QStringLiteral("rejected")));
    if (b.value(QStringLiteral("diskFreeBytes")).isDouble())
        r.diskFree = count(b.value(QStringLiteral("diskFreeBytes")));
    r.diskFloor = count(b.value(QStringLiteral("diskMinFreeBytes")));
    r.backpressure = b.value(QStringLiteral("backpressure")).toBool();
    r.lastWipe = isoTime(b.value(QStringLiteral("lastWipeAt")));
    const QJsonObject command = b.value(QStringLiteral("lastCommand")).toObject();
    if (!command.isEmpty()) {
        const QString outcome = command.value(QStringLiteral("outcome")).toString().left(40);
        r.lastCommand = QStringLiteral("%1 #%2: %3")
                            .arg(command.value(QStringLiteral("action")).toString().left(40))
                            .arg(qint64(command.value(QStringLiteral("sequence")).toDouble()))
                            .arg(outcome);
        r.commandRefused = outcome == QLatin1String("refused");
    }

    const int interval = std::clamp(b.value(QStringLiteral("heartbeatSec")).toInt(300), 10, 86400);
    const qint64 silent = heartbeat.receivedAt.isValid() ? heartbeat.receivedAt.secsTo(now) : 0;
    const QString reported = b.value(QStringLiteral("state")).toString();
    if (silent > 3 * interval)
        r.state = QStringLiteral("offline");
    else
        r.state = reported == QLatin1String("in-session") ? reported : QStringLiteral("idle");

    auto flag = [&r](int urgency, const QString &why) {
        r.attention << why;
        r.urgency = qMax(r.urgency, urgency);
    };
    if (r.state == QLatin1String("offline"))
        flag(100, QStringLiteral("Offline: no heartbeat for %1").arg(duration(silent)));
    if (r.backpressure)
        flag(90, QStringLiteral("Refusing submissions: disk space under its floor"));
    if (r.deadLetters > 0)
        flag(80,
             (r.deadLetters == 1 ? QStringLiteral("%1 dead letter to key in by hand")
                                 : QStringLiteral("%1 dead letters to key in by hand"))
                 .arg(r.deadLetters));
    if (r.oldestAgeSec > 1800)
        flag(70, QStringLiteral("Oldest item waiting %1").arg(duration(r.oldestAgeSec)));
    if (!r.backpressure && r.diskFree >= 0 && r.diskFloor > 0 && r.diskFree < 2 * r.diskFloor)
        flag(50, QStringLiteral("Disk space low"));
    if (r.commandRefused)
        flag(10, QStringLiteral("Last fleet command refused"));
    return r;
}

void sortByAttention(QList<FleetRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const FleetRow &a, const FleetRow &b) {
        if (a.urgency != b.urgency)
            return a.urgency > b.urgency;
        if (a.attention.size() != b.attention.size())
            return a.attention.size() > b.attention.size();
        return a.kioskId < b.kioskId;
    });
}

QByteArray fleetPageHtml(const QList<FleetRow> &rows, const QDateTime &now)
{
    const qsizetype needing =
        std::count_if(rows.cbegin(), rows.cend(), [](const FleetRow &r) { return r.urgency > 0; });
    QString html =
        QStringLiteral("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>Civic Kiosk fleet</title><style>%1</style></head><body>\n"
                       "<header><h1>Civic Kiosk fleet</h1><p class=\"summary\" id=\"summary\">"
                       "%2, %3. Generated %4 UTC.</p></header>\n<main>")
            .arg(QString::fromLatin1(kStyle))
            .arg(rows.size() == 1 ? QStringLiteral("1 kiosk")
                                  : QStringLiteral("%1 kiosks").arg(rows.size()))
            .arg(needing == 1 ? QStringLiteral("1 needs attention")
                              : QStringLiteral("%1 need attention").arg(needing))
            .arg(now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    html += QStringLiteral(
        "<table id=\"fleet\"><caption>Kiosks, most urgent first</caption><thead><tr>"
        "<th scope=\"col\">Kiosk</th><th scope=\"col\">Needs attention</th>"
        "<th scope=\"col\">State</th><th scope=\"col\">Site</th><th scope=\"col\">Version</th>"
        "<th scope=\"col\">Config</th><th scope=\"col\">Last heartbeat</th>"
        "<th scope=\"col\">Outbox waiting</th><th scope=\"col\">Oldest item</th>"
        "<th scope=\"col\">Dead letters</th><th scope=\"col\">Disk</th>"
        "<th scope=\"col\">Last wipe</th><th scope=\"col\">Last command</th>"
        "<th scope=\"col\">Remote view</th></tr></thead><tbody>\n");
    for (const FleetRow &r : rows) {
        auto cell = [&html](const char *label, const QString &content, const char *field) {
            html += QStringLiteral("<td data-label=\"%1\" data-field=\"%2\">%3</td>")
                        .arg(QLatin1String(label), QLatin1String(field), content);
        };
        html += QStringLiteral("<tr class=\"kiosk %1\" data-kiosk-id=\"%2\" data-state=\"%3\">")
                    .arg(r.urgency > 0 ? QStringLiteral("needs-attention") : QStringLiteral("ok"),
                         escaped(r.kioskId), escaped(r.state));
        html += QStringLiteral("<th scope=\"row\" data-label=\"Kiosk\">%1</th>")
                    .arg(escaped(r.kioskId));
        QString reasons = QStringLiteral("<span class=\"fine\">Nothing</span>");
        if (!r.attention.isEmpty()) {
            reasons = QStringLiteral("<ul class=\"attention\">");
            for (const QString &why : r.attention)
                reasons += QStringLiteral("<li>%1</li>").arg(escaped(why));
            reasons += QStringLiteral("</ul>");
        }
        cell("Needs attention", reasons, "attention");
        const QString stateText = r.state == QLatin1String("in-session")
            ? QStringLiteral("In session")
            : (r.state == QLatin1String("offline") ? QStringLiteral("Offline")
                                                   : QStringLiteral("Idle"));
        cell("State",
             QStringLiteral("<span class=\"badge state-%1\">%2</span>").arg(r.state, stateText),
             "state");
        cell("Site", escaped(r.site), "site");
        cell("Version", escaped(r.version), "version");
        cell("Config", QString::number(r.configVersion), "config");
        cell("Last heartbeat", when(r.lastHeartbeat, now), "heartbeat");
        cell("Outbox waiting", QString::number(r.waiting), "waiting");
        cell("Oldest item", r.oldestAgeSec > 0 ? duration(r.oldestAgeSec) : QStringLiteral("none"),
             "oldest");
        cell("Dead letters", QString::number(r.deadLetters), "dead-letters");
        QString disk = r.diskFree >= 0 ? bytes(r.diskFree) + QStringLiteral(" free")
                                       : QStringLiteral("not reported");
        if (r.diskFloor > 0)
            disk += QStringLiteral(" (floor %1)").arg(bytes(r.diskFloor));
        cell("Disk", disk, "disk");
        cell("Last wipe", when(r.lastWipe, now), "wipe");
        cell("Last command",
             r.lastCommand.isEmpty() ? QStringLiteral("none") : escaped(r.lastCommand), "command");
        QStringList links;
        if (safeId(r.kioskId) && r.hasScreenshot)
            links << QStringLiteral("<a href=\"/v1/_admin/screenshots/%1\">screenshot</a>")
                         .arg(r.kioskId);
        if (safeId(r.kioskId) && r.hasDiagnostics)
            links << QStringLiteral("<a href=\"/v1/_admin/diagnostics/%1\">diagnostics</a>")
                         .arg(r.kioskId);
        cell("Remote view",
             links.isEmpty() ? QStringLiteral("none") : links.join(QStringLiteral(", ")), "remote");
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table>\n</main></body></html>\n");
    return html.toUtf8();
}

QJsonArray fleetJson(const QList<FleetRow> &rows)
{
    QJsonArray out;
    auto iso = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    for (const FleetRow &r : rows) {
        out.append(
            QJsonObject {{QStringLiteral("kioskId"), r.kioskId},
                         {QStringLiteral("site"), r.site},
                         {QStringLiteral("version"), r.version},
                         {QStringLiteral("configVersion"), r.configVersion},
                         {QStringLiteral("lastHeartbeat"), iso(r.lastHeartbeat)},
                         {QStringLiteral("state"), r.state},
                         {QStringLiteral("outboxWaiting"), double(r.waiting)},
                         {QStringLiteral("oldestItemAgeSec"), double(r.oldestAgeSec)},
                         {QStringLiteral("deadLetters"), double(r.deadLetters)},
                         {QStringLiteral("diskFreeBytes"),
                          r.diskFree >= 0 ? QJsonValue(double(r.diskFree)) : QJsonValue()},
                         {QStringLiteral("backpressure"), r.backpressure},
                         {QStringLiteral("lastWipeAt"), iso(r.lastWipe)},
                         {QStringLiteral("lastCommand"), r.lastCommand},
                         {QStringLiteral("attention"), QJsonArray::fromStringList(r.attention)},
                         {QStringLiteral("urgency"), r.urgency}});
    }
    return out;
}

} // namespace ck::intake
