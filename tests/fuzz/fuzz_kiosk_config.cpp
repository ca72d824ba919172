// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The kiosk's configuration file (--config, /etc/civic-kiosk/kiosk.json): any bytes parse into a
// configuration or give an error with a code and a message naming the file; a configuration
// that parsed survives being written out and read again.
#include "domain/config/kioskconfig.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonObject>

CK_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto config = ck::KioskConfig::parse(json, QStringLiteral("fuzz.json"));
    if (!config) {
        CK_FUZZ_ASSERT(!config.error().code.isEmpty());
        CK_FUZZ_ASSERT(!config.error().message.isEmpty());
        return 0;
    }
    // parse(toJson()) round-trips (kioskconfig.h): what kioskctl writes back reads the same.
    const QJsonObject written = config->toJson();
    const auto again = ck::KioskConfig::parseObject(written, QStringLiteral("fuzz.json"));
    CK_FUZZ_ASSERT(bool(again));
    CK_FUZZ_ASSERT(again->toJson() == written);
    return 0;
}
