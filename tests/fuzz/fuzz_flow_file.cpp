// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// A flow file (packaging/services/*.json, or one a fleet pushes): any bytes either parse into a
// valid flow or give a problem with a code, a JSON path and a reason; never a crash or a hang.
#include "domain/flows/flowdefinition.h"
#include "tests/fuzz/fuzzsupport.h"

CK_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    ck::FlowProblem problem;
    const auto flow = ck::FlowDefinition::parse(json, QStringLiteral("fuzz.json"), &problem);
    if (!flow) {
        CK_FUZZ_ASSERT(!flow.error().code.isEmpty());
        CK_FUZZ_ASSERT(!flow.error().message.isEmpty());
        return 0;
    }
    // A flow that parsed is whole: every page it names exists, and its first page is one.
    CK_FUZZ_ASSERT(!flow->id().isEmpty());
    for (const ck::FlowPage &page : flow->pages())
        CK_FUZZ_ASSERT(flow->page(page.id) != nullptr);
    // Nothing that can carry personal answers loads without saying what happens to them.
    if (flow->asksForPersonalData())
        CK_FUZZ_ASSERT(flow->noticeParagraphs(QStringLiteral("en")).size() >= 4);
    return 0;
}
