// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/flowdefinition.h"
#include "domain/flows/servicecatalogue.h"
#include "qml/viewmodels/flowcontroller.h"

#include <QDate>
#include <QVariant>
#include <QVariantMap>

// Answers a demo flow the way the screens hand answers to FlowController: one valid sample per
// field type, "yes" to every yes/no so that every optional page is reached. Shared by the
// accessibility audit and the language walk.
struct FlowWalker
{
    static const ck::FlowPage *currentPage(const ck::ServiceCatalogue &catalogue,
                                           const ck::FlowController *flow)
    {
        const ck::FlowDefinition *def = catalogue.find(flow->serviceId());
        if (!def)
            return nullptr;
        for (const ck::FlowPage &page : def->pages()) {
            if (page.id == flow->pageId())
                return &page;
        }
        return nullptr;
    }

    static QVariant sampleAnswer(const ck::FlowPage &page)
    {
        using ck::FieldType;
        const ck::FieldDefinition &f = page.field;
        switch (f.type) {
        case FieldType::Choice:
            return f.options.isEmpty() ? QVariant() : QVariant(f.options.first().value);
        case FieldType::MultiChoice:
            return f.options.isEmpty() ? QVariant()
                                       : QVariant(QVariantList {f.options.first().value});
        case FieldType::YesNo:
            return true;
        case FieldType::Date: {
            const QDate d =
                QDate::currentDate().addDays(f.dateRange == ck::DateRange::TodayOrFuture ? 1 : -1);
            return QVariantMap {{QStringLiteral("day"), QString::number(d.day())},
                                {QStringLiteral("month"), QString::number(d.month())},
                                {QStringLiteral("year"), QString::number(d.year())}};
        }
        case FieldType::PostcodeAddress:
            return QVariantMap {{QStringLiteral("line1"), QStringLiteral("1 High Street")},
                                {QStringLiteral("line2"), QString()},
                                {QStringLiteral("town"), QStringLiteral("Cardiff")},
                                {QStringLiteral("postcode"), QStringLiteral("CF10 1AA")}};
        case FieldType::Email:
            return QStringLiteral("jo@example.org");
        case FieldType::Phone:
            return QStringLiteral("07700 900982");
        case FieldType::Postcode:
            return QStringLiteral("CF10 1AA");
        case FieldType::Number:
            return QStringLiteral("5");
        case FieldType::LongText:
            return QStringLiteral("The bins were left on the pavement again this week.");
        case FieldType::Text:
            return QStringLiteral("22/01234/FUL");
        }
        return {};
    }
};
