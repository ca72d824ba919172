// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// The kiosk and its speech helper exchange one compact JSON object per line. Requests carry
// "c" (say, stop, set, ping, flush); replies and events carry "e" (engines, voices, ready, ack,
// state, error, flushed). Every request is answered by at least one line, which is how the kiosk
// tells a helper that hangs from one that is busy.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ck::speech {

inline QByteArray encodeLine(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

// Takes every complete line off the front of `buffer`; a line that is not a JSON object is
// dropped (the other side is untrusted, not authoritative).
template<typename Handler> void takeLines(QByteArray &buffer, Handler &&handle)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = buffer.indexOf('\n', start);
        if (end < 0)
            break;
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.mid(start, end - start));
        start = end + 1;
        if (doc.isObject())
            handle(doc.object());
    }
    buffer.remove(0, start);
}

} // namespace ck::speech
