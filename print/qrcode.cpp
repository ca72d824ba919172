// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "print/qrcode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace ck {

Result<QrCode> QrCode::encode(const QByteArray &payload)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(payload.size()),
                          reinterpret_cast<const unsigned char *>(payload.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return Result<QrCode>::failure(
            QStringLiteral("print.qr"),
            QCoreApplication::translate("Receipt", "The QR code could not be made."));
    QrCode out;
    out.m_size = code->width;
    out.m_modules.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        out.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return out;
}

QImage QrCode::toImage(int scale) const
{
    constexpr int quiet = 4;
    const int side = (m_size + 2 * quiet) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (dark(x, y))
                painter.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
    return image;
}

QString QrCode::toDataUrl(int scale) const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    toImage(scale).save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace ck
