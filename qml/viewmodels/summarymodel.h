// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace ck {

// "Check your answers": one row per visible page. Roles: pageId (for the Change link),
// question, answer (already formatted by the domain in the session language).
class SummaryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by FlowController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { PageIdRole = Qt::UserRole + 1, QuestionRole, AnswerRole };
    struct Row
    {
        QString pageId;
        QString question;
        QString answer;
    };

    explicit SummaryModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows);
    void clear() { setRows({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void wipeRows();
    QList<Row> m_rows;
};

} // namespace ck
