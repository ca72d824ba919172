// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tests/a11y/screenauditor.h"

#include "a11y/contrast.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>

#include <algorithm>

namespace {

constexpr double kMinTarget = 44.0;
constexpr double kMinSpacing = 8.0;
constexpr double kTolerance = 1.5; // sub-pixel layout rounding

QList<QQuickItem *> childrenInPaintOrder(QQuickItem *item)
{
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](QQuickItem *a, QQuickItem *b) { return a->z() < b->z(); });
    return children;
}

// Qt Quick paints children with negative z under their parent, the rest above it.
void paintOrder(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item->isVisible())
        return;
    const QList<QQuickItem *> children = childrenInPaintOrder(item);
    for (QQuickItem *child : children) {
        if (child->z() < 0)
            paintOrder(child, out);
    }
    out.append(item);
    for (QQuickItem *child : children) {
        if (child->z() >= 0)
            paintOrder(child, out);
    }
}

void preOrder(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item->isVisible())
        return;
    out.append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        preOrder(child, out);
}

double effectiveOpacity(QQuickItem *item)
{
    double opacity = 1.0;
    for (QQuickItem *i = item; i; i = i->parentItem())
        opacity *= i->opacity();
    return opacity;
}

QRectF sceneRect(QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// The part of an item a person can see now: inside every clipping ancestor (a scrolled-away
// card under the footer is not next to the footer's buttons).
QRectF visibleRect(QQuickItem *item)
{
    QRectF r = sceneRect(item);
    for (QQuickItem *a = item->parentItem(); a; a = a->parentItem()) {
        if (a->clip())
            r &= sceneRect(a);
    }
    return r;
}

bool isA(QQuickItem *item, const char *className)
{
    return item->inherits(className);
}

bool isTextItem(QQuickItem *item)
{
    return isA(item, "QQuickText") || isA(item, "QQuickTextInput") || isA(item, "QQuickTextEdit");
}

bool hasTapHandler(QQuickItem *item)
{
    const auto children = item->children();
    return std::any_of(children.begin(), children.end(),
                       [](QObject *o) { return o->inherits("QQuickTapHandler"); });
}

bool isAncestor(QQuickItem *ancestor, QQuickItem *item)
{
    for (QQuickItem *i = item ? item->parentItem() : nullptr; i; i = i->parentItem()) {
        if (i == ancestor)
            return true;
    }
    return false;
}

quint32 argbOf(const QColor &c)
{
    return c.rgba();
}

QColor withAlpha(QColor c, double factor)
{
    c.setAlphaF(std::clamp(c.alphaF() * factor, 0.0, 1.0));
    return c;
}

QColor over(const QColor &top, const QColor &bottom)
{
    return QColor::fromRgba(ck::Contrast::composite(argbOf(top), argbOf(bottom) | 0xff000000u));
}

// Items a person cannot see because an opaque Rectangle painted after them covers them whole
// (an overlay such as the PIN pad over the screen it interrupts). They are left out of the
// checks: what is judged is what is on the screen.
QSet<QQuickItem *> coveredItems(QQuickWindow *window)
{
    QList<QQuickItem *> order;
    paintOrder(window->contentItem(), order);
    QList<int> covers; // indexes of opaque rectangles in paint order
    for (int i = 0; i < order.size(); ++i) {
        QQuickItem *r = order[i];
        if (!isA(r, "QQuickRectangle") || effectiveOpacity(r) < 0.999)
            continue;
        if (r->property("color").value<QColor>().alpha() == 255 && r->width() > 0
            && r->height() > 0)
            covers.append(i);
    }
    QSet<QQuickItem *> covered;
    for (int i = 0; i < order.size(); ++i) {
        QQuickItem *item = order[i];
        const QRectF rect = sceneRect(item);
        for (int c : std::as_const(covers)) {
            QQuickItem *cover = order[c];
            if (c <= i || isAncestor(item, cover) || isAncestor(cover, item))
                continue;
            if (visibleRect(cover).contains(visibleRect(item)) && !rect.isEmpty()) {
                covered.insert(item);
                break;
            }
        }
    }
    return covered;
}

} // namespace

QString ScreenAuditor::describe(QQuickItem *item)
{
    QString name = item->objectName();
    QString text = item->property("text").toString().left(40);
    QString out = QString::fromLatin1(item->metaObject()->className());
    if (!name.isEmpty())
        out += QStringLiteral(" #") + name;
    if (!text.isEmpty())
        out += QStringLiteral(" \"") + text + u'"';
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->objectName().isEmpty()) {
            out += QStringLiteral(" in #") + p->objectName();
            break;
        }
    }
    return out;
}

QColor ScreenAuditor::backgroundUnder(QQuickWindow *window, QQuickItem *item, QPointF p)
{
    QList<QQuickItem *> order;
    paintOrder(window->contentItem(), order);
    QColor acc = window->color();
    acc.setAlpha(255);
    for (QQuickItem *candidate : std::as_const(order)) {
        if (candidate == item)
            break;
        if (!isA(candidate, "QQuickRectangle") || isAncestor(item, candidate))
            continue;
        // Only where it can be seen: a button scrolled out of its own page's view is not
        // under a line of a page that scrolls over the same scene coordinates.
        const QRectF r = sceneRect(candidate);
        if (!r.contains(p) || !visibleRect(candidate).contains(p))
            continue;
        const double opacity = effectiveOpacity(candidate);
        if (opacity <= 0.0)
            continue;
        QColor fill = candidate->property("color").value<QColor>();
        // A point inside the border band sees the border colour, not the fill.
        QObject *border = candidate->property("border").value<QObject *>();
        if (border) {
            const double w = border->property("width").toDouble();
            const QColor bc = border->property("color").value<QColor>();
            if (w > 0 && bc.alpha() > 0
                && (p.x() < r.left() + w || p.x() > r.right() - w || p.y() < r.top() + w
                    || p.y() > r.bottom() - w))
                fill = bc;
        }
        if (fill.alpha() == 0)
            continue;
        acc = over(withAlpha(fill, opacity), acc);
    }
    return acc;
}

ScreenAuditor::Result ScreenAuditor::audit(QQuickWindow *window, double requiredTextRatio)
{
    Result result;
    QAccessible::setActive(true);
    QList<QQuickItem *> items;
    preOrder(window->contentItem(), items);
    const QSet<QQuickItem *> covered = coveredItems(window);
    items.removeIf([&covered](QQuickItem *i) { return covered.contains(i); });
    const QRectF windowRect(0, 0, window->width(), window->height());

    QList<QQuickItem *> targets;
    QList<QQuickItem *> tabStops;
    for (QQuickItem *item : std::as_const(items)) {
        ++result.itemsChecked;
        if (effectiveOpacity(item) <= 0.01)
            continue;
        const bool button = isA(item, "QQuickAbstractButton");
        const bool input = (isA(item, "QQuickTextInput") || isA(item, "QQuickTextEdit"))
            && (item->activeFocusOnTab() || !item->property("readOnly").toBool());
        const bool pointer =
            (isA(item, "QQuickMouseArea") && item->isEnabled()) || hasTapHandler(item);
        const bool tabStop = item->activeFocusOnTab() && item->isEnabled();
        // An input inside a control that is itself the Tab stop (SpinBox-like) is one target.
        if (!(button || input || pointer || tabStop))
            continue;
        ++result.interactive;
        if (tabStop)
            tabStops.append(item);

        // 1. Role and name, as assistive technology receives them.
        QQuickItem *named = item;
        if (pointer && !button && !input && !tabStop) {
            // A bare MouseArea/TapHandler speaks through the control that carries it.
            for (QQuickItem *i = item; i; i = i->parentItem()) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(i);
                if (iface && iface->role() != QAccessible::Client
                    && iface->role() != QAccessible::NoRole) {
                    named = i;
                    break;
                }
            }
        }
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(named);
        if (!iface) {
            result.problems << QStringLiteral("no accessible interface: ") + describe(named);
        } else {
            const auto role = iface->role();
            if (role == QAccessible::NoRole || role == QAccessible::Client)
                result.problems << QStringLiteral("interactive item without a role: ")
                        + describe(named);
            // Qt 6.4 withholds the name (and description) of every password field, whatever
            // Accessible.name says; AT-SPI still announces it by role, "password text", and the
            // visible label is read just before it. Nothing in QML can change that.
            const bool password = iface->state().passwordEdit;
            if (!password && iface->text(QAccessible::Name).trimmed().isEmpty())
                result.problems << QStringLiteral("interactive item without a name: ")
                        + describe(named);
        }

        // 2. Target size (a MouseArea inside a button is the button's own target).
        if (pointer && item->parentItem() && isA(item->parentItem(), "QQuickAbstractButton"))
            continue;
        targets.append(item);
        if (item->width() + kTolerance < kMinTarget || item->height() + kTolerance < kMinTarget)
            result.problems << QStringLiteral("target %1x%2 under 44x44: ")
                                   .arg(item->width())
                                   .arg(item->height())
                    + describe(item);
    }

    // Spacing between targets that are not one inside the other.
    for (int i = 0; i < targets.size(); ++i) {
        const QRectF a = visibleRect(targets[i]);
        if (a.isEmpty())
            continue;
        for (int j = i + 1; j < targets.size(); ++j) {
            if (isAncestor(targets[i], targets[j]) || isAncestor(targets[j], targets[i]))
                continue;
            const QRectF b = visibleRect(targets[j]);
            if (b.isEmpty())
                continue;
            const double dx = std::max({0.0, b.left() - a.right(), a.left() - b.right()});
            const double dy = std::max({0.0, b.top() - a.bottom(), a.top() - b.bottom()});
            const double gap = std::max(dx, dy);
            if (gap + kTolerance < kMinSpacing)
                result.problems << QStringLiteral("targets %1 px apart (need 8): ").arg(gap)
                        + describe(targets[i]) + QStringLiteral(" / ") + describe(targets[j]);
        }
    }

    // 3 and 4. Text contrast and clipping.
    for (QQuickItem *item : std::as_const(items)) {
        if (!isTextItem(item))
            continue;
        const QString text = item->property("text").toString();
        if (text.trimmed().isEmpty() || item->width() <= 0 || item->height() <= 0)
            continue;
        const double opacity = effectiveOpacity(item);
        if (opacity <= 0.01)
            continue;
        ++result.texts;
        const QRectF r = sceneRect(item);

        // Inactive controls are exempt from contrast (WCAG 1.4.3), not from clipping; so is a
        // line scrolled out of its page's view (it is judged when a screen shows it).
        bool enabled = item->isEnabled();
        if (enabled && visibleRect(item).contains(r.center())) {
            const QColor fg = withAlpha(item->property("color").value<QColor>(), opacity);
            const QColor bg = backgroundUnder(window, item, r.center());
            const double ratio = ck::Contrast::effectiveRatio(argbOf(fg), argbOf(bg));
            if (ratio + 0.005 < requiredTextRatio)
                result.problems << QStringLiteral("contrast %1:1 (need %2:1) %3 on %4: ")
                                       .arg(ratio, 0, 'f', 2)
                                       .arg(requiredTextRatio)
                                       .arg(fg.name(QColor::HexArgb), bg.name())
                        + describe(item);
        }

        if (isA(item, "QQuickText")) {
            if (item->property("truncated").toBool())
                result.problems << QStringLiteral("text elided or truncated: ") + describe(item);
            const double cw = item->property("contentWidth").toDouble();
            const double ch = item->property("contentHeight").toDouble();
            if (cw > item->width() + kTolerance || ch > item->height() + kTolerance)
                result.problems << QStringLiteral("text needs %1x%2 but has %3x%4: ")
                                       .arg(cw)
                                       .arg(ch)
                                       .arg(item->width())
                                       .arg(item->height())
                        + describe(item);
        }
        bool scrolls = false;
        for (QQuickItem *a = item->parentItem(); a; a = a->parentItem()) {
            if (isA(a, "QQuickFlickable")) {
                scrolls = true;
                break;
            }
            if (a->clip()
                && !sceneRect(a)
                        .adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance)
                        .contains(r)) {
                result.problems << QStringLiteral("text cut off by a clipping parent: ")
                        + describe(item);
                break;
            }
        }
        if (!scrolls
            && !windowRect.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance).contains(r))
            result.problems << QStringLiteral("text outside the window: ") + describe(item);
    }

    // 5. Every Tab stop is on the focus chain.
    // From the window, and from where the focus is: a modal page (a Popup) fences Tab in, so
    // its stops are reached from inside it, as a person tabbing there reaches them.
    QSet<QQuickItem *> reached;
    for (QQuickItem *start : {window->contentItem(), window->activeFocusItem()}) {
        QQuickItem *current = start;
        for (int guard = 0; current && guard < 5000; ++guard) {
            current = current->nextItemInFocusChain(true);
            if (current == start)
                reached.insert(start); // back where it began: the start is on the chain too
            if (!current || current == start || reached.contains(current))
                break;
            reached.insert(current);
        }
    }
    for (QQuickItem *stop : std::as_const(tabStops)) {
        if (!reached.contains(stop))
            result.problems << QStringLiteral("not reachable with Tab: ") + describe(stop);
    }
    return result;
}
