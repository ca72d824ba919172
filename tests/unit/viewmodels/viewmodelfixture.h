// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/flowdefinition.h"
#include "domain/flows/flowsession.h"
#include "domain/flows/referencenumber.h"
#include "domain/flows/servicecatalogue.h"
#include "domain/flows/submitter.h"
#include "offline-cache/outbox.h"
#include "qml/viewmodels/appstate.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The real parts a view-model sits on, as the composition root wires them: the demo services
// shipped in the package, a FlowSession, a Submitter that saves into a real Outbox on a
// temporary SQLite file, and an AppState with the kiosk's four languages.
struct ViewModelFixture
{
    QTemporaryDir dir;
    ck::ServiceCatalogue catalogue =
        ck::ServiceCatalogue::load(QStringLiteral(CK_SOURCE_DIR "/packaging/services"));
    std::unique_ptr<ck::Outbox> outbox;
    std::unique_ptr<ck::Submitter> submitter;
    ck::FlowSession session;
    ck::AppState state {QStringList {QStringLiteral("en"), QStringLiteral("cy"),
                                     QStringLiteral("pl"), QStringLiteral("ar")},
                        QStringLiteral("en")};

    // Returns an empty string when ready, else what went wrong (for QVERIFY2).
    QString open()
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary directory");
        if (catalogue.services().isEmpty())
            return QStringLiteral("no demo service loaded");
        ck::OutboxOptions options;
        options.dataDir = dir.path();
        options.minFreeBytes = 0;
        auto opened = ck::Outbox::open(options);
        if (!opened)
            return opened.error().message;
        outbox = std::move(opened.value());
        ck::Outbox *box = outbox.get();
        ck::ReferenceGenerator generator(QStringLiteral("kiosk-test"), [box] {
            return box->nextSequence(QStringLiteral("reference"));
        });
        submitter = std::make_unique<ck::Submitter>(std::move(generator),
                                                    [box](ck::OutboxItem item) -> ck::Status {
                                                        auto row = box->enqueue(std::move(item));
                                                        if (!row)
                                                            return row.error();
                                                        return ck::Status::success();
                                                    });
        return {};
    }

    int savedRows() const
    {
        const auto rows = outbox->rows();
        return rows ? int(rows.value().size()) : -1;
    }
};
