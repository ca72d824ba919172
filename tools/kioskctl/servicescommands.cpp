// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// services pull|list|preview: what the kiosk will offer, hand-written flow files and the
// services it discovers from Open311 destinations ("discover": true), and pulling those now.
#include "domain/discovery/discoveredservices.h"
#include "domain/discovery/discoverycache.h"
#include "domain/discovery/servicediscovery.h"
#include "domain/flows/servicecatalogue.h"
#include "tools/kioskctl/ctlcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace ck::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kioskctl", text);
}

QJsonObject problemJson(const CatalogueProblem &p)
{
    return {{QStringLiteral("file"), p.file},
            {QStringLiteral("path"), p.path},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("reason"), p.reason}};
}

int pull(Context &ctx, const KioskConfig &config, bool json)
{
    ServiceDiscovery discovery(config, ctx.resolvedServicesDir(), ctx.destinations());
    if (!discovery.enabled())
        return ctx.fail(ExitInvalid, tr("no destination has \"discover\": true in the config"));
    QEventLoop loop;
    bool changed = false;
    QObject::connect(&discovery, &ServiceDiscovery::pulled, &loop, [&](bool c) {
        changed = c;
        loop.quit();
    });
    QTimer::singleShot(0, &discovery, &ServiceDiscovery::pullNow);
    loop.exec();

    int code = ExitOk;
    QJsonArray pulls;
    int index = 0;
    for (const DestinationSettings &d : config.destinations) {
        if (!d.discover)
            continue;
        const DiscoveryPull &p = discovery.results().at(index++);
        QJsonArray refused;
        for (const CatalogueProblem &r : p.refused) {
            refused.append(problemJson(r));
            ctx.err << "civic-kioskctl: services pull: " << r.toString() << " [" << r.code << "]\n";
        }
        if (!p.reached) {
            code = ExitIo;
            ctx.err << "civic-kioskctl: services pull: " << d.name << ": " << p.error << '\n';
        }
        pulls.append(QJsonObject {{QStringLiteral("destination"), d.name},
                                  {QStringLiteral("reached"), p.reached},
                                  {QStringLiteral("error"), p.error},
                                  {QStringLiteral("refused"), refused}});
    }
    ctx.err.flush();
    const ServiceCatalogue catalogue = DiscoveredServices::load(config, ctx.resolvedServicesDir());
    if (json) {
        ctx.printJson(QJsonDocument(
            QJsonObject {{QStringLiteral("changed"), changed},
                         {QStringLiteral("pulls"), pulls},
                         {QStringLiteral("services"), int(catalogue.services().size())}}));
    } else {
        ctx.out << tr("%1 services on offer%2.")
                       .arg(catalogue.services().size())
                       .arg(changed ? tr("; the council's definitions changed") : QString())
                << Qt::endl;
    }
    return code;
}

int list(Context &ctx, const KioskConfig &config, bool json)
{
    const QString dir = ctx.resolvedServicesDir();
    const ServiceCatalogue handWritten = ServiceCatalogue::load(dir);
    const ServiceCatalogue all = DiscoveredServices::load(config, dir);
    QJsonArray rows;
    for (const FlowDefinition &f : handWritten.services())
        rows.append(
            QJsonObject {{QStringLiteral("id"), f.id()},
                         {QStringLiteral("title"), f.title().text(QStringLiteral("en"))},
                         {QStringLiteral("version"), f.version()},
                         {QStringLiteral("source"), QStringLiteral("file")},
                         {QStringLiteral("file"), f.fileName()},
                         {QStringLiteral("category"), f.category().text(QStringLiteral("en"))},
                         {QStringLiteral("offered"), true}});
    for (const DiscoveredService &s : DiscoveredServices::build(config, dir, handWritten)) {
        QJsonObject o {
            {QStringLiteral("source"), QStringLiteral("open311")},
            {QStringLiteral("destination"), s.destination},
            {QStringLiteral("serviceCode"), s.service.code},
            {QStringLiteral("title"), s.service.name},
            {QStringLiteral("offered"),
             s.flow && all.find(s.flow->id())
                 && all.find(s.flow->id())->destination().serviceCode == s.service.code}};
        if (s.flow) {
            o.insert(QStringLiteral("id"), s.flow->id());
            o.insert(QStringLiteral("version"), s.flow->version());
            o.insert(QStringLiteral("category"), s.flow->category().text(QStringLiteral("en")));
            o.insert(QStringLiteral("title"), s.flow->title().text(QStringLiteral("en")));
        }
        if (s.hidden)
            o.insert(QStringLiteral("hidden"), true);
        if (!s.replacedBy.isEmpty())
            o.insert(QStringLiteral("replacedBy"), s.replacedBy);
        if (s.problem)
            o.insert(QStringLiteral("problem"), problemJson(*s.problem));
        rows.append(o);
    }
    QJsonArray pulls;
    for (const DestinationSettings &d : config.destinations) {
        if (!d.discover)
            continue;
        const DiscoveryPull p = DiscoveryCache(config.resolvedDataDir(), d.name).lastPull();
        pulls.append(
            QJsonObject {{QStringLiteral("destination"), d.name},
                         {QStringLiteral("at"),
                          p.at.isValid() ? QJsonValue(p.at.toString(Qt::ISODate)) : QJsonValue()},
                         {QStringLiteral("reached"), p.reached},
                         {QStringLiteral("error"), p.error}});
    }
    QJsonArray problems;
    for (const CatalogueProblem &p : all.problems())
        problems.append(problemJson(p));
    if (json) {
        ctx.printJson(QJsonDocument(QJsonObject {{QStringLiteral("services"), rows},
                                                 {QStringLiteral("pulls"), pulls},
                                                 {QStringLiteral("problems"), problems}}));
        return ExitOk;
    }
    for (const QJsonValue &v : std::as_const(rows)) {
        const QJsonObject o = v.toObject();
        QString state =
            o.value(QStringLiteral("offered")).toBool() ? tr("offered") : tr("not offered");
        if (o.contains(QStringLiteral("hidden")))
            state = tr("hidden by its overlay");
        else if (o.contains(QStringLiteral("replacedBy")))
            state = tr("replaced by %1").arg(o.value(QStringLiteral("replacedBy")).toString());
        else if (o.contains(QStringLiteral("problem")))
            state = tr("refused: %1")
                        .arg(o.value(QStringLiteral("problem"))
                                 .toObject()
                                 .value(QStringLiteral("reason"))
                                 .toString());
        const QString where = o.value(QStringLiteral("source")).toString() == QLatin1String("file")
            ? o.value(QStringLiteral("file")).toString()
            : QStringLiteral("%1/%2").arg(o.value(QStringLiteral("destination")).toString(),
                                          o.value(QStringLiteral("serviceCode")).toString());
        ctx.out << o.value(QStringLiteral("id")).toString(QStringLiteral("-")).leftJustified(28)
                << ' '
                << QStringLiteral("v%1")
                       .arg(o.value(QStringLiteral("version")).toInt())
                       .leftJustified(4)
                << ' ' << where.leftJustified(30) << ' '
                << o.value(QStringLiteral("title")).toString() << " (" << state << ")\n";
    }
    for (const QJsonValue &v : std::as_const(pulls)) {
        const QJsonObject p = v.toObject();
        ctx.out << tr("last pull of %1: %2%3")
                       .arg(p.value(QStringLiteral("destination")).toString(),
                            p.value(QStringLiteral("at")).toString(tr("never")),
                            p.value(QStringLiteral("error")).toString().isEmpty()
                                ? QString()
                                : QStringLiteral(" (") + p.value(QStringLiteral("error")).toString()
                                    + QLatin1Char(')'))
                << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int preview(Context &ctx, const KioskConfig &config, const QString &id, const QString &lang,
            bool json)
{
    const ServiceCatalogue catalogue = DiscoveredServices::load(config, ctx.resolvedServicesDir());
    const FlowDefinition *flow = catalogue.find(id);
    if (!flow) {
        for (const CatalogueProblem &p : catalogue.problems()) {
            if (p.file.endsWith(QLatin1Char('/') + id) || p.file.contains(id))
                ctx.err << "civic-kioskctl: services preview: " << p.toString() << " [" << p.code
                        << "]\n";
        }
        return ctx.fail(ExitInvalid, tr("no service \"%1\" on offer (see services list)").arg(id));
    }
    QJsonArray pages;
    for (const FlowPage &p : flow->pages()) {
        QJsonObject page {{QStringLiteral("id"), p.id},
                          {QStringLiteral("question"), p.question.text(lang)},
                          {QStringLiteral("type"), fieldTypeName(p.field.type)},
                          {QStringLiteral("required"), p.field.required}};
        if (!p.hint.isEmpty())
            page.insert(QStringLiteral("hint"), p.hint.text(lang));
        if (!p.open311.isEmpty())
            page.insert(QStringLiteral("open311"), p.open311);
        QJsonArray options;
        for (const FieldOption &o : p.field.options)
            options.append(QJsonObject {{QStringLiteral("value"), o.value},
                                        {QStringLiteral("label"), o.label.text(lang)}});
        if (!options.isEmpty())
            page.insert(QStringLiteral("options"), options);
        if (p.showIf)
            page.insert(QStringLiteral("showIf"),
                        QJsonObject {{QStringLiteral("page"), p.showIf->page},
                                     {QStringLiteral("in"), p.showIf->values}});
        pages.append(page);
    }
    const QJsonObject doc {
        {QStringLiteral("id"), flow->id()},
        {QStringLiteral("version"), flow->version()},
        {QStringLiteral("title"), flow->title().text(lang)},
        {QStringLiteral("description"), flow->description().text(lang)},
        {QStringLiteral("category"), flow->category().text(lang)},
        {QStringLiteral("privacyNotice"), flow->privacyNotice().text(lang)},
        {QStringLiteral("privacy"),
         QJsonObject {{QStringLiteral("controller"), flow->privacy().controller.text(lang)},
                      {QStringLiteral("purpose"), flow->privacy().purpose.text(lang)},
                      {QStringLiteral("retention"), flow->privacy().retention.text(lang)},
                      {QStringLiteral("published"), flow->privacy().published.text(lang)}}},
        {QStringLiteral("destination"), flow->destination().name},
        {QStringLiteral("serviceCode"), flow->destination().serviceCode},
        {QStringLiteral("languages"), QJsonArray::fromStringList(flow->completeLanguages())},
        {QStringLiteral("pages"), pages}};
    if (json) {
        ctx.printJson(QJsonDocument(doc));
        return ExitOk;
    }
    ctx.out << flow->title().text(lang) << "  [" << flow->id() << " v" << flow->version() << ", "
            << flow->destination().name << '/' << flow->destination().serviceCode << "]\n";
    if (!flow->category().isEmpty())
        ctx.out << tr("category: ") << flow->category().text(lang) << '\n';
    if (!flow->description().isEmpty())
        ctx.out << flow->description().text(lang) << '\n';
    int n = 0;
    for (const QJsonValue &v : std::as_const(pages)) {
        const QJsonObject p = v.toObject();
        ctx.out << '\n'
                << ++n << ". " << p.value(QStringLiteral("question")).toString() << "  ("
                << p.value(QStringLiteral("type")).toString()
                << (p.value(QStringLiteral("required")).toBool() ? tr(", required") : QString())
                << ")\n";
        if (p.contains(QStringLiteral("hint")))
            ctx.out << "   " << p.value(QStringLiteral("hint")).toString() << '\n';
        for (const QJsonValue &o : p.value(QStringLiteral("options")).toArray())
            ctx.out << "   - " << o.toObject().value(QStringLiteral("label")).toString() << "  ["
                    << o.toObject().value(QStringLiteral("value")).toString() << "]\n";
        if (p.contains(QStringLiteral("showIf"))) {
            const QJsonObject s = p.value(QStringLiteral("showIf")).toObject();
            QStringList values;
            for (const QJsonValue &x : s.value(QStringLiteral("in")).toArray())
                values << x.toVariant().toString();
            ctx.out << "   "
                    << tr("only when %1 is %2")
                           .arg(s.value(QStringLiteral("page")).toString(),
                                values.join(QStringLiteral(" / ")))
                    << '\n';
        }
    }
    const QStringList notice = flow->noticeParagraphs(lang);
    if (!notice.isEmpty())
        ctx.out << '\n' << tr("privacy notice: ") << notice.join(QLatin1Char(' ')) << '\n';
    ctx.out.flush();
    return ExitOk;
}

int services(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pull|list|preview"), tr("What to do."));
    p.addPositionalArgument(QStringLiteral("ID"), tr("preview: the service id."));
    p.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
    p.addOption({QStringLiteral("language"), tr("preview: texts in this language (default en)."),
                 QStringLiteral("LANG"), QStringLiteral("en")});
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    const QStringList pos = p.positionalArguments();
    const QString what = pos.value(0);
    if (pos.isEmpty() || (what == QLatin1String("preview") ? pos.size() != 2 : pos.size() != 1)
        || !QStringList {QStringLiteral("pull"), QStringLiteral("list"), QStringLiteral("preview")}
                .contains(what))
        return ctx.fail(ExitUsage, tr("usage: civic-kioskctl services pull|list|preview ID"));
    const auto &cfg = ctx.config();
    if (!cfg)
        return ctx.fail(ExitInvalid, cfg.error());
    const bool json = p.isSet(QStringLiteral("json"));
    if (what == QLatin1String("pull"))
        return pull(ctx, *cfg, json);
    if (what == QLatin1String("list"))
        return list(ctx, *cfg, json);
    return preview(ctx, *cfg, pos.at(1), p.value(QStringLiteral("language")), json);
}

const CommandRegistration kServices {
    {QStringLiteral("services"), QStringLiteral("services pull|list|preview ID [--json]"),
     QStringLiteral("Open311 discovery: pull now, list what is offered, show one"), services}};

} // namespace

} // namespace ck::ctl
