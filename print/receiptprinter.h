// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace ck {

class ReceiptPrintWorker;

// Prints the session's pages on the site's printer (config `printer`: a CUPS queue name or an
// ipp:// address; empty = no printing) and says how it went. IPP calls block, so they run on a
// thread of their own; the screens only see outcome signals. Every job of the session is
// remembered until it has printed: cancelSession() (at the wipe) cancels the rest, so a page
// with someone's reference or answers is not printed for the next person to pick up.
class ReceiptPrinter : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Printed, OutOfPaper, Offline, Failed };
    Q_ENUM(Outcome)

    explicit ReceiptPrinter(const QString &printer, QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    bool enabled() const { return !m_printer.isEmpty(); }
    // Queues one PDF; `ticket` comes back with the outcome.
    void print(const QByteArray &pdf, const QString &jobName, int ticket);
    // Cancels every job of this session that has not printed yet. Does not wait.
    void cancelSession();
    // For the metrics file (civic_kiosk_receipts_printed_total, ..._print_failures_total).
    qint64 printedCount() const { return m_printed.load(); }
    qint64 failureCount() const { return m_failures.load(); }

Q_SIGNALS:
    void finished(int ticket, ck::ReceiptPrinter::Outcome outcome);
    // A job the session had sent was cancelled at the wipe (its printer job id).
    void cancelled(int jobId);

private:
    QString m_printer;
    QThread m_thread;
    ReceiptPrintWorker *m_worker = nullptr; // lives on m_thread, deleted there
    std::atomic<qint64> m_printed {0};
    std::atomic<qint64> m_failures {0};
};

} // namespace ck
