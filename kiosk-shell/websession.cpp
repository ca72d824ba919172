// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/websession.h"

#include "kiosk-shell/webenginebackend.h"

#include <QLoggingCategory>
#include <QQmlEngine>

namespace ck {

Q_LOGGING_CATEGORY(lcWeb, "civickiosk.shell.web")

WebSession::WebSession(UrlPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
{ }

WebSession::~WebSession()
{
    // Destroying a profile before its page crashes WebEngine; at shutdown the view is gone by
    // now (main destroys the QML engine first), so only the profile is left.
    delete m_view.data();
    delete m_profile.data();
}

void WebSession::hardenEnvironment()
{
    qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    QByteArrayList kept;
    for (const QByteArray &flag : flags.split(' ')) {
        if (!flag.isEmpty() && !flag.startsWith("--remote-debugging")
            && !flag.startsWith("--auto-open-devtools"))
            kept << flag;
    }
    if (kept.isEmpty())
        qunsetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    else
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", kept.join(' '));
}

QObject *WebSession::sessionProfile()
{
    if (!m_profile) {
        auto backend = WebEngineBackend::load();
        if (!backend)
            return nullptr;
        QObject *profile = backend.value()->createSessionProfile(m_policy);
        QQmlEngine::setObjectOwnership(profile, QQmlEngine::CppOwnership);
        m_profile = profile;
        Q_EMIT profileChanged();
    }
    return m_profile.data();
}

int WebSession::decide(const QUrl &url, bool mainFrame) const
{
    return int(m_policy.check(url, mainFrame).decision);
}

QString WebSession::reason(const QUrl &url, bool mainFrame) const
{
    return m_policy.check(url, mainFrame).reason;
}

void WebSession::attachView(QObject *view)
{
    m_view = view;
}

void WebSession::noteRefusal(const QString &kind)
{
    ++m_refusedCount;
    qCInfo(lcWeb) << "refused" << kind;
    Q_EMIT refused(kind);
}

void WebSession::wipe()
{
    wipeThen([] {});
}

void WebSession::wipeThen(std::function<void()> done)
{
    m_refusedCount = 0;
    // Detach first: a view for the next session may ask for a profile before these are gone,
    // and must get a new one.
    QPointer<QObject> view = m_view;
    QPointer<QObject> profile = m_profile;
    m_view.clear();
    m_profile.clear();
    if (profile)
        Q_EMIT profileChanged();

    // Qt 6.4: the profile must outlive its page, so it goes only after the view is destroyed.
    auto dropProfile = [profile, done = std::move(done)] {
        if (!profile) {
            done();
            return;
        }
        QObject::connect(profile.data(), &QObject::destroyed, [done] { done(); });
        profile->deleteLater();
    };
    if (view) {
        connect(view.data(), &QObject::destroyed, this, dropProfile, Qt::QueuedConnection);
        view->deleteLater();
        return;
    }
    dropProfile();
}

} // namespace ck
