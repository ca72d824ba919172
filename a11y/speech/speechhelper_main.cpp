// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// civic-kiosk-speech [--engine NAME]...: the kiosk's speech engines in their own process (see
// SpeechHelper). Started by the kiosk on first use of read-aloud; not meant to be run by hand.
#include "a11y/speech/speechhelper.h"

#include <QCoreApplication>
#include <QStringList>

#include <csignal>
#include <sys/prctl.h>

int main(int argc, char **argv)
{
    // Never outlive the kiosk, even one killed with SIGKILL.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    // A kiosk that has gone mid-write is handled where write() fails.
    ::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QStringList engines;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--engine"))
            engines.append(args.at(++i));
    }
    ck::speech::SpeechHelper helper(engines);
    helper.start();
    return app.exec();
}
