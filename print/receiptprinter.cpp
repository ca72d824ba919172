// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "print/receiptprinter.h"

#include "print/ippprinter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

#include <optional>

Q_LOGGING_CATEGORY(lcPrint, "ck.print")

namespace ck {

// The IPP side, on ReceiptPrinter's thread. Polls each job's state with a timer (not a loop), so
// a cancelSession() queued at the wipe is handled between two polls.
class ReceiptPrintWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReceiptPrintWorker(const QString &printer)
        : m_printer(printer, 3000)
    {
        // Parented, so moveToThread() takes the timer along to the print thread.
        m_poll.setParent(this);
        m_poll.setInterval(250);
        connect(&m_poll, &QTimer::timeout, this, &ReceiptPrintWorker::pollJobs);
    }

    void print(const QByteArray &pdf, const QString &jobName, int ticket)
    {
        // A printer already known to be out of paper or stopped would hold the job, with the
        // citizen's page printing later for whoever stands there next: say so now instead.
        const IppPrinter::PrinterStatus before = m_printer.status();
        if (!before.reachable)
            return Q_EMIT finished(ticket, ReceiptPrinter::Outcome::Offline);
        if (before.outOfPaper())
            return Q_EMIT finished(ticket, ReceiptPrinter::Outcome::OutOfPaper);
        if (before.stopped || before.offline())
            return Q_EMIT finished(ticket, ReceiptPrinter::Outcome::Offline);
        auto job = m_printer.printPdf(pdf, jobName);
        if (!job) {
            qCWarning(lcPrint) << "print job refused:" << job.error().code;
            return Q_EMIT finished(ticket,
                                   job.error().code == QLatin1String("print.offline")
                                       ? ReceiptPrinter::Outcome::Offline
                                       : ReceiptPrinter::Outcome::Failed);
        }
        Pending pending;
        pending.ticket = ticket;
        pending.since.start();
        m_jobs.insert(job.value(), pending);
        if (!m_poll.isActive())
            m_poll.start();
    }

    void cancelSession()
    {
        for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
            const Status cancelled = m_printer.cancel(it.key());
            qCInfo(lcPrint) << "cancelled unprinted job at the wipe" << it.key()
                            << (cancelled ? "" : "(printer unreachable)");
            Q_EMIT jobCancelled(it.key());
        }
        m_jobs.clear();
        m_poll.stop();
    }

Q_SIGNALS:
    void finished(int ticket, ck::ReceiptPrinter::Outcome outcome);
    void jobCancelled(int jobId);

private:
    struct Pending
    {
        int ticket = 0;
        QElapsedTimer since;
    };

    void pollJobs()
    {
        for (auto it = m_jobs.begin(); it != m_jobs.end();) {
            const int ticket = it->ticket;
            auto state = m_printer.jobState(it.key());
            std::optional<ReceiptPrinter::Outcome> outcome;
            if (!state) {
                outcome = ReceiptPrinter::Outcome::Offline;
            } else if (state.value() == IppPrinter::JobState::Completed) {
                outcome = ReceiptPrinter::Outcome::Printed;
            } else if (state.value() == IppPrinter::JobState::Aborted
                       || state.value() == IppPrinter::JobState::Canceled
                       || state.value() == IppPrinter::JobState::Stopped
                       || it->since.elapsed() > 8000) {
                // Why it did not print is in the printer's state: paper first, it is what
                // the citizen can be told to ask staff about.
                const IppPrinter::PrinterStatus now = m_printer.status();
                outcome = now.outOfPaper()
                    ? ReceiptPrinter::Outcome::OutOfPaper
                    : (now.offline() || now.stopped ? ReceiptPrinter::Outcome::Offline
                                                    : ReceiptPrinter::Outcome::Failed);
                // Still queued after the wait: it must not print for the next person.
                if (state.value() != IppPrinter::JobState::Aborted
                    && state.value() != IppPrinter::JobState::Canceled)
                    (void)m_printer.cancel(it.key());
            }
            if (outcome) {
                it = m_jobs.erase(it);
                Q_EMIT finished(ticket, *outcome);
            } else {
                ++it;
            }
        }
        if (m_jobs.isEmpty())
            m_poll.stop();
    }

    IppPrinter m_printer;
    QTimer m_poll;
    QHash<int, Pending> m_jobs; // printer job id -> ticket; jobs of this session not yet printed
};

ReceiptPrinter::ReceiptPrinter(const QString &printer, QObject *parent)
    : QObject(parent)
    , m_printer(printer)
{
    if (m_printer.isEmpty())
        return;
    m_worker = new ReceiptPrintWorker(m_printer);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReceiptPrintWorker::finished, this, [this](int ticket, Outcome outcome) {
        if (outcome == Outcome::Printed)
            ++m_printed;
        else
            ++m_failures;
        Q_EMIT finished(ticket, outcome);
    });
    connect(m_worker, &ReceiptPrintWorker::jobCancelled, this, &ReceiptPrinter::cancelled);
    m_thread.setObjectName(QStringLiteral("ck-print"));
    m_thread.start();
}

ReceiptPrinter::~ReceiptPrinter()
{
    if (!m_worker)
        return;
    m_thread.quit();
    m_thread.wait();
}

void ReceiptPrinter::print(const QByteArray &pdf, const QString &jobName, int ticket)
{
    if (!m_worker) {
        QMetaObject::invokeMethod(
            this, [this, ticket] { Q_EMIT finished(ticket, Outcome::Failed); },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, pdf, jobName, ticket] { w->print(pdf, jobName, ticket); });
}

void ReceiptPrinter::cancelSession()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancelSession(); });
}

} // namespace ck

#include "receiptprinter.moc"
