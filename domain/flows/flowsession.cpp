// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/flowsession.h"

#include "core/translate.h"

#include "domain/flows/answerformatter.h"
#include "domain/flows/fieldvalidator.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ck {

namespace {
QString tr(const char *text)
{
    return translateIn({"FlowSession", "ck::FlowSession", "ck"}, text);
}

Status notStarted()
{
    return Status::failure(QStringLiteral("flow.notStarted"), tr("No service has been started."));
}
} // namespace

FlowSession::FlowSession(QObject *parent)
    : QObject(parent)
{ }

FlowSession::~FlowSession()
{
    for (Stored &stored : m_answers)
        stored.json.clear();
    secureWipe(m_submittedReference);
}

void FlowSession::start(const FlowDefinition &flow, const QString &lang)
{
    for (Stored &stored : m_answers)
        stored.json.clear();
    m_answers.clear();
    secureWipe(m_submittedReference);
    m_flow = flow;
    m_lang = lang.isEmpty() ? LocalizedText::defaultLanguage() : lang;
    m_index = nextVisible(-1);
    m_onSummary = false;
    m_returnToSummary = false;
    m_errors.clear();
    Q_EMIT changed();
}

void FlowSession::setLanguage(const QString &lang)
{
    if (lang.isEmpty() || lang == m_lang)
        return;
    m_lang = lang;
    // Error messages were written in the old language: validate the same pages again so the
    // error summary is re-worded (and no new errors appear for pages not yet answered).
    if (isActive()) {
        QList<FieldError> reworded;
        for (const FieldError &e : std::as_const(m_errors)) {
            const FlowPage *page = m_flow->page(e.pageId);
            if (!page) {
                reworded.append(e);
                continue;
            }
            Result<QJsonValue> r =
                FieldValidator::validate(page->field, storedValue(e.pageId), m_lang);
            if (!r)
                reworded.append({e.pageId, r.error().code, r.error().message});
        }
        m_errors = reworded;
    }
    Q_EMIT changed();
}

const FlowPage *FlowSession::currentPage() const
{
    if (!m_flow || m_onSummary || m_index < 0 || m_index >= m_flow->pages().size())
        return nullptr;
    return &m_flow->pages()[m_index];
}

QString FlowSession::currentPageId() const
{
    const FlowPage *page = currentPage();
    return page ? page->id : QString();
}

// Answers are stored as compact JSON inside SecureBytes so wipe() can overwrite them; the
// decoded QJsonValue handed out is a short-lived copy.
QJsonValue FlowSession::storedValue(const QString &pageId) const
{
    const auto it = m_answers.constFind(pageId);
    if (it == m_answers.constEnd() || it->json.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(it->json.view()).object().value(QLatin1String("v"));
}

QJsonValue FlowSession::answer(const QString &pageId) const
{
    return storedValue(pageId);
}

Result<QJsonValue> FlowSession::setAnswer(const QString &pageId, const QJsonValue &raw)
{
    if (!m_flow)
        return notStarted().error();
    const FlowPage *page = m_flow->page(pageId);
    if (!page)
        return Result<QJsonValue>::failure(QStringLiteral("flow.unknownPage"),
                                           tr("This question is not part of the service."));
    Result<QJsonValue> result = FieldValidator::validate(page->field, raw, m_lang);
    Stored stored;
    stored.valid = result.ok();
    stored.json = SecureBytes(
        QJsonDocument(QJsonObject {{QStringLiteral("v"), result.ok() ? result.value() : raw}})
            .toJson(QJsonDocument::Compact));
    auto it = m_answers.find(pageId);
    if (it != m_answers.end())
        it->json.clear();
    m_answers.insert(pageId, std::move(stored));

    QList<FieldError> errors;
    for (const FieldError &e : std::as_const(m_errors)) {
        if (e.pageId != pageId)
            errors.append(e);
    }
    if (!result.ok())
        errors.append({pageId, result.error().code, result.error().message});
    m_errors = errors;
    Q_EMIT changed();
    return result;
}

bool FlowSession::isVisible(int index) const
{
    // Depth is bounded: the parser only accepts dependencies on earlier pages.
    const FlowPage &page = m_flow->pages()[index];
    if (!page.showIf)
        return true;
    const int target = m_flow->pageIndex(page.showIf->page);
    if (target < 0 || target >= index || !isVisible(target))
        return false;
    const auto it = m_answers.constFind(page.showIf->page);
    if (it == m_answers.constEnd() || !it->valid)
        return false;
    return page.showIf->matches(storedValue(page.showIf->page));
}

int FlowSession::nextVisible(int from) const
{
    if (!m_flow)
        return -1;
    for (int i = from + 1; i < m_flow->pages().size(); ++i) {
        if (isVisible(i))
            return i;
    }
    return -1;
}

int FlowSession::previousVisible(int from) const
{
    if (!m_flow)
        return -1;
    for (int i = from - 1; i >= 0; --i) {
        if (isVisible(i))
            return i;
    }
    return -1;
}

void FlowSession::setErrors(QList<FieldError> errors)
{
    m_errors = std::move(errors);
}

Status FlowSession::next()
{
    const FlowPage *page = currentPage();
    if (!page)
        return m_flow ? Status::success() : notStarted();
    const QString pageId = page->id;
    Result<QJsonValue> checked = setAnswer(pageId, storedValue(pageId));
    if (!checked)
        return checked.error();

    if (m_returnToSummary) {
        // After a change, ask only what the new answer reveals and has not been asked yet.
        for (int i = nextVisible(m_index); i >= 0; i = nextVisible(i)) {
            if (!m_answers.contains(m_flow->pages()[i].id)) {
                m_index = i;
                Q_EMIT changed();
                return Status::success();
            }
        }
        m_returnToSummary = false;
        m_onSummary = true;
        Q_EMIT changed();
        return Status::success();
    }
    const int following = nextVisible(m_index);
    if (following < 0)
        m_onSummary = true;
    else
        m_index = following;
    Q_EMIT changed();
    return Status::success();
}

bool FlowSession::canGoBack() const
{
    if (!m_flow)
        return false;
    return m_onSummary || m_returnToSummary || previousVisible(m_index) >= 0;
}

bool FlowSession::back()
{
    if (!canGoBack())
        return false;
    if (m_onSummary) {
        m_onSummary = false;
        m_index = previousVisible(int(m_flow->pages().size()));
    } else if (m_returnToSummary) {
        m_returnToSummary = false;
        m_onSummary = true;
    } else {
        m_index = previousVisible(m_index);
    }
    m_errors.clear();
    Q_EMIT changed();
    return true;
}

Status FlowSession::goTo(const QString &pageId)
{
    if (!m_flow)
        return notStarted();
    const int index = m_flow->pageIndex(pageId);
    if (index < 0)
        return Status::failure(QStringLiteral("flow.unknownPage"),
                               tr("This question is not part of the service."));
    if (!isVisible(index))
        return Status::failure(QStringLiteral("flow.pageHidden"),
                               tr("This question does not apply to your answers."));
    m_returnToSummary = m_onSummary || m_returnToSummary;
    m_onSummary = false;
    m_index = index;
    m_errors.clear();
    Q_EMIT changed();
    return Status::success();
}

QStringList FlowSession::visiblePages() const
{
    QStringList ids;
    for (int i = nextVisible(-1); i >= 0; i = nextVisible(i))
        ids.append(m_flow->pages()[i].id);
    return ids;
}

QList<FlowSession::SummaryRow> FlowSession::summary() const
{
    QList<SummaryRow> rows;
    for (int i = nextVisible(-1); i >= 0; i = nextVisible(i)) {
        const FlowPage &page = m_flow->pages()[i];
        rows.append({page.id, page.question.text(m_lang),
                     AnswerFormatter::display(page, storedValue(page.id), m_lang)});
    }
    return rows;
}

QJsonObject FlowSession::answersJson() const
{
    QJsonObject out;
    for (int i = nextVisible(-1); i >= 0; i = nextVisible(i)) {
        const QString &id = m_flow->pages()[i].id;
        const auto it = m_answers.constFind(id);
        if (it != m_answers.constEnd() && it->valid)
            out.insert(id, storedValue(id));
    }
    return out;
}

QList<FlowSession::FieldError> FlowSession::validateAll()
{
    QList<FieldError> errors;
    for (int i = nextVisible(-1); i >= 0; i = nextVisible(i)) {
        const FlowPage &page = m_flow->pages()[i];
        Result<QJsonValue> r = FieldValidator::validate(page.field, storedValue(page.id), m_lang);
        if (!r)
            errors.append({page.id, r.error().code, r.error().message});
    }
    setErrors(errors);
    Q_EMIT changed();
    return errors;
}

FlowSession::Progress FlowSession::progress() const
{
    if (!m_flow)
        return {};
    const QStringList visible = visiblePages();
    const int total = int(visible.size());
    if (m_onSummary)
        return {total, total};
    return {int(visible.indexOf(currentPageId())) + 1, total};
}

QList<FlowSession::FieldError> FlowSession::fill(const QJsonObject &answers)
{
    if (!m_flow)
        return {{QString(), QStringLiteral("flow.notStarted"), notStarted().error().message}};
    QList<FieldError> unknown;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!m_flow->page(it.key()))
            unknown.append({it.key(), QStringLiteral("flow.unknownPage"),
                            tr("This question is not part of the service.")});
        else
            (void)setAnswer(it.key(), it.value());
    }
    m_index = nextVisible(-1);
    m_onSummary = false;
    m_returnToSummary = false;
    for (qsizetype guard = 0; !m_onSummary && guard <= m_flow->pages().size(); ++guard) {
        if (!next())
            break;
    }
    QList<FieldError> errors = unknown + validateAll();
    setErrors(errors);
    return errors;
}

void FlowSession::markSubmitted(const QString &reference)
{
    m_submittedReference = reference;
    Q_EMIT changed();
}

void FlowSession::wipe()
{
    for (Stored &stored : m_answers)
        stored.json.clear();
    m_answers.clear();
    m_answers.squeeze();
    secureWipe(m_submittedReference);
    m_flow.reset();
    m_lang = LocalizedText::defaultLanguage();
    m_index = -1;
    m_onSummary = false;
    m_returnToSummary = false;
    m_errors.clear();
    Q_EMIT changed();
}

} // namespace ck
