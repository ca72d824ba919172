// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/flowdefinition.h"

#include "core/result.h"
#include "core/securebytes.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ck {

// One citizen's way through one flow: answers, validation, branching, "Check your answers".
// Plain C++ API (tests, civic-kioskctl) on a QObject so the QML bridge can listen to changed().
//
// Pages are shown in file order; a page with showIf is visible only while the page it depends
// on is visible and its answer matches. Answers of pages that become hidden are kept (so
// changing your mind back restores them) but never appear in summary(), answersJson() or the
// payload. Answers are held serialised in SecureBytes so wipe() can really zero them.
class FlowSession : public QObject
{
    Q_OBJECT
public:
    struct FieldError
    {
        QString pageId;
        QString code; // FieldValidator code, e.g. "field.postcode"
        QString message; // translated
    };
    struct SummaryRow
    {
        QString pageId;
        QString question; // in the session language
        QString displayValue; // formatted for people, in the session language; may hold '\n'
    };
    struct Progress
    {
        int current = 0; // 1-based position of the current page among the visible pages
        int total = 0; // visible pages given the answers so far
    };

    explicit FlowSession(QObject *parent = nullptr);
    ~FlowSession() override; // wipes

    // Starts (or restarts) on the first page. Previous answers are wiped.
    void start(const FlowDefinition &flow, const QString &lang);
    bool isActive() const { return m_flow.has_value(); }
    const FlowDefinition *flow() const { return m_flow ? &*m_flow : nullptr; }

    QString language() const { return m_lang; }
    void setLanguage(const QString &lang); // keeps answers

    // nullptr before start(), after wipe() and on the summary.
    const FlowPage *currentPage() const;
    QString currentPageId() const;
    bool isOnSummary() const { return m_onSummary; }

    // The stored answer (normalised when it passed validation, else as typed) or null.
    QJsonValue answer(const QString &pageId) const;
    // Validates and stores. An invalid answer is still stored as typed (so the screen can show
    // it back with the error) and next() will refuse it. Unknown page -> "flow.unknownPage".
    Result<QJsonValue> setAnswer(const QString &pageId, const QJsonValue &raw);

    // Validates the current page; on success moves to the next visible page, or to the summary
    // after the last one, or back to the summary after a change (see goTo). On failure stays
    // and the error is the field's error (also in errors()).
    Status next();
    // Previous visible page; from a "change" page back to the summary. False at the first page.
    bool back();
    bool canGoBack() const;
    // "Change" link from Check your answers: shows that page; next() then returns to the
    // summary, unless the new answer reveals a page that has not been answered yet, which is
    // asked first. Only visible pages can be opened ("flow.pageHidden").
    Status goTo(const QString &pageId);
    QList<FieldError> errors() const { return m_errors; }

    QStringList visiblePages() const;
    QList<SummaryRow> summary() const; // visible pages only, in the session language
    QJsonObject answersJson() const; // visible pages only: pageId -> normalised answer
    // Re-validates every visible page (Submitter calls this). Errors in page order;
    QList<FieldError> validateAll(); // also sets errors()
    Progress progress() const;

    // Staff keying in a paper form (civic-kioskctl submit): sets every answer in `answers`,
    // refuses unknown page ids, then walks the flow to the summary. All errors are returned.
    QList<FieldError> fill(const QJsonObject &answers);

    // After a successful submit the same reference is returned again (double taps, retries).
    QString submittedReference() const { return m_submittedReference; }
    void markSubmitted(const QString &reference);

    // Zeroes and forgets every answer and the flow; called by the session wiper.
    void wipe();

Q_SIGNALS:
    void changed();

private:
    struct Stored
    {
        SecureBytes json; // compact JSON of {"v": value}
        bool valid = false;
    };
    QJsonValue storedValue(const QString &pageId) const;
    bool isVisible(int index) const;
    int nextVisible(int from) const;
    int previousVisible(int from) const;
    void setErrors(QList<FieldError> errors);

    std::optional<FlowDefinition> m_flow;
    QString m_lang = QStringLiteral("en");
    QHash<QString, Stored> m_answers;
    int m_index = -1;
    bool m_onSummary = false;
    bool m_returnToSummary = false;
    QList<FieldError> m_errors;
    QString m_submittedReference;
};

} // namespace ck
