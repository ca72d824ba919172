// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace ck {

// Which web addresses the contained web view may show (config `webAllowList`) and what an
// allowed page may embed (that list plus `webFrameAllowList`). Plain value type, no WebEngine:
// the QML view, the request interceptor and the tests all ask the same rules.
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
    // silently widened or dropped. `framePrefixes` are addresses allowed only inside a page
    // (a payment provider's or a captcha's frame), never as the page itself.
    static Result<UrlPolicy> fromList(const QStringList &prefixes,
                                      const QStringList &framePrefixes = {});

    // Top-level navigations must match the page list. Sub-frames must match the page list or
    // the frame list: an iframe is a page the citizen sees and types into, so one from anywhere
    // would carry them anywhere. Local and internal schemes never load, in either.
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
    static Result<QList<Rule>> parseRules(const QStringList &prefixes);
    static bool matches(const QList<Rule> &rules, const QUrl &url);

    QList<Rule> m_rules;
    QList<Rule> m_frameRules;
};

} // namespace ck
