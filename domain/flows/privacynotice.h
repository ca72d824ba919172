// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/localizedtext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ck {

// A service's privacy notice, the `privacy` block of a flow file: four translated texts the
// citizen reads on "Check your answers" before sending, and takes home on the receipt. Each is
// written as a whole sentence, so the four read well one after another with no labels (the
// receipt prints them so) as well as under the screen's own labels.
struct PrivacyNotice
{
    LocalizedText controller; // who receives the answers: "Cardiff Council receives your answers."
    LocalizedText purpose; // why: "We use them to collect the bin we missed."
    LocalizedText retention; // how long: "We keep them for 6 months, then delete them."
    LocalizedText published; // whether anything is published: planning comments are

    // The keys of the block in a flow file, in reading order.
    static QStringList keys();
    bool isEmpty() const { return controller.isEmpty(); }
    const LocalizedText &text(const QString &key) const;
    // The four texts in `language` (English where a translation is missing), in reading order.
    QStringList paragraphs(const QString &language) const;

    // The block that flows built from a council's catalogue carry when the site gave none
    // (Open311 discovery without an overlay `privacy`, an imported XForm): it names the service
    // the council runs, says what the kiosk itself does and sends the citizen to staff for the
    // council's own notice, in English, Welsh, Polish and Arabic. It claims nothing the kiosk
    // cannot know (how long the council keeps answers, what it publishes).
    static QJsonObject councilDefault(const QString &serviceName);
};

} // namespace ck
