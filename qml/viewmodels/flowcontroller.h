// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/assistinfo.h"
#include "qml/viewmodels/errorlistmodel.h"
#include "qml/viewmodels/optionlistmodel.h"
#include "qml/viewmodels/summarymodel.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace ck {

class AppState;
class FlowSession;
class ServiceCatalogue;
class Submitter;

// The screens' view of one citizen's way through a service: the current page as properties,
// the draft answer, the GOV.UK error list (a model), "Check your answers" and the reference after
// submitting. A thin adaptor: validation, branching and formatting are FlowSession's, the
// durable save is Submitter's; this class only translates between them and QML.
class FlowController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the composition root")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY changed)
    Q_PROPERTY(QString serviceTitle READ serviceTitle NOTIFY changed)
    // What the service does with the answers, shown on "Check your answers" before sending: the
    // flow's privacy block in the session's language (who receives them, why, how long they are
    // kept, what is published; empty without a block), and the older single text, if any.
    Q_PROPERTY(QStringList privacy READ privacy NOTIFY changed)
    Q_PROPERTY(QString privacyNotice READ privacyNotice NOTIFY changed)
    Q_PROPERTY(QString pageId READ pageId NOTIFY changed)
    Q_PROPERTY(QString question READ question NOTIFY changed)
    Q_PROPERTY(QString hint READ hint NOTIFY changed)
    Q_PROPERTY(QString fieldType READ fieldType NOTIFY changed)
    Q_PROPERTY(bool required READ required NOTIFY changed)
    Q_PROPERTY(int maxLength READ maxLength NOTIFY changed)
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    Q_PROPERTY(bool onSummary READ onSummary NOTIFY changed)
    Q_PROPERTY(int pageSerial READ pageSerial NOTIFY pageEntered)
    Q_PROPERTY(QVariant draft READ draft NOTIFY draftChanged)
    Q_PROPERTY(ck::OptionListModel *options READ options CONSTANT)
    Q_PROPERTY(ck::SummaryModel *summary READ summary CONSTANT)
    Q_PROPERTY(ck::ErrorListModel *errors READ errors CONSTANT)
    Q_PROPERTY(QString fieldError READ fieldError NOTIFY errorsChanged)
    Q_PROPERTY(QString reference READ reference NOTIFY submittedChanged)
    Q_PROPERTY(QStringList referenceGroups READ referenceGroups NOTIFY submittedChanged)
    Q_PROPERTY(QString referenceSpoken READ referenceSpoken NOTIFY submittedChanged)
    Q_PROPERTY(QString submitError READ submitError NOTIFY submitErrorChanged)

public:
    using AssistProvider = std::function<AssistInfo()>;

    // Nothing is owned; all must outlive the controller.
    FlowController(const ServiceCatalogue *catalogue, FlowSession *session, Submitter *submitter,
                   AppState *state, QObject *parent = nullptr);
    ~FlowController() override;

    // Helper mode tells the payload whether a helper assisted (and with what consent).
    void setAssistProvider(AssistProvider provider) { m_assist = std::move(provider); }

    bool active() const;
    QString serviceId() const;
    QString serviceTitle() const;
    QStringList privacy() const;
    QString privacyNotice() const;
    // Everything the citizen is told about their answers, in reading order (the receipt's).
    QStringList noticeParagraphs() const;
    QString pageId() const;
    QString question() const;
    QString hint() const;
    QString fieldType() const;
    bool required() const;
    int maxLength() const;
    QString progressText() const;
    bool onSummary() const;
    int pageSerial() const { return m_pageSerial; }
    QVariant draft() const;
    OptionListModel *options() const { return m_options; }
    SummaryModel *summary() const { return m_summary; }
    ErrorListModel *errors() const { return m_errors; }
    QString fieldError() const;
    QString reference() const { return m_reference; }
    QStringList referenceGroups() const;
    QString referenceSpoken() const;
    QString submitError() const { return m_submitError; }

    Q_INVOKABLE bool start(const QString &serviceId);
    // Stores what is typed or chosen on the current page; checked on next().
    Q_INVOKABLE void setDraft(const QVariant &value);
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();
    Q_INVOKABLE void change(const QString &pageId);
    // Saves durably through the outbox; the Confirmation shows only after that succeeded.
    Q_INVOKABLE bool submit();
    // Forgets everything of this session (answers, summary, reference).
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void changed();
    void draftChanged();
    void errorsChanged();
    void submittedChanged();
    void submitErrorChanged();
    void pageEntered();
    void submitted(const QString &reference);

private:
    void enterCurrent();
    void refreshPageTexts();
    void refreshSummary();
    void takeErrors();
    void clearErrors();
    void setSubmitError(const QString &message);

    const ServiceCatalogue *m_catalogue;
    FlowSession *m_session;
    Submitter *m_submitter;
    AppState *m_state;
    OptionListModel *m_options;
    SummaryModel *m_summary;
    AssistProvider m_assist;
    ErrorListModel *m_errors;
    QString m_reference;
    QString m_submitError;
    int m_pageSerial = 0;
};

} // namespace ck
