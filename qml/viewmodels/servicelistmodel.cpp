// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "qml/viewmodels/servicelistmodel.h"

#include "domain/flows/servicecatalogue.h"
#include "qml/viewmodels/appstate.h"

namespace ck {

ServiceListModel::ServiceListModel(const ServiceCatalogue *catalogue, AppState *state,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(catalogue)
    , m_state(state)
{
    order();
    connect(m_state, &AppState::languageChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {TitleRole, DescriptionRole, CategoryRole});
    });
}

void ServiceListModel::order()
{
    // Grouped by the English category (stable across languages), in order of appearance.
    const QList<FlowDefinition> &services = m_catalogue->services();
    QStringList categories;
    for (const FlowDefinition &f : services) {
        const QString c = f.category().text(QStringLiteral("en"));
        if (!categories.contains(c))
            categories << c;
    }
    categories.removeAll(QString());
    categories.prepend(QString());
    m_rows.clear();
    for (const QString &c : std::as_const(categories)) {
        for (qsizetype i = 0; i < services.size(); ++i) {
            if (services.at(i).category().text(QStringLiteral("en")) == c)
                m_rows.append(int(i));
        }
    }
}

void ServiceListModel::reload()
{
    beginResetModel();
    order();
    endResetModel();
    Q_EMIT countChanged();
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlowDefinition &flow = m_catalogue->services().at(m_rows.at(index.row()));
    const QString lang = m_state->language();
    switch (role) {
    case ServiceIdRole:
        return flow.id();
    case Qt::DisplayRole:
    case TitleRole:
        return flow.title().text(lang);
    case DescriptionRole:
        return flow.description().text(lang);
    case OnlineRole:
        return flow.isWebService();
    case CategoryRole:
        return flow.category().text(lang);
    case CategoryStartRole: {
        if (flow.category().isEmpty())
            return false;
        if (index.row() == 0)
            return true;
        const FlowDefinition &before = m_catalogue->services().at(m_rows.at(index.row() - 1));
        return before.category().text(QStringLiteral("en"))
            != flow.category().text(QStringLiteral("en"));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{ServiceIdRole, "serviceId"},     {TitleRole, "title"},
            {DescriptionRole, "description"}, {OnlineRole, "online"},
            {CategoryRole, "category"},       {CategoryStartRole, "categoryStart"}};
}

} // namespace ck
