// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// civic-kioskctl: the admin CLI on a kiosk's data dir (DESIGN.md "Commands").
#include "tools/kioskctl/ctlcommand.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace ck::ctl;

namespace {

void usage(QTextStream &out)
{
    out << "Usage: civic-kioskctl [--config FILE] [--data-dir DIR] [--services-dir DIR] "
           "COMMAND [options]\n\n"
           "Global options (before or after the command):\n"
           "  --config FILE       kiosk config (default: the embedded demo config)\n"
           "  --data-dir DIR      data directory (overrides the config's dataDir)\n"
           "  --services-dir DIR  flow definitions (overrides the config's servicesDir)\n\n"
           "Commands:\n";
    QList<Command> sorted = commands(); // registration order is static-initialisation order
    std::sort(sorted.begin(), sorted.end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
    // Synopsis and summary on lines of their own, the summary indented 20 columns: under 80
    // columns for a terminal, and the layout help2man reads as one entry of the manual page.
    for (const Command &c : std::as_const(sorted))
        out << "  " << c.synopsis << '\n' << QString(20, QLatin1Char(' ')) << c.summary << '\n';
    out << "\nExit codes:\n"
           "  0 ok, 1 usage, 2 validation, config or key error, 3 timeout / not drained,\n"
           "  4 I/O, 5 the kiosk is delivering (try again, or sync --wait S).\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The kiosk's names, so the demo config's default data dir (AppDataLocation) is the same
    // directory the kiosk uses.
    QCoreApplication::setApplicationName(QStringLiteral("civic-kiosk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CivicKiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CK_VERSION));

    Context ctx;
    QStringList rest;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto takeValue = [&](const QString &name, QString *target) -> int {
            if (a == name) {
                if (i + 1 >= args.size())
                    return 2; // missing value
                *target = args[++i];
                return 1;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *target = a.mid(name.size() + 1);
                return 1;
            }
            return 0;
        };
        int taken = takeValue(QStringLiteral("--config"), &ctx.configFile);
        if (!taken)
            taken = takeValue(QStringLiteral("--data-dir"), &ctx.dataDir);
        if (!taken)
            taken = takeValue(QStringLiteral("--services-dir"), &ctx.servicesDir);
        if (taken == 2)
            return ctx.fail(ExitUsage, QStringLiteral("%1 needs a value").arg(a));
        if (!taken)
            rest.append(a);
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("--help")
        || rest.first() == QLatin1String("-h") || rest.first() == QLatin1String("help")) {
        // Asked for: stdout and success; no command at all: a usage error on stderr.
        usage(rest.isEmpty() ? ctx.err : ctx.out);
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    if (rest.first() == QLatin1String("--version")) {
        ctx.out << "civic-kioskctl " << CK_VERSION << Qt::endl;
        return ExitOk;
    }
    const QString verb = rest.takeFirst();
    for (const Command &c : commands()) {
        if (c.name == verb) {
            ctx.verb = verb;
            const int code = c.run(ctx, rest);
            ctx.out.flush();
            ctx.err.flush();
            return code;
        }
    }
    ctx.fail(ExitUsage, QStringLiteral("unknown command \"%1\"").arg(verb));
    usage(ctx.err);
    return ExitUsage;
}
