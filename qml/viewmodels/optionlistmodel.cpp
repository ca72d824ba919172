// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/optionlistmodel.h"

namespace ck {

OptionListModel::OptionListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void OptionListModel::setOptions(const QList<FieldOption> &options, const QString &lang)
{
    QList<Row> rows;
    rows.reserve(options.size());
    for (const FieldOption &o : options)
        rows.append({o.value, o.label.text(lang), o.hint.text(lang)});

    bool sameValues = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameValues && i < rows.size(); ++i)
        sameValues = rows[i].value == m_rows[i].value;

    if (sameValues) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {LabelRole, HintRole});
        return;
    }
    const auto oldCount = m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

int OptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OptionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case ValueRole:
        return row.value;
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case HintRole:
        return row.hint;
    default:
        return {};
    }
}

QHash<int, QByteArray> OptionListModel::roleNames() const
{
    return {{ValueRole, "value"}, {LabelRole, "label"}, {HintRole, "hint"}};
}

} // namespace ck
