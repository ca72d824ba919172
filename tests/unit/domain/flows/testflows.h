// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/flowdefinition.h"

#include <QFile>
#include <QString>
#include <QTest>

// Loads a flow file for a test; fails the test (by returning an empty flow) when it is broken.
inline ck::FlowDefinition loadTestFlow(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    ck::Result<ck::FlowDefinition> flow = ck::FlowDefinition::parse(file.readAll(), path);
    if (!flow) {
        qWarning("%s", qPrintable(flow.error().message));
        return {};
    }
    return flow.value();
}

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(CK_TEST_DATA_DIR "/") + relative;
}

inline QString demoServicesDir()
{
    return QStringLiteral(CK_SOURCE_DIR "/packaging/services");
}
