// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// submit: staff keying in a paper form. The same validation, reference numbers, payload and
// durable outbox as the screens (FlowSession::fill + Submitter), so a form keyed here is
// indistinguishable from one made at the kiosk.
#include "domain/discovery/discoveredservices.h"
#include "domain/flows/flowsession.h"
#include "domain/flows/servicecatalogue.h"
#include "domain/flows/submitter.h"
#include "offline-cache/outbox.h"
#include "tools/kioskctl/ctlcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QJsonParseError>

namespace ck::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kioskctl", text);
}

int submit(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("service"), tr("Service (flow) id, e.g. missed-bin."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("answers"),
                 tr("JSON file {\"pageId\": answer, ...}; \"-\" reads stdin."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("language"), tr("Language of the form (default: config default)."),
                 QStringLiteral("LANG")});
    p.addOption({QStringLiteral("helped"), tr("A member of staff helped (assisted digital).")});
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    if (!p.isSet(QStringLiteral("service")) || !p.isSet(QStringLiteral("answers"))) {
        return ctx.fail(ExitUsage,
                        tr("usage: civic-kioskctl submit --service ID --answers FILE.json"));
    }
    const auto &cfg = ctx.config();
    if (!cfg)
        return ctx.fail(ExitInvalid, cfg.error());

    // Read the answers first: a typo in a path should not create an outbox.
    const QString answersPath = p.value(QStringLiteral("answers"));
    QFile file;
    const bool opened = answersPath == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(answersPath), file.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.fail(ExitIo, tr("cannot read %1: %2").arg(answersPath, file.errorString()));
    QByteArray bytes = file.readAll();
    QJsonParseError perr {};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    secureWipe(bytes);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        return ctx.fail(
            ExitInvalid,
            tr("%1 is not a JSON object of answers (%2)").arg(answersPath, perr.errorString()));
    }

    const ServiceCatalogue catalogue = DiscoveredServices::load(*cfg, ctx.resolvedServicesDir());
    const QString serviceId = p.value(QStringLiteral("service"));
    const FlowDefinition *flow = catalogue.find(serviceId);
    if (!flow) {
        QStringList ids;
        for (const FlowDefinition &f : catalogue.services())
            ids << f.id();
        return ctx.fail(
            ExitInvalid,
            tr("unknown service \"%1\" (known: %2)").arg(serviceId, ids.join(QLatin1String(", "))));
    }
    const QString lang = p.isSet(QStringLiteral("language")) ? p.value(QStringLiteral("language"))
                                                             : cfg->defaultLanguage;
    FlowSession session;
    session.start(*flow, lang);
    const QList<FlowSession::FieldError> errors = session.fill(doc.object());
    doc = QJsonDocument();
    if (!errors.isEmpty()) {
        // Page ids and the validator's message only: never the value that was refused.
        for (const auto &e : errors)
            ctx.err << "civic-kioskctl: submit: " << e.pageId << ": " << e.message << " [" << e.code
                    << "]\n";
        ctx.err.flush();
        return ExitInvalid;
    }

    auto box = ctx.outbox();
    if (!box)
        return ctx.fail(Context::exitCodeFor(box.error()), box.error());
    Outbox *outbox = *box;
    ReferenceGenerator generator(cfg->kioskId, cfg->fleet.kioskNumber, [outbox] {
        return outbox->nextSequence(QStringLiteral("reference"));
    });
    Submitter submitter(std::move(generator), [outbox](OutboxItem item) -> Status {
        auto row = outbox->enqueue(std::move(item));
        if (!row)
            return row.error();
        return Status::success();
    });
    AssistInfo assist;
    assist.helped = p.isSet(QStringLiteral("helped"));
    const Result<QString> reference = submitter.submit(session, assist);
    session.wipe();
    if (!reference) {
        const QString &code = reference.error().code;
        const bool validation =
            code.startsWith(QLatin1String("submit.")) || code.startsWith(QLatin1String("flow."));
        return ctx.fail(validation ? ExitInvalid : ExitIo, reference.error());
    }
    // Only now is it durable: print the reference (the only line on stdout).
    ctx.out << *reference << Qt::endl;
    return ExitOk;
}

const CommandRegistration kSubmit {
    {QStringLiteral("submit"), QStringLiteral("submit --service ID --answers FILE.json"),
     QStringLiteral("queue a paper form; prints the reference"), submit}};

} // namespace

} // namespace ck::ctl
