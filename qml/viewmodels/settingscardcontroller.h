// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "print/scansequence.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWindow>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace ck {

class AppState;
class ReceiptPrinter;

// "Save my settings" and its way back: makes a settings card (SettingsCard: text size,
// contrast, read-aloud, speech rate, language, more time; nothing personal) to show and print,
// and applies one in a single step, from a short typed code or from a USB barcode scanner in
// keyboard mode on any screen (ScanSequence tells a scan from typing; a scan never lands in the
// field that has focus). Applying sets the language here and asks QML, through applied(), to
// set Theme and ReadAloud, which it owns. reset() at the wipe drops "more time".
class SettingsCardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the composition root")
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString cardCode READ cardCode NOTIFY cardChanged)
    Q_PROPERTY(QString cardImage READ cardImage NOTIFY cardChanged)
    Q_PROPERTY(bool moreTime READ moreTime WRITE setMoreTime NOTIFY moreTimeChanged)
    Q_PROPERTY(bool printerConfigured READ printerConfigured CONSTANT)
    // "", "printing", "printed", "outOfPaper", "offline", "failed", as ReceiptController's
    Q_PROPERTY(QString printStatus READ printStatus NOTIFY printStatusChanged)
    Q_PROPERTY(int appliedCount READ appliedCount NOTIFY applied)

public:
    // `printer` may be null (no printing) and is not owned.
    SettingsCardController(AppState *state, ReceiptPrinter *printer, QObject *parent = nullptr);
    ~SettingsCardController() override;

    // Starts listening for scans on `window` (the kiosk window).
    void watch(QWindow *window);

    QString error() const { return m_error; }
    QString cardCode() const { return m_cardCode; }
    QString cardImage() const { return m_cardImage; }
    bool moreTime() const { return m_moreTime; }
    void setMoreTime(bool on);
    bool printerConfigured() const;
    QString printStatus() const { return m_printStatus; }
    int appliedCount() const { return m_appliedCount; }

    // A typed (or scanned) code: true when applied; else `error` says why.
    Q_INVOKABLE bool applyCode(const QString &typed);
    // Makes the card for the current settings (language and more time are known here).
    Q_INVOKABLE void makeCard(int textSize, bool highContrast, bool readAloud, int speechRate);
    Q_INVOKABLE void printCard();
    // The settings card screen, from the welcome screen, and back.
    Q_INVOKABLE void open();
    Q_INVOKABLE void close();
    void reset();

Q_SIGNALS:
    void errorChanged();
    void cardChanged();
    void moreTimeChanged();
    void printStatusChanged();
    // QML sets Theme.textScale from Theme.textScales[textSize], Theme.highContrast, and
    // ReadAloud's on/off and rate (0 slow, 1 normal, 2 fast).
    void applied(int textSize, bool highContrast, bool readAloud, int speechRate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void replayHeld();
    void setError(const QString &message);
    void setPrintStatus(const QString &status);

    AppState *m_state;
    ReceiptPrinter *m_printer;
    QPointer<QWindow> m_window;
    ScanSequence m_scan;
    QElapsedTimer m_clock;
    QTimer m_gap;
    // Key presses held back while they may be a scan, and how many releases to swallow.
    std::vector<std::unique_ptr<QKeyEvent>> m_held;
    int m_releasesToSwallow = 0;
    bool m_replaying = false;
    QString m_error;
    QString m_cardCode;
    QString m_cardImage;
    bool m_moreTime = false;
    QString m_printStatus;
    int m_appliedCount = 0;
    int m_ticket = 1 << 20; // tickets of cards, apart from the receipts' ones
};

} // namespace ck
