// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/flowcontroller.h"

#include "core/sessionlocale.h"

#include "domain/flows/flowsession.h"
#include "domain/flows/servicecatalogue.h"
#include "domain/flows/submitter.h"
#include "qml/viewmodels/appstate.h"

#include <QCoreApplication>
#include <QDate>
#include <QJSValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcFlow, "ck.ui.flow")

namespace ck {

namespace {
bool choiceLike(FieldType type)
{
    return type == FieldType::Choice || type == FieldType::MultiChoice || type == FieldType::YesNo;
}
} // namespace

FlowController::FlowController(const ServiceCatalogue *catalogue, FlowSession *session,
                               Submitter *submitter, AppState *state, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_submitter(submitter)
    , m_state(state)
    , m_options(new OptionListModel(this))
    , m_summary(new SummaryModel(this))
    , m_errors(new ErrorListModel(this))
{
    connect(m_state, &AppState::languageChanged, this, [this](const QString &lang) {
        if (!m_session->isActive())
            return;
        m_session->setLanguage(lang);
        // The session re-words its errors in the new language; the summary shows that list.
        if (!m_errors->isEmpty())
            takeErrors();
        refreshPageTexts();
        if (m_session->isOnSummary())
            refreshSummary();
        Q_EMIT changed();
    });
}

FlowController::~FlowController() = default;

bool FlowController::active() const
{
    return m_session->isActive();
}

QString FlowController::serviceId() const
{
    return m_session->flow() ? m_session->flow()->id() : QString();
}

QString FlowController::serviceTitle() const
{
    return m_session->flow() ? m_session->flow()->title().text(m_session->language()) : QString();
}

QStringList FlowController::privacy() const
{
    const FlowDefinition *flow = m_session->flow();
    return flow ? flow->privacy().paragraphs(m_session->language()) : QStringList();
}

QStringList FlowController::noticeParagraphs() const
{
    const FlowDefinition *flow = m_session->flow();
    return flow ? flow->noticeParagraphs(m_session->language()) : QStringList();
}

QString FlowController::privacyNotice() const
{
    return m_session->flow() ? m_session->flow()->privacyNotice().text(m_session->language())
                             : QString();
}

QString FlowController::pageId() const
{
    return m_session->currentPageId();
}

QString FlowController::question() const
{
    const FlowPage *page = m_session->currentPage();
    return page ? page->question.text(m_session->language()) : QString();
}

QString FlowController::hint() const
{
    const FlowPage *page = m_session->currentPage();
    return page ? page->hint.text(m_session->language()) : QString();
}

QString FlowController::fieldType() const
{
    const FlowPage *page = m_session->currentPage();
    return page ? fieldTypeName(page->field.type) : QString();
}

bool FlowController::required() const
{
    const FlowPage *page = m_session->currentPage();
    return page && page->field.required;
}

int FlowController::maxLength() const
{
    const FlowPage *page = m_session->currentPage();
    return page && page->field.maxLength ? *page->field.maxLength : 0;
}

QString FlowController::progressText() const
{
    const FlowSession::Progress p = m_session->progress();
    if (!m_session->currentPage() || p.total <= 0)
        return {};
    const QLocale locale = sessionLocale(m_session->language());
    return tr("Question %1 of %2").arg(locale.toString(p.current), locale.toString(p.total));
}

bool FlowController::onSummary() const
{
    return m_session->isOnSummary();
}

QVariant FlowController::draft() const
{
    const FlowPage *page = m_session->currentPage();
    if (!page)
        return {};
    const QJsonValue value = m_session->answer(page->id);
    // A valid date is stored as ISO text; the three boxes want its parts back, without the
    // leading zeros people do not type.
    if (page->field.type == FieldType::Date && value.isString()) {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        if (d.isValid())
            return QVariantMap {{QStringLiteral("day"), QString::number(d.day())},
                                {QStringLiteral("month"), QString::number(d.month())},
                                {QStringLiteral("year"), QString::number(d.year())}};
    }
    if (page->field.type == FieldType::Number && value.isDouble())
        return QLocale::c().toString(value.toDouble(), 'g', 15);
    return value.toVariant();
}

QString FlowController::fieldError() const
{
    return m_errors->messageFor(pageId());
}

QStringList FlowController::referenceGroups() const
{
    return m_reference.split(QLatin1Char('-'), Qt::SkipEmptyParts);
}

QString FlowController::referenceSpoken() const
{
    // Read one character at a time, groups separated by a pause, so "7F3K" is not read as a
    // word and "0" is not confused with "O" (Crockford base32 has no O).
    QStringList groups;
    for (const QString &group : referenceGroups()) {
        QStringList chars;
        for (const QChar c : group)
            chars.append(QString(c));
        groups.append(chars.join(QLatin1Char(' ')));
    }
    return groups.join(QStringLiteral(", "));
}

bool FlowController::start(const QString &serviceId)
{
    const FlowDefinition *flow = m_catalogue->find(serviceId);
    if (!flow) {
        qCWarning(lcFlow) << "unknown service" << serviceId;
        return false;
    }
    reset();
    if (flow->isWebService()) {
        m_state->showWebService(flow->webAddress());
        return true;
    }
    m_session->start(*flow, m_state->language());
    enterCurrent();
    return true;
}

void FlowController::setDraft(const QVariant &value)
{
    const FlowPage *page = m_session->currentPage();
    if (!page)
        return;
    // JS objects and arrays (date parts, address lines, ticked options) arrive wrapped in a
    // QJSValue; QJsonValue::fromVariant() would turn that into null.
    const QVariant plain = value.metaType() == QMetaType::fromType<QJSValue>()
        ? value.value<QJSValue>().toVariant()
        : value;
    // Stored as typed even when not valid yet; next() reports what is wrong.
    (void)m_session->setAnswer(page->id, QJsonValue::fromVariant(plain));
    // Text boxes keep their own text while typing (pushing a normalised value back would move
    // the cursor); cards show the choice held here.
    if (choiceLike(page->field.type))
        Q_EMIT draftChanged();
}

bool FlowController::next()
{
    if (!m_session->currentPage())
        return false;
    const Status status = m_session->next();
    if (!status) {
        takeErrors();
        return false;
    }
    enterCurrent();
    return true;
}

void FlowController::back()
{
    if (!m_session->isActive() || !m_session->back()) {
        m_state->showServices();
        return;
    }
    enterCurrent();
}

void FlowController::change(const QString &pageId)
{
    const Status status = m_session->goTo(pageId);
    if (!status) {
        qCWarning(lcFlow) << "change refused:" << status.error().code;
        return;
    }
    enterCurrent();
}

bool FlowController::submit()
{
    if (!m_session->isActive() || !m_submitter)
        return false;
    setSubmitError({});
    const AssistInfo assist = m_assist ? m_assist() : AssistInfo {};
    const Result<QString> result = m_submitter->submit(*m_session, assist);
    if (!result) {
        // Only the code is logged: the message may one day quote an answer.
        qCWarning(lcFlow) << "submit failed:" << result.error().code;
        if (result.error().code == QLatin1String("submit.invalid")) {
            // Something changed since it was checked (a date now in the past...): show the
            // first page with a problem, with its message, as GOV.UK does.
            const auto errs = m_session->errors();
            if (!errs.isEmpty() && m_session->goTo(errs.first().pageId)) {
                enterCurrent();
                takeErrors();
                return false;
            }
        }
        setSubmitError(tr("Your form could not be saved. Ask a member of staff."));
        return false;
    }
    m_reference = result.value();
    Q_EMIT submittedChanged();
    Q_EMIT submitted(m_reference);
    m_state->setScreen(AppState::Confirmation);
    return true;
}

void FlowController::reset()
{
    m_session->wipe();
    m_summary->clear();
    m_options->setOptions({}, m_state->language());
    clearErrors();
    setSubmitError({});
    if (!m_reference.isEmpty()) {
        m_reference.clear();
        Q_EMIT submittedChanged();
    }
    Q_EMIT changed();
    Q_EMIT draftChanged();
}

void FlowController::enterCurrent()
{
    clearErrors();
    refreshPageTexts();
    if (m_session->isOnSummary()) {
        refreshSummary();
        m_state->setScreen(AppState::Check);
    } else {
        m_state->setScreen(AppState::Question);
    }
    ++m_pageSerial;
    Q_EMIT changed();
    Q_EMIT draftChanged();
    Q_EMIT pageEntered();
}

void FlowController::refreshPageTexts()
{
    const FlowPage *page = m_session->currentPage();
    if (page && page->field.hasOptions())
        m_options->setOptions(page->field.options, m_session->language());
    else
        m_options->setOptions({}, m_session->language());
}

void FlowController::refreshSummary()
{
    QList<SummaryModel::Row> rows;
    for (const FlowSession::SummaryRow &r : m_session->summary())
        rows.append({r.pageId, r.question, r.displayValue});
    m_summary->setRows(std::move(rows));
}

void FlowController::takeErrors()
{
    QList<ErrorListModel::Row> rows;
    for (const FlowSession::FieldError &e : m_session->errors())
        rows.append({e.pageId, e.code, e.message});
    m_errors->setErrors(std::move(rows));
    Q_EMIT errorsChanged();
}

void FlowController::clearErrors()
{
    if (m_errors->isEmpty())
        return;
    m_errors->clear();
    Q_EMIT errorsChanged();
}

void FlowController::setSubmitError(const QString &message)
{
    if (message == m_submitError)
        return;
    m_submitError = message;
    Q_EMIT submitErrorChanged();
}

} // namespace ck
