// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// import-xform: an ODK XForm (XLSForm, ODK Build, KoBoToolbox) as a kiosk flow file on stdout.
// Every part the kiosk cannot ask is listed on stderr with its path and reason, and nothing is
// printed on stdout then: a half-imported form would quietly lose questions.
#include "tools/kioskctl/ctlcommand.h"
#include "tools/xform/xformimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ck::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kioskctl", text);
}

int importXForm(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FORM.xml"), tr("The XForm to import."));
    p.addOption({QStringLiteral("id"), tr("Service (flow) id (default: from the form id)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("destination"),
                 tr("Destination name from the kiosk config (default: council)."),
                 QStringLiteral("NAME"), QStringLiteral("council")});
    p.addOption({QStringLiteral("service-code"), tr("Open311 service_code (default: the form id)."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("flow-version"), tr("Flow version (default: 1)."),
                 QStringLiteral("N"), QStringLiteral("1")});
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage,
                        tr("usage: civic-kioskctl import-xform FORM.xml > service.json"));
    bool ok = false;
    xform::XFormImportOptions options;
    options.flowId = p.value(QStringLiteral("id"));
    options.destination = p.value(QStringLiteral("destination"));
    options.serviceCode = p.value(QStringLiteral("service-code"));
    options.version = p.value(QStringLiteral("flow-version")).toInt(&ok);
    if (!ok || options.version < 1)
        return ctx.fail(ExitUsage, tr("--flow-version needs a whole number of at least 1"));

    const QString path = p.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(ExitIo, tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 8 * 1024 * 1024)
        return ctx.fail(ExitInvalid, tr("%1 is larger than 8 MB").arg(path));
    const QString name = QFileInfo(path).fileName();
    QList<xform::XFormProblem> problems;
    const auto imported = xform::XFormImporter::import(file.readAll(), options, &problems);
    if (!imported) {
        for (const xform::XFormProblem &problem : std::as_const(problems))
            ctx.err << "civic-kioskctl: import-xform: " << name << ": " << problem.toString()
                    << '\n';
        ctx.err << "civic-kioskctl: import-xform: "
                << tr("%1: not imported (%2 problems)").arg(name).arg(problems.size()) << Qt::endl;
        return ExitInvalid;
    }
    for (const QString &note : imported->notes)
        ctx.err << "civic-kioskctl: import-xform: " << name << ": " << tr("note: ") << note << '\n';
    ctx.err.flush();
    ctx.printJson(QJsonDocument(imported->flow));
    return ExitOk;
}

const CommandRegistration kImportXForm {
    {QStringLiteral("import-xform"),
     QStringLiteral("import-xform FORM.xml [--id ID] [--destination NAME] [--service-code C]"),
     QStringLiteral("turn an ODK XForm into a flow file on stdout"), importXForm}};

} // namespace

} // namespace ck::ctl
