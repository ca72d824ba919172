// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/urlpolicy.h"

#include <QTest>

using ck::UrlPolicy;
using Decision = UrlPolicy::Decision;

class tst_UrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badEntriesAreRejected_data();
    void badEntriesAreRejected();
    void topLevel_data();
    void topLevel();
    void subFrames_data();
    void subFrames();
    void frameListIsNeverAPage();
    void emptyListAllowsNothing();
};

void tst_UrlPolicy::badEntriesAreRejected_data()
{
    QTest::addColumn<QString>("entry");
    QTest::newRow("no scheme") << "www.gov.uk/";
    QTest::newRow("file") << "file:///etc/";
    QTest::newRow("javascript") << "javascript:alert(1)";
    QTest::newRow("no host") << "https:///path";
    QTest::newRow("credentials") << "https://user:pw@www.gov.uk/";
    QTest::newRow("ftp") << "ftp://example.org/";
}

void tst_UrlPolicy::badEntriesAreRejected()
{
    QFETCH(QString, entry);
    auto policy = UrlPolicy::fromList({QStringLiteral("https://www.gov.uk/"), entry});
    QVERIFY(!policy.ok());
    QCOMPARE(policy.error().code, QStringLiteral("urlpolicy.bad-entry"));
    QVERIFY(policy.error().message.contains(entry));
}

void tst_UrlPolicy::topLevel_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("reason");
    const int allow = int(Decision::Allow), outside = int(Decision::Outside),
              refused = int(Decision::Refused);
    QTest::newRow("prefix itself") << "https://www.gov.uk/" << allow << "allowed";
    QTest::newRow("under prefix") << "https://www.gov.uk/browse/benefits?x=1#top" << allow
                                  << "allowed";
    QTest::newRow("host case") << "https://WWW.GOV.UK/x" << allow << "allowed";
    QTest::newRow("explicit default port") << "https://www.gov.uk:443/x" << allow << "allowed";
    QTest::newRow("other port") << "https://www.gov.uk:8443/x" << outside << "outside-list";
    QTest::newRow("http not https") << "http://www.gov.uk/x" << outside << "outside-list";
    QTest::newRow("other host") << "https://evil.example/" << outside << "outside-list";
    QTest::newRow("suffix host trick")
        << "https://www.gov.uk.evil.example/" << outside << "outside-list";
    QTest::newRow("path prefix") << "https://council.example/apply/parking" << allow << "allowed";
    QTest::newRow("path exact") << "https://council.example/apply" << allow << "allowed";
    QTest::newRow("path sibling") << "https://council.example/apply-evil" << outside
                                  << "outside-list";
    QTest::newRow("path dotdot") << "https://council.example/apply/../admin" << outside
                                 << "outside-list";
    QTest::newRow("path encoded dotdot")
        << "https://council.example/apply/%2e%2e/admin" << outside << "outside-list";
    QTest::newRow("council root") << "https://council.example/" << outside << "outside-list";
    QTest::newRow("subdomain wildcard") << "https://forms.nhs.example/x" << allow << "allowed";
    QTest::newRow("deep subdomain") << "https://a.b.nhs.example/" << allow << "allowed";
    QTest::newRow("wildcard not apex") << "https://nhs.example/" << outside << "outside-list";
    QTest::newRow("wildcard suffix trick")
        << "https://evilnhs.example/" << outside << "outside-list";
    QTest::newRow("credentials") << "https://www.gov.uk@evil.example/" << refused << "credentials";
    QTest::newRow("credentials on allowed")
        << "https://a:b@www.gov.uk/" << refused << "credentials";
    QTest::newRow("javascript") << "javascript:alert(document.cookie)" << refused << "scheme";
    QTest::newRow("file") << "file:///etc/passwd" << refused << "scheme";
    QTest::newRow("data") << "data:text/html,<h1>hi</h1>" << refused << "scheme";
    QTest::newRow("blob") << "blob:https://www.gov.uk/uuid" << refused << "scheme";
    QTest::newRow("view-source") << "view-source:https://www.gov.uk/" << refused << "scheme";
    QTest::newRow("chrome") << "chrome://settings" << refused << "scheme";
    QTest::newRow("devtools") << "devtools://devtools/bundled/inspector.html" << refused
                              << "scheme";
    QTest::newRow("about blank top") << "about:blank" << refused << "scheme";
    QTest::newRow("qrc") << "qrc:/CivicKiosk/Main.qml" << refused << "scheme";
    QTest::newRow("idn homograph")
        << "https://www.gоv.uk/" << outside << "outside-list"; // Cyrillic о
}

void tst_UrlPolicy::topLevel()
{
    QFETCH(QString, url);
    QFETCH(int, decision);
    QFETCH(QString, reason);
    auto policy = UrlPolicy::fromList({QStringLiteral("https://www.gov.uk/"),
                                       QStringLiteral("https://council.example/apply"),
                                       QStringLiteral("https://*.nhs.example/")});
    QVERIFY(policy.ok());
    const auto verdict = policy->check(QUrl(url), true);
    QCOMPARE(int(verdict.decision), decision);
    QCOMPARE(verdict.reason, reason);
}

void tst_UrlPolicy::subFrames_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("frame on the page list") << "https://www.gov.uk/widget" << true;
    QTest::newRow("payment frame on the frame list") << "https://pay.example/frames/card" << true;
    QTest::newRow("frame elsewhere") << "https://evil.example/frame" << false;
    QTest::newRow("frame beside the frame list path") << "https://pay.example/admin" << false;
    QTest::newRow("plain http frame of a listed host") << "http://pay.example/frames/card" << false;
    QTest::newRow("about blank frame") << "about:blank" << true;
    QTest::newRow("file frame") << "file:///etc/passwd" << false;
    QTest::newRow("chrome frame") << "chrome://settings" << false;
    QTest::newRow("view-source frame") << "view-source:https://www.gov.uk/" << false;
    QTest::newRow("devtools frame") << "devtools://devtools/bundled/inspector.html" << false;
    QTest::newRow("credential frame") << "https://a:b@pay.example/frames/card" << false;
}

void tst_UrlPolicy::subFrames()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    auto policy = UrlPolicy::fromList({QStringLiteral("https://www.gov.uk/")},
                                      {QStringLiteral("https://pay.example/frames/")});
    QVERIFY(policy.ok());
    QCOMPARE(policy->allows(QUrl(url), false), allowed);
}

void tst_UrlPolicy::frameListIsNeverAPage()
{
    auto policy = UrlPolicy::fromList({QStringLiteral("https://www.gov.uk/")},
                                      {QStringLiteral("https://pay.example/frames/")});
    QVERIFY(policy.ok());
    const auto verdict = policy->check(QUrl(QStringLiteral("https://pay.example/frames/card")));
    QCOMPARE(verdict.decision, Decision::Outside);
    QCOMPARE(verdict.reason, QStringLiteral("outside-list"));
    // A bad frame entry is refused like a bad page entry.
    auto bad = UrlPolicy::fromList({QStringLiteral("https://www.gov.uk/")},
                                   {QStringLiteral("pay.example")});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("urlpolicy.bad-entry"));
}

void tst_UrlPolicy::emptyListAllowsNothing()
{
    auto policy = UrlPolicy::fromList({});
    QVERIFY(policy.ok());
    QVERIFY(policy->isEmpty());
    QCOMPARE(policy->check(QUrl(QStringLiteral("https://www.gov.uk/"))).decision,
             Decision::Outside);
    QVERIFY(policy->firstEntry().isEmpty());
}

QTEST_GUILESS_MAIN(tst_UrlPolicy)
#include "tst_urlpolicy.moc"
