#pragma once

#include "accounts/Account.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QTimer>

#include <optional>

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
    // The row of an account id, or -1.
    [[nodiscard]] int rowOf(const QString& accountId) const;

    // What the last Test in this window found. A failed test shows as the status (with its
    // reason) until the account works again: a later renewal or a passing test.
    struct TestOutcome {
        bool ok = false;
        QString message;
        QDateTime at;
    };
    void setTestOutcome(const QString& accountId, const TestOutcome& outcome);
    [[nodiscard]] std::optional<TestOutcome> testOutcome(const QString& accountId) const;
    // The status as the window shows it: the account's own, or "Test failed".
    [[nodiscard]] QString statusText(const Account& account) const;
    [[nodiscard]] QString statusReason(const Account& account) const;
    // 0 fine, 1 needs attention, 2 failed: the colour and icon of the status.
    [[nodiscard]] int severity(const Account& account) const;
    // Problems reading the profile, for the window to show.
    [[nodiscard]] QString loadError() const { return m_loadError; }

public Q_SLOTS:
    void reload();

private:
    [[nodiscard]] QIcon providerIcon(const QString& name) const;
    [[nodiscard]] bool testFailed(const Account& account) const;

    AccountService& m_accounts;
    const ProviderCatalog& m_catalog;
    QList<Account> m_rows;
    QString m_loadError;
    mutable QHash<QString, QIcon> m_icons; // by icon file name
    QHash<QString, TestOutcome> m_tests;   // by account id
    QTimer m_tick;
};

} // namespace authdeck::ui
