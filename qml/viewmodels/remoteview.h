// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "domain/fleet/fleetcommand.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QQuickWindow;

namespace ck {

// The "request-screenshot" fleet command at the screen (docs/fleet.md "Remote view"):
// - nobody in a session (welcome screen): the window is captured at once;
// - during a session: a prompt asks the person at the screen first; only "Yes" lets the
//   capture happen; "No", no answer within the prompt time, or the session ending is
//   "declined" and nothing is captured;
// - in both cases RemoteViewCapture hides every text field, web view, answer and personal
//   item before the window is rendered, and a notice then tells the person a picture was sent.
// The helper has no say of their own: the prompt asks whoever is at the screen, as the
// command is about what that person sees.
class RemoteView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by FleetWiring")
    Q_PROPERTY(bool prompting READ prompting NOTIFY promptingChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(bool noticeShown READ noticeShown NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeDuringSession READ noticeDuringSession NOTIFY noticeChanged)
public:
    struct Hooks
    {
        std::function<bool()> sessionActive;
        // What the person typed or chose, as shown on screen: a last net for RemoteViewCapture.
        std::function<QStringList()> answers;
    };

    RemoteView(QQuickWindow *window, QString kioskId, Hooks hooks, QObject *parent = nullptr);
    ~RemoteView() override;

    bool prompting() const { return m_command.has_value() && m_prompting; }
    int secondsLeft() const { return m_secondsLeft; }
    bool noticeShown() const { return m_noticeShown; }
    bool noticeDuringSession() const { return m_noticeDuringSession; }

    void setPromptSeconds(int seconds) { m_promptSeconds = seconds; }
    void setNoticeMs(int ms) { m_noticeTimer.setInterval(ms); }
    // Tests: runs while the items are hidden, just before the window is rendered.
    void setWhileHidden(std::function<void()> hook) { m_whileHidden = std::move(hook); }

    // Starts one request; a second one while the first waits is refused ("busy").
    void request(const ck::FleetCommand &command);
    // The session ends (wipe): a waiting prompt is gone, the request declined.
    void cancel();

    Q_INVOKABLE void accept();
    Q_INVOKABLE void decline();
    Q_INVOKABLE void dismissNotice();

Q_SIGNALS:
    // The upload document (JSON, with the PNG in "image"); the caller queues it for delivery.
    void captured(const ck::FleetCommand &command, const QByteArray &document);
    // outcome "declined" (code person-declined, no-answer, session-ended) or "failed".
    void ended(const ck::FleetCommand &command, const QString &outcome, const QString &code);
    void promptingChanged();
    void secondsLeftChanged();
    void noticeChanged();

private:
    void captureNow(const QString &consent);
    void finish(const QString &outcome, const QString &code);

    QPointer<QQuickWindow> m_window;
    QString m_kioskId;
    Hooks m_hooks;
    std::optional<FleetCommand> m_command;
    bool m_prompting = false;
    int m_promptSeconds = 60;
    int m_secondsLeft = 0;
    bool m_noticeShown = false;
    bool m_noticeDuringSession = false;
    QTimer m_countdown;
    QTimer m_noticeTimer;
    std::function<void()> m_whileHidden;
};

} // namespace ck
