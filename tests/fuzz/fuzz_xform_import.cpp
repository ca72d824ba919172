// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// An XForm an admin imports (civic-kioskctl import-xform), which may come from anywhere: any
// bytes either become a flow the kiosk's own parser accepts, or are refused with at least one
// problem that has a code and a reason; never a crash, a hang or a flow that will not load.
#include "domain/flows/flowdefinition.h"
#include "tests/fuzz/fuzzsupport.h"
#include "tools/xform/xformconditions.h"
#include "tools/xform/xformimporter.h"

#include <QJsonDocument>

CK_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<ck::xform::XFormProblem> problems;
    const auto imported = ck::xform::XFormImporter::import(xml, {}, &problems);
    if (!imported) {
        CK_FUZZ_ASSERT(!problems.isEmpty());
        for (const auto &p : std::as_const(problems))
            CK_FUZZ_ASSERT(p.code.startsWith(QLatin1String("xform.")) && !p.reason.isEmpty());
    } else {
        CK_FUZZ_ASSERT(problems.isEmpty());
        const auto flow =
            ck::FlowDefinition::parse(QJsonDocument(imported->flow).toJson(), QStringLiteral("x"));
        CK_FUZZ_ASSERT(flow.ok());
        CK_FUZZ_ASSERT(!flow->pages().isEmpty());
    }
    // The expression reader on its own, with the same bytes as one expression.
    if (size < 4096) {
        const QString source = QString::fromUtf8(xml);
        (void)ck::xform::XFormConditions::relevance(source, QStringLiteral("/data/q"),
                                                    [](const QString &) { return QString(); });
        (void)ck::xform::XFormConditions::constraint(source, QStringLiteral("number"), true);
        (void)ck::xform::XFormConditions::constraint(source, QStringLiteral("text"), false);
    }
    return 0;
}
