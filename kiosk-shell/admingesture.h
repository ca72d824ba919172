// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

namespace ck {

// The hidden way into the admin PIN pad (docs/admin.md): five taps within 3 s in the top-left
// corner (a 64 px square, no visible target, so a citizen does not find it by accident), or
// Ctrl+Alt+Shift+A on a service keyboard. Install on the kiosk window as an event filter; it
// never consumes the taps, so the screen underneath behaves normally.
class AdminGesture : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTaps = 5;
    static constexpr int kWindowMs = 3000;
    static constexpr int kCornerPx = 64;

    explicit AdminGesture(QObject *parent = nullptr);
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Exposed for tests and for touch screens that report through another path.
    void tapAt(const QPointF &windowPos);

Q_SIGNALS:
    void triggered();

private:
    QElapsedTimer m_clock;
    QList<qint64> m_taps;
};

} // namespace ck
