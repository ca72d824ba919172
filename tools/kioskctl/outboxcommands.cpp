// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// status, queue, retry, export-dead-letters: what an admin can see and do with the outbox.
// Never a payload: only metadata leaves the outbox here (export-dead-letters writes files
// that staff key in by hand, mode 0600, never to stdout).
#include "domain/discovery/discoveredservices.h"
#include "domain/flows/servicecatalogue.h"
#include "offline-cache/deliverylock.h"
#include "offline-cache/keystore.h"
#include "offline-cache/outbox.h"
#include "offline-cache/syncengine.h"
#include "tools/kioskctl/ctlcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ck::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kioskctl", text);
}

QJsonValue iso(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject rowJson(const OutboxRow &r)
{
    return QJsonObject {{QStringLiteral("id"), r.id},
                        {QStringLiteral("reference"), r.reference},
                        {QStringLiteral("kind"), r.kind},
                        {QStringLiteral("serviceId"), r.serviceId},
                        {QStringLiteral("flowId"), r.flowId},
                        {QStringLiteral("flowVersion"), r.flowVersion},
                        {QStringLiteral("destination"), r.destination},
                        {QStringLiteral("state"), r.state},
                        {QStringLiteral("attempts"), r.attempts},
                        {QStringLiteral("nextAttemptAt"), iso(r.nextAttemptAt)},
                        {QStringLiteral("createdAt"), iso(r.createdAt)},
                        {QStringLiteral("updatedAt"), iso(r.updatedAt)},
                        {QStringLiteral("lastError"), r.lastError},
                        {QStringLiteral("serverReference"), r.serverReference}};
}

int status(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    const auto &cfg = ctx.config();
    if (!cfg)
        return ctx.fail(ExitInvalid, cfg.error());
    // Read-only: looking must never change a live kiosk's rows or make a key.
    auto box = ctx.outbox(Context::Access::ReadOnly);
    if (!box)
        return ctx.fail(Context::exitCodeFor(box.error()), box.error());
    Outbox *outbox = *box;
    auto depth = outbox->depthByState();
    if (!depth)
        return ctx.fail(ExitIo, depth.error());
    QJsonObject depthJson;
    for (auto it = depth->cbegin(); it != depth->cend(); ++it)
        depthJson.insert(it.key(), it.value());
    const auto lastDelivered = outbox->lastDeliveredAt();
    const auto nextDue = outbox->nextDueAt();

    const ServiceCatalogue catalogue = DiscoveredServices::load(*cfg, ctx.resolvedServicesDir());
    QJsonArray serviceIds, problems;
    for (const FlowDefinition &f : catalogue.services())
        serviceIds.append(f.id());
    for (const CatalogueProblem &pr : catalogue.problems())
        problems.append(pr.toString());

    // The engine validates destinations (URL, type, CA pin) without sending anything.
    const QList<DestinationConfig> dests = ctx.destinations();
    const SyncEngine probe(outbox, dests);
    QJsonArray destJson;
    for (const DestinationConfig &d : dests) {
        QJsonObject o {{QStringLiteral("name"), d.name},
                       {QStringLiteral("type"), d.type},
                       {QStringLiteral("url"), d.baseUrl},
                       {QStringLiteral("caPinned"), !d.caCertificatesPem.isEmpty()}};
        for (const QString &e : probe.configErrors()) {
            if (e.contains(d.name))
                o.insert(QStringLiteral("problem"), e);
        }
        destJson.append(o);
    }

    QJsonObject lastErrors;
    if (auto failing = outbox->rows(
            OutboxFilter {{QStringLiteral("queued"), QStringLiteral("rejected")}, {}, 50})) {
        for (const OutboxRow &r : *failing) {
            if (!r.lastError.isEmpty())
                lastErrors.insert(r.destination, r.lastError);
        }
    }

    const auto otherKeyRows = outbox->rowsUnderOtherKeys();
    const qint64 otherKeys = otherKeyRows ? *otherKeyRows : 0;
    const QString deliveringNow = DeliveryLock(outbox->dataDir()).holder();
    const QJsonObject keyJson {
        {QStringLiteral("id"), outbox->keyId()},
        {QStringLiteral("source"), outbox->keySource()},
        {QStringLiteral("problem"),
         outbox->keyProblem() ? QJsonValue(outbox->keyProblem()->message) : QJsonValue()},
        {QStringLiteral("searchOrder"),
         QJsonArray::fromStringList(
             KeyStore::searchOrder(outbox->dataDir(), cfg->outboxOptions().key))},
        {QStringLiteral("rowsUnderOtherKeys"), otherKeys}};
    const qint64 freeBytes = outbox->freeBytes();
    const QJsonObject doc {
        {QStringLiteral("kioskId"), cfg->kioskId},
        {QStringLiteral("site"), cfg->site},
        {QStringLiteral("config"),
         ctx.configFile.isEmpty() ? QStringLiteral("(embedded demo)") : ctx.configFile},
        {QStringLiteral("configVersion"), cfg->version},
        {QStringLiteral("dataDir"), outbox->dataDir()},
        {QStringLiteral("outbox"),
         QJsonObject {{QStringLiteral("depth"), depthJson},
                      {QStringLiteral("lastDeliveredAt"),
                       lastDelivered ? iso(*lastDelivered) : QJsonValue()},
                      {QStringLiteral("nextDueAt"), nextDue ? iso(*nextDue) : QJsonValue()},
                      {QStringLiteral("exists"), outbox->exists()},
                      {QStringLiteral("keyId"), outbox->keyId()},
                      {QStringLiteral("key"), keyJson},
                      {QStringLiteral("deliveringNow"),
                       deliveringNow.isEmpty() ? QJsonValue() : QJsonValue(deliveringNow)},
                      {QStringLiteral("quarantinedFile"), outbox->quarantinedFile()},
                      {QStringLiteral("lastErrors"), lastErrors}}},
        {QStringLiteral("disk"),
         QJsonObject {{QStringLiteral("freeBytes"), freeBytes},
                      {QStringLiteral("minFreeBytes"), qint64(cfg->minFreeMb) * 1024 * 1024},
                      {QStringLiteral("low"), outbox->diskLow()}}},
        {QStringLiteral("services"),
         QJsonObject {{QStringLiteral("dir"), catalogue.directory()},
                      {QStringLiteral("ids"), serviceIds},
                      {QStringLiteral("problems"), problems}}},
        {QStringLiteral("destinations"), destJson},
    };
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonDocument(doc));
        return ExitOk;
    }
    ctx.out
        << tr("Kiosk %1 (%2), config %3")
               .arg(cfg->kioskId, cfg->site, doc.value(QStringLiteral("config")).toString())
        << '\n'
        << tr("Data dir: %1").arg(outbox->dataDir()) << '\n'
        << tr("Outbox: %1 queued, %2 sending, %3 delivered, %4 rejected")
               .arg(depth->value(QStringLiteral("queued")))
               .arg(depth->value(QStringLiteral("sending")))
               .arg(depth->value(QStringLiteral("delivered")))
               .arg(depth->value(QStringLiteral("rejected")))
        << '\n'
        << (outbox->exists()
                ? QString()
                : tr("No outbox yet (nothing was ever submitted here).") + QLatin1Char('\n'))
        << (outbox->keyProblem() ? tr("Key: %1").arg(outbox->keyProblem()->message)
                                 : tr("Key: %1 from %2").arg(outbox->keyId(), outbox->keySource()))
        << '\n'
        << (otherKeys > 0
                ? tr("%1 submission(s) sealed under another kiosk key wait for it.").arg(otherKeys)
                    + QLatin1Char('\n')
                : QString())
        << (deliveringNow.isEmpty()
                ? QString()
                : tr("Delivering now: %1").arg(deliveringNow) + QLatin1Char('\n'))
        << tr("Disk: %1 MB free%2")
               .arg(freeBytes / (1024 * 1024))
               .arg(outbox->diskLow() ? tr(" (LOW: new submissions refused)") : QString())
        << '\n'
        << tr("Services: %1 loaded, %2 refused").arg(serviceIds.size()).arg(problems.size())
        << '\n';
    for (auto it = lastErrors.begin(); it != lastErrors.end(); ++it)
        ctx.out << tr("Last error for %1: %2").arg(it.key(), it.value().toString()) << '\n';
    return ExitOk;
}

int queue(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
    p.addOption({QStringLiteral("state"), tr("Only rows in this state (repeatable)."),
                 QStringLiteral("STATE")});
    p.addOption({QStringLiteral("limit"), tr("At most N rows (default 500)."), QStringLiteral("N"),
                 QStringLiteral("500")});
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    static const QStringList states {QStringLiteral("queued"), QStringLiteral("sending"),
                                     QStringLiteral("delivered"), QStringLiteral("rejected")};
    OutboxFilter filter;
    filter.states = p.values(QStringLiteral("state"));
    for (const QString &s : filter.states) {
        if (!states.contains(s))
            return ctx.fail(
                ExitUsage,
                tr("unknown state \"%1\" (one of %2)").arg(s, states.join(QLatin1String(", "))));
    }
    bool ok = false;
    filter.limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || filter.limit <= 0)
        return ctx.fail(ExitUsage, tr("--limit takes a positive number"));
    auto box = ctx.outbox(Context::Access::ReadOnly);
    if (!box)
        return ctx.fail(Context::exitCodeFor(box.error()), box.error());
    auto rows = (*box)->rows(filter);
    if (!rows)
        return ctx.fail(ExitIo, rows.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const OutboxRow &r : *rows)
            list.append(rowJson(r));
        ctx.printJson(QJsonDocument(QJsonObject {{QStringLiteral("rows"), list}}));
        return ExitOk;
    }
    for (const OutboxRow &r : *rows) {
        ctx.out << QStringLiteral("%1  %2  %3  %4  attempts=%5  %6")
                       .arg(r.id)
                       .arg(r.reference, r.state.leftJustified(9), r.destination)
                       .arg(r.attempts)
                       .arg(r.lastError)
                << '\n';
    }
    return ExitOk;
}

int retry(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Row id or reference (CK-...)."));
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, tr("usage: civic-kioskctl retry ID"));
    auto box = ctx.outbox();
    if (!box)
        return ctx.fail(Context::exitCodeFor(box.error()), box.error());
    const QString arg = p.positionalArguments().first();
    bool numeric = false;
    qint64 id = arg.toLongLong(&numeric);
    if (!numeric) {
        auto rows = (*box)->rows(OutboxFilter {{}, {}, 1000000});
        if (!rows)
            return ctx.fail(ExitIo, rows.error());
        id = 0;
        for (const OutboxRow &r : *rows) {
            if (r.reference.compare(arg, Qt::CaseInsensitive) == 0)
                id = r.id;
        }
        if (id == 0)
            return ctx.fail(ExitInvalid, tr("no outbox row with reference %1").arg(arg));
    }
    if (auto st = (*box)->retry(id); !st)
        return ctx.fail(st.error().code == QLatin1String("io") ? ExitIo : ExitInvalid, st.error());
    ctx.out << tr("row %1 queued for delivery now").arg(id) << Qt::endl;
    return ExitOk;
}

int exportDeadLetters(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("DIR"), tr("Directory to write into (created)."));
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, tr("usage: civic-kioskctl export-dead-letters DIR"));
    // Reads and decrypts, changes nothing: the rows stay dead letters until retried.
    auto box = ctx.outbox(Context::Access::ReadOnly);
    if (!box)
        return ctx.fail(Context::exitCodeFor(box.error()), box.error());
    if ((*box)->keyProblem())
        return ctx.fail(Context::exitCodeFor(*(*box)->keyProblem()), *(*box)->keyProblem());
    auto exported = (*box)->exportDeadLetters(p.positionalArguments().first());
    if (!exported)
        return ctx.fail(ExitIo, exported.error());
    ctx.out << QCoreApplication::translate("kioskctl", "%n dead letter(s) exported to %1", nullptr,
                                           exported->written)
                   .arg(p.positionalArguments().first())
            << Qt::endl;
    for (const auto &[reference, why] : std::as_const(exported->skipped))
        ctx.err << "civic-kioskctl: export-dead-letters: "
                << tr("skipped %1: %2").arg(reference, why) << '\n';
    if (!exported->skipped.isEmpty())
        return ctx.fail(ExitIo,
                        tr("%1 dead letter(s) could not be exported (listed above); the "
                           "others were.")
                            .arg(exported->skipped.size()));
    return ExitOk;
}

const CommandRegistration kStatus {{QStringLiteral("status"), QStringLiteral("status [--json]"),
                                    QStringLiteral("outbox depth, disk, services, destinations"),
                                    status}};
const CommandRegistration kQueue {{QStringLiteral("queue"),
                                   QStringLiteral("queue [--json] [--state S] [--limit N]"),
                                   QStringLiteral("outbox rows, metadata only"), queue}};
const CommandRegistration kRetry {{QStringLiteral("retry"), QStringLiteral("retry ID"),
                                   QStringLiteral("make a row (dead letter or queued) due now"),
                                   retry}};
const CommandRegistration kExport {
    {QStringLiteral("export-dead-letters"), QStringLiteral("export-dead-letters DIR"),
     QStringLiteral("write rejected rows for keying in by hand"), exportDeadLetters}};

} // namespace

} // namespace ck::ctl
