#pragma once

#include "result.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace ck {

// Which web addresses the contained web view may show (config `webAllowList`). Plain value
// type, no WebEngine: the QML view, the request interceptor and the tests all ask the same rules.
class UrlPolicy
{
public:
    enum class Decision {
        Allow,
        Outside, // a normal web page that is not on the list: show the friendly in-kiosk page
        Refused, // never shown at all: javascript:, file:, data:, credentials in the URL, ...
    };

    struct Verdict
    {
        Decision decision = Decision::Refused;
        QString reason; // stable code for logs/tests: "allowed", "outside-list", "scheme", ...
    };

    UrlPolicy() = default;

    // Every entry must be an absolute http(s) URL with a host; "https://*.example.gov.uk/"
    // allows that domain's subdomains. A bad entry is an error (the config is rejected), not
    // silently widened or dropped.
    static Result<UrlPolicy> fromList(const QStringList &prefixes);

    // Top-level navigations must match the list. Sub-frames (payment pages, captchas embedded
    // by an allowed service) may come from elsewhere but never from local or internal schemes.
    Verdict check(const QUrl &url, bool mainFrame = true) const;
    bool allows(const QUrl &url, bool mainFrame = true) const
    {
        return check(url, mainFrame).decision == Decision::Allow;
    }

    bool isEmpty() const { return m_rules.isEmpty(); }
    // The first allowed address, used as the start page when a service gives none.
    QUrl firstEntry() const;

private:
    struct Rule
    {
        QString scheme;
        QString host; // lower-case ACE form
        bool subdomains = false;
        int port = -1;
        QString path; // encoded, normalised
        QUrl original;
    };
    static bool pathMatches(const QString &prefix, const QString &path);

    QList<Rule> m_rules;
};

} // namespace ck
