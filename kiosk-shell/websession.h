#pragma once

#include "urlpolicy.h"
#include "wipeable.h"

#include <QObject>
#include <QPointer>
#include <QQuickWebEngineProfile> // complete type: a Q_PROPERTY of it needs its metatype
#include <QUrl>

#include <memory>

class QWebEngineUrlRequestInterceptor;

namespace ck {

// The contained web view's per-session world: one off-the-record WebEngine profile (cookies,
// localStorage, IndexedDB, HTTP cache, history and autofill all in memory), created only when a
// session first opens a web service, and thrown away on wipe in the order Qt 6.4 needs: the
// view (and its page) first, then the profile, both through deleteLater while the loop runs.
class WebSession : public QObject, public Wipeable
{
    Q_OBJECT
    Q_PROPERTY(bool hasProfile READ hasProfile NOTIFY profileChanged FINAL)
    Q_PROPERTY(QUrl startUrl READ startUrl CONSTANT FINAL)
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY refused FINAL)

public:
    explicit WebSession(UrlPolicy policy, QObject *parent = nullptr);
    ~WebSession() override;

    // Call before QtWebEngineQuick::initialize(): a kiosk must never expose a DevTools port,
    // whatever the environment of the service manager says.
    static void hardenEnvironment();

    // The session's profile, created on first use. A function, not a bindable property: each
    // view takes its profile once when it is created. Were it a property, a profile created for
    // the next session would re-bind onto the old view while that view is being torn down.
    Q_INVOKABLE QQuickWebEngineProfile *sessionProfile();
    bool hasProfile() const { return !m_profile.isNull(); }
    QUrl startUrl() const { return m_policy.firstEntry(); }
    const UrlPolicy &policy() const { return m_policy; }
    int refusedCount() const { return m_refusedCount; }

    // 0 = allow, 1 = outside the list (friendly page), 2 = refused (never shown).
    Q_INVOKABLE int decide(const QUrl &url, bool mainFrame = true) const;
    Q_INVOKABLE QString reason(const QUrl &url, bool mainFrame = true) const;
    // The view tells its session which item to tear down first.
    Q_INVOKABLE void attachView(QObject *view);
    // The view reports every refusal ("download", "new-window", "permission", "file-picker",
    // "outside-list", "scheme", ...) so tests and the admin count them; never the URL.
    Q_INVOKABLE void noteRefusal(const QString &kind);

    QString wipeName() const override { return QStringLiteral("web-session"); }
    void wipe() override;
    void wipeThen(std::function<void()> done) override;

signals:
    void profileChanged();
    void refused(const QString &kind);

private:
    UrlPolicy m_policy;
    QPointer<QQuickWebEngineProfile> m_profile;
    QPointer<QObject> m_view;
    std::unique_ptr<QWebEngineUrlRequestInterceptor> m_interceptor;
    int m_refusedCount = 0;
};

} // namespace ck
