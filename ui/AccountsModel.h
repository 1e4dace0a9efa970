#pragma once

#include "accounts/Account.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace authdeck {
class AccountService;
class ProviderCatalog;
} // namespace authdeck

namespace authdeck::ui {

// The connected accounts as a table: name, provider, scheme, identity, status, expiry. Reloads
// when the profile changes (in this process or in another one sharing the profile).
class AccountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ProviderColumn,
        SchemeColumn,
        IdentityColumn,
        StatusColumn,
        ExpiryColumn,
        ColumnCount
    };
    enum Role { AccountIdRole = Qt::UserRole + 1, StatusRole };

    AccountsModel(AccountService& accounts, const ProviderCatalog& catalog,
                  QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Account* accountAt(int row) const;
    // Problems reading the profile, for the window to show.
    [[nodiscard]] QString loadError() const { return m_loadError; }

public Q_SLOTS:
    void reload();

private:
    [[nodiscard]] QIcon providerIcon(const QString& name) const;

    AccountService& m_accounts;
    const ProviderCatalog& m_catalog;
    QList<Account> m_rows;
    QString m_loadError;
    mutable QHash<QString, QIcon> m_icons; // by icon file name
};

} // namespace authdeck::ui
