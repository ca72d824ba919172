// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// sync: deliver now, from the command line (after an outage, before taking a kiosk away, and in
// the crash tests). Runs the kiosk's own SyncEngine, so the rules are the kiosk's rules.
#include "offline-cache/deliverylock.h"
#include "offline-cache/outbox.h"
#include "offline-cache/syncengine.h"
#include "tools/kioskctl/ctlcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

#include <chrono>

namespace ck::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kioskctl", text);
}

int sync(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("until-empty"),
                 tr("Keep going (retrying with backoff) until nothing is queued or sending.")});
    p.addOption({QStringLiteral("timeout"), tr("Give up after S seconds (default 60)."),
                 QStringLiteral("S"), QStringLiteral("60")});
    p.addOption({QStringLiteral("retry-base-ms"),
                 tr("First retry delay in ms (default 5000, as the kiosk); tests use less."),
                 QStringLiteral("MS"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("retry-cap-ms"),
                 tr("Longest retry delay in ms (default 3600000, as the kiosk)."),
                 QStringLiteral("MS"), QStringLiteral("3600000")});
    p.addOption({QStringLiteral("wait"),
                 tr("If the kiosk (or another kioskctl) is delivering, wait up to S seconds for "
                    "it to finish instead of exiting with code 5 at once."),
                 QStringLiteral("S"), QStringLiteral("0")});
    p.addOption({QStringLiteral("json"), tr("Print the final depth as JSON.")});
    if (auto stop = ctx.parse(p, ctx.verb, args))
        return *stop;
    bool ok = false;
    const double timeoutSec = p.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeoutSec <= 0)
        return ctx.fail(ExitUsage, tr("--timeout takes a positive number of seconds"));
    const int retryBase = p.value(QStringLiteral("retry-base-ms")).toInt(&ok);
    if (!ok || retryBase < 1)
        return ctx.fail(ExitUsage, tr("--retry-base-ms takes a positive number"));
    const int retryCap = p.value(QStringLiteral("retry-cap-ms")).toInt(&ok);
    if (!ok || retryCap < retryBase)
        return ctx.fail(ExitUsage, tr("--retry-cap-ms takes a number not below --retry-base-ms"));
    const double waitSec = p.value(QStringLiteral("wait")).toDouble(&ok);
    if (!ok || waitSec < 0)
        return ctx.fail(ExitUsage, tr("--wait takes a number of seconds"));
    const auto &cfg = ctx.config();
    if (!cfg)
        return ctx.fail(ExitInvalid, cfg.error());
    auto box = ctx.outbox();
    if (!box)
        return ctx.fail(Context::exitCodeFor(box.error()), box.error());
    Outbox *outbox = *box;
    // One deliverer at a time: held for the whole run, so nothing this run sends can be sent
    // again by the kiosk (or another kioskctl) meanwhile.
    auto lock = ctx.deliveryLock(int(waitSec * 1000));
    if (!lock)
        return ctx.fail(Context::exitCodeFor(lock.error()), lock.error());

    SyncOptions options;
    options.lock = *lock;
    options.backoff.base = std::chrono::milliseconds(retryBase);
    options.backoff.cap = std::chrono::milliseconds(retryCap);
    options.useNetworkInformation = false; // a one-shot run: no reachability watching
    SyncEngine engine(outbox, ctx.destinations(), options);
    for (const QString &problem : engine.configErrors())
        ctx.err << "civic-kioskctl: sync: " << tr("destination problem: ") << problem << Qt::endl;

    const bool untilEmpty = p.isSet(QStringLiteral("until-empty"));
    QString lastError;
    int delivered = 0;
    QObject::connect(&engine, &SyncEngine::progress, &engine, [&lastError](const SyncProgress &pr) {
        if (!pr.lastError.isEmpty())
            lastError = pr.lastError;
    });
    QObject::connect(&engine, &SyncEngine::delivered, &engine,
                     [&delivered](const QString &, const QString &) { ++delivered; });

    auto pending = [outbox]() -> qint64 {
        auto depth = outbox->depthByState();
        if (!depth)
            return -1;
        return depth->value(QStringLiteral("queued")) + depth->value(QStringLiteral("sending"));
    };

    QEventLoop loop;
    bool timedOut = false;
    // One pass: stop at the first idle (nothing due, nothing in flight). Until empty: stop when
    // nothing is queued or sending any more; the engine's own timers wake it for retries.
    QObject::connect(&engine, &SyncEngine::idle, &loop, [&] {
        if (!untilEmpty || pending() == 0)
            loop.quit();
    });
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (untilEmpty && pending() == 0)
            loop.quit();
    });
    check.start(100);
    QTimer::singleShot(std::chrono::milliseconds(qint64(timeoutSec * 1000)), &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QTimer::singleShot(0, &engine, [&engine] {
        engine.start();
        engine.syncNow();
    });
    loop.exec();
    engine.stop();

    auto depth = outbox->depthByState();
    if (!depth)
        return ctx.fail(ExitIo, depth.error());
    const qint64 left =
        depth->value(QStringLiteral("queued")) + depth->value(QStringLiteral("sending"));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject d;
        for (auto it = depth->cbegin(); it != depth->cend(); ++it)
            d.insert(it.key(), it.value());
        ctx.printJson(QJsonDocument(QJsonObject {{QStringLiteral("delivered"), delivered},
                                                 {QStringLiteral("depth"), d},
                                                 {QStringLiteral("lastError"), lastError}}));
    } else {
        ctx.out << tr("delivered %1 now; %2 queued, %3 rejected, %4 delivered in total")
                       .arg(delivered)
                       .arg(left)
                       .arg(depth->value(QStringLiteral("rejected")))
                       .arg(depth->value(QStringLiteral("delivered")))
                << Qt::endl;
    }
    if (untilEmpty && left > 0) {
        return ctx.fail(ExitTimeout,
                        tr("%1 submission(s) still queued after %2 s; last error: %3")
                            .arg(left)
                            .arg(timeoutSec)
                            .arg(lastError.isEmpty() ? tr("none") : lastError));
    }
    if (timedOut && !untilEmpty && left > 0 && delivered == 0 && !lastError.isEmpty())
        return ctx.fail(ExitTimeout, tr("nothing delivered; last error: %1").arg(lastError));
    return ExitOk;
}

const CommandRegistration kSync {{QStringLiteral("sync"),
                                  QStringLiteral("sync [--until-empty] [--timeout S] [--wait S]"),
                                  QStringLiteral("deliver queued submissions now"), sync}};

} // namespace

} // namespace ck::ctl
