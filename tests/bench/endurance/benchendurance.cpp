// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// bench-endurance: many complete sessions through the real kiosk in one process (the QML
// screens in a shown window, the real outbox, the shell's session wiper and idle watcher), and
// what the process holds after them compared with after a warm-up.
// Each session: a language (en, cy, pl, ar in turn), one of the two demo flows, Continue on an
// empty first page (the error path), every page answered, read-aloud on the first page every
// other session (the speech helper is started and, at the wipe, ended), then Send and Finish, or
// an idle wipe every fifth session, or the admin's "end session" every seventh. Every third
// session switches language after its first page; every tenth is helped (a member of staff signs
// in with id and PIN, the citizen agrees, the helper signs out at the end: the whole wipe); every
// twentieth opens an online service in the contained web view (WebEngine loaded as the kiosk
// loads it, a page from a local server, the session's profile destroyed at the wipe) instead.
// The kiosk is built as app/main.cpp builds it: WebEngine not linked, its plugin loaded on first
// use, helper mode attached.
//   build/bin/bench-endurance [--sessions N] [--warmup N]
//   (defaults 1000 and 100; goal: PSS growth < 5 MB over 1000 sessions, fds and threads flat)
// Prints a progress line every tenth of the run and then
//   endurance sessions=N pss_growth_mb=X fd_growth=N thread_growth=N qobject_growth=N
#include "tests/a11y/flowwalker.h"

#include "tests/wipe/testwebserver.h"

#include "a11y/readaloud.h"
#include "app/composition/helpercomposition.h"
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/config/kioskconfig.h"
#include "kiosk-shell/idlewatcher.h"
#include "kiosk-shell/sessionwiper.h"
#include "kiosk-shell/sharedglcontext.h"
#include "kiosk-shell/webenginebackend.h"
#include "kiosk-shell/websession.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/helpercontroller.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <malloc.h>
#include <memory>
#include <tuple>
#include <utility>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;

namespace {

struct Sample
{
    double pssMb = 0;
    double privateMb = 0;
    double heapMb = 0;
    int fds = 0;
    int threads = 0;
    int qobjects = 0;
};

// Pss and private memory (Private_Clean + Private_Dirty) from smaps_rollup, in MB. PSS shares
// library pages among every process mapping them, so on a machine running other Qt programs it
// moves with them (88 to 138 MB over one 1000-session run); private memory is this process's own.
std::pair<double, double> memoryMb()
{
    QFile f(QStringLiteral("/proc/self/smaps_rollup"));
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    double pss = 0;
    double priv = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const double kb = line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toDouble();
        if (line.startsWith("Pss:"))
            pss = kb / 1024.0;
        else if (line.startsWith("Private_Clean:") || line.startsWith("Private_Dirty:"))
            priv += kb / 1024.0;
    }
    return {pss, priv};
}

int threads()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

int fds()
{
    return int(QDir(QStringLiteral("/proc/self/fd"))
                   .entryList(QDir::System | QDir::NoDotAndDotDot)
                   .size());
}

int countTree(QObject *root)
{
    return root ? 1 + int(root->findChildren<QObject *>().size()) : 0;
}

int countItems(QQuickItem *item)
{
    int n = 1;
    for (QQuickItem *child : item->childItems())
        n += countItems(child);
    return n;
}

Sample sample(KioskComposition &kiosk)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    Sample s;
    std::tie(s.pssMb, s.privateMb) = memoryMb();
    s.heapMb = double(mallinfo2().uordblks) / (1024.0 * 1024.0);
    s.fds = fds();
    s.threads = threads();
    s.qobjects = countTree(QCoreApplication::instance()) + countTree(kiosk.window())
        + countTree(kiosk.engine()) + countItems(kiosk.window()->contentItem());
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // As app/main.cpp starts the kiosk: WebEngine comes in as a plugin with the first web page.
    ck::WebEngineBackend::prepareApplication();
    QGuiApplication app(argc, argv);
    ck::SharedGlContext::start()->install();
    QCommandLineParser parser;
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"),
                                            QStringLiteral("Sessions after the warm-up."),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    // Fonts for each script, each screen's compiled QML and the glyph caches load on first
    // use, and WebEngine's in-process GPU thread and caches grow over its first few pages:
    // growth is measured from after every kind of session has run several times (five web
    // sessions). After a 20-session warm-up, PSS read 42 MB more at 1000 sessions, all of it
    // by the hundredth (then 2.6 MB over the next 900).
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Sessions before the first sample."),
                                          QStringLiteral("N"), QStringLiteral("100"));
    parser.addOption(sessionsOption);
    parser.addOption(warmupOption);
    parser.addHelpOption();
    parser.process(app);
    const int sessions = std::max(1, parser.value(sessionsOption).toInt());
    const int warmup = std::max(0, parser.value(warmupOption).toInt());

    // The online service: a page from tests/data/web on a local server, in the allow-list.
    TestWebServer web(QStringLiteral(CK_TEST_DATA_DIR "/web"));
    QTemporaryDir services;
    if (!web.start() || !services.isValid()) {
        std::fprintf(stderr, "bench-endurance: no local web server or services folder\n");
        return 1;
    }
    for (const QString &file :
         {QStringLiteral("missed-bin.json"), QStringLiteral("planning-comment.json")}) {
        if (!QFile::copy(QStringLiteral(CK_SOURCE_DIR "/packaging/services/") + file,
                         services.filePath(file))) {
            std::fprintf(stderr, "bench-endurance: cannot copy %s\n", qPrintable(file));
            return 1;
        }
    }
    {
        QFile online(services.filePath(QStringLiteral("web-endurance.json")));
        const QString text =
            QStringLiteral(
                R"({"schema": 1, "kind": "web", "id": "endurance-online",
                                     "version": 1, "title": {"en": "Online service"},
                                     "url": "%1"})")
                .arg(web.url(QStringLiteral("/allowed/state-visit.html")).toString());
        if (!online.open(QIODevice::WriteOnly) || online.write(text.toUtf8()) < 0) {
            std::fprintf(stderr, "bench-endurance: cannot write the web service\n");
            return 1;
        }
    }

    QTemporaryDir data;
    KioskConfig config = KioskConfig::demo(); // helper H001, PIN 1357
    config.dataDir = data.path();
    config.minFreeMb = 1;
    config.webAllowList = {web.url(QStringLiteral("/allowed/")).toString()};
    CompositionOptions options;
    options.windowed = true;
    options.startSync = false; // delivery has its own benchmark; rows stay queued
    options.servicesDir = services.path();
    auto created = KioskComposition::create(config, options);
    if (!created.ok()) {
        std::fprintf(stderr, "bench-endurance: %s\n", qPrintable(created.error().message));
        return 1;
    }
    std::unique_ptr<KioskComposition> kiosk = std::move(created.value());
    auto shell = ShellWiring::install(*kiosk, true);
    if (!shell.ok()) {
        std::fprintf(stderr, "bench-endurance: %s\n", qPrintable(shell.error().message));
        return 1;
    }
    ShellWiring *wiring = shell.value();
    const auto helperMode = HelperComposition::attach(*kiosk);
    wiring->wiper()->addObject(helperMode.get(), "wipe");
    HelperController *helper = helperMode->helperController();
    if (const Status loaded = kiosk->load(); !loaded.ok()) {
        std::fprintf(stderr, "bench-endurance: %s\n", qPrintable(loaded.error().message));
        return 1;
    }
    QQuickWindow *window = kiosk->window();
    wiring->attachWindow(window);
    window->resize(1280, 1024);
    if (!QTest::qWaitForWindowExposed(window)) {
        std::fprintf(stderr, "bench-endurance: the kiosk window was not shown\n");
        return 1;
    }
    wiring->idleWatcher()->setTimeoutsMs(600000, 600000);
    ReadAloud *readAloud = kiosk->readAloud();
    AppState *state = kiosk->appState();
    FlowController *flow = kiosk->flowController();
    const QStringList flows = {QStringLiteral("missed-bin"), QStringLiteral("planning-comment")};
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"),
                                   QStringLiteral("ar")};

    const auto findWebView = [window]() -> QQuickItem * {
        QList<QQuickItem *> queue {window->contentItem()};
        while (!queue.isEmpty()) {
            QQuickItem *item = queue.takeFirst();
            if (item->objectName() == QLatin1String("webView"))
                return item;
            queue.append(item->childItems());
        }
        return nullptr;
    };

    auto session = [&](int i) -> bool {
        QSignalSpy wiped(wiring->wiper(), &SessionWiper::wiped);
        state->setLanguage(languages.at(i % languages.size()));
        const bool helped = i % 10 == 3;
        if (helped) {
            helper->openSignIn();
            if (!helper->signIn(QStringLiteral("H001"), QStringLiteral("1357"))) {
                std::fprintf(stderr, "bench-endurance: helper sign-in: %s\n",
                             qPrintable(helper->error()));
                return false;
            }
            QTest::qWait(1); // the consent screen
            helper->answerConsent(true); // on to the list of services
            if (state->screen() != AppState::Services) {
                std::fprintf(stderr, "bench-endurance: no services after consent\n");
                return false;
            }
        } else {
            state->showServices();
        }
        if (i % 20 == 9) {
            // The online service, until its page has loaded; then the session ends there.
            if (!flow->start(QStringLiteral("endurance-online")))
                return false;
            const bool shown = QTest::qWaitFor(
                [&] {
                    QObject *view = findWebView();
                    return view && view->property("title").toString().startsWith(u"Visit");
                },
                20000);
            if (!shown) {
                std::fprintf(stderr, "bench-endurance: the online service did not load\n");
                return false;
            }
            state->requestEndSession();
            return (wiped.count() > 0 || wiped.wait(10000)) && !wiring->webSession()->hasProfile();
        }
        if (!flow->start(flows.at(i % flows.size())))
            return false;
        (void)flow->next(); // empty first page: the error summary
        bool first = true;
        for (int guard = 0; guard < 40 && !flow->onSummary(); ++guard) {
            const FlowPage *page = FlowWalker::currentPage(kiosk->catalogue(), flow);
            if (!page)
                return false;
            if (first && readAloud && i % 2 == 0)
                readAloud->say(flow->question());
            if (!first && i % 3 == 1 && state->language() == languages.at(i % languages.size()))
                state->setLanguage(languages.at((i + 1) % languages.size())); // mid-session
            first = false;
            flow->setDraft(FlowWalker::sampleAnswer(*page));
            QTest::qWait(1); // let the screen take the page
            if (!flow->next()) {
                std::fprintf(stderr, "bench-endurance: %s: %s\n", qPrintable(flow->pageId()),
                             qPrintable(flow->fieldError()));
                return false;
            }
        }
        if (i % 5 == 4) {
            wiring->idleWatcher()->setTimeoutsMs(50, 50);
            const bool ok = wiped.wait(10000);
            wiring->idleWatcher()->setTimeoutsMs(600000, 600000);
            return ok;
        }
        if (i % 7 == 6) {
            state->requestEndSession();
            return wiped.count() > 0 || wiped.wait(10000);
        }
        if (helped) {
            if (!flow->submit()) {
                std::fprintf(stderr, "bench-endurance: submit: %s\n",
                             qPrintable(flow->submitError()));
                return false;
            }
            QTest::qWait(1);
            helper->signOut(); // the helper's sign-out ends the whole session
            return wiped.count() > 0 || wiped.wait(10000);
        }
        if (!flow->submit()) {
            std::fprintf(stderr, "bench-endurance: submit: %s\n", qPrintable(flow->submitError()));
            return false;
        }
        QTest::qWait(1);
        state->requestEndSession(); // Finish
        return wiped.count() > 0 || wiped.wait(10000);
    };

    for (int i = 0; i < warmup; ++i) {
        if (!session(i)) {
            std::fprintf(stderr, "bench-endurance: warm-up session %d failed\n", i);
            return 1;
        }
    }
    QTest::qWait(200);
    const Sample base = sample(*kiosk);
    std::printf("endurance_progress sessions=0 pss_mb=%.1f private_mb=%.1f heap_mb=%.1f fds=%d "
                "threads=%d qobjects=%d\n",
                base.pssMb, base.privateMb, base.heapMb, base.fds, base.threads, base.qobjects);
    const int every = std::max(1, sessions / 10);
    Sample last = base;
    for (int i = 0; i < sessions; ++i) {
        if (!session(warmup + i)) {
            std::fprintf(stderr, "bench-endurance: session %d failed\n", warmup + i);
            return 1;
        }
        if ((i + 1) % every == 0 || i + 1 == sessions) {
            if (i + 1 == sessions)
                QTest::qWait(200); // what the last wipe let go is gone
            last = sample(*kiosk);
            std::printf("endurance_progress sessions=%d pss_mb=%.1f private_mb=%.1f heap_mb=%.1f "
                        "fds=%d threads=%d qobjects=%d\n",
                        i + 1, last.pssMb, last.privateMb, last.heapMb, last.fds, last.threads,
                        last.qobjects);
            std::fflush(stdout);
        }
    }
    std::printf("endurance sessions=%d pss_growth_mb=%.2f fd_growth=%d thread_growth=%d "
                "qobject_growth=%d private_growth_mb=%.2f heap_growth_mb=%.2f\n",
                sessions, last.pssMb - base.pssMb, last.fds - base.fds, last.threads - base.threads,
                last.qobjects - base.qobjects, last.privateMb - base.privateMb,
                last.heapMb - base.heapMb);
    return 0;
}
