// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/receiptcontroller.h"

#include "a11y/kiosktranslator.h"
#include "print/qrcode.h"
#include "print/receiptdocument.h"
#include "print/receiptprinter.h"
#include "print/receiptrenderer.h"
#include "qml/viewmodels/appstate.h"
#include "qml/viewmodels/flowcontroller.h"
#include "qml/viewmodels/summarymodel.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReceipt, "ck.ui.receipt")

namespace ck {

namespace {

QString inLanguage(const QMap<QString, QString> &texts, const QString &language)
{
    return texts.value(language, texts.value(QStringLiteral("en")));
}

QString statusOf(ReceiptPrinter::Outcome outcome)
{
    switch (outcome) {
    case ReceiptPrinter::Outcome::Printed:
        return QStringLiteral("printed");
    case ReceiptPrinter::Outcome::OutOfPaper:
        return QStringLiteral("outOfPaper");
    case ReceiptPrinter::Outcome::Offline:
        return QStringLiteral("offline");
    case ReceiptPrinter::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

ReceiptController::ReceiptController(std::unique_ptr<ReceiptPrinter> printer, FlowController *flow,
                                     AppState *state, QMap<QString, QString> trackingContact,
                                     QMap<QString, QString> placeName, QObject *parent)
    : QObject(parent)
    , m_printer(std::move(printer))
    , m_flow(flow)
    , m_state(state)
    , m_trackingContact(std::move(trackingContact))
    , m_placeName(std::move(placeName))
{
    connect(m_flow, &FlowController::submittedChanged, this, &ReceiptController::refreshQr);
    if (m_printer) {
        connect(m_printer.get(), &ReceiptPrinter::finished, this,
                [this](int ticket, ReceiptPrinter::Outcome result) {
                    // The printer also prints settings cards: count receipts only.
                    if (!m_sent.remove(ticket))
                        return;
                    Q_EMIT outcome(statusOf(result));
                    if (ticket == m_ticket)
                        setStatus(statusOf(result));
                });
    }
}

ReceiptController::~ReceiptController() = default;

bool ReceiptController::printerConfigured() const
{
    return m_printer && m_printer->enabled();
}

void ReceiptController::setIncludeAnswers(bool include)
{
    if (include == m_includeAnswers)
        return;
    m_includeAnswers = include;
    Q_EMIT includeAnswersChanged();
}

void ReceiptController::print()
{
    if (!printerConfigured() || m_flow->reference().isEmpty() || m_status == u"printing")
        return;
    ReceiptFacts facts;
    facts.language = m_state->language();
    facts.serviceTitle = m_flow->serviceTitle();
    facts.reference = m_flow->reference();
    facts.sentAt = QDateTime::currentDateTime();
    facts.site = inLanguage(m_placeName, facts.language);
    facts.trackingContact = inLanguage(m_trackingContact, facts.language);
    // The flow's privacy block, one sentence a line, as the screen showed it before sending.
    facts.privacyNotice = m_flow->noticeParagraphs().join(QLatin1Char('\n'));
    if (m_includeAnswers) {
        const SummaryModel *summary = m_flow->summary();
        for (int row = 0; row < summary->rowCount(); ++row) {
            const QModelIndex index = summary->index(row);
            facts.answers.append({summary->data(index, SummaryModel::QuestionRole).toString(),
                                  summary->data(index, SummaryModel::AnswerRole).toString()});
        }
    }
    const QString language = facts.language;
    const ReceiptDocument doc =
        ReceiptDocument::compose(facts, [language](const char *context, const char *source) {
            return KioskTranslator::translateIn(language, context, source);
        });
    auto pdf = ReceiptRenderer::receiptPdf(doc);
    ++m_ticket;
    if (!pdf) {
        qCWarning(lcReceipt) << "receipt not rendered:" << pdf.error().code;
        Q_EMIT outcome(QStringLiteral("failed"));
        setStatus(QStringLiteral("failed"));
        return;
    }
    setStatus(QStringLiteral("printing"));
    m_sent.insert(m_ticket);
    // The job name shows in CUPS' queue and logs: the service, never the reference or a name.
    m_printer->print(pdf.value(), QStringLiteral("civic-kiosk receipt"), m_ticket);
}

void ReceiptController::reset()
{
    if (m_printer)
        m_printer->cancelSession();
    ++m_ticket;
    setStatus({});
    setIncludeAnswers(false);
    refreshQr();
}

void ReceiptController::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

void ReceiptController::refreshQr()
{
    QString image;
    if (!m_flow->reference().isEmpty()) {
        if (auto qr = QrCode::encode(m_flow->reference().toUtf8()))
            image = qr->toDataUrl(10);
    }
    if (image == m_qrImage)
        return;
    m_qrImage = image;
    Q_EMIT qrImageChanged();
}

} // namespace ck
