// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Remote view end to end (labels fleet, e2e, security): the real kiosk (KioskComposition,
// ShellWiring, FleetServices and FleetWiring, wired as civic-kiosk wires them) takes signed
// "request-screenshot" commands with the demo fleet key; the picture travels through the real
// outbox and sync engine to a real civic-kiosk-intake and is read back from its admin API.
// - Idle on the welcome screen: sent at once, the whole window, and a notice says so.
// - In a session: nothing leaves before the person chooses "Yes" on the prompt; the picture
//   has every typed answer covered. Unique markers typed into the fields are in no byte of the
//   PNG or the upload, the pixels where the fields were are the grey cover, no visible item's
//   text or accessible text holds a marker while the window is rendered, and no file in the
//   data directory holds one.
// - "No", the session ending, and a replayed command send nothing.
// Pictures land in <build>/screenshots/fleet/remote-view-*.png.
#include "tests/e2e/kioskdriver.h"
#include "tests/integration/fleet/fleettestutil.h"

#include "app/composition/fleetwiring.h"
#include "app/composition/kioskcomposition.h"
#include "app/composition/shellwiring.h"
#include "domain/fleet/fleetservices.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/remoteview.h"

#include <QAccessible>
#include <QDirIterator>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

using namespace ck;
using namespace ck::testing;

namespace {

// Unique strings a person "types": none may be found anywhere in what leaves the kiosk.
const QStringList kMarkers {QStringLiteral("QZXREF4471"), QStringLiteral("Qzxcomment Wibblestone"),
                            QStringLiteral("Qzxname Fenwobble"),
                            QStringLiteral("qzxmail7730@example.org")};
const QColor kCover(0x6f, 0x77, 0x7b); // RemoteViewCapture's box colour

// Text a person or a screen reader could get from items that are drawn: visible, and not made
// fully transparent by themselves or an ancestor.
void drawnTexts(QQuickItem *item, QStringList &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    for (const char *p : {"text", "displayText", "placeholderText", "preeditText"}) {
        const QVariant v = item->property(p);
        if (v.typeId() == QMetaType::QString && !v.toString().isEmpty())
            out << v.toString();
    }
    if (QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item)) {
        for (QAccessible::Text t :
             {QAccessible::Name, QAccessible::Description, QAccessible::Value})
            out << a->text(t);
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        drawnTexts(child, out);
}

// Pixels inside `rect` (inset by the outline) that are not the cover colour.
int uncoveredPixels(const QImage &image, const QRect &rect)
{
    int n = 0;
    const QRect inner = rect.adjusted(4, 4, -4, -4).intersected(image.rect());
    for (int y = inner.top(); y <= inner.bottom(); ++y)
        for (int x = inner.left(); x <= inner.right(); ++x)
            n += QColor(image.pixel(x, y)) != kCover;
    return n;
}

// Pixels of `rect` in `image` darker than mid grey: text.
int darkPixels(const QImage &image, const QRect &rect)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += qGray(image.pixel(x, y)) < 100;
    return n;
}

QRect sceneRect(QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).toAlignedRect();
}

} // namespace

class tst_E2eRemoteView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void idleKioskSendsTheWholeScreen();
    void sessionPictureHidesWhatWasTyped();
    void declinedOrEndedSessionSendsNothing();
    void replayedCommandIsRefused();

private:
    QByteArray sign(qint64 sequence);
    // The newest screenshot the server holds: metadata and PNG; empty when none.
    QJsonObject metadata();
    QByteArray png();
    bool waitForSequence(qint64 sequence);
    QString save(const QString &name, const QImage &image);
    QStringList markersIn(const QStringList &texts) const;

    QTemporaryDir m_dir;
    IntakeProcess m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KioskComposition> m_kiosk;
    ShellWiring *m_shell = nullptr;
    std::unique_ptr<FleetServices> m_fleet;
    std::unique_ptr<FleetWiring> m_wiring;
    std::unique_ptr<KioskDriver> m_drive;
    QHash<qint64, QByteArray> m_envelopes;
};

void tst_E2eRemoteView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("intake.sqlite"))));
    qputenv("CIVIC_KIOSK_DEMO_INTAKE_URL", m_server.url(QString()).toUtf8());
    KioskConfig config = KioskConfig::demo(); // pinned to the demo fleet key
    config.dataDir = m_dir.filePath(QStringLiteral("data"));
    config.minFreeMb = 1;
    CompositionOptions options;
    options.windowed = true;
    auto created = KioskComposition::create(config, options);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    m_kiosk = std::move(created.value());
    auto shell = ShellWiring::install(*m_kiosk, true);
    QVERIFY(shell.ok());
    m_shell = shell.value();
    QVERIFY(m_kiosk->load().ok());
    QQuickWindow *window = m_kiosk->window();
    m_shell->attachWindow(window);
    window->resize(1280, 1024);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    m_fleet = std::make_unique<FleetServices>(m_kiosk->config(), m_kiosk->outbox(),
                                              QStringLiteral("test"));
    m_wiring = FleetWiring::attach(*m_kiosk, *m_shell, *m_fleet);
    QVERIFY(m_wiring->remoteView());
    m_drive = std::make_unique<KioskDriver>(
        window, QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("fleet")));
    QTRY_VERIFY(m_drive->find(QStringLiteral("startButton")) || m_drive->screen());
}

void tst_E2eRemoteView::cleanupTestCase()
{
    m_wiring.reset();
    m_fleet.reset();
    m_drive.reset();
    m_kiosk.reset();
}

QByteArray tst_E2eRemoteView::sign(qint64 sequence)
{
    FleetCommand c;
    c.kioskId = m_kiosk->config().kioskId;
    c.sequence = sequence;
    c.action = QStringLiteral("request-screenshot");
    c.issuedAt = QDateTime::currentDateTimeUtc();
    auto signer = ConfigSigner::loadPrivateKey(kDemoKey);
    m_envelopes[sequence] = signer ? c.sign(signer.value()).value() : QByteArray();
    return m_envelopes[sequence];
}

QJsonObject tst_E2eRemoteView::metadata()
{
    const HttpResult r = http(m_nam, "GET",
                              m_server.url("/v1/_admin/screenshots/" + m_kiosk->config().kioskId
                                           + QStringLiteral(".json")),
                              {}, adminHeaders());
    return r.status == 200 ? r.json().object() : QJsonObject();
}

QByteArray tst_E2eRemoteView::png()
{
    const HttpResult r =
        http(m_nam, "GET", m_server.url("/v1/_admin/screenshots/" + m_kiosk->config().kioskId), {},
             adminHeaders());
    return r.status == 200 && r.contentType.startsWith("image/png") ? r.body : QByteArray();
}

bool tst_E2eRemoteView::waitForSequence(qint64 sequence)
{
    for (int i = 0; i < 120; ++i) {
        if (metadata().value(QStringLiteral("commandSequence")).toInteger() == sequence)
            return true;
        QMetaObject::invokeMethod(m_kiosk->syncEngine(), "syncNow", Qt::QueuedConnection);
        QTest::qWait(250);
    }
    return false;
}

QString tst_E2eRemoteView::save(const QString &name, const QImage &image)
{
    const QString file =
        QDir(QDir(KioskDriver::screenshotRoot()).filePath(QStringLiteral("fleet"))).filePath(name);
    image.save(file);
    qInfo().noquote() << "screenshot:" << file;
    return file;
}

QStringList tst_E2eRemoteView::markersIn(const QStringList &texts) const
{
    QStringList found;
    for (const QString &t : texts)
        for (const QString &m : kMarkers)
            if (t.contains(m, Qt::CaseInsensitive))
                found << m;
    return found;
}

void tst_E2eRemoteView::idleKioskSendsTheWholeScreen()
{
    QCOMPARE(m_kiosk->appState()->screen(), AppState::Welcome);
    QTest::qWait(300);
    const QImage before = m_kiosk->window()->grabWindow();
    FleetCommandChannel *channel = m_fleet->commands();
    QVERIFY(channel->offer(sign(1)).ok());
    QVERIFY2(waitForSequence(1), "the screenshot never reached the server");
    const QJsonObject meta = metadata();
    QCOMPARE(meta["consent"].toString(), QStringLiteral("no-session"));
    QCOMPARE(meta["sessionActive"].toBool(), false);
    QCOMPARE(meta["hidden"].toArray().size(), 0);
    const QImage uploaded = QImage::fromData(png(), "PNG");
    QVERIFY(!uploaded.isNull());
    save(QStringLiteral("remote-view-idle.png"), uploaded);
    // The whole window, pixel for pixel as it was on screen, and a caption band below it.
    QCOMPARE(uploaded.width(), before.width());
    QVERIFY(uploaded.height() > before.height());
    const QImage top =
        uploaded.copy(0, 0, before.width(), before.height()).convertToFormat(QImage::Format_RGB32);
    const QImage raw = before.convertToFormat(QImage::Format_RGB32);
    int differing = 0;
    for (int y = 0; y < raw.height(); ++y)
        for (int x = 0; x < raw.width(); ++x)
            differing += top.pixel(x, y) != raw.pixel(x, y);
    QVERIFY2(differing < before.width() * before.height() / 200,
             qPrintable(QString::number(differing)));
    // The fleet page (one row per kiosk that sent a heartbeat) lists it and links it; the
    // admin API wants the admin key.
    m_fleet->heartbeat()->start();
    const QByteArray link = "/v1/_admin/screenshots/" + m_kiosk->config().kioskId.toUtf8();
    bool listed = false;
    for (int i = 0; i < 120 && !listed; ++i) {
        QMetaObject::invokeMethod(m_kiosk->syncEngine(), "syncNow", Qt::QueuedConnection);
        QTest::qWait(250);
        listed =
            http(m_nam, "GET", m_server.url(QStringLiteral("/v1/_admin/fleet")), {}, adminHeaders())
                .body.contains(link);
    }
    QVERIFY2(listed, "the fleet page never linked the screenshot");
    QVERIFY(http(m_nam, "GET", m_server.url("/v1/_admin/screenshots/" + m_kiosk->config().kioskId))
                .status
            >= 401);
    // The command is reported done, and the person at the screen is told.
    QTRY_COMPARE(channel->lastCommand().toObject()["outcome"].toString(), QStringLiteral("done"));
    QQuickItem *notice = m_drive->find(QStringLiteral("remoteViewNoticeText"));
    QVERIFY(notice);
    QCOMPARE(notice->property("text").toString(),
             QStringLiteral("A picture of this screen was sent to support staff."));
    m_drive->shoot(QStringLiteral("remote-view-idle-notice"));
    m_wiring->remoteView()->dismissNotice();
    QTRY_VERIFY(!m_drive->find(QStringLiteral("remoteViewNoticeText")));
}

void tst_E2eRemoteView::sessionPictureHidesWhatWasTyped()
{
    FlowController *flow = m_kiosk->flowController();
    QVERIFY(flow->start(QStringLiteral("planning-comment")));
    QTRY_COMPARE(flow->pageId(), QStringLiteral("application-reference"));
    QTRY_VERIFY(m_drive->find(QStringLiteral("screenHeading")));
    // The person types the first marker into the field, with the keyboard.
    QTRY_VERIFY(m_drive->screen());
    QList<QQuickItem *> queue {m_drive->screen()};
    QQuickItem *input = nullptr;
    while (!queue.isEmpty() && !input) {
        QQuickItem *i = queue.takeFirst();
        if (i->inherits("QQuickTextInput") && i->isVisible())
            input = i;
        queue.append(i->childItems());
    }
    QVERIFY(input);
    input->forceActiveFocus();
    m_drive->type(kMarkers[0]);
    QTRY_COMPARE(input->property("text").toString(), kMarkers[0]);
    QTest::qWait(200);
    const QImage raw = m_kiosk->window()->grabWindow();
    const QRect inputRect = sceneRect(input);
    QVERIFY2(darkPixels(raw, inputRect) > 50, "the typed marker should be on screen");
    save(QStringLiteral("remote-view-session-on-screen.png"), raw);

    // Nothing is taken before the person answers the prompt.
    QStringList drawnWhileHidden;
    m_wiring->remoteView()->setWhileHidden([this, &drawnWhileHidden] {
        drawnTexts(m_kiosk->window()->contentItem(), drawnWhileHidden);
    });
    QVERIFY(m_fleet->commands()->offer(sign(2)).ok());
    QTRY_VERIFY(m_drive->find(QStringLiteral("remoteViewYes")));
    m_drive->shoot(QStringLiteral("remote-view-prompt"));
    QTest::qWait(1000);
    QCOMPARE(metadata()["commandSequence"].toInteger(), 1);
    QVERIFY(m_drive->click(QStringLiteral("remoteViewYes")));
    QVERIFY2(waitForSequence(2), "the screenshot never reached the server");
    QVERIFY(!drawnWhileHidden.isEmpty());
    QVERIFY2(markersIn(drawnWhileHidden).isEmpty(),
             qPrintable(markersIn(drawnWhileHidden).join(", ")));
    // Still typed in the field for the person: the capture changed nothing of theirs.
    QCOMPARE(input->property("text").toString(), kMarkers[0]);
    QCOMPARE(input->opacity(), 1.0);

    QJsonObject meta = metadata();
    QCOMPARE(meta["consent"].toString(), QStringLiteral("accepted-on-screen"));
    QCOMPARE(meta["sessionActive"].toBool(), true);
    QByteArray bytes = png();
    QVERIFY(!bytes.isEmpty());
    for (const QString &m : kMarkers) {
        QVERIFY(!bytes.contains(m.toUtf8()));
        QVERIFY(!QJsonDocument(meta).toJson().contains(m.toUtf8()));
    }
    QImage uploaded = QImage::fromData(bytes, "PNG").convertToFormat(QImage::Format_RGB32);
    save(QStringLiteral("remote-view-session-question.png"), uploaded);
    // Where the marker was on screen there is only the cover.
    QCOMPARE(uncoveredPixels(uploaded, inputRect), 0);
    QVERIFY(darkPixels(uploaded, inputRect.adjusted(4, 4, -4, -4)) == 0);
    // The notice tells the person, in words for a session.
    QQuickItem *notice = m_drive->find(QStringLiteral("remoteViewNoticeText"));
    QVERIFY(notice);
    QVERIFY(notice->property("text").toString().contains(QStringLiteral("were hidden")));
    m_drive->shoot(QStringLiteral("remote-view-session-notice"));
    m_wiring->remoteView()->dismissNotice();

    // On to "Check your answers" with a marker in every typed answer.
    QVERIFY(flow->next());
    QTRY_COMPARE(flow->pageId(), QStringLiteral("stance"));
    flow->setDraft(QStringLiteral("object"));
    QVERIFY(flow->next());
    QTRY_COMPARE(flow->pageId(), QStringLiteral("comment"));
    flow->setDraft(kMarkers[1]);
    QVERIFY(flow->next());
    QTRY_COMPARE(flow->pageId(), QStringLiteral("name"));
    flow->setDraft(kMarkers[2]);
    QVERIFY(flow->next());
    QTRY_COMPARE(flow->pageId(), QStringLiteral("email"));
    flow->setDraft(kMarkers[3]);
    QVERIFY(flow->next());
    QTRY_COMPARE(flow->pageId(), QStringLiteral("postcode"));
    flow->setDraft(QStringLiteral("CF10 1AA"));
    QVERIFY(flow->next());
    QTRY_COMPARE(m_kiosk->appState()->screen(), AppState::Check);
    QTRY_VERIFY(m_drive->find(QStringLiteral("answer_name")));
    QTest::qWait(200);
    // Each answer as far as the scrolled page shows it.
    QQuickItem *content = m_drive->find(QStringLiteral("screenContent"));
    QVERIFY(content);
    QList<QRect> answerRects;
    for (const char *page : {"application-reference", "comment", "name", "email"}) {
        QQuickItem *answer = m_drive->find(QStringLiteral("answer_") + QLatin1String(page));
        QVERIFY(answer);
        const QRect shown = sceneRect(answer).intersected(sceneRect(content));
        if (shown.height() > 10)
            answerRects << shown;
    }
    QVERIFY(!answerRects.isEmpty());
    save(QStringLiteral("remote-view-check-on-screen.png"), m_kiosk->window()->grabWindow());

    drawnWhileHidden.clear();
    QVERIFY(m_fleet->commands()->offer(sign(3)).ok());
    QTRY_VERIFY(m_drive->find(QStringLiteral("remoteViewYes")));
    QVERIFY(m_drive->click(QStringLiteral("remoteViewYes")));
    QVERIFY2(waitForSequence(3), "the screenshot never reached the server");
    QVERIFY2(markersIn(drawnWhileHidden).isEmpty(),
             qPrintable(markersIn(drawnWhileHidden).join(", ")));
    bytes = png();
    meta = metadata();
    for (const QString &m : kMarkers) {
        QVERIFY(!bytes.contains(m.toUtf8()));
        QVERIFY(!QJsonDocument(meta).toJson().contains(m.toUtf8()));
    }
    uploaded = QImage::fromData(bytes, "PNG").convertToFormat(QImage::Format_RGB32);
    save(QStringLiteral("remote-view-session-check.png"), uploaded);
    for (const QRect &r : std::as_const(answerRects))
        QCOMPARE(uncoveredPixels(uploaded, r), 0);
    bool personal = false;
    for (const QJsonValue &h : meta["hidden"].toArray())
        personal |= h["reason"].toString() == QLatin1String("personal");
    QVERIFY(personal);

    // No file written on the way holds a marker: the kiosk's data directory, byte for byte.
    QDirIterator files(m_kiosk->config().resolvedDataDir(), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QByteArray content = readFile(files.next());
        ++scanned;
        for (const QString &m : kMarkers) {
            QVERIFY2(!content.contains(m.toUtf8()), qPrintable(files.filePath()));
            QVERIFY2(!content.contains(
                         QByteArray(reinterpret_cast<const char *>(m.utf16()), m.size() * 2)),
                     qPrintable(files.filePath()));
        }
    }
    QVERIFY(scanned > 0);
    m_wiring->remoteView()->setWhileHidden({});
    m_wiring->remoteView()->dismissNotice();
}

void tst_E2eRemoteView::declinedOrEndedSessionSendsNothing()
{
    QVERIFY(m_kiosk->appState()->screen() != AppState::Welcome);
    FleetCommandChannel *channel = m_fleet->commands();
    // "No": declined, nothing taken.
    QVERIFY(channel->offer(sign(4)).ok());
    QTRY_VERIFY(m_drive->find(QStringLiteral("remoteViewNo")));
    QVERIFY(m_drive->click(QStringLiteral("remoteViewNo")));
    QTRY_VERIFY(!m_drive->find(QStringLiteral("remoteViewPrompt")));
    QCOMPARE(channel->lastCommand().toObject()["outcome"].toString(), QStringLiteral("declined"));
    QCOMPARE(channel->lastCommand().toObject()["code"].toString(),
             QStringLiteral("person-declined"));
    // No answer in time: declined.
    m_wiring->remoteView()->setPromptSeconds(2);
    QVERIFY(channel->offer(sign(5)).ok());
    QTRY_VERIFY(m_drive->find(QStringLiteral("remoteViewPrompt")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_drive->find(QStringLiteral("remoteViewPrompt")), 6000);
    QCOMPARE(channel->lastCommand().toObject()["code"].toString(), QStringLiteral("no-answer"));
    // The session ends while the prompt waits: declined, the prompt goes with the session.
    m_wiring->remoteView()->setPromptSeconds(60);
    QVERIFY(channel->offer(sign(6)).ok());
    QTRY_VERIFY(m_drive->find(QStringLiteral("remoteViewPrompt")));
    m_shell->wiper()->endSession(QStringLiteral("finish"));
    QTRY_COMPARE(m_kiosk->appState()->screen(), AppState::Welcome);
    QTRY_VERIFY(!m_drive->find(QStringLiteral("remoteViewPrompt")));
    QCOMPARE(channel->lastCommand().toObject()["code"].toString(), QStringLiteral("session-ended"));
    QTest::qWait(1500);
    QCOMPARE(metadata()["commandSequence"].toInteger(), 3);
}

void tst_E2eRemoteView::replayedCommandIsRefused()
{
    // The same signed envelope again (an attacker replaying what they saw): refused before it
    // runs, on the idle kiosk where it would otherwise be taken at once.
    QCOMPARE(m_kiosk->appState()->screen(), AppState::Welcome);
    FleetCommandChannel *channel = m_fleet->commands();
    for (qint64 sequence : {1, 3}) {
        auto replay = channel->offer(m_envelopes.value(sequence));
        QVERIFY(!replay.ok());
        QCOMPARE(replay.error().code, QStringLiteral("replayed"));
    }
    QTest::qWait(1500);
    QCOMPARE(metadata()["commandSequence"].toInteger(), 3);
    QVERIFY(!m_drive->find(QStringLiteral("remoteViewNoticeText")));
    // A fresh sequence still works.
    QVERIFY(channel->offer(sign(7)).ok());
    QVERIFY(waitForSequence(7));
}

QTEST_MAIN(tst_E2eRemoteView)
#include "tst_e2e_remoteview.moc"
