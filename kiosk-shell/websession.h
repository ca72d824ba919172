// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "kiosk-shell/urlpolicy.h"
#include "kiosk-shell/wipeable.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace ck {

// The contained web view's per-session world: one off-the-record WebEngine profile (cookies,
// localStorage, IndexedDB, HTTP cache, history and autofill all in memory), created only when a
// session first opens a web service, and thrown away on wipe in the order Qt 6.4 needs: the
// view (and its page) first, then the profile, both through deleteLater while the loop runs.
// The profile comes from the WebEngine plugin (webenginebackend.h), so this class never links
// WebEngine and a kiosk whose citizens use no web service never loads it.
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

    // The session's profile (a QQuickWebEngineProfile), created on first use; null when the web
    // plugin cannot be loaded (the screen then says so). A function, not a bindable property:
    // each view takes its profile once when it is created. Were it a property, a profile created
    // for the next session would re-bind onto the old view while that view is being torn down.
    Q_INVOKABLE QObject *sessionProfile();
    bool hasProfile() const { return !m_profile.isNull(); }
    bool hasView() const { return !m_view.isNull(); }
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

Q_SIGNALS:
    void profileChanged();
    void refused(const QString &kind);

private:
    UrlPolicy m_policy;
    QPointer<QObject> m_profile;
    QPointer<QObject> m_view;
    int m_refusedCount = 0;
};

} // namespace ck
