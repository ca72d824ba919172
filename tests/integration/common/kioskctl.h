// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Runs build/bin/civic-kioskctl as a real process, and writes the kiosk config the integration
// drivers share (a data dir, the shipped flow files, destinations on a local intake server).

#include "tests/integration/common/intakeprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

namespace ck::testing {

struct CtlResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline CtlResult runCtl(const QString &configFile, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(binPath(QStringLiteral("civic-kioskctl")),
            QStringList {QStringLiteral("--config"), configFile} + args);
    CtlResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.crashed = true;
    }
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString servicesDir()
{
    return QStringLiteral(CK_SOURCE_DIR "/packaging/services");
}

// The `planning` (JSON API) destination URL: like docs/api.md and the demo config, it carries
// the API version (`<root>/v1/`); the adapter appends only the endpoint.
inline QString jsonDestinationUrl(const QString &base)
{
    return base + QStringLiteral("/v1/");
}

// A kiosk config: `council` (Open311) and `planning` (JSON API) on `base` (scheme://host:port),
// as DESIGN.md's demo lays them out. `caPin` (PEM path) pins both destinations when given.
inline bool writeKioskConfig(const QString &file, const QString &dataDir, const QString &base,
                             const QString &caPin = {}, int minFreeMb = 0)
{
    QJsonObject council {{QStringLiteral("type"), QStringLiteral("open311")},
                         {QStringLiteral("url"), base + QStringLiteral("/open311/v2/")},
                         {QStringLiteral("apiKey"), QStringLiteral("test-key")},
                         {QStringLiteral("timeoutMs"), 5000}};
    QJsonObject planning {{QStringLiteral("type"), QStringLiteral("json")},
                          {QStringLiteral("url"), jsonDestinationUrl(base)},
                          {QStringLiteral("timeoutMs"), 5000}};
    if (!caPin.isEmpty()) {
        council.insert(QStringLiteral("caPin"), caPin);
        planning.insert(QStringLiteral("caPin"), caPin);
    }
    const QJsonObject config {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("version"), 1},
        {QStringLiteral("kioskId"), QStringLiteral("test-kiosk")},
        {QStringLiteral("site"), QStringLiteral("Integration tests")},
        {QStringLiteral("dataDir"), dataDir},
        {QStringLiteral("servicesDir"), servicesDir()},
        {QStringLiteral("minFreeMb"), minFreeMb},
        {QStringLiteral("destinations"),
         QJsonObject {{QStringLiteral("council"), council},
                      {QStringLiteral("planning"), planning}}},
    };
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(config).toJson()) > 0;
}

// Answers for the shipped flows; `marker` lands in a free-text answer.
inline QByteArray missedBinAnswers(const QString &marker)
{
    return QJsonDocument(
               QJsonObject {
                   {QStringLiteral("bin-type"), QStringLiteral("general")},
                   {QStringLiteral("collection-date"), QStringLiteral("2026-11-20")},
                   {QStringLiteral("address"),
                    QJsonObject {{QStringLiteral("line1"), QStringLiteral("1 High St")},
                                 {QStringLiteral("postcode"), QStringLiteral("CF10 1AA")}}},
                   {QStringLiteral("more-info"), true},
                   {QStringLiteral("notes"), marker},
                   {QStringLiteral("contact"), false}})
        .toJson(QJsonDocument::Compact);
}

inline QByteArray planningAnswers(const QString &marker)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("application-reference"),
                                       QStringLiteral("24/0001/FUL")},
                                      {QStringLiteral("stance"), QStringLiteral("object")},
                                      {QStringLiteral("comment"), marker},
                                      {QStringLiteral("name"), QStringLiteral("Ann Example")},
                                      {QStringLiteral("email"), QStringLiteral("ann@example.org")},
                                      {QStringLiteral("postcode"), QStringLiteral("SW1A 1AA")}})
        .toJson(QJsonDocument::Compact);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace ck::testing
