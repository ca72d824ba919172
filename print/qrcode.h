// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QVector>

namespace ck {

// A QR code's modules, made by libqrencode. Error correction M (15 %): a receipt folded in a
// pocket still scans, and a reference or a short settings code stays a small version.
class QrCode
{
public:
    static Result<QrCode> encode(const QByteArray &payload);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // Black on white with the 4-module quiet zone ISO/IEC 18004 asks for, `scale` pixels a module.
    QImage toImage(int scale) const;
    // A PNG data: URL of toImage(), for a QML Image (the screens show the code they print).
    QString toDataUrl(int scale) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace ck
