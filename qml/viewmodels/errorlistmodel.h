// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace ck {

// The GOV.UK error summary of the current page, in the session language. Roles: fieldId (the
// page the error is about, for the link that moves focus there), code (FieldValidator's code)
// and message (translated). Owned by FlowController, which fills it from FlowSession.
class ErrorListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by FlowController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Every message in one sentence run, for the summary's accessible description.
    Q_PROPERTY(QString spokenText READ spokenText NOTIFY spokenTextChanged)

public:
    enum Role { FieldIdRole = Qt::UserRole + 1, CodeRole, MessageRole };

    struct Row
    {
        QString fieldId;
        QString code;
        QString message;
    };

    explicit ErrorListModel(QObject *parent = nullptr);

    // Replaces the errors. The same errors re-worded (a language switch) only change the
    // messages, so the summary keeps its links and the focus on them.
    void setErrors(QList<Row> rows);
    void clear() { setErrors({}); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const QList<Row> &rows() const { return m_rows; }
    // The message for the page fieldId, or empty when it has none.
    QString messageFor(const QString &fieldId) const;
    QString spokenText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void spokenTextChanged();

private:
    QList<Row> m_rows;
};

} // namespace ck
