// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/remoteviewcapture.h"

#include <QCoreApplication>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>

namespace ck {

namespace {

// Shorter answers ("No", a house number) are everywhere on a page; the fields that hold them
// are hidden as text inputs or answer components anyway.
constexpr int kMinAnswerLength = 3;
constexpr int kCaptionHeight = 48;

QString tr(const char *text)
{
    return QCoreApplication::translate("ck::RemoteViewCapture", text);
}

bool isWebView(const QQuickItem *item)
{
    // WebEngine loads as a plugin (WebEngineBackend): its class is not linked here.
    for (const QMetaObject *m = item->metaObject(); m; m = m->superClass()) {
        if (QByteArray(m->className()).contains("WebEngineView"))
            return true;
    }
    return false;
}

QString reasonToHide(const QQuickItem *item, const QStringList &answers)
{
    if (isWebView(item))
        return QStringLiteral("web-view");
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return QStringLiteral("text-input");
    if (item->property("personal").toBool())
        return QStringLiteral("personal");
    if (item->property("showsAnswer").toBool())
        return QStringLiteral("answer");
    if (item->inherits("QQuickText")) {
        const QString text = item->property("text").toString();
        for (const QString &answer : answers) {
            if (text.contains(answer, Qt::CaseInsensitive))
                return QStringLiteral("answer");
        }
    }
    return {};
}

// The part of `item` a clipping ancestor (a scrolled page) lets through, in window coordinates:
// the grey box covers what was drawn, not the rest of a long answer scrolled out of sight.
QRectF visibleRect(const QQuickItem *item)
{
    QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (const QQuickItem *a = item->parentItem(); a; a = a->parentItem()) {
        if (a->clip())
            rect = rect.intersected(a->mapRectToScene(QRectF(0, 0, a->width(), a->height())));
    }
    return rect;
}

QStringList usableAnswers(const QStringList &answers)
{
    QStringList out;
    for (const QString &answer : answers) {
        for (const QString &line : answer.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (trimmed.size() >= kMinAnswerLength)
                out.append(trimmed);
        }
    }
    return out;
}

} // namespace

QList<QPair<QQuickItem *, QString>> RemoteViewCapture::itemsToHide(QQuickWindow *window,
                                                                   const QStringList &answers)
{
    QList<QPair<QQuickItem *, QString>> out;
    if (!window || !window->contentItem())
        return out;
    const QStringList needles = usableAnswers(answers);
    QList<QQuickItem *> queue {window->contentItem()};
    while (!queue.isEmpty()) {
        QQuickItem *item = queue.takeFirst();
        if (!item->isVisible())
            continue;
        const QString reason = reasonToHide(item, needles);
        if (!reason.isEmpty()) {
            // Transparency hides the whole subtree: nothing below needs looking at.
            out.append({item, reason});
            continue;
        }
        queue.append(item->childItems());
    }
    return out;
}

Result<RemoteViewCapture::Image>
RemoteViewCapture::capture(QQuickWindow *window, const QStringList &answers, const QString &caption,
                           const std::function<void()> &whileHidden)
{
    if (!window || !window->isExposed())
        return Result<Image>::failure(QStringLiteral("no-window"),
                                      tr("The kiosk window is not on screen."));
    const auto toHide = itemsToHide(window, answers);
    // Opacity, not visibility: hiding would reflow layouts and could scroll the person's page.
    QList<QPair<QQuickItem *, qreal>> restore;
    Image result;
    const QRectF windowRect(QPointF(0, 0), window->size());
    for (const auto &[item, reason] : toHide) {
        restore.append({item, item->opacity()});
        item->setOpacity(0.0);
        const QRectF rect = visibleRect(item).intersected(windowRect);
        if (!rect.isEmpty())
            result.hidden.append({reason, rect});
    }
    if (whileHidden)
        whileHidden();
    // grabWindow() polishes, synchronises and renders the scene as it is now, then reads it
    // back; the person's own screen is drawn again from the restored items on the next frame.
    QImage rendered = window->grabWindow();
    for (auto it = restore.crbegin(); it != restore.crend(); ++it)
        it->first->setOpacity(it->second);
    if (rendered.isNull())
        return Result<Image>::failure(QStringLiteral("grab-failed"),
                                      tr("The kiosk window could not be rendered."));

    const qreal dpr = rendered.devicePixelRatio() > 0 ? rendered.devicePixelRatio() : 1.0;
    rendered.setDevicePixelRatio(1.0); // painted pixel for pixel below
    const int captionHeight = qRound(kCaptionHeight * dpr);
    QImage out(rendered.width(), rendered.height() + captionHeight, QImage::Format_RGB32);
    out.fill(QColor(0x1d, 0x1d, 0x1b));
    QPainter painter(&out);
    painter.drawImage(QPoint(0, 0), rendered);
    // Solid boxes with a thin outline: an admin sees that something was there, not what.
    for (const Hidden &h : std::as_const(result.hidden)) {
        const QRectF r(h.rect.topLeft() * dpr, h.rect.size() * dpr);
        painter.fillRect(r, QColor(0x6f, 0x77, 0x7b));
        painter.setPen(QPen(QColor(0x0b, 0x0c, 0x0c), 2));
        painter.drawRect(r.adjusted(1, 1, -1, -1));
    }
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(qRound(18 * dpr));
    painter.setFont(font);
    painter.drawText(
        QRect(qRound(12 * dpr), rendered.height(), out.width() - qRound(24 * dpr), captionHeight),
        Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, caption);
    painter.end();
    result.image = out;
    return result;
}

} // namespace ck
