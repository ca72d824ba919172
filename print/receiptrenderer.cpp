// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "print/receiptrenderer.h"

#include "print/qrcode.h"
#include "print/settingscard.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace ck {

namespace {

constexpr int kDpi = 300;

QString esc(const QString &text)
{
    QString out = text.toHtmlEscaped();
    return out.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

Error renderError()
{
    return Error {
        QStringLiteral("print.render"),
        QCoreApplication::translate("Receipt", "The page could not be prepared for printing.")};
}

// Lays `html` out on A4 pages of `writer` and paints them; the document follows the writer's
// resolution so point sizes are true on paper.
bool paintPages(QPdfWriter &writer, QTextDocument &doc)
{
    doc.documentLayout()->setPaintDevice(&writer);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    doc.setPageSize(page.size());
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        doc.drawContents(&painter, clip);
        painter.restore();
    }
    return painter.end();
}

Result<QByteArray> pdfOf(QTextDocument &doc, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Civic Kiosk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        if (!paintPages(writer, doc))
            return renderError();
    }
    if (bytes.isEmpty())
        return renderError();
    return bytes;
}

void setUp(QTextDocument &doc, bool rightToLeft)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(13);
    doc.setDefaultFont(font);
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    doc.setDefaultTextOption(option);
    doc.setDocumentMargin(0);
}

QString referenceHtml(const QString &reference, int pointSize)
{
    // A code, not words: left to right in every language, in a font whose 0/O and 1/I differ.
    return QStringLiteral("<p dir=\"ltr\" align=\"center\" style=\"font-family:'DejaVu Sans Mono';"
                          " font-size:%1pt; font-weight:bold;\">%2</p>")
        .arg(pointSize)
        .arg(esc(reference));
}

} // namespace

Result<QByteArray> ReceiptRenderer::receiptPdf(const ReceiptDocument &doc)
{
    auto qr = QrCode::encode(doc.qrPayload);
    if (!qr)
        return qr.error();
    QTextDocument text;
    setUp(text, doc.rightToLeft);
    text.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ck:qr")), qr->toImage(12));
    // QTextDocument lays each block out right to left from dir="rtl" but still aligns it to
    // the left unless told: every block says its side.
    const QString dir =
        doc.rightToLeft ? QStringLiteral("rtl\" align=\"right") : QStringLiteral("ltr");
    QString html = QStringLiteral("<html><body dir=\"%1\">").arg(dir);
    html +=
        QStringLiteral("<h1 dir=\"%1\" style=\"font-size:22pt;\">%2</h1>").arg(dir, esc(doc.title));
    html += QStringLiteral("<p dir=\"%1\" style=\"font-size:16pt;\">%2</p>")
                .arg(dir, esc(doc.serviceTitle));
    html += QStringLiteral("<p dir=\"%1\" align=\"center\" style=\"font-size:14pt;\">%2</p>")
                .arg(doc.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                     esc(doc.referenceLabel));
    html += referenceHtml(doc.reference, 30);
    html +=
        QStringLiteral("<p align=\"center\"><img src=\"ck:qr\" width=\"420\" height=\"420\"/></p>");
    for (const ReceiptSection &s : doc.sections) {
        const QString sdir = s.leftToRight ? QStringLiteral("ltr") : dir;
        html += QStringLiteral("<h3 dir=\"%1\" style=\"font-size:14pt;\">%2</h3>")
                    .arg(dir, esc(s.heading));
        html += QStringLiteral("<p dir=\"%1\">%2</p>").arg(sdir, esc(s.body));
    }
    html += QStringLiteral("</body></html>");
    text.setHtml(html);
    return pdfOf(text, doc.title);
}

Result<QByteArray> ReceiptRenderer::settingsCardPdf(const SettingsCard &card,
                                                    const ReceiptTranslate &translate)
{
    auto qr = QrCode::encode(card.code().toUtf8());
    if (!qr)
        return qr.error();
    const SettingsCardText texts = card.texts(translate);
    QTextDocument text;
    setUp(text, texts.rightToLeft);
    text.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ck:qr")), qr->toImage(12));
    const QString dir =
        texts.rightToLeft ? QStringLiteral("rtl\" align=\"right") : QStringLiteral("ltr");
    QString html = QStringLiteral("<html><body dir=\"%1\">").arg(dir);
    html += QStringLiteral("<h1 dir=\"%1\" style=\"font-size:22pt;\">%2</h1>")
                .arg(dir, esc(texts.title));
    html +=
        QStringLiteral("<p align=\"center\"><img src=\"ck:qr\" width=\"360\" height=\"360\"/></p>");
    html += referenceHtml(card.code(), 24);
    html += QStringLiteral("<p dir=\"%1\">%2</p>").arg(dir, esc(texts.howToUse));
    for (const auto &[label, value] : texts.lines)
        html += QStringLiteral("<p dir=\"%1\"><b>%2</b> %3</p>").arg(dir, esc(label), esc(value));
    html += QStringLiteral("</body></html>");
    text.setHtml(html);
    return pdfOf(text, texts.title);
}

} // namespace ck
