// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/summarymodel.h"

#include "core/securebytes.h"

namespace ck {

SummaryModel::SummaryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SummaryModel::setRows(QList<Row> rows)
{
    const auto oldCount = m_rows.size();
    beginResetModel();
    wipeRows();
    m_rows = std::move(rows);
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

void SummaryModel::wipeRows()
{
    // The answers are personal data: overwrite our copies before letting them go.
    for (Row &row : m_rows)
        secureWipe(row.answer);
    m_rows.clear();
}

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case PageIdRole:
        return row.pageId;
    case Qt::DisplayRole:
    case QuestionRole:
        return row.question;
    case AnswerRole:
        return row.answer;
    default:
        return {};
    }
}

QHash<int, QByteArray> SummaryModel::roleNames() const
{
    return {{PageIdRole, "pageId"}, {QuestionRole, "question"}, {AnswerRole, "answer"}};
}

} // namespace ck
