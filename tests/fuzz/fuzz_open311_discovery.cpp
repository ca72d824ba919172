// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// What a council's Open311 endpoint (or a captive portal in its place) answers to discovery:
// any bytes as services.json or as services/{code}.json either are refused with a reason or
// become a flow the kiosk's own parser accepts; never a crash or a hang.
#include "domain/discovery/open311documents.h"
#include "domain/discovery/open311flowbuilder.h"
#include "domain/flows/flowdefinition.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>

CK_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto services = ck::Open311Documents::services(bytes);
    if (!services)
        CK_FUZZ_ASSERT(!services.error().message.isEmpty());
    const auto definition = ck::Open311Documents::definition(bytes);
    if (!definition) {
        CK_FUZZ_ASSERT(!definition.error().message.isEmpty());
        return 0;
    }
    ck::Open311Service service;
    service.code = QStringLiteral("FUZZ");
    service.name = QStringLiteral("Fuzzed service");
    service.metadata = true;
    const auto flow = ck::Open311FlowBuilder::build(QStringLiteral("council"), service,
                                                    definition.value(), std::nullopt, 1);
    if (!flow) {
        CK_FUZZ_ASSERT(!flow.error().code.isEmpty() && !flow.error().message.isEmpty());
        return 0;
    }
    CK_FUZZ_ASSERT(
        ck::FlowDefinition::parse(QJsonDocument(flow.value()).toJson(), QStringLiteral("f")).ok());
    return 0;
}
