// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ck {

// One printer reached over IPP with libcups: a CUPS queue by name ("library-front", sent to the
// local cupsd) or a printer's own address (ipp://host:631/ipp/print, IPP Everywhere). Blocking
// calls with a short timeout: ReceiptPrinter runs them on its own thread, never the GUI's.
class IppPrinter
{
public:
    enum class JobState { Pending, Processing, Completed, Stopped, Canceled, Aborted, Unknown };

    struct PrinterStatus
    {
        bool reachable = false;
        bool stopped = false; // printer-state 5
        QStringList reasons; // printer-state-reasons without "none"
        bool outOfPaper() const;
        bool offline() const;
    };

    explicit IppPrinter(QString printer, int timeoutMs = 5000);

    QString uri() const { return m_uri; }
    // Sends a PDF as one Print-Job; the job id on success.
    Result<int> printPdf(const QByteArray &pdf, const QString &jobName) const;
    Result<JobState> jobState(int jobId) const;
    PrinterStatus status() const;
    Status cancel(int jobId) const;

private:
    QString m_uri;
    QString m_host;
    int m_port = 631;
    QString m_resource;
    bool m_tls = false;
    int m_timeoutMs;
};

} // namespace ck
