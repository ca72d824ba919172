#include "websession.h"

#include "containmentinterceptor.h"

#include <QLoggingCategory>
#include <QQmlEngine>
#include <QQuickWebEngineProfile>

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

QQuickWebEngineProfile *WebSession::profile()
{
    if (!m_profile) {
        // No storage name = off the record: nothing of the session reaches the disk.
        auto *profile = new QQuickWebEngineProfile();
        profile->setOffTheRecord(true);
        profile->setHttpCacheType(QQuickWebEngineProfile::MemoryHttpCache);
        profile->setPersistentCookiesPolicy(QQuickWebEngineProfile::NoPersistentCookies);
        profile->setSpellCheckEnabled(false); // the spell checker learns words
        if (!m_interceptor)
            m_interceptor = std::make_unique<ContainmentInterceptor>(m_policy);
        profile->setUrlRequestInterceptor(m_interceptor.get());
        QQmlEngine::setObjectOwnership(profile, QQmlEngine::CppOwnership);
        m_profile = profile;
        emit profileChanged();
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
    emit refused(kind);
}

void WebSession::wipe()
{
    wipeThen([] {});
}

void WebSession::wipeThen(std::function<void()> done)
{
    m_refusedCount = 0;
    if (m_view) {
        QObject *view = m_view.data();
        m_view.clear();
        connect(
            view, &QObject::destroyed, this,
            [this, done = std::move(done)]() mutable { dropProfile(std::move(done)); },
            Qt::QueuedConnection);
        view->deleteLater();
        return;
    }
    dropProfile(std::move(done));
}

void WebSession::dropProfile(std::function<void()> done)
{
    if (!m_profile) {
        done();
        return;
    }
    QQuickWebEngineProfile *profile = m_profile.data();
    m_profile.clear();
    emit profileChanged();
    connect(profile, &QObject::destroyed, this, [done = std::move(done)] { done(); });
    profile->deleteLater();
}

} // namespace ck
