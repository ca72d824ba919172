// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/urlpolicy.h"

#include <QCoreApplication>

namespace ck {

namespace {

int effectivePort(const QUrl &url)
{
    if (url.port() != -1)
        return url.port();
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

QString normalisedPath(const QUrl &url)
{
    // Resolve "." and ".." first so "/allowed/../admin" cannot pass as "/allowed/".
    QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    return path;
}

QString aceHost(const QUrl &url)
{
    return QString::fromLatin1(QUrl::toAce(url.host(QUrl::FullyDecoded))).toLower();
}

} // namespace

Result<QList<UrlPolicy::Rule>> UrlPolicy::parseRules(const QStringList &prefixes)
{
    QList<Rule> rules;
    for (const QString &text : prefixes) {
        QString candidate = text.trimmed();
        bool subdomains = false;
        const int hostStart = candidate.indexOf(QLatin1String("://*."));
        if (hostStart > 0) {
            subdomains = true;
            candidate.remove(hostStart + 3, 2);
        }
        const QUrl url(candidate, QUrl::StrictMode);
        const bool web =
            url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!url.isValid() || !web || url.host().isEmpty() || !url.userInfo().isEmpty()
            || url.hasFragment()) {
            return Result<QList<Rule>>::failure(
                QStringLiteral("urlpolicy.bad-entry"),
                QCoreApplication::translate("UrlPolicy",
                                            "The web allow-list entry \"%1\" is not an http "
                                            "or https address with a host.")
                    .arg(text));
        }
        Rule rule;
        rule.scheme = url.scheme();
        rule.host = aceHost(url);
        rule.subdomains = subdomains;
        rule.port = effectivePort(url);
        rule.path = normalisedPath(url);
        rule.original = QUrl(text.trimmed());
        rules.append(rule);
    }
    return rules;
}

Result<UrlPolicy> UrlPolicy::fromList(const QStringList &prefixes, const QStringList &framePrefixes)
{
    auto rules = parseRules(prefixes);
    if (!rules)
        return rules.error();
    auto frameRules = parseRules(framePrefixes);
    if (!frameRules)
        return frameRules.error();
    UrlPolicy policy;
    policy.m_rules = std::move(rules.value());
    policy.m_frameRules = std::move(frameRules.value());
    return policy;
}

bool UrlPolicy::pathMatches(const QString &prefix, const QString &path)
{
    if (!path.startsWith(prefix))
        return false;
    // "/benefits" must not admit "/benefits-evil": the prefix ends at a segment boundary.
    if (prefix.endsWith(QLatin1Char('/')) || path.size() == prefix.size())
        return true;
    return path.at(prefix.size()) == QLatin1Char('/');
}

UrlPolicy::Verdict UrlPolicy::check(const QUrl &url, bool mainFrame) const
{
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1String("https") || scheme == QLatin1String("http");
    if (!url.isValid())
        return {Decision::Refused, QStringLiteral("invalid")};
    if (!web) {
        // about:blank and srcdoc frames are how pages build their own widgets; harmless inside
        // an allowed page, never a place to go on their own.
        const bool blankFrame = scheme == QLatin1String("about") && !mainFrame;
        if (blankFrame)
            return {Decision::Allow, QStringLiteral("allowed")};
        return {Decision::Refused, QStringLiteral("scheme")};
    }
    // "https://www.gov.uk@evil.example/" shows a trusted name to a person who reads left to
    // right; nothing legitimate needs credentials in a kiosk URL.
    if (!url.userInfo().isEmpty())
        return {Decision::Refused, QStringLiteral("credentials")};
    if (url.host().isEmpty())
        return {Decision::Refused, QStringLiteral("invalid")};
    if (matches(m_rules, url) || (!mainFrame && matches(m_frameRules, url)))
        return {Decision::Allow, QStringLiteral("allowed")};
    return {Decision::Outside, QStringLiteral("outside-list")};
}

bool UrlPolicy::matches(const QList<Rule> &rules, const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const QString host = aceHost(url);
    const int port = effectivePort(url);
    const QString path = normalisedPath(url);
    for (const Rule &rule : rules) {
        if (rule.scheme != scheme || rule.port != port)
            continue;
        const bool hostOk =
            rule.subdomains ? host.endsWith(QLatin1Char('.') + rule.host) : host == rule.host;
        if (hostOk && pathMatches(rule.path, path))
            return true;
    }
    return false;
}

QUrl UrlPolicy::firstEntry() const
{
    return m_rules.isEmpty() ? QUrl() : m_rules.first().original;
}

} // namespace ck
