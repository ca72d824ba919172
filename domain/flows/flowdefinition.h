// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/fielddefinition.h"
#include "domain/flows/localizedtext.h"
#include "domain/flows/privacynotice.h"

#include "core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ck {

// Why a flow file was refused: which file, where in it (a JSON path such as
// `pages[2].field.type`), a stable code and a translated reason.
struct FlowProblem
{
    QString file;
    QString path; // empty when the problem is the whole file (unreadable, not JSON)
    QString code; // e.g. "flow.unknownFieldType"
    QString reason; // translated, context "FlowDefinition"

    QString toString() const; // "file: path: reason"
};

// A page is shown only when the answer to an earlier page matches. For a multichoice page
// "matches" means one of the selected values matches.
struct ShowIf
{
    QString page;
    QJsonArray values; // "equals": X is stored as [X]; "in": [...] as is
    bool inList = false; // written as "in" in the file

    bool matches(const QJsonValue &answer) const;
};

struct FlowPage
{
    QString id;
    LocalizedText question;
    LocalizedText hint; // optional
    FieldDefinition field;
    std::optional<ShowIf> showIf;
    QString open311; // open311Keys() or "attribute[CODE]"; empty = goes to attributes by page id
};

struct Destination
{
    QString name; // a destination configured in the kiosk config, e.g. "council"
    QString serviceCode; // Open311 service_code; empty for JSON API destinations
};

// One service's question flow, parsed and validated; immutable after parse(). The file format
// is described in docs/flows.md.
class FlowDefinition
{
public:
    static constexpr int SchemaVersion = 1;

    // Parses and validates one flow file. On failure the error's code is the problem code and
    // its message is FlowProblem::toString(); `problem` (when given) receives the details.
    static Result<FlowDefinition> parse(const QByteArray &json, const QString &fileName,
                                        FlowProblem *problem = nullptr);

    QString id() const { return m_id; }
    int version() const { return m_version; }
    int schema() const { return m_schema; }
    const LocalizedText &title() const { return m_title; }
    const LocalizedText &description() const { return m_description; }
    // Optional: the heading the service list groups it under (an Open311 group).
    const LocalizedText &category() const { return m_category; }
    // What the citizen is told about their answers before sending ("Check your answers") and on
    // the receipt: the `privacy` block, required when any field can be personal
    // (FieldDefinition::isPersonal()). `privacyNotice` is the older single free text, still read
    // for flows with no personal field; noticeParagraphs() gives what the citizen reads: the
    // block's four texts, then the older text when there is one.
    const PrivacyNotice &privacy() const { return m_privacy; }
    const LocalizedText &privacyNotice() const { return m_privacyNotice; }
    QStringList noticeParagraphs(const QString &language) const;
    // Whether any page asks for an answer that can be personal data.
    bool asksForPersonalData() const;
    const Destination &destination() const { return m_destination; }
    const QList<FlowPage> &pages() const { return m_pages; }
    QString fileName() const { return m_fileName; }
    // `"kind": "web"`: not a form but an online government service the kiosk opens in its
    // contained web view (WebSession). It has a start address and no pages.
    bool isWebService() const { return !m_webAddress.isEmpty(); }
    QUrl webAddress() const { return m_webAddress; }

    const FlowPage *page(const QString &pageId) const; // nullptr when unknown
    int pageIndex(const QString &pageId) const; // -1 when unknown

    // Every language in which all texts of the flow exist (always includes "en" once valid).
    QStringList completeLanguages() const;

private:
    friend class FlowParser;
    int m_schema = SchemaVersion;
    QString m_id;
    int m_version = 0;
    LocalizedText m_title;
    LocalizedText m_description;
    LocalizedText m_category;
    LocalizedText m_privacyNotice;
    PrivacyNotice m_privacy;
    Destination m_destination;
    QList<FlowPage> m_pages;
    QUrl m_webAddress;
    QString m_fileName;
};

} // namespace ck
