// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "print/ippprinter.h"

#include <QCoreApplication>
#include <QUrl>

#include <cups/cups.h>
#include <cups/ipp.h>

#include <memory>

#include <sys/mman.h>
#include <unistd.h>

namespace ck {

namespace {

using Http = std::unique_ptr<http_t, decltype(&httpClose)>;
using Ipp = std::unique_ptr<ipp_t, decltype(&ippDelete)>;

Error offlineError()
{
    return Error {QStringLiteral("print.offline"),
                  QCoreApplication::translate("Receipt", "The printer cannot be reached.")};
}

} // namespace

bool IppPrinter::PrinterStatus::outOfPaper() const
{
    for (const QString &r : reasons)
        if (r.startsWith(QLatin1String("media-empty"))
            || r.startsWith(QLatin1String("media-needed")))
            return true;
    return false;
}

bool IppPrinter::PrinterStatus::offline() const
{
    if (!reachable)
        return true;
    for (const QString &r : reasons)
        if (r.startsWith(QLatin1String("offline")) || r.startsWith(QLatin1String("shutdown")))
            return true;
    return false;
}

IppPrinter::IppPrinter(QString printer, int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    const QUrl url(printer);
    if (url.scheme() == QLatin1String("ipp") || url.scheme() == QLatin1String("ipps")) {
        m_uri = printer;
        m_host = url.host();
        m_tls = url.scheme() == QLatin1String("ipps");
        m_port = url.port(631);
        m_resource = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    } else {
        // A CUPS queue name: the local scheduler (cupsServer(): CUPS_SERVER, client.conf).
        m_host = QString::fromUtf8(cupsServer());
        m_port = ippPort();
        m_resource = QStringLiteral("/printers/") + printer;
        m_uri = QStringLiteral("ipp://localhost/printers/") + printer;
    }
}

namespace {

Http connectTo(const QString &host, int port, bool tls, int timeoutMs)
{
    Http http(httpConnect2(host.toUtf8().constData(), port, nullptr, AF_UNSPEC,
                           tls ? HTTP_ENCRYPTION_ALWAYS : HTTP_ENCRYPTION_IF_REQUESTED, 1,
                           timeoutMs, nullptr),
              &httpClose);
    // A printer that accepts the connection and then says nothing (hung, or a stopped process
    // whose socket the kernel still accepts on) must not hold the print thread forever.
    if (http)
        httpSetTimeout(http.get(), timeoutMs / 1000.0, nullptr, nullptr);
    return http;
}

ipp_t *request(ipp_op_t op, const QString &uri)
{
    ipp_t *req = ippNewRequest(op);
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 uri.toUtf8().constData());
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 "civic-kiosk");
    return req;
}

} // namespace

Result<int> IppPrinter::printPdf(const QByteArray &pdf, const QString &jobName) const
{
    Http http = connectTo(m_host, m_port, m_tls, m_timeoutMs);
    if (!http)
        return offlineError();
    ipp_t *req = request(IPP_OP_PRINT_JOB, m_uri);
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr,
                 jobName.toUtf8().constData());
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr,
                 "application/pdf");
    const QByteArray resource = m_resource.toUtf8();
    // Sent from memory (an anonymous memfd): the PDF may carry answers and never touches the
    // kiosk's disk. cupsDoIORequest() rather than cupsSendRequest() + cupsWriteRequestData():
    // with those the printer got the PDF without its last ~200 bytes (no trailer).
    const int fd = memfd_create("ck-receipt", MFD_CLOEXEC);
    if (fd < 0 || ::write(fd, pdf.constData(), size_t(pdf.size())) != pdf.size()
        || ::lseek(fd, 0, SEEK_SET) != 0) {
        if (fd >= 0)
            ::close(fd);
        ippDelete(req);
        return Error {
            QStringLiteral("print.io"),
            QCoreApplication::translate("Receipt", "The page could not be prepared for printing.")};
    }
    // cupsDoIORequest() frees the request.
    Ipp response(cupsDoIORequest(http.get(), req, resource.constData(), fd, -1), &ippDelete);
    ::close(fd);
    if (!response)
        return offlineError();
    if (ippGetStatusCode(response.get()) > IPP_STATUS_OK_CONFLICTING)
        return Error {QStringLiteral("print.refused"),
                      QCoreApplication::translate("Receipt", "The printer refused the page.")};
    ipp_attribute_t *id = ippFindAttribute(response.get(), "job-id", IPP_TAG_INTEGER);
    if (!id)
        return Error {QStringLiteral("print.refused"),
                      QCoreApplication::translate("Receipt", "The printer refused the page.")};
    return ippGetInteger(id, 0);
}

Result<IppPrinter::JobState> IppPrinter::jobState(int jobId) const
{
    Http http = connectTo(m_host, m_port, m_tls, m_timeoutMs);
    if (!http)
        return offlineError();
    ipp_t *req = request(IPP_OP_GET_JOB_ATTRIBUTES, m_uri);
    ippAddInteger(req, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    Ipp response(cupsDoRequest(http.get(), req, m_resource.toUtf8().constData()), &ippDelete);
    if (!response)
        return offlineError();
    ipp_attribute_t *state = ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM);
    if (!state)
        return JobState::Unknown;
    switch (ippGetInteger(state, 0)) {
    case IPP_JSTATE_PENDING:
    case IPP_JSTATE_HELD:
        return JobState::Pending;
    case IPP_JSTATE_PROCESSING:
        return JobState::Processing;
    case IPP_JSTATE_STOPPED:
        return JobState::Stopped;
    case IPP_JSTATE_CANCELED:
        return JobState::Canceled;
    case IPP_JSTATE_ABORTED:
        return JobState::Aborted;
    case IPP_JSTATE_COMPLETED:
        return JobState::Completed;
    default:
        return JobState::Unknown;
    }
}

IppPrinter::PrinterStatus IppPrinter::status() const
{
    PrinterStatus out;
    Http http = connectTo(m_host, m_port, m_tls, m_timeoutMs);
    if (!http)
        return out;
    ipp_t *req = request(IPP_OP_GET_PRINTER_ATTRIBUTES, m_uri);
    static const char *const wanted[] = {"printer-state", "printer-state-reasons"};
    ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr,
                  wanted);
    Ipp response(cupsDoRequest(http.get(), req, m_resource.toUtf8().constData()), &ippDelete);
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_CONFLICTING)
        return out;
    out.reachable = true;
    if (ipp_attribute_t *state = ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM))
        out.stopped = ippGetInteger(state, 0) == IPP_PSTATE_STOPPED;
    if (ipp_attribute_t *reasons =
            ippFindAttribute(response.get(), "printer-state-reasons", IPP_TAG_KEYWORD)) {
        for (int i = 0; i < ippGetCount(reasons); ++i) {
            const QString r = QString::fromUtf8(ippGetString(reasons, i, nullptr));
            if (r != QLatin1String("none"))
                out.reasons.append(r);
        }
    }
    return out;
}

Status IppPrinter::cancel(int jobId) const
{
    Http http = connectTo(m_host, m_port, m_tls, m_timeoutMs);
    if (!http)
        return offlineError();
    ipp_t *req = request(IPP_OP_CANCEL_JOB, m_uri);
    ippAddInteger(req, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    Ipp response(cupsDoRequest(http.get(), req, m_resource.toUtf8().constData()), &ippDelete);
    if (!response)
        return offlineError();
    // Already finished or gone is fine: nothing of it waits on the printer.
    return Status::success();
}

} // namespace ck
