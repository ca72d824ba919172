// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Wipe test (labels wipe, e2e): a real WebEngine page from a loopback server stores a cookie,
// localStorage, sessionStorage and IndexedDB data and receives typed input; a kiosk field gets
// an answer; the clipboard holds something. After SessionWiper ends the session, a new
// session's page sees none of it, the old web view and profile are destroyed (view first),
// no old answer is anywhere in the QML tree, and the clipboard is empty.
#include "kiosk-shell/sessionwiper.h"
#include "kiosk-shell/websession.h"
#include "tests/unit/kiosk-shell/guitestmain.h"
#include "tests/wipe/testwebserver.h"
#include "tests/wipe/webharness.h"

#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaProperty>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWebEngineProfile>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {
const QString kStoredMarker = u"stored-7Q4PZK"_s;
const QString kTypedWeb = u"webtyped9x"_s;
const QString kTypedKiosk = u"kioskanswer5w"_s;
const QString kCopied = u"copied-AB12CD"_s;

// Every string a QML object (or any QObject below the window) exposes through a property.
void collectStrings(QObject *object, QStringList &out, QSet<QObject *> &seen)
{
    if (!object || seen.contains(object))
        return;
    seen.insert(object);
    const QMetaObject *meta = object->metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        const int type = property.metaType().id();
        if (type != QMetaType::QString && type != QMetaType::QUrl && type != QMetaType::QVariant
            && type != QMetaType::QStringList)
            continue;
        const QVariant value = property.read(object);
        out << value.toString() << value.toStringList().join(u'|');
    }
    for (QObject *child : object->children())
        collectStrings(child, out, seen);
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        for (QQuickItem *child : item->childItems())
            collectStrings(child, out, seen);
    }
}
} // namespace

class tst_Wipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wipeForgetsEverything();
};

void tst_Wipe::wipeForgetsEverything()
{
    // Qt 6.4 prints this (and may crash) when a profile goes before its page.
    QTest::failOnWarning(QRegularExpression(u"Release of profile requested"_s));

    TestWebServer server(QStringLiteral(CK_TEST_DATA_DIR "/web"));
    QVERIFY(server.start());
    auto policy = ck::UrlPolicy::fromList({server.url(u"/allowed/"_s).toString()});
    QVERIFY(policy.ok());
    ck::WebSession web(*policy);
    ck::SessionWiper wiper;
    wiper.addParticipant(&web);
    QVERIFY(!web.hasProfile()); // nothing WebEngine exists before a web service is opened

    WebHarness harness;
    const QUrl firstUrl = server.url(u"/allowed/state.html?write="_s + kStoredMarker);
    QVERIFY(harness.load(QStringLiteral(CK_SOURCE_DIR "/tests/wipe/WipeHarness.qml"),
                         {{u"webSession"_s, QVariant::fromValue(&web)},
                          {u"wiper"_s, QVariant::fromValue(&wiper)},
                          {u"serviceUrl"_s, firstUrl}}));
    QVERIFY(QTest::qWaitForWindowExposed(harness.window));
    QVERIFY(web.hasProfile());
    QVERIFY(qobject_cast<QQuickWebEngineProfile *>(web.sessionProfile())->isOffTheRecord());

    // Session 1: the page stores things everywhere a browser can.
    QVERIFY(harness.waitFor(u"document.title"_s, u"ready"_s));
    const QJsonObject first =
        QJsonDocument::fromJson(harness.js(u"JSON.stringify(window.ckState)"_s).toString().toUtf8())
            .object();
    QVERIFY2(first.value(u"cookie"_s).toString().contains(kStoredMarker),
             qPrintable(QJsonDocument(first).toJson()));
    QCOMPARE(first.value(u"local"_s).toString(), kStoredMarker);
    QCOMPARE(first.value(u"session"_s).toString(), kStoredMarker);
    // Reload within the session: everything is still there (so the later absence means a wipe).
    QVERIFY(harness.js(u"window.oldPage = true; location.href = '/allowed/state.html'; true"_s)
                .toBool());
    QVERIFY(harness.waitFor(u"!window.oldPage && window.ckState ? window.ckState.local : ''"_s,
                            kStoredMarker));
    QVERIFY(harness.waitFor(u"window.ckState.idb.indexOf('ckdb') >= 0"_s, true));
    QVERIFY(!server.cookies(u"/allowed/state.html"_s).isEmpty());

    // Real input into the web form: a click on the field, then key events.
    const QVariantList xy = harness
                                .js(u"(function(){const r=document.getElementById('name')"
                                    ".getBoundingClientRect(); return [r.left + r.width/2,"
                                    " r.top + r.height/2];})()"_s)
                                .toList();
    QCOMPARE(xy.size(), 2);
    auto *viewItem = qobject_cast<QQuickItem *>(harness.window->findChild<QObject *>(u"webView"_s));
    QVERIFY(viewItem);
    harness.call("focusWeb");
    // CSS pixels to item pixels: the kiosk zooms pages for large print.
    const double zoom = viewItem->property("zoomFactor").toDouble();
    QTest::mouseClick(
        harness.window, Qt::LeftButton, {},
        viewItem->mapToScene(QPointF(xy[0].toDouble(), xy[1].toDouble()) * zoom).toPoint());
    QVERIFY(
        harness.waitFor(u"document.activeElement ? document.activeElement.id : ''"_s, u"name"_s));
    harness.window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(harness.window));
    for (const QChar c : kTypedWeb)
        QTest::keyClick(harness.window, c.toLatin1());
    QVERIFY2(harness.waitFor(u"document.getElementById('name').value"_s, kTypedWeb),
             qPrintable(harness.js(u"document.getElementById('name').value"_s).toString()));

    // And into a kiosk field.
    harness.call("focusAnswer");
    for (const QChar c : kTypedKiosk)
        QTest::keyClick(harness.window, c.toLatin1());
    QObject *answer = harness.window->findChild<QObject *>(u"answer"_s);
    QVERIFY(answer);
    QCOMPARE(answer->property("text").toString(), kTypedKiosk);
    QGuiApplication::clipboard()->setText(kCopied);

    QPointer<QObject> oldProfile = web.sessionProfile();
    QPointer<QObject> oldView = harness.window->findChild<QObject *>(u"webView"_s);
    QVERIFY(oldView);
    bool viewGoneBeforeProfile = false;
    connect(oldProfile.data(), &QObject::destroyed, this,
            [&] { viewGoneBeforeProfile = oldView.isNull(); });

    // Wipe; the next session opens the same service without the write marker.
    server.resetCounters();
    harness.window->setProperty("serviceUrl", server.url(u"/allowed/state.html"_s));
    QSignalSpy wiped(&wiper, &ck::SessionWiper::wiped);
    wiper.endSession(u"finish"_s);
    QVERIFY(wiped.wait(10000));
    QVERIFY(oldView.isNull());
    QVERIFY(oldProfile.isNull());
    QVERIFY(viewGoneBeforeProfile);
    qInfo("wipe took %d ms", wiped.first().first().toInt());

    // Session 2 sees nothing of session 1.
    QVERIFY(harness.waitFor(u"document.title"_s, u"ready"_s));
    QVERIFY(web.hasProfile());
    QVERIFY(web.sessionProfile() != nullptr);
    const QJsonObject second =
        QJsonDocument::fromJson(harness.js(u"JSON.stringify(window.ckState)"_s).toString().toUtf8())
            .object();
    QVERIFY2(!second.value(u"cookie"_s).toString().contains(kStoredMarker),
             qPrintable(QJsonDocument(second).toJson()));
    QVERIFY(second.value(u"local"_s).isNull());
    QVERIFY(second.value(u"session"_s).isNull());
    QVERIFY2(!second.value(u"idb"_s).toArray().contains(u"ckdb"_s),
             qPrintable(QJsonDocument(second).toJson()));
    QCOMPARE(second.value(u"history"_s).toInt(), 1);
    QCOMPARE(harness.js(u"document.getElementById('name').value"_s).toString(), QString());
    // The request itself carried no cookie, and the HTTP cache was not reused.
    QVERIFY2(server.cookies(u"/allowed/state.html"_s).isEmpty(),
             qPrintable(server.cookies(u"/allowed/state.html"_s).join(u';')));
    QCOMPARE(server.requests(u"/allowed/state.html"_s), 1);

    // No old answer anywhere in the QML tree.
    QStringList strings;
    QSet<QObject *> seen;
    collectStrings(harness.window, strings, seen);
    collectStrings(harness.window->contentItem(), strings, seen);
    QVERIFY(seen.size() > 20);
    for (const QString &s : std::as_const(strings)) {
        QVERIFY2(!s.contains(kTypedKiosk), qPrintable(s));
        QVERIFY2(!s.contains(kTypedWeb), qPrintable(s));
        QVERIFY2(!s.contains(kStoredMarker), qPrintable(s));
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());

    // Tear down while the loop runs: view, then profile (DESIGN.md, Qt 6.4 notes).
    QSignalSpy last(&wiper, &ck::SessionWiper::wiped);
    harness.window->setProperty("serviceUrl", QUrl());
    wiper.endSession(u"admin"_s);
    QVERIFY(last.wait(10000));
}

CK_GUI_TEST_MAIN(tst_Wipe)
#include "tst_wipe.moc"
