#pragma once

#include "accounts/AppRegistration.h"

#include <QAbstractTableModel>
#include <QList>

namespace authdeck {
class AppService;
class ProviderCatalog;
} // namespace authdeck

namespace authdeck::ui {

// The app registrations ("custom OAuth keys") as a table.
class AppsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ProviderColumn,
        SchemeColumn,
        ClientIdColumn,
        SecretColumn,
        ColumnCount
    };
    enum Role { AppIdRole = Qt::UserRole + 1 };

    AppsModel(AppService& apps, const ProviderCatalog& catalog, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] const AppRegistration* appAt(int row) const;

public Q_SLOTS:
    void reload();

private:
    AppService& m_apps;
    const ProviderCatalog& m_catalog;
    QList<AppRegistration> m_rows;
};

} // namespace authdeck::ui
