#pragma once

#include <QKeyCombination>
#include <QList>
#include <QObject>
#include <QPointer>

class QWindow;

namespace ck {

// Keeps the kiosk window fullscreen, frameless and on top, and keeps people in it: swallows the
// browser and desktop shortcuts that would close, reload, print, save, open or inspect, refuses
// close events until the admin chooses "exit kiosk", and suppresses context menus. Installed as
// an event filter on the application, so it sees keys before any item (the web view included).
// `--windowed` (development only) keeps the shortcut filter but not fullscreen/on-top.
class KioskLockdown : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool windowed READ isWindowed CONSTANT FINAL)
    Q_PROPERTY(int swallowedCount READ swallowedCount NOTIFY swallowed FINAL)

public:
    explicit KioskLockdown(bool windowed = false, QObject *parent = nullptr);

    void apply(QWindow *window);
    bool isWindowed() const { return m_windowed; }
    int swallowedCount() const { return m_swallowed; }

    // Every combination that is swallowed (the shortcut test sends each of them).
    static QList<QKeyCombination> blockedShortcuts();
    static bool isBlocked(QKeyCombination combination);

    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    // Only the admin screen's "exit kiosk" and "restart" call this.
    void allowExit();

signals:
    void swallowed();

private:
    void restoreFullScreen();

    QPointer<QWindow> m_window;
    bool m_windowed;
    bool m_exitAllowed = false;
    int m_swallowed = 0;
};

} // namespace ck
