// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/webenginebackend.h"

#include "kiosk-shell/websession.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPluginLoader>

namespace ck {

namespace {
Q_LOGGING_CATEGORY(lcWebBackend, "civickiosk.shell.web")

QString pluginPath()
{
    // For development only: a plugin built elsewhere. A production kiosk runs from the package,
    // under systemd, with a fixed environment.
    const QString overridden = qEnvironmentVariable("CIVIC_KIOSK_WEB_PLUGIN");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("../lib/civic-kiosk/civic-kiosk-web"));
}
} // namespace

void WebEngineBackend::prepareApplication()
{
    Q_ASSERT(!QCoreApplication::instance());
    WebSession::hardenEnvironment();
}

Result<WebEngineBackend *> WebEngineBackend::load()
{
    // Loaded once and never unloaded: WebEngine cannot be torn down and started again in one
    // process, and profiles it made may still be on their way out.
    static QPluginLoader *loader = nullptr;
    if (!loader) {
        loader = new QPluginLoader(pluginPath());
        loader->setLoadHints(QLibrary::PreventUnloadHint);
    }
    QObject *instance = loader->instance();
    auto *backend = qobject_cast<WebEngineBackend *>(instance);
    if (!backend) {
        qCWarning(lcWebBackend).noquote() << "web services unavailable:" << loader->errorString();
        return Error {QStringLiteral("web-unavailable"),
                      QCoreApplication::translate("WebEngineBackend",
                                                  "Online services are not available on this "
                                                  "kiosk at the moment.")};
    }
    return backend;
}

} // namespace ck
