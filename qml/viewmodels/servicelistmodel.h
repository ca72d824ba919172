// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace ck {

class AppState;
class ServiceCatalogue;

// The services on offer, titles in the current language. Roles: serviceId, title,
// description, online (a web service, opened in the contained web view), category (a
// discovered Open311 group, translated by the site's overlay) and categoryStart (the first
// service of its category: the screen puts the heading there). Services with a category are
// kept together, in the order their categories first appear; those without come first.
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the composition root")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ServiceIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        OnlineRole,
        CategoryRole,
        CategoryStartRole
    };

    // Both must outlive the model.
    ServiceListModel(const ServiceCatalogue *catalogue, AppState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The catalogue changed (discovered services refreshed): read it again.
    void reload();

Q_SIGNALS:
    void countChanged();

private:
    void order();

    const ServiceCatalogue *m_catalogue;
    AppState *m_state;
    QList<int> m_rows; // catalogue index of each row
};

} // namespace ck
