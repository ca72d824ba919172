// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/errorlistmodel.h"

#include <QStringList>

namespace ck {

ErrorListModel::ErrorListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ErrorListModel::setErrors(QList<Row> rows)
{
    bool sameFields = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameFields && i < rows.size(); ++i)
        sameFields = rows[i].fieldId == m_rows[i].fieldId && rows[i].code == m_rows[i].code;
    if (sameFields) {
        bool reworded = false;
        for (qsizetype i = 0; i < rows.size(); ++i)
            reworded = reworded || rows[i].message != m_rows[i].message;
        if (!reworded)
            return;
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {MessageRole, Qt::DisplayRole});
        Q_EMIT spokenTextChanged();
        return;
    }
    const auto oldCount = m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
    Q_EMIT spokenTextChanged();
}

QString ErrorListModel::messageFor(const QString &fieldId) const
{
    for (const Row &row : m_rows) {
        if (row.fieldId == fieldId)
            return row.message;
    }
    return {};
}

QString ErrorListModel::spokenText() const
{
    QStringList messages;
    messages.reserve(m_rows.size());
    for (const Row &row : m_rows)
        messages.append(row.message);
    return messages.join(QStringLiteral(". "));
}

int ErrorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ErrorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case FieldIdRole:
        return row.fieldId;
    case CodeRole:
        return row.code;
    case Qt::DisplayRole:
    case MessageRole:
        return row.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> ErrorListModel::roleNames() const
{
    return {{FieldIdRole, "fieldId"}, {CodeRole, "code"}, {MessageRole, "message"}};
}

} // namespace ck
