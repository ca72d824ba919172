// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// ck-crash-kiosk: the kiosk's own object graph (KioskComposition: config, outbox, sync engine on
// its worker thread, catalogue, flow session, submitter, FlowController) without its window,
// for tst_crash_loop to SIGKILL. It submits through FlowController::submit(), the call behind
// the screens' "Send" button, after filling the session as `civic-kioskctl submit` does, and
// tells its parent each step on stdout, flushed, so a killed kiosk has said what it finished:
//   ready                          the graph is built and delivery has started
//   enqueue <marker>               about to submit (the next step is the durable enqueue)
//   durable <reference> <marker>   submit() returned: the row is on disk
//   failed <marker>                submit() refused
//   delivered <reference> <server reference>
// stdin takes one command a line: "submit <service-id> <answers.json> <marker>".
#include "app/composition/kioskcomposition.h"
#include "domain/config/kioskconfig.h"
#include "domain/flows/flowsession.h"
#include "offline-cache/syncengine.h"
#include "qml/viewmodels/flowcontroller.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <chrono>
#include <cstdio>
#include <unistd.h>

using namespace ck;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    auto config = KioskConfig::load(value(QStringLiteral("--config"), QString()));
    if (!config) {
        std::fprintf(stderr, "ck-crash-kiosk: %s\n", qPrintable(config.error().message));
        return 2;
    }
    CompositionOptions options;
    options.sync.useNetworkInformation = false;
    options.sync.backoff.base =
        std::chrono::milliseconds(value(QStringLiteral("--retry-base-ms"), "20").toInt());
    options.sync.backoff.cap =
        std::chrono::milliseconds(value(QStringLiteral("--retry-cap-ms"), "500").toInt());
    options.sync.backoff.floor = std::chrono::milliseconds(10);
    auto kiosk = KioskComposition::create(config.value(), options);
    if (!kiosk) {
        std::fprintf(stderr, "ck-crash-kiosk: %s\n", qPrintable(kiosk.error().message));
        return 1;
    }
    KioskComposition &k = *kiosk.value();
    QObject::connect(k.syncEngine(), &SyncEngine::delivered, &app,
                     [](const QString &reference, const QString &serverReference) {
                         say("delivered " + reference.toUtf8() + ' ' + serverReference.toUtf8());
                     });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit(); // the parent closed our stdin
            return;
        }
        pending.append(buffer, n);
        qsizetype eol;
        while ((eol = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(eol).trimmed().split(' ');
            pending.remove(0, eol + 1);
            if (words.size() != 4 || words[0] != "submit")
                continue;
            const QByteArray &marker = words[3];
            QFile answers(QString::fromLocal8Bit(words[2]));
            const QJsonObject filled = answers.open(QIODevice::ReadOnly)
                ? QJsonDocument::fromJson(answers.readAll()).object()
                : QJsonObject();
            if (!k.flowController()->start(QString::fromUtf8(words[1]))
                || !k.flowSession()->fill(filled).isEmpty()) {
                say("failed " + marker);
                continue;
            }
            say("enqueue " + marker);
            if (k.flowController()->submit())
                say("durable " + k.flowController()->reference().toUtf8() + ' ' + marker);
            else
                say("failed " + marker);
        }
    });

    k.startSync();
    say("ready");
    return app.exec();
}
