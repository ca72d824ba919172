// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/remoteview.h"

#include "qml/viewmodels/remoteviewcapture.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QQuickWindow>

namespace ck {

namespace {

Q_LOGGING_CATEGORY(lcRemoteView, "civic.fleet.remoteview")

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

RemoteView::RemoteView(QQuickWindow *window, QString kioskId, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_kioskId(std::move(kioskId))
    , m_hooks(std::move(hooks))
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        m_secondsLeft = qMax(0, m_secondsLeft - 1);
        Q_EMIT secondsLeftChanged();
        if (m_secondsLeft == 0)
            finish(QStringLiteral("declined"), QStringLiteral("no-answer"));
    });
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(15000);
    connect(&m_noticeTimer, &QTimer::timeout, this, &RemoteView::dismissNotice);
}

RemoteView::~RemoteView() = default;

void RemoteView::request(const FleetCommand &command)
{
    if (m_command) {
        Q_EMIT ended(command, QStringLiteral("failed"), QStringLiteral("busy"));
        return;
    }
    m_command = command;
    const bool session = m_hooks.sessionActive && m_hooks.sessionActive();
    if (!session) {
        captureNow(QStringLiteral("no-session"));
        return;
    }
    // The person at the screen decides; the command waits for them.
    qCInfo(lcRemoteView) << "remote view" << command.sequence << "asks the person at the screen";
    m_prompting = true;
    m_secondsLeft = m_promptSeconds;
    m_countdown.start();
    Q_EMIT promptingChanged();
    Q_EMIT secondsLeftChanged();
}

void RemoteView::accept()
{
    if (!prompting())
        return;
    m_countdown.stop();
    m_prompting = false;
    Q_EMIT promptingChanged();
    // A turn of the event loop first: the prompt's items leave the scene before the render.
    QTimer::singleShot(50, this, [this] {
        if (m_command)
            captureNow(QStringLiteral("accepted-on-screen"));
    });
}

void RemoteView::decline()
{
    if (prompting())
        finish(QStringLiteral("declined"), QStringLiteral("person-declined"));
}

void RemoteView::cancel()
{
    if (m_command)
        finish(QStringLiteral("declined"), QStringLiteral("session-ended"));
    // The notice belongs to the session that saw it.
    dismissNotice();
}

void RemoteView::dismissNotice()
{
    m_noticeTimer.stop();
    if (!m_noticeShown)
        return;
    m_noticeShown = false;
    Q_EMIT noticeChanged();
}

void RemoteView::finish(const QString &outcome, const QString &code)
{
    m_countdown.stop();
    const bool wasPrompting = m_prompting;
    m_prompting = false;
    const std::optional<FleetCommand> command = std::exchange(m_command, std::nullopt);
    if (wasPrompting)
        Q_EMIT promptingChanged();
    if (command) {
        qCInfo(lcRemoteView).noquote() << "remote view" << command->sequence << outcome << code;
        Q_EMIT ended(*command, outcome, code);
    }
}

void RemoteView::captureNow(const QString &consent)
{
    const bool session = consent != QLatin1String("no-session");
    QElapsedTimer clock;
    clock.start();
    const QStringList answers = m_hooks.answers ? m_hooks.answers() : QStringList();
    const QDateTime takenAt = QDateTime::currentDateTimeUtc();
    // The caption under the picture says which kiosk, when, and what the grey boxes mean.
    auto shot = RemoteViewCapture::capture(
        m_window, answers,
        tr("Remote view of kiosk %1 at %2: grey boxes are hidden for privacy.")
            .arg(m_kioskId, takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))),
        m_whileHidden);
    if (!shot) {
        finish(QStringLiteral("failed"), shot.error().code);
        return;
    }
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!shot->image.save(&buffer, "PNG")) {
            finish(QStringLiteral("failed"), QStringLiteral("encode-failed"));
            return;
        }
    }
    QJsonArray hidden;
    for (const RemoteViewCapture::Hidden &h : std::as_const(shot->hidden))
        hidden.append(QJsonObject {{QStringLiteral("reason"), h.reason},
                                   {QStringLiteral("x"), qRound(h.rect.x())},
                                   {QStringLiteral("y"), qRound(h.rect.y())},
                                   {QStringLiteral("width"), qRound(h.rect.width())},
                                   {QStringLiteral("height"), qRound(h.rect.height())}});
    const QJsonObject document {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("kind"), QStringLiteral("screenshot")},
        {QStringLiteral("kioskId"), m_kioskId},
        {QStringLiteral("commandSequence"), double(m_command->sequence)},
        {QStringLiteral("takenAt"), iso(takenAt)},
        {QStringLiteral("sessionActive"), session},
        // Why the picture was allowed: nobody was in a session, or the person said yes.
        {QStringLiteral("consent"), consent},
        {QStringLiteral("hidden"), hidden},
        {QStringLiteral("width"), shot->image.width()},
        {QStringLiteral("height"), shot->image.height()},
        {QStringLiteral("image"), QString::fromLatin1(png.toBase64())}};
    const FleetCommand command = *m_command;
    m_command.reset();
    m_noticeDuringSession = session;
    m_noticeShown = true;
    m_noticeTimer.start();
    Q_EMIT noticeChanged();
    // Counts and sizes only: the log never says what was under a box.
    qCInfo(lcRemoteView).noquote()
        << QStringLiteral("remote view %1 captured: %2 areas hidden, %3 ms, %4 bytes of PNG")
               .arg(command.sequence)
               .arg(hidden.size())
               .arg(clock.elapsed())
               .arg(png.size());
    Q_EMIT captured(command, QJsonDocument(document).toJson(QJsonDocument::Compact));
}

} // namespace ck
