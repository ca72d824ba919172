// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// civic-kioskctl's command registry. Each verb lives in its own .cpp and registers itself with
// a static CommandRegistration, so a new file (fleetcommands.cpp) adds verbs without touching
// the dispatch in main.cpp.

#include "core/result.h"
#include "domain/config/kioskconfig.h"
#include "offline-cache/destination.h"

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace ck {
class DeliveryLock;
class Outbox;
class ServiceCatalogue;
} // namespace ck

namespace ck::ctl {

// Exit codes (DESIGN.md / docs): scripts and the tests rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1, // unknown verb or option, missing argument
    ExitInvalid = 2, // validation or configuration error
    ExitTimeout = 3, // sync did not drain in time
    ExitIo = 4, // files, database, disk; export-dead-letters: some rows could not be written
    ExitBusy = 5, // another process (the kiosk) is delivering from this data dir: try again
};

// What every verb gets: the global options and lazily loaded shared state.
class Context
{
public:
    Context();
    ~Context(); // Outbox is incomplete here
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    QString configFile; // --config; empty = the embedded demo config
    QString dataDir; // --data-dir; overrides the config's dataDir
    QString servicesDir; // --services-dir; overrides the config's servicesDir
    QTextStream out {stdout};
    QTextStream err {stderr};

    // The config with --data-dir applied; the error already names the file and key path.
    const Result<KioskConfig> &config();
    // Opens the outbox in the resolved data dir with the config's key rule
    // (KioskConfig::outboxOptions). Read-write creates what a first run needs; read-only
    // (status, queue, metrics) creates nothing and changes no row.
    enum class Access { ReadWrite, ReadOnly };
    Result<Outbox *> outbox(Access access = Access::ReadWrite);
    // Takes the data directory's DeliveryLock (for sync), waiting up to waitMs. Error
    // "delivery-busy" when the kiosk (or another kioskctl) is delivering.
    Result<std::shared_ptr<DeliveryLock>> deliveryLock(int waitMs);
    // The exit code for an error from outbox() or deliveryLock(): 5 busy, 2 for a key or
    // config problem, 4 for the rest (files, database, disk).
    static int exitCodeFor(const Error &error);
    QString resolvedServicesDir();
    // The config's destinations as the sync engine wants them (API key from
    // $CREDENTIALS_DIRECTORY when credentialRef is used, CA pin from a file or inline PEM).
    QList<DestinationConfig> destinations();

    // Helpers for the verbs: print an error "civic-kioskctl: <verb>: <message>" and return code.
    int fail(int code, const QString &message);
    int fail(int code, const Error &error);
    void printJson(const QJsonDocument &doc);
    // Parses a verb's arguments (adds --help). Returns the exit code when the verb must stop
    // here (usage error: 1, --help: 0), nullopt to go on.
    std::optional<int> parse(QCommandLineParser &parser, const QString &verb,
                             const QStringList &args);

    QString verb;

private:
    std::optional<Result<KioskConfig>> m_config;
    std::unique_ptr<Outbox> m_outbox;
};

struct Command
{
    QString name;
    QString synopsis; // e.g. "submit --service ID --answers FILE.json"
    QString summary; // one line for --help
    std::function<int(Context &, const QStringList &args)> run;
};

void registerCommand(Command command);
const QList<Command> &commands();

struct CommandRegistration
{
    explicit CommandRegistration(Command command) { registerCommand(std::move(command)); }
};

} // namespace ck::ctl
