#include "servicelistmodel.h"

#include "appstate.h"
#include "domain/servicecatalogue.h"

namespace ck {

ServiceListModel::ServiceListModel(const ServiceCatalogue *catalogue, AppState *state,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(catalogue)
    , m_state(state)
{
    connect(m_state, &AppState::languageChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TitleRole, DescriptionRole});
    });
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogue->services().size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlowDefinition &flow = m_catalogue->services().at(index.row());
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
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{ServiceIdRole, "serviceId"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {OnlineRole, "online"}};
}

} // namespace ck
