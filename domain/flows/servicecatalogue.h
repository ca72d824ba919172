// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/flowdefinition.h"

#include <QList>
#include <QString>

#include <functional>

namespace ck {

// A flow file that was refused: file, JSON path, reason (see FlowProblem).
using CatalogueProblem = FlowProblem;

// Every service the kiosk offers, one flow file (`*.json`) each in the services directory.
// A broken file never takes the rest down: it is reported in problems() (for the admin screen,
// civic-kioskctl status and the logs) and the other files still load.
class ServiceCatalogue
{
public:
    ServiceCatalogue() = default;

    // Loads every `*.json` in `dir`, sorted by file name. A missing or unreadable directory is
    // itself a problem (file = dir). Two files with the same flow id: the second is refused.
    static ServiceCatalogue load(const QString &dir);
    // For tests and for a catalogue assembled in code.
    static ServiceCatalogue fromFlows(QList<FlowDefinition> flows);

    const QList<FlowDefinition> &services() const { return m_services; }
    const FlowDefinition *find(const QString &id) const; // nullptr when unknown
    const QList<CatalogueProblem> &problems() const { return m_problems; }

    // Takes out each web service whose address `refusal` gives a reason against (the site's
    // allow-list, which the catalogue does not know), recording it as a problem like a bad file.
    void refuseWebServices(const std::function<QString(const QUrl &)> &refusal);
    // Services found elsewhere (Open311 discovery), after the folder's: a flow whose id is
    // taken is refused like a second file with that id; `problems` are kept as they are.
    void add(QList<FlowDefinition> flows, QList<CatalogueProblem> problems = {});
    QString directory() const { return m_directory; }

private:
    QString m_directory;
    QList<FlowDefinition> m_services;
    QList<CatalogueProblem> m_problems;
};

} // namespace ck
