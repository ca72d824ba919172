// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace ck {

class AppState;
class FlowController;
class ReceiptPrinter;

// The confirmation's "Print a receipt": composes the receipt from the submitted form
// (ReceiptDocument, in the session's language), renders it (ReceiptRenderer) and hands it to
// ReceiptPrinter; the screen shows `status`. The QR of the reference is always offered on
// screen, printer or not. Answers are printed only when the citizen ticks "print my answers
// too". reset() at the wipe cancels what has not printed and forgets the choice.
class ReceiptController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the composition root")
    Q_PROPERTY(bool printerConfigured READ printerConfigured CONSTANT)
    // "" (nothing asked), "printing", "printed", "outOfPaper", "offline", "failed"
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool includeAnswers READ includeAnswers WRITE setIncludeAnswers NOTIFY
                   includeAnswersChanged)
    // A PNG data: URL of the reference's QR code; empty before a form is sent.
    Q_PROPERTY(QString qrImage READ qrImage NOTIFY qrImageChanged)

public:
    // `printer` may be disabled (no `printer` in the config); nothing is owned but the printer.
    ReceiptController(std::unique_ptr<ReceiptPrinter> printer, FlowController *flow,
                      AppState *state, QMap<QString, QString> trackingContact,
                      QMap<QString, QString> placeName, QObject *parent = nullptr);
    ~ReceiptController() override;

    bool printerConfigured() const;
    QString status() const { return m_status; }
    bool includeAnswers() const { return m_includeAnswers; }
    void setIncludeAnswers(bool include);
    QString qrImage() const { return m_qrImage; }
    ReceiptPrinter *printer() const { return m_printer.get(); }

    Q_INVOKABLE void print();
    // The wipe: unprinted jobs cancelled, status and choice forgotten.
    void reset();

Q_SIGNALS:
    void statusChanged();
    void includeAnswersChanged();
    void qrImageChanged();
    // For the metrics: each print that came out ("printed") or did not (the reason).
    void outcome(const QString &status);

private:
    void setStatus(const QString &status);
    void refreshQr();

    std::unique_ptr<ReceiptPrinter> m_printer;
    FlowController *m_flow;
    AppState *m_state;
    QMap<QString, QString> m_trackingContact;
    QMap<QString, QString> m_placeName;
    QString m_status;
    bool m_includeAnswers = false;
    QString m_qrImage;
    int m_ticket = 0; // outcomes of an older ticket (an ended session) are not shown
    QSet<int> m_sent; // receipts sent to the printer and not yet reported
};

} // namespace ck
