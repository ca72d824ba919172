// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// A damaged disk or a tampered outbox file: whatever bytes sit where a sealed row should be,
// opening them with the row's key fails cleanly with "crypto-auth" (never a crash, never
// plaintext); and any bytes sealed then opened come back exactly.
#include "core/securebytes.h"
#include "offline-cache/aead.h"
#include "tests/fuzz/fuzzsupport.h"

CK_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ck::SecureBytes key(QByteArray(ck::Aead::KeySize, '\x5a'));
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray associated = QByteArrayLiteral("KIOSK-REF-0001");

    const auto opened = ck::Aead::open(key, input, associated);
    CK_FUZZ_ASSERT(!opened);
    CK_FUZZ_ASSERT(opened.error().code == QLatin1String("crypto-auth"));

    const auto sealed = ck::Aead::seal(key, input, associated);
    CK_FUZZ_ASSERT(bool(sealed));
    CK_FUZZ_ASSERT(sealed->size() == input.size() + ck::Aead::Overhead);
    const auto back = ck::Aead::open(key, *sealed, associated);
    CK_FUZZ_ASSERT(bool(back));
    CK_FUZZ_ASSERT(back->view() == input);
    return 0;
}
