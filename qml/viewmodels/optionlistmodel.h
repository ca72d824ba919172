// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/fielddefinition.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace ck {

// The options of a choice or multichoice page, in the session language. Roles: value (sent to
// the back end), label, hint.
class OptionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by FlowController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { ValueRole = Qt::UserRole + 1, LabelRole, HintRole };

    explicit OptionListModel(QObject *parent = nullptr);

    // Replaces the options (resets the model only when the set of values changed, so a
    // language switch keeps the focused card and only relabels it).
    void setOptions(const QList<FieldOption> &options, const QString &lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString value;
        QString label;
        QString hint;
    };
    QList<Row> m_rows;
};

} // namespace ck
