#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace ck {

class AppState;
class ServiceCatalogue;

// The services on offer, titles in the current language. Roles: serviceId, title,
// description, online (a web service, opened in the contained web view).
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the composition root")
    Q_PROPERTY(int count READ rowCount CONSTANT)

public:
    enum Role { ServiceIdRole = Qt::UserRole + 1, TitleRole, DescriptionRole, OnlineRole };

    // Both must outlive the model.
    ServiceListModel(const ServiceCatalogue *catalogue, AppState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const ServiceCatalogue *m_catalogue;
    AppState *m_state;
};

} // namespace ck
