// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// Fleet configuration, which arrives over the network (docs/fleet.md). Two ways in: the bytes
// as a signed envelope (almost always refused: bad JSON, bad signature, another key), and the
// bytes as a configuration that a fleet admin signed with the right key, so everything after
// the signature runs too: parsing, validation, the version and identity checks. Either way a
// refusal has a code and a message and the running configuration stays.
#include "domain/config/kioskconfig.h"
#include "domain/fleet/configsigner.h"
#include "domain/fleet/configstore.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

CK_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ck::KioskConfig running = ck::KioskConfig::demo();
    static const ck::ConfigSigner signer = [] {
        auto loaded = ck::ConfigSigner::loadPrivateKey(
            QStringLiteral(CK_SOURCE_DIR "/packaging/demo-keys/demo-config-signing.pem"));
        if (!loaded)
            std::abort();
        return loaded.value();
    }();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto asEnvelope = ck::ConfigStore::check(input, running);
    if (!asEnvelope)
        CK_FUZZ_ASSERT(!asEnvelope.error().code.isEmpty());

    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        const auto envelope = signer.sign(doc.object());
        CK_FUZZ_ASSERT(bool(envelope));
        const auto checked = ck::ConfigStore::check(*envelope, running);
        if (checked)
            CK_FUZZ_ASSERT(checked->version > running.version);
        else
            CK_FUZZ_ASSERT(!checked.error().code.isEmpty());
    }
    return 0;
}
