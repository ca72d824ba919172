// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/admingesture.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QTouchEvent>

namespace ck {

AdminGesture::AdminGesture(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

void AdminGesture::tapAt(const QPointF &pos)
{
    if (pos.x() < 0 || pos.y() < 0 || pos.x() > kCornerPx || pos.y() > kCornerPx) {
        m_taps.clear();
        return;
    }
    const qint64 now = m_clock.elapsed();
    m_taps.append(now);
    while (!m_taps.isEmpty() && now - m_taps.first() > kWindowMs)
        m_taps.removeFirst();
    if (m_taps.size() >= kTaps) {
        m_taps.clear();
        Q_EMIT triggered();
    }
}

bool AdminGesture::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        // Touch screens synthesise mouse presses too; count the touch only once.
        if (mouse->source() == Qt::MouseEventNotSynthesized)
            tapAt(mouse->scenePosition());
        break;
    }
    case QEvent::TouchBegin: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (!touch->points().isEmpty())
            tapAt(touch->points().first().scenePosition());
        break;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const auto mods =
            key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        if (key->key() == Qt::Key_A
            && mods == (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier)) {
            Q_EMIT triggered();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ck
